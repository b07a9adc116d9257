package org.fieldsupport.platform.api;

import java.math.BigDecimal;

/**
 * The one check of a money amount a client sends: at most {@value #INTEGER_DIGITS} integer digits and
 * {@value #DECIMALS} decimals (the columns are {@code NUMERIC(19,2)}; 15 digits leave room for sums), so
 * {@code 1e308} or {@code 12345678901234567890.12} is a 400 naming the field, never a database error.
 * <pre>
 * FieldErrors errors = new FieldErrors();
 * MoneyInput.check(errors, "amount", request.amount(), MoneyInput.Sign.POSITIVE);
 * errors.throwIfAny();
 * </pre>
 */
public final class MoneyInput {

    public static final int INTEGER_DIGITS = 15;
    public static final int DECIMALS = 2;

    /** Which signs the amount may have. */
    public enum Sign { POSITIVE, NOT_ZERO, ANY }

    private MoneyInput() {
    }

    /** Adds a field error when {@code amount} is missing, too large, too precise or of the wrong sign. */
    public static boolean check(FieldErrors errors, String field, BigDecimal amount, Sign sign) {
        if (amount == null) {
            errors.add(field, "Required", "platform.money.required");
            return false;
        }
        if (!fits(amount)) {
            errors.add(field, "Digits", "platform.money.digits", INTEGER_DIGITS, DECIMALS);
            return false;
        }
        if (sign == Sign.POSITIVE && amount.signum() <= 0) {
            errors.add(field, "Positive", "platform.money.positive");
            return false;
        }
        if (sign == Sign.NOT_ZERO && amount.signum() == 0) {
            errors.add(field, "NotZero", "platform.money.notZero");
            return false;
        }
        return true;
    }

    /** At most {@value #INTEGER_DIGITS} integer digits and {@value #DECIMALS} decimals (trailing zeros ignored). */
    public static boolean fits(BigDecimal amount) {
        if (amount.signum() == 0) {
            return true;
        }
        BigDecimal stripped = amount.stripTrailingZeros();
        int integerDigits = stripped.precision() - stripped.scale();
        return stripped.scale() <= DECIMALS && integerDigits <= INTEGER_DIGITS;
    }
}
