package org.fieldsupport.claims.shared.internal;

import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Self-sustainment category labels for templates ({@code ${@claimsCategories.label(code)}}) in the request's
 * language. Categories are codes in the rate tables and Annex C (e.g. {@code CATERING}); a code without a label
 * in the bundles (an imported edition may add categories) and a major-equipment line code are shown as they are.
 */
@Component("claimsCategories")
public class SelfSustainmentLabels {

    private final MessageSource messages;

    SelfSustainmentLabels(MessageSource messages) {
        this.messages = messages;
    }

    public String label(String code) {
        return label(code, LocaleContextHolder.getLocale());
    }

    public String label(String code, Locale locale) {
        if (code == null || code.isBlank()) {
            return code == null ? "" : code;
        }
        return messages.getMessage("claims.ss.category." + code, null, code, locale);
    }
}
