package org.fieldsupport.organization.common.web;

import java.util.Locale;
import java.util.function.Supplier;
import org.fieldsupport.platform.api.BusinessRuleException;
import org.fieldsupport.platform.api.InvalidInputException;
import org.springframework.context.MessageSource;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * How the organisation's screens run a change posted by a form: on success a "saved" flash and the target page;
 * on a refusal (rule 422, bad field 400, duplicate or stale record 409) nothing is written and the user goes
 * back with the reason in their language.
 */
@Component
public class FormChanges {

    private final MessageSource messages;

    FormChanges(MessageSource messages) {
        this.messages = messages;
    }

    /** @param change returns the redirect after success; {@code back} is where a refusal returns to */
    public String attempt(Supplier<String> change, String back, Locale locale, RedirectAttributes redirect) {
        try {
            String target = change.get();
            redirect.addFlashAttribute("saved", true);
            return target;
        } catch (BusinessRuleException e) {
            redirect.addFlashAttribute("error", messages.getMessage(e.messageKey(), e.args(), e.messageKey(), locale));
        } catch (InvalidInputException e) {
            redirect.addFlashAttribute("error", String.join(" ", e.errors().stream()
                    .map(fe -> fe.field() + ": " + messages.getMessage(fe.messageKey(), fe.args(), fe.messageKey(), locale))
                    .toList()));
        } catch (DuplicateKeyException e) {
            redirect.addFlashAttribute("error", messages.getMessage("org.duplicate", null, locale));
        } catch (OptimisticLockingFailureException e) {
            redirect.addFlashAttribute("error", messages.getMessage("org.edit.conflict", null, locale));
        }
        return back;
    }

    /** The same, with another message for a duplicate (e.g. an overlapping acting arrangement). */
    public String attempt(Supplier<String> change, String back, Locale locale, RedirectAttributes redirect,
                          String duplicateMessageKey) {
        return attempt(() -> {
            try {
                return change.get();
            } catch (DuplicateKeyException e) {
                throw new BusinessRuleException(duplicateMessageKey);
            }
        }, back, locale, redirect);
    }
}
