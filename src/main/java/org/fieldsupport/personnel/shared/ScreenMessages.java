package org.fieldsupport.personnel.shared;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.fieldsupport.platform.api.BusinessRuleException;
import org.fieldsupport.platform.api.FieldErrors;
import org.fieldsupport.platform.api.InvalidInputException;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** The refusals of a screen action in the user's language: field errors by field, or a rule's reason. */
@Component
public class ScreenMessages {

    private final MessageSource messages;

    ScreenMessages(MessageSource messages) {
        this.messages = messages;
    }

    public Map<String, String> fieldErrors(InvalidInputException e, Locale locale) {
        Map<String, String> errors = new LinkedHashMap<>();
        for (FieldErrors.FieldError error : e.errors()) {
            errors.merge(error.field(), messages.getMessage(error.messageKey(), error.args(), error.messageKey(), locale),
                    (a, b) -> a + " " + b);
        }
        return errors;
    }

    /** One line: "field: message; field: message" or the rule's reason. */
    public String problem(RuntimeException e, Locale locale) {
        if (e instanceof BusinessRuleException b) {
            return messages.getMessage(b.messageKey(), b.args(), b.messageKey(), locale);
        }
        if (e instanceof InvalidInputException i) {
            StringBuilder sb = new StringBuilder();
            fieldErrors(i, locale).forEach((f, m) -> sb.append(sb.isEmpty() ? "" : "; ").append(f).append(": ").append(m));
            return sb.toString();
        }
        throw e;
    }

    public String get(String key, Locale locale, Object... args) {
        return messages.getMessage(key, args, key, locale);
    }
}
