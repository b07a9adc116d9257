package org.fieldsupport.organization.delegation.domain;

import static org.fieldsupport.organization.delegation.domain.RefusalReason.*;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A delegation of authority (ST/SGB/2010/2, 2.1.b, 5.12.a, 6.3.c): a position delegates one authority
 * to a position or a person, within limits, for a mission scope and a period, possibly allowing
 * sub-delegation. Immutable: every change is a named transition answering a {@link Decision} with the
 * changed delegation, so an illegal change is a refusal value, not an exception.
 *
 * <p>A delegation takes effect on acceptance: until the delegatee has acknowledged it, it authorises
 * nothing (see docs/decisions/2026-11-27-delegation-of-authority.md).
 */
public final class Delegation {

    private final Long id;
    private final DelegationTerms terms;
    private final Long parentId;
    private final LocalDate acknowledgedOn;
    private final String acknowledgedBy;
    private final DelegationStatus status;
    private final String statusReason;
    private final LocalDate statusChangedOn;

    private Delegation(Long id, DelegationTerms terms, Long parentId, LocalDate acknowledgedOn,
                       String acknowledgedBy, DelegationStatus status, String statusReason,
                       LocalDate statusChangedOn) {
        this.id = id;
        this.terms = Objects.requireNonNull(terms, "terms");
        this.parentId = parentId;
        this.acknowledgedOn = acknowledgedOn;
        this.acknowledgedBy = acknowledgedBy;
        this.status = Objects.requireNonNull(status, "status");
        this.statusReason = statusReason;
        this.statusChangedOn = statusChangedOn;
    }

    /** Rebuilds a stored delegation (no rules applied: it was accepted when written). */
    public static Delegation restore(Long id, DelegationTerms terms, Long parentId, LocalDate acknowledgedOn,
                                     String acknowledgedBy, DelegationStatus status, String statusReason,
                                     LocalDate statusChangedOn) {
        return new Delegation(id, terms, parentId, acknowledgedOn, acknowledgedBy, status, statusReason,
                statusChangedOn);
    }

    /** A delegation given directly by a position (the root of a chain). */
    public static Decision<Delegation> grant(DelegationTerms terms) {
        Refusal malformed = malformation(terms);
        if (malformed != null) {
            return Decision.refused(malformed);
        }
        if (!terms.delegator().isPosition()) {
            return Decision.refused(ROOT_DELEGATOR_NOT_POSITION, terms.delegator().key());
        }
        return Decision.allowed(new Delegation(null, terms, null, null, null, DelegationStatus.ACTIVE, null, null));
    }

    /**
     * A sub-delegation of {@code parent}: never wider than its parent in authority, limit, currency,
     * grade, mission scope or validity; the parent must allow sub-delegation, be active and accepted,
     * and the sub-delegation must be given by the parent's delegatee.
     */
    public static Decision<Delegation> subDelegate(Delegation parent, DelegationTerms terms, GradeRanks ranks) {
        Objects.requireNonNull(parent, "parent");
        Refusal malformed = malformation(terms);
        if (malformed != null) {
            return Decision.refused(malformed);
        }
        Long pid = parent.id;
        if (!parent.terms.maySubDelegate()) {
            return Decision.refused(PARENT_NOT_SUB_DELEGABLE, pid);
        }
        if (parent.status != DelegationStatus.ACTIVE) {
            return Decision.refused(PARENT_NOT_ACTIVE, pid, parent.status);
        }
        if (!parent.isAcknowledged()) {
            return Decision.refused(PARENT_NOT_ACKNOWLEDGED, pid);
        }
        if (!terms.delegator().sameAs(parent.terms.delegatee())) {
            return Decision.refused(DELEGATOR_NOT_PARENT_DELEGATEE, terms.delegator().key(),
                    parent.terms.delegatee().key());
        }
        if (!terms.authority().equals(parent.terms.authority())) {
            return Decision.refused(AUTHORITY_DIFFERS_FROM_PARENT, terms.authority(), parent.terms.authority());
        }
        Limits mine = terms.limits();
        Limits theirs = parent.terms.limits();
        if (theirs.hasMonetaryLimit()) {
            if (!mine.hasMonetaryLimit()) {
                return Decision.refused(WIDER_LIMIT_THAN_PARENT, "-", theirs.amount(), theirs.currency());
            }
            if (!mine.currency().equals(theirs.currency())) {
                return Decision.refused(CURRENCY_DIFFERS_FROM_PARENT, mine.currency(), theirs.currency());
            }
            if (mine.amount().compareTo(theirs.amount()) > 0) {
                return Decision.refused(WIDER_LIMIT_THAN_PARENT, mine.amount(), theirs.amount(), theirs.currency());
            }
        }
        if (theirs.hasGradeLimit()) {
            if (!mine.hasGradeLimit()) {
                return Decision.refused(WIDER_GRADE_THAN_PARENT, "-", theirs.grade());
            }
            var myRank = ranks.rankOf(mine.grade());
            var theirRank = ranks.rankOf(theirs.grade());
            if (myRank.isEmpty()) {
                return Decision.refused(UNKNOWN_GRADE, mine.grade());
            }
            if (theirRank.isEmpty() || myRank.getAsInt() > theirRank.getAsInt()) {
                return Decision.refused(WIDER_GRADE_THAN_PARENT, mine.grade(), theirs.grade());
            }
        } else if (mine.hasGradeLimit() && ranks.rankOf(mine.grade()).isEmpty()) {
            return Decision.refused(UNKNOWN_GRADE, mine.grade());
        }
        if (!parent.terms.missionScope().includes(terms.missionScope())) {
            return Decision.refused(WIDER_MISSION_SCOPE_THAN_PARENT, terms.missionScope(),
                    parent.terms.missionScope());
        }
        if (!parent.terms.validity().includes(terms.validity())) {
            Validity pv = parent.terms.validity();
            return Decision.refused(WIDER_VALIDITY_THAN_PARENT, pv.from(), pv.to() == null ? "-" : pv.to());
        }
        return Decision.allowed(new Delegation(null, terms, pid, null, null, DelegationStatus.ACTIVE, null, null));
    }

    private static Refusal malformation(DelegationTerms terms) {
        if (terms.authority() == null || terms.authority().isBlank()) {
            return Refusal.of(INVALID_DELEGATION, "authority");
        }
        if (terms.delegator().sameAs(terms.delegatee())) {
            return Refusal.of(SELF_DELEGATION, terms.delegator().key());
        }
        return terms.limits().malformation();
    }

    /** The delegatee accepts the delegation; from that day on it takes effect. */
    public Decision<Delegation> acknowledge(LocalDate on, String by) {
        if (isAcknowledged()) {
            return Decision.refused(ALREADY_ACKNOWLEDGED, id, acknowledgedOn);
        }
        if (status != DelegationStatus.ACTIVE) {
            return Decision.refused(NOT_ACKNOWLEDGEABLE, id, status);
        }
        return Decision.allowed(new Delegation(id, terms, parentId, Objects.requireNonNull(on), by, status,
                statusReason, statusChangedOn));
    }

    /** Puts an active delegation on hold; it authorises nothing (nor do its sub-delegations) until reinstated. */
    public Decision<Delegation> suspend(String reason, LocalDate on) {
        if (status != DelegationStatus.ACTIVE) {
            return Decision.refused(NOT_SUSPENDABLE, id, status);
        }
        return Decision.allowed(withStatus(DelegationStatus.SUSPENDED, blankToNull(reason), on));
    }

    public Decision<Delegation> reinstate(LocalDate on) {
        if (status != DelegationStatus.SUSPENDED) {
            return Decision.refused(NOT_REINSTATABLE, id, status);
        }
        return Decision.allowed(withStatus(DelegationStatus.ACTIVE, null, on));
    }

    /** Ends the delegation for good; a reason is required. Its sub-delegations stop applying with it. */
    public Decision<Delegation> revoke(String reason, LocalDate on) {
        if (status == DelegationStatus.REVOKED) {
            return Decision.refused(ALREADY_REVOKED, id);
        }
        if (reason == null || reason.isBlank()) {
            return Decision.refused(REASON_REQUIRED);
        }
        return Decision.allowed(withStatus(DelegationStatus.REVOKED, reason.strip(), on));
    }

    private Delegation withStatus(DelegationStatus newStatus, String reason, LocalDate on) {
        return new Delegation(id, terms, parentId, acknowledgedOn, acknowledgedBy, newStatus, reason, on);
    }

    private static String blankToNull(String s) { return s == null || s.isBlank() ? null : s.strip(); }

    /** The same delegation carrying the identity the register gave it. */
    public Delegation withId(Long newId) {
        return new Delegation(newId, terms, parentId, acknowledgedOn, acknowledgedBy, status, statusReason,
                statusChangedOn);
    }

    public boolean isAcknowledged() { return acknowledgedOn != null; }

    /** Has the delegatee accepted it by {@code date}? */
    public boolean acknowledgedBy(LocalDate date) { return acknowledgedOn != null && !acknowledgedOn.isAfter(date); }

    public boolean isSubDelegation() { return parentId != null; }

    public Long id() { return id; }
    public DelegationTerms terms() { return terms; }
    public String authority() { return terms.authority(); }
    public Party delegator() { return terms.delegator(); }
    public Party delegatee() { return terms.delegatee(); }
    public Limits limits() { return terms.limits(); }
    public MissionScope missionScope() { return terms.missionScope(); }
    public Validity validity() { return terms.validity(); }
    public boolean maySubDelegate() { return terms.maySubDelegate(); }
    public Long parentId() { return parentId; }
    public LocalDate acknowledgedOn() { return acknowledgedOn; }
    public String acknowledgedBy() { return acknowledgedBy; }
    public DelegationStatus status() { return status; }
    public String statusReason() { return statusReason; }
    public LocalDate statusChangedOn() { return statusChangedOn; }

    @Override
    public String toString() {
        return "Delegation[" + id + " " + terms.authority() + " " + terms.delegator() + " -> " + terms.delegatee()
                + " " + status + (parentId == null ? "" : " parent=" + parentId) + "]";
    }
}
