package org.fieldsupport.platform.workflow;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.function.BiFunction;

/**
 * A transition that needs a delegation of authority: the authority type (e.g. {@code CLAIM_CERTIFICATION}) and
 * how to read the amount, currency and mission from the record (and the transition's input, e.g. an amount
 * computed just before the move).
 */
public record AuthorityRequirement<R>(String authorityType, BiFunction<R, TransitionInput, Subject> subject) {

    public AuthorityRequirement {
        Objects.requireNonNull(authorityType, "authorityType");
        Objects.requireNonNull(subject, "subject");
    }

    /**
     * What the authority is exercised on: amount and currency (both null for no monetary limit), mission (null for
     * business not tied to one mission), grade (for grade-limited authorities such as recruitment; else null).
     */
    public record Subject(BigDecimal amount, String currency, String mission, String grade) {

        public static Subject of(BigDecimal amount, String currency, String mission) {
            return new Subject(amount, currency, mission, null);
        }

        public static Subject mission(String mission) {
            return new Subject(null, null, mission, null);
        }

        public static Subject grade(String grade, String mission) {
            return new Subject(null, null, mission, grade);
        }
    }
}
