package org.fieldsupport.organization;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Set;

/**
 * One delegation of a chain, as other modules see it. Parties are {@code position:<code>} or
 * {@code person:<username or index number>} ({@code delegatorKind}/{@code delegateeKind} say which).
 */
public record DelegationLink(long id, Long parentId, String authority, String delegatorKind, String delegator,
                             String delegateeKind, String delegatee, BigDecimal limitAmount, String limitCurrency,
                             String gradeLimit, boolean allMissions, Set<String> missions, LocalDate validFrom,
                             LocalDate validTo, LocalDate acknowledgedOn, String status) {
}
