package org.fieldsupport.platform.i18n.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.MessageFormat;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class PluralMessagesTests {

    static String format(String pattern, Locale locale, Object... args) {
        return new MessageFormat(PluralMessages.selectPlurals(pattern, args, locale), locale).format(args);
    }

    @Test
    void english_says_one_for_one_and_other_for_the_rest() {
        String p = "{0, plural, =0 {No item} one {# open item} other {# open items}} for {1}";
        assertThat(format(p, Locale.ENGLISH, 0, "you")).isEqualTo("No item for you");
        assertThat(format(p, Locale.ENGLISH, 1, "you")).isEqualTo("1 open item for you");
        assertThat(format(p, Locale.ENGLISH, 1234, "you")).isEqualTo("1,234 open items for you");
    }

    @Test
    void french_says_one_for_zero_and_one() {
        String p = "{0, plural, one {# ouverte} other {# ouvertes}}, {1, plural, one {# close} other {# closes}}";
        assertThat(format(p, Locale.FRENCH, 1, 0)).isEqualTo("1 ouverte, 0 close");
        assertThat(format(p, Locale.FRENCH, 3, 2)).isEqualTo("3 ouvertes, 2 closes");
    }

    @Test
    void a_pattern_without_plural_is_left_to_message_format_and_a_non_number_takes_other() {
        assertThat(PluralMessages.selectPlurals("{0} open", new Object[] {2}, Locale.ENGLISH)).isEqualTo("{0} open");
        assertThat(PluralMessages.selectPlurals("{0, plural, one {# a} other {# b}}", new Object[] {"x"}, Locale.ENGLISH))
                .as("a value that is not a number takes the other branch, never an error").isEqualTo("x b");
        assertThat(PluralMessages.selectPlurals("{0, plural, one {# a} other {# b}}", new Object[] {"3"}, Locale.ENGLISH))
                .isEqualTo("3 b");
    }
}
