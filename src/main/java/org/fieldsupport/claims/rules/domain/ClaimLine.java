package org.fieldsupport.claims.rules.domain;

import java.math.BigDecimal;
import java.util.Set;

/**
 * One computed line of a month: its kind, the MOU line or category it belongs to ({@code null} for troop
 * cost), the amount rounded to cents, its flags and its explanation.
 */
public record ClaimLine(LineKind kind, String reference, BigDecimal amount, Set<Flag> flags,
                        Explanation explanation) {

    public ClaimLine {
        flags = Set.copyOf(flags);
    }
}
