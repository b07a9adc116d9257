package org.fieldsupport.organization.delegation.internal;

import java.util.Set;
import java.util.stream.Collectors;
import org.fieldsupport.organization.DelegationLink;
import org.fieldsupport.organization.delegation.domain.Delegation;
import org.fieldsupport.organization.delegation.domain.DelegationStatus;
import org.fieldsupport.organization.delegation.domain.DelegationTerms;
import org.fieldsupport.organization.delegation.domain.Limits;
import org.fieldsupport.organization.delegation.domain.MissionScope;
import org.fieldsupport.organization.delegation.domain.Party;
import org.fieldsupport.organization.delegation.domain.Validity;

/** Row ↔ domain ↔ API conversions. */
final class DelegationMapping {

    private DelegationMapping() { }

    static Delegation toDomain(DelegationRow r) {
        MissionScope scope = r.allMissions ? MissionScope.all()
                : MissionScope.of(r.missions.stream().map(DelegationMissionRow::missionCode).collect(Collectors.toSet()));
        DelegationTerms terms = new DelegationTerms(r.authorityType,
                new Party(Party.Kind.valueOf(r.delegatorKind), r.delegatorKey),
                new Party(Party.Kind.valueOf(r.delegateeKind), r.delegateeKey),
                new Limits(r.limitAmount, r.limitCurrency, r.gradeLimit), scope,
                new Validity(r.validFrom, r.validTo), r.maySubDelegate);
        return Delegation.restore(r.id, terms, r.parentId, r.acknowledgedOn, r.acknowledgedBy,
                DelegationStatus.valueOf(r.status), r.statusReason, r.statusChangedOn);
    }

    /** Copies the domain state onto a row (new or loaded, keeping its version and creation stamp). */
    static DelegationRow apply(Delegation d, DelegationRow r) {
        DelegationTerms t = d.terms();
        r.authorityType = t.authority();
        r.delegatorKind = t.delegator().kind().name();
        r.delegatorKey = t.delegator().key();
        r.delegateeKind = t.delegatee().kind().name();
        r.delegateeKey = t.delegatee().key();
        r.limitAmount = t.limits().amount() == null ? null : t.limits().amount().setScale(2);
        r.limitCurrency = t.limits().currency();
        r.gradeLimit = t.limits().grade();
        r.allMissions = t.missionScope().allMissions();
        r.missions = t.missionScope().missions().stream().map(DelegationMissionRow::new)
                .collect(Collectors.toCollection(java.util.HashSet::new));
        r.validFrom = t.validity().from();
        r.validTo = t.validity().to();
        r.maySubDelegate = t.maySubDelegate();
        r.parentId = d.parentId();
        r.acknowledgedOn = d.acknowledgedOn();
        r.acknowledgedBy = d.acknowledgedBy();
        r.status = d.status().name();
        r.statusReason = d.statusReason();
        r.statusChangedOn = d.statusChangedOn();
        return r;
    }

    static DelegationLink toLink(Delegation d) {
        DelegationTerms t = d.terms();
        return new DelegationLink(d.id(), d.parentId(), t.authority(), t.delegator().kind().name(), t.delegator().key(),
                t.delegatee().kind().name(), t.delegatee().key(), t.limits().amount(), t.limits().currency(),
                t.limits().grade(), t.missionScope().allMissions(), Set.copyOf(t.missionScope().sortedMissions()),
                t.validity().from(), t.validity().to(), d.acknowledgedOn(), d.status().name());
    }
}
