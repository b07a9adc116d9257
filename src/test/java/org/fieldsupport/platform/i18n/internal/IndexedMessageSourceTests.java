package org.fieldsupport.platform.i18n.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;

/**
 * The indexed message source answers every code of every bundle, in both languages, with and without arguments,
 * exactly as Spring's search through all base names does (issue 20: the index must change speed, not text).
 */
class IndexedMessageSourceTests {

    private static ResourceBundleMessageSource springSearch(List<String> baseNames) {
        ResourceBundleMessageSource full = new ResourceBundleMessageSource();
        full.setBasenames(baseNames.toArray(String[]::new));
        full.setDefaultEncoding("UTF-8");
        full.setFallbackToSystemLocale(false);
        return full;
    }

    /** The text, or the error a pattern's argument type gives (the same either way is what matters). */
    private static String text(ResourceBundleMessageSource source, String code, Object[] args, Locale locale) {
        try {
            return source.getMessage(code, args, "?", locale);
        } catch (IllegalArgumentException e) {
            return "error: " + e.getMessage();
        }
    }

    @Test
    void every_code_resolves_as_the_search_through_every_bundle_does() throws IOException {
        List<String> baseNames = I18nConfiguration.bundleBaseNames();
        IndexedMessageSource indexed = new IndexedMessageSource(baseNames);
        ResourceBundleMessageSource full = springSearch(baseNames);
        TreeSet<String> codes = new TreeSet<>();
        for (String baseName : baseNames) {
            codes.addAll(ResourceBundle.getBundle(baseName, Locale.ROOT).keySet());
        }
        assertThat(codes).hasSizeGreaterThan(3000);
        Object[] args = {7, 8, 9, 10, 11, 12};
        List<String> differences = new ArrayList<>();
        for (Locale locale : List.of(Locale.ENGLISH, Locale.FRENCH)) {
            for (String code : codes) {
                assertThat(indexed.bundleOf(code)).as(code).isNotNull();
                String withoutArgs = full.getMessage(code, null, "?", locale);
                if (!withoutArgs.equals(indexed.getMessage(code, null, "?", locale))) {
                    differences.add(locale + " " + code);
                }
                String pattern = indexed.resolveCodeWithoutArguments(code, locale);
                if (!PluralMessages.hasPlural(pattern)) { // plural patterns are formatted by the platform alone
                    if (!text(full, code, args, locale).equals(text(indexed, code, args, locale))) {
                        differences.add(locale + " " + code + " (with arguments)");
                    }
                }
            }
        }
        assertThat(differences).isEmpty();
    }

    @Test
    void a_code_no_bundle_defines_falls_back_to_the_default_text() throws IOException {
        IndexedMessageSource indexed = new IndexedMessageSource(I18nConfiguration.bundleBaseNames());
        assertThat(indexed.bundleOf("no.such.code")).isNull();
        assertThat(indexed.getMessage("no.such.code", new Object[] {1}, "fallback {0}", Locale.FRENCH))
                .isEqualTo("fallback 1");
        assertThat(indexed.getMessage("platform.work.input.state", null, Locale.FRENCH))
                .isNotEqualTo(indexed.getMessage("platform.work.input.state", null, Locale.ENGLISH));
    }

    @Test
    void no_code_is_defined_in_two_bundles() throws IOException {
        List<String> baseNames = I18nConfiguration.bundleBaseNames();
        List<String> twice = new ArrayList<>();
        TreeSet<String> seen = new TreeSet<>();
        for (String baseName : baseNames) {
            for (String code : ResourceBundle.getBundle(baseName, Locale.ROOT).keySet()) {
                if (!seen.add(code)) {
                    twice.add(code + " (again in " + baseName + ")");
                }
            }
        }
        assertThat(twice).as("a code must be defined in one bundle only (I18nConfiguration)").isEmpty();
    }
}
