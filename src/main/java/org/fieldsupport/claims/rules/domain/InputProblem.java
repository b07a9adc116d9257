package org.fieldsupport.claims.rules.domain;

import java.util.List;

/**
 * Something wrong with a calculation's input: the offending field (a JSON-style path such as
 * {@code missionFactors.environmental} or {@code majorEquipment[2].mouQuantity}), a message key and its
 * arguments.
 */
public record InputProblem(String field, String messageKey, List<Object> args) {

    public InputProblem {
        args = List.copyOf(args);
    }

    public static InputProblem of(String field, String messageKey, Object... args) {
        return new InputProblem(field, messageKey, List.of(args));
    }
}
