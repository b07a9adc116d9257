package org.fieldsupport.platform.api;

import java.util.ArrayList;
import java.util.List;

/**
 * Collects field errors found by code (imports, calculators, cross-field rules) and throws them as one
 * {@link InvalidInputException} (400 with the field list), the same shape as bean validation errors:
 * <pre>
 * FieldErrors errors = new FieldErrors();
 * if (amount.signum() &lt; 0) errors.add("amount", "Positive", "claims.amount.positive");
 * errors.throwIfAny();
 * </pre>
 */
public final class FieldErrors {

    private final List<FieldError> errors = new ArrayList<>();

    /**
     * @param field      the field as the client named it ({@code lines[3].amount}, {@code row 12: currency})
     * @param rule       a short rule code ({@code NotBlank}, {@code Positive}, {@code UnknownCurrency})
     * @param messageKey bundle key of the message; {@code args} fill its placeholders
     */
    public FieldErrors add(String field, String rule, String messageKey, Object... args) {
        errors.add(new FieldError(field, rule, messageKey, args));
        return this;
    }

    public boolean isEmpty() { return errors.isEmpty(); }

    public List<FieldError> list() { return List.copyOf(errors); }

    public void throwIfAny() {
        if (!errors.isEmpty()) {
            throw new InvalidInputException(list());
        }
    }

    /** One field error; the message is resolved from the bundles in the request's language. */
    public record FieldError(String field, String rule, String messageKey, Object[] args) {
        public FieldError {
            args = args == null ? new Object[0] : args.clone();
        }
    }
}
