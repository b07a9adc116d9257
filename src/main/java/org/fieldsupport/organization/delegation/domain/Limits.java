package org.fieldsupport.organization.delegation.domain;

import java.math.BigDecimal;
import java.util.Locale;

/**
 * How far a delegation goes: a monetary limit in one currency, a grade limit ("up to and including
 * grade X"), or both. An absent limit means that dimension is not limited by this delegation.
 */
public record Limits(BigDecimal amount, String currency, String grade) {

    public Limits {
        if (currency != null) {
            currency = currency.isBlank() ? null : currency.strip().toUpperCase(Locale.ROOT);
        }
        if (grade != null) {
            grade = grade.isBlank() ? null : grade.strip().toUpperCase(Locale.ROOT);
        }
    }

    public static Limits monetary(BigDecimal amount, String currency) { return new Limits(amount, currency, null); }

    public static Limits grade(String grade) { return new Limits(null, null, grade); }

    public boolean hasMonetaryLimit() { return amount != null; }

    public boolean hasGradeLimit() { return grade != null; }

    public boolean isEmpty() { return !hasMonetaryLimit() && !hasGradeLimit(); }

    /** Why these limits are malformed, or null when they are fine. */
    Refusal malformation() {
        if (isEmpty()) {
            return Refusal.of(RefusalReason.NO_LIMIT);
        }
        if (amount != null) {
            if (amount.signum() < 0 || amount.stripTrailingZeros().scale() > 2) {
                return Refusal.of(RefusalReason.INVALID_DELEGATION, "limitAmount");
            }
            if (currency == null || !currency.matches("[A-Z]{3}")) {
                return Refusal.of(RefusalReason.INVALID_DELEGATION, "limitCurrency");
            }
        } else if (currency != null) {
            return Refusal.of(RefusalReason.INVALID_DELEGATION, "limitAmount");
        }
        return null;
    }
}
