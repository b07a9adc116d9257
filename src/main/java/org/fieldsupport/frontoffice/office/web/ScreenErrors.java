package org.fieldsupport.frontoffice.office.web;

import java.util.Locale;
import java.util.stream.Collectors;
import org.fieldsupport.platform.api.BusinessRuleException;
import org.fieldsupport.platform.api.InvalidInputException;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** Turns a refusal (422) or bad input (400) into one sentence in the user's language for a screen. */
@Component
public class ScreenErrors {

    private final MessageSource messages;

    ScreenErrors(MessageSource messages) {
        this.messages = messages;
    }

    public String message(RuntimeException e, Locale locale) {
        if (e instanceof BusinessRuleException b) {
            return messages.getMessage(b.messageKey(), b.args(), b.messageKey(), locale);
        }
        if (e instanceof InvalidInputException i) {
            return i.errors().stream()
                    .map(f -> f.field() + ": " + messages.getMessage(f.messageKey(), f.args(), f.messageKey(), locale))
                    .collect(Collectors.joining("; "));
        }
        return e.getMessage();
    }
}
