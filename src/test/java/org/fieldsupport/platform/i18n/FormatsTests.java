package org.fieldsupport.platform.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.context.i18n.LocaleContextHolder;

class FormatsTests {

    private final Formats formats = new Formats("UTC");

    @AfterEach
    void reset() {
        LocaleContextHolder.resetLocaleContext();
    }

    /** French uses narrow/non-breaking spaces as group separators; compare with plain spaces. */
    private static String plain(String text) {
        return text.replace('\u202f', ' ').replace('\u00a0', ' ');
    }

    @Test
    void money_follows_the_users_language_and_the_currencys_minor_units() {
        assertThat(formats.money(new BigDecimal("1234567.5"), "USD", Locale.ENGLISH)).isEqualTo("$1,234,567.50");
        assertThat(plain(formats.money(new BigDecimal("1234567.5"), "USD", Locale.FRENCH))).isEqualTo("1 234 567,50 $US");
        assertThat(plain(formats.money(new BigDecimal("1500"), "JPY", Locale.FRENCH))).startsWith("1 500").doesNotContain(",");
        assertThat(formats.money(null, "USD")).isEmpty();
    }

    @Test
    void templates_get_the_request_language_from_the_locale_context() {
        LocaleContextHolder.setLocale(Locale.FRENCH);
        assertThat(formats.date(LocalDate.of(2026, 11, 27))).isEqualTo("27 nov. 2026");
        assertThat(plain(formats.number(new BigDecimal("12345.678")))).isEqualTo("12 345,678");
        LocaleContextHolder.setLocale(Locale.ENGLISH);
        assertThat(formats.date(LocalDate.of(2026, 11, 27))).isEqualTo("Nov 27, 2026");
        assertThat(formats.number(12345.678)).isEqualTo("12,345.678");
    }

    @Test
    void an_unsupported_language_formats_in_english() {
        LocaleContextHolder.setLocale(Locale.GERMAN);
        assertThat(formats.number(1234.5)).isEqualTo("1,234.5");
    }
}
