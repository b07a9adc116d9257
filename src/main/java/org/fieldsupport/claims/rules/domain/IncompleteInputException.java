package org.fieldsupport.claims.rules.domain;

import java.util.List;

/**
 * Thrown when a rule set is asked to compute from input it refuses (see {@link RuleSet#check}); nothing
 * is computed. Callers that want every problem listed call {@code check} first.
 */
public class IncompleteInputException extends RuntimeException {

    private final transient List<InputProblem> problems;

    public IncompleteInputException(List<InputProblem> problems) {
        super(problems.toString());
        this.problems = List.copyOf(problems);
    }

    public List<InputProblem> problems() { return problems; }
}
