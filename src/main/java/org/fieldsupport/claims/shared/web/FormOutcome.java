package org.fieldsupport.claims.shared.web;

import java.util.Locale;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.fieldsupport.platform.api.BusinessRuleException;
import org.fieldsupport.platform.api.InvalidInputException;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Screens' form posts: runs the action and redirects to where it leads; a refusal (bad input, a rule) redirects
 * back with the reason in the user's language as the flash attribute {@code error}, shown by the page.
 */
@Component
public class FormOutcome {

    private final MessageSource messages;

    FormOutcome(MessageSource messages) {
        this.messages = messages;
    }

    public String run(RedirectAttributes flash, String back, Supplier<String> action) {
        Locale locale = LocaleContextHolder.getLocale();
        try {
            return "redirect:" + action.get();
        } catch (InvalidInputException e) {
            flash.addFlashAttribute("error", e.errors().stream()
                    .map(f -> messages.getMessage(f.messageKey(), f.args(), f.messageKey(), locale))
                    .collect(Collectors.joining(" ")));
        } catch (BusinessRuleException e) {
            flash.addFlashAttribute("error", messages.getMessage(e.messageKey(), e.args(), e.messageKey(), locale));
        }
        return "redirect:" + back;
    }
}
