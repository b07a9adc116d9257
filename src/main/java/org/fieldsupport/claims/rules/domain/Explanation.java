package org.fieldsupport.claims.rules.domain;

import java.util.List;

/**
 * How a line's amount was found, as a message key and the inputs that fill it, so it can be shown in the
 * user's language. Arguments are inputs as values ({@link java.math.BigDecimal}, {@link Integer},
 * {@link java.time.LocalDate}, {@link String}); the renderer formats them for the locale.
 */
public record Explanation(String messageKey, List<Object> args) {

    public Explanation {
        args = List.copyOf(args);
    }

    public static Explanation of(String messageKey, Object... args) {
        return new Explanation(messageKey, List.of(args));
    }
}
