package org.fieldsupport.procurement.shared.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import org.fieldsupport.platform.api.BusinessRuleException;
import org.fieldsupport.platform.api.FieldErrors;
import org.fieldsupport.platform.api.InvalidInputException;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * How the procurement screens show the outcome of a form: refusals (400 field errors, 422 rule refusals) become messages
 * in the reader's language on the page the user is sent back to; nothing was written.
 */
@Component
public class ProcurementPageMessages {

    private final MessageSource messages;

    ProcurementPageMessages(MessageSource messages) {
        this.messages = messages;
    }

    /** Runs {@code action}; on a refusal adds the messages as flash attribute {@code errors} and answers null. */
    public <T> T attempt(RedirectAttributes flash, Supplier<T> action) {
        try {
            T result = action.get();
            flash.addFlashAttribute("done", true);
            return result;
        } catch (InvalidInputException e) {
            flash.addFlashAttribute("errors", describe(e.errors()));
        } catch (BusinessRuleException e) {
            flash.addFlashAttribute("errors", List.of(message(e.messageKey(), e.args())));
        }
        return null;
    }

    public List<String> describe(List<FieldErrors.FieldError> errors) {
        List<String> out = new ArrayList<>();
        for (FieldErrors.FieldError e : errors) {
            out.add(e.field() + " : " + message(e.messageKey(), e.args()));
        }
        return out;
    }

    public String message(String key, Object... args) {
        Locale locale = LocaleContextHolder.getLocale();
        try {
            return messages.getMessage(key, args, key, locale);
        } catch (IllegalArgumentException e) {
            return key;
        }
    }
}
