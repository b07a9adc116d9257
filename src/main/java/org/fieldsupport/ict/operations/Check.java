package org.fieldsupport.ict.operations;

import java.math.BigDecimal;
import java.util.Set;
import java.util.TreeSet;
import org.fieldsupport.platform.api.FieldErrors;
import org.springframework.context.support.DefaultMessageSourceResolvable;

/**
 * Field checks of the module's requests. Each message names the field in the reader's language: its first argument
 * is the field's label ({@code ictinfra.field.<name>}), resolved by the message source with the message.
 * Collect, then {@link #done()} throws one 400 listing every field.
 */
public final class Check {

    private final FieldErrors errors = new FieldErrors();

    public static DefaultMessageSourceResolvable label(String field) {
        return new DefaultMessageSourceResolvable(new String[] {"ictinfra.field." + field}, field);
    }

    public Check add(String field, String rule, String key, Object... more) {
        Object[] args = new Object[more.length + 1];
        args[0] = label(field);
        System.arraycopy(more, 0, args, 1, more.length);
        errors.add(field, rule, key, args);
        return this;
    }

    public boolean ok(String field) {
        return errors.list().stream().noneMatch(e -> e.field().equals(field));
    }

    public Check required(String field, Object value) {
        if (value == null || (value instanceof String s && s.isBlank())) {
            add(field, "Required", "ictinfra.input.required");
        }
        return this;
    }

    public Check text(String field, String value, int max) {
        required(field, value);
        if (value != null && value.strip().length() > max) {
            add(field, "Size", "ictinfra.input.tooLong", max);
        }
        return this;
    }

    public Check optionalText(String field, String value, int max) {
        if (value != null && value.strip().length() > max) {
            add(field, "Size", "ictinfra.input.tooLong", max);
        }
        return this;
    }

    public Check oneOf(String field, String value, Set<String> allowed) {
        if (value == null || !allowed.contains(value)) {
            add(field, "OneOf", "ictinfra.input.oneOf", String.join(", ", new TreeSet<>(allowed)));
        }
        return this;
    }

    public Check range(String field, Integer value, int min, int max) {
        if (value == null) {
            required(field, null);
        } else if (value < min || value > max) {
            add(field, "Range", "ictinfra.input.range", min, max);
        }
        return this;
    }

    public Check money(String field, BigDecimal amount) {
        if (amount == null) {
            required(field, null);
        } else if (amount.signum() < 0) {
            add(field, "NotNegative", "ictinfra.input.notNegative");
        } else if (amount.stripTrailingZeros().scale() > 2) {
            add(field, "Cents", "ictinfra.input.cents");
        }
        return this;
    }

    public void done() {
        errors.throwIfAny();
    }

    public static String strip(String s) {
        return s == null ? null : s.strip();
    }
}
