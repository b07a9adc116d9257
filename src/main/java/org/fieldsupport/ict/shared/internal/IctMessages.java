package org.fieldsupport.ict.shared.internal;

import java.util.Locale;
import org.fieldsupport.platform.api.BusinessRuleException;
import org.fieldsupport.platform.api.InvalidInputException;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** A refusal as one line in the user's language, for the flash message of a screen. */
@Component
public class IctMessages {

    private final MessageSource messages;

    IctMessages(MessageSource messages) {
        this.messages = messages;
    }

    public String of(RuntimeException e, Locale locale) {
        if (e instanceof BusinessRuleException b) return messages.getMessage(b.messageKey(), b.args(), b.messageKey(), locale);
        if (e instanceof InvalidInputException i) {
            return String.join("; ", i.errors().stream().map(f -> messages.getMessage(f.messageKey(), f.args(), f.messageKey(), locale)).toList());
        }
        return String.valueOf(e.getMessage());
    }
}
