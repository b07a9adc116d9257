package org.fieldsupport.organization.delegation.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Set;

/**
 * A request to record a delegation. {@code parentId} set = a sub-delegation; its delegator may then be
 * omitted (it is the parent's delegatee). Kinds are {@code POSITION} or {@code PERSON}.
 */
public record NewDelegation(String authority, String delegatorKind, String delegator, String delegateeKind,
                            String delegatee, BigDecimal limitAmount, String limitCurrency, String gradeLimit,
                            boolean allMissions, Set<String> missions, LocalDate validFrom, LocalDate validTo,
                            boolean maySubDelegate, Long parentId) {
}
