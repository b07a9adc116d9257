package org.fieldsupport.personnel.recruitment.web;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.fieldsupport.platform.api.BusinessRuleException;
import org.fieldsupport.platform.api.FieldErrors;
import org.fieldsupport.platform.api.InvalidInputException;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Refusals on the recruitment screens in the user's language, each field NAMED in that language: "Date of birth:
 * must be…", "Expérience 2 — du : est obligatoire" ({@code recruitment.label.<field>}; an indexed field
 * {@code experience[1].from} reads "<label of experience> 2 — <label of from>").
 */
@Component
public class RecruitmentMessages {

    private static final Pattern INDEXED = Pattern.compile("^([a-zA-Z]+)\\[(\\d+)]\\.?([a-zA-Z]*)$");

    private final MessageSource messages;

    RecruitmentMessages(MessageSource messages) {
        this.messages = messages;
    }

    public String label(String field, Locale locale) {
        Matcher m = INDEXED.matcher(field);
        if (m.matches()) {
            String base = messages.getMessage("recruitment.label." + m.group(1), null, m.group(1), locale) + " "
                    + (Integer.parseInt(m.group(2)) + 1);
            return m.group(3).isEmpty() ? base
                    : base + " — " + messages.getMessage("recruitment.label." + m.group(3), null, m.group(3), locale);
        }
        return messages.getMessage("recruitment.label." + field, null, field, locale);
    }

    public Map<String, String> fieldErrors(InvalidInputException e, Locale locale) {
        Map<String, String> errors = new LinkedHashMap<>();
        for (FieldErrors.FieldError error : e.errors()) {
            errors.merge(label(error.field(), locale),
                    messages.getMessage(error.messageKey(), error.args(), error.messageKey(), locale), (a, b) -> a + " " + b);
        }
        return errors;
    }

    public String problem(RuntimeException e, Locale locale) {
        if (e instanceof BusinessRuleException b) {
            return messages.getMessage(b.messageKey(), b.args(), b.messageKey(), locale);
        }
        if (e instanceof InvalidInputException i) {
            StringBuilder sb = new StringBuilder();
            fieldErrors(i, locale).forEach((f, m) -> sb.append(sb.isEmpty() ? "" : "; ").append(f)
                    .append("fr".equals(locale.getLanguage()) ? " : " : ": ").append(m));
            return sb.toString();
        }
        throw e;
    }

    public String get(String key, Locale locale, Object... args) {
        return messages.getMessage(key, args, key, locale);
    }
}
