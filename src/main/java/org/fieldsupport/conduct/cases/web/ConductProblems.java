package org.fieldsupport.conduct.cases.web;

import java.util.Locale;
import java.util.stream.Collectors;
import org.fieldsupport.platform.api.BusinessRuleException;
import org.fieldsupport.platform.api.InvalidInputException;
import org.springframework.context.MessageSource;

/** Turns a refusal into one line in the user's language for a screen's flash message. */
final class ConductProblems {

    private ConductProblems() { }

    static String message(RuntimeException e, MessageSource messages, Locale locale) {
        if (e instanceof BusinessRuleException b) {
            return messages.getMessage(b.messageKey(), b.args(), b.messageKey(), locale);
        }
        if (e instanceof InvalidInputException i) {
            return i.errors().stream().map(f -> messages.getMessage("conduct.field." + f.field().replaceAll("\\[.*", ""),
                            null, f.field(), locale) + ": " + messages.getMessage(f.messageKey(), f.args(), f.messageKey(), locale))
                    .collect(Collectors.joining("; "));
        }
        throw e;
    }
}
