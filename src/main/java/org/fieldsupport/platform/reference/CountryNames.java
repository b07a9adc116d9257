package org.fieldsupport.platform.reference;

import java.util.Locale;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * A country's name in the reader's language from its ISO alpha-3 (or alpha-2) code, for templates:
 * {@code ${@countryNames.name('BGD')}} → "Bangladesh". An unknown code is shown as it is.
 */
@Component("countryNames")
public class CountryNames {

    private final ReferenceData reference;

    public CountryNames(ReferenceData reference) {
        this.reference = reference;
    }

    public String name(String code) {
        return name(code, LocaleContextHolder.getLocale());
    }

    public String name(String code, Locale locale) {
        if (code == null) {
            return "";
        }
        return reference.country(code)
                .map(c -> "fr".equals(locale.getLanguage()) ? c.nameFr() : c.nameEn())
                .orElse(code);
    }
}
