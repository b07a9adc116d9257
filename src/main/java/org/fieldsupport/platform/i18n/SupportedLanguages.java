package org.fieldsupport.platform.i18n;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The languages the platform speaks: English (the default) and French. */
public final class SupportedLanguages {

    public static final List<Locale> ALL = List.of(Locale.ENGLISH, Locale.FRENCH);
    public static final Locale DEFAULT = Locale.ENGLISH;

    private SupportedLanguages() { }

    /** The supported locale for a language tag or locale ("fr", "fr-CA", "en_GB"), if any. */
    public static Optional<Locale> match(String languageTag) {
        if (languageTag == null || languageTag.isBlank()) {
            return Optional.empty();
        }
        return match(Locale.forLanguageTag(languageTag.trim().replace('_', '-')));
    }

    public static Optional<Locale> match(Locale locale) {
        if (locale == null) {
            return Optional.empty();
        }
        return ALL.stream().filter(supported -> supported.getLanguage().equals(locale.getLanguage())).findFirst();
    }
}
