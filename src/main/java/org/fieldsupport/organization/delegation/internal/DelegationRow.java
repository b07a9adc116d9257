package org.fieldsupport.organization.delegation.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.HashSet;
import java.util.Set;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

/** Persistent form of a delegation (Spring Data JDBC aggregate root with its mission scope). */
@Table("org_delegation")
class DelegationRow {

    @Id Long id;
    @Version Long version;
    String authorityType;
    String delegatorKind;
    String delegatorKey;
    String delegateeKind;
    String delegateeKey;
    BigDecimal limitAmount;
    String limitCurrency;
    String gradeLimit;
    boolean allMissions;
    @MappedCollection(idColumn = "delegation_id")
    Set<DelegationMissionRow> missions = new HashSet<>();
    LocalDate validFrom;
    LocalDate validTo;
    boolean maySubDelegate;
    Long parentId;
    LocalDate acknowledgedOn;
    String acknowledgedBy;
    String status;
    String statusReason;
    LocalDate statusChangedOn;
    String createdBy;
    OffsetDateTime createdAt;
    String modifiedBy;
    OffsetDateTime modifiedAt;
}
