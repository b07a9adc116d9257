package org.fieldsupport.budget.estimate.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Money of the rule set: exact decimals, HALF_EVEN to the cent on each line; written as plain strings. */
public final class Money {

    public static final BigDecimal ZERO = BigDecimal.ZERO.setScale(2);

    private Money() { }

    public static BigDecimal cents(BigDecimal value) {
        return value.setScale(2, RoundingMode.HALF_EVEN);
    }

    public static String text(BigDecimal value) {
        return value == null ? null : cents(value).toPlainString();
    }
}
