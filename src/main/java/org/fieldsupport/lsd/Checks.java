package org.fieldsupport.lsd;

import java.math.BigDecimal;
import java.util.Set;
import java.util.TreeSet;
import org.fieldsupport.platform.api.FieldErrors;
import org.fieldsupport.platform.api.InvalidInputException;

/** Field checks shared by the module's services (messages in the lsd bundle). */
public final class Checks {

    private Checks() { }

    public static String mission(MissionAccess access, FieldErrors errors, String field, String code) {
        try {
            return access.mission(field, code);
        } catch (InvalidInputException e) {
            e.errors().forEach(f -> errors.add(f.field(), f.rule(), f.messageKey(), f.args()));
            return null;
        }
    }

    public static void required(FieldErrors errors, String field, Object value) {
        if (value == null || (value instanceof String s && s.isBlank())) {
            errors.add(field, "Required", "lsd.input.required");
        }
    }

    public static void oneOf(FieldErrors errors, String field, String value, Set<String> allowed) {
        if (value == null || !allowed.contains(value)) {
            errors.add(field, "OneOf", "lsd.input.oneOf", String.join(", ", new TreeSet<>(allowed)));
        }
    }

    public static void positive(FieldErrors errors, String field, Integer value) {
        if (value == null || value < 1) {
            errors.add(field, "Min", "lsd.input.positive");
        }
    }

    public static void money(FieldErrors errors, String field, BigDecimal amount) {
        if (amount == null || amount.signum() < 0) {
            errors.add(field, "NotNegative", "lsd.input.notNegative");
        } else if (amount.stripTrailingZeros().scale() > 2) {
            errors.add(field, "Cents", "lsd.input.cents");
        }
    }
}
