package org.fieldsupport.platform.api;

import java.util.List;

/** Input refused by checks done in code; answered as 400 problem details with the field list. */
public class InvalidInputException extends RuntimeException {

    private final transient List<FieldErrors.FieldError> errors;

    public InvalidInputException(List<FieldErrors.FieldError> errors) {
        super("invalid input: " + errors.stream().map(e -> e.field() + " " + e.rule()).toList());
        this.errors = List.copyOf(errors);
    }

    public static InvalidInputException of(String field, String rule, String messageKey, Object... args) {
        return new InvalidInputException(List.of(new FieldErrors.FieldError(field, rule, messageKey, args)));
    }

    public List<FieldErrors.FieldError> errors() { return errors; }
}
