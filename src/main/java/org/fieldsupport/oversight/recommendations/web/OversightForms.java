package org.fieldsupport.oversight.recommendations.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.fieldsupport.platform.api.BusinessRuleException;
import org.fieldsupport.platform.api.FieldErrors;
import org.fieldsupport.platform.api.InvalidInputException;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Form parsing and refusals shown as one flash line in the user's language, for the oversight screens. */
@Component
public class OversightForms {

    private final MessageSource messages;

    OversightForms(MessageSource messages) {
        this.messages = messages;
    }

    /** Runs the action; a 400/422 refusal becomes the page's {@code problem} flash message. */
    public void run(Supplier<?> action, Locale locale, RedirectAttributes redirect) {
        try {
            action.get();
        } catch (BusinessRuleException e) {
            redirect.addFlashAttribute("problem", messages.getMessage(e.messageKey(), e.args(), e.messageKey(), locale));
        } catch (InvalidInputException e) {
            redirect.addFlashAttribute("problem", e.errors().stream().map(f -> messages.getMessage(
                    "oversight.field." + f.field().replaceAll("\\[.*", "").replaceAll("^facts\\.", ""), null, f.field(), locale)
                    + ": " + messages.getMessage(f.messageKey(), f.args(), f.messageKey(), locale)).collect(Collectors.joining("; ")));
        }
    }

    public static LocalDate date(String s, String field) {
        if (s == null || s.isBlank()) return null;
        try {
            return LocalDate.parse(s.strip());
        } catch (DateTimeParseException e) {
            throw new InvalidInputException(List.of(new FieldErrors.FieldError(field, "Date", "oversight.input.date", null)));
        }
    }

    public static Integer integer(String s, String field) {
        if (s == null || s.isBlank()) return null;
        try {
            return Integer.valueOf(s.strip());
        } catch (NumberFormatException e) {
            throw InvalidInputException.of(field, "Number", "oversight.input.number");
        }
    }
}
