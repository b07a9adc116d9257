package org.fieldsupport.organization.delegation.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/** A register entry as lists, reports and the API show it. */
public record DelegationSummary(long id, Long parentId, String authority, String delegatorKind, String delegator,
                                String delegateeKind, String delegatee, BigDecimal limitAmount, String limitCurrency,
                                String gradeLimit, boolean allMissions, List<String> missions, LocalDate validFrom,
                                LocalDate validTo, boolean maySubDelegate, LocalDate acknowledgedOn,
                                String acknowledgedBy, String status, String statusReason, LocalDate statusChangedOn,
                                long version, String createdBy, OffsetDateTime createdAt, String modifiedBy,
                                OffsetDateTime modifiedAt) {

    public boolean acknowledged() { return acknowledgedOn != null; }

    /** Days from {@code today} to the last day of validity (null when open-ended). */
    public Long daysUntilEnd(LocalDate today) {
        return validTo == null ? null : java.time.temporal.ChronoUnit.DAYS.between(today, validTo);
    }

    public String missionScope() { return allMissions ? "*" : String.join(", ", missions); }
}
