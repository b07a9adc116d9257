package org.fieldsupport.organization.delegation.domain;

import static org.fieldsupport.organization.delegation.domain.RefusalReason.*;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * "May this person exercise this authority, for this mission, for this amount or grade, on this date?"
 *
 * <p>The person is given as the parties they stand for on that date: themselves (by username and/or
 * index number) and the positions they hold. Every delegation of the authority held by one of those
 * parties is a candidate; its chain (from the root delegation given by a position down to it) must
 * hold link by link: active, acknowledged on or before the date, valid on the date, covering the
 * mission, the amount in the same currency, and the grade. The first candidate that holds (shortest
 * chain first) answers {@code Allowed(chain)}; when none holds, the refusal that came closest to an
 * allowance is reported.
 */
public final class DelegationPolicy {

    static final int MAX_CHAIN_DEPTH = 32;

    private final GradeRanks ranks;

    public DelegationPolicy(GradeRanks ranks) {
        this.ranks = Objects.requireNonNull(ranks, "ranks");
    }

    public Decision<List<Delegation>> decide(AuthorityQuery query, Collection<Party> holders, DelegationSource source) {
        List<Delegation> candidates = source.heldBy(holders, query.authority());
        if (candidates.isEmpty()) {
            return Decision.refused(NO_DELEGATION, query.authority());
        }
        List<List<Delegation>> chains = new ArrayList<>();
        Refusal best = null;
        for (Delegation candidate : candidates) {
            Optional<List<Delegation>> chain = chainOf(candidate, source);
            if (chain.isEmpty()) {
                best = closer(best, Refusal.of(CHAIN_BROKEN, candidate.id(), "?"));
                continue;
            }
            chains.add(chain.get());
        }
        chains.sort(Comparator.<List<Delegation>>comparingInt(List::size)
                .thenComparing(c -> c.get(c.size() - 1).id(), Comparator.nullsLast(Comparator.naturalOrder())));
        for (List<Delegation> chain : chains) {
            Refusal refusal = examine(chain, query);
            if (refusal == null) {
                return Decision.allowed(List.copyOf(chain));
            }
            best = closer(best, refusal);
        }
        return Decision.refused(best);
    }

    /** Decides for the holder of one given delegation only (used to compare a sub-delegation with its parent). */
    public Decision<List<Delegation>> decideFor(Delegation delegation, AuthorityQuery query, DelegationSource source) {
        if (!delegation.authority().equals(query.authority())) {
            return Decision.refused(NO_DELEGATION, query.authority());
        }
        return chainOf(delegation, source)
                .<Decision<List<Delegation>>>map(chain -> {
                    Refusal r = examine(chain, query);
                    return r == null ? Decision.allowed(List.copyOf(chain)) : Decision.refused(r);
                })
                .orElseGet(() -> Decision.refused(CHAIN_BROKEN, delegation.id(), "?"));
    }

    /** Root first; empty when a parent is missing or the chain loops. */
    public static Optional<List<Delegation>> chainOf(Delegation leaf, DelegationSource source) {
        List<Delegation> upward = new ArrayList<>();
        Set<Long> seen = new HashSet<>();
        Delegation current = leaf;
        while (current != null) {
            if (current.id() != null && !seen.add(current.id()) || upward.size() > MAX_CHAIN_DEPTH) {
                return Optional.empty();
            }
            upward.add(current);
            if (current.parentId() == null) {
                break;
            }
            Optional<Delegation> parent = source.byId(current.parentId());
            if (parent.isEmpty()) {
                return Optional.empty();
            }
            current = parent.get();
        }
        List<Delegation> rootFirst = new ArrayList<>(upward.size());
        for (int i = upward.size() - 1; i >= 0; i--) {
            rootFirst.add(upward.get(i));
        }
        return Optional.of(rootFirst);
    }

    /** Null when the chain (root first) allows the query; otherwise why not. */
    Refusal examine(List<Delegation> chain, AuthorityQuery query) {
        Delegation leaf = chain.get(chain.size() - 1);
        Refusal own = standing(leaf, query);
        if (own != null) {
            return own;
        }
        for (int i = chain.size() - 2; i >= 0; i--) {
            Delegation ancestor = chain.get(i);
            Refusal theirs = standing(ancestor, query);
            if (theirs != null) {
                return Refusal.of(CHAIN_BROKEN, leaf.id(), ancestor.id(), theirs.reason().name());
            }
        }
        for (int i = chain.size() - 1; i >= 0; i--) {
            Refusal coverage = coverage(chain.get(i), query);
            if (coverage != null) {
                return coverage;
            }
        }
        return null;
    }

    /** Whether the delegation is in force on the query's date (status, validity, acceptance). */
    private Refusal standing(Delegation d, AuthorityQuery q) {
        switch (d.status()) {
            case REVOKED -> {
                return Refusal.of(REVOKED, d.id(), d.statusReason() == null ? "" : d.statusReason());
            }
            case SUSPENDED -> {
                return Refusal.of(SUSPENDED, d.id());
            }
            case ACTIVE -> { }
        }
        if (d.validity().notYetStartedOn(q.date())) {
            return Refusal.of(NOT_YET_VALID, d.id(), d.validity().from());
        }
        if (d.validity().endedBefore(q.date())) {
            return Refusal.of(EXPIRED, d.id(), d.validity().to());
        }
        if (!d.acknowledgedBy(q.date())) {
            return Refusal.of(NOT_ACKNOWLEDGED, d.id());
        }
        return null;
    }

    /** Whether the delegation's scope and limits cover the query. */
    private Refusal coverage(Delegation d, AuthorityQuery q) {
        if (!d.missionScope().covers(q.mission())) {
            return Refusal.of(OUTSIDE_MISSION_SCOPE, d.id(), q.mission() == null ? "-" : q.mission(),
                    d.missionScope().toString());
        }
        Limits limits = d.limits();
        if (q.amount() != null && limits.hasMonetaryLimit()) {
            if (q.currency() == null || !q.currency().equals(limits.currency())) {
                return Refusal.of(CURRENCY_MISMATCH, d.id(), q.currency() == null ? "-" : q.currency(),
                        limits.currency());
            }
            if (q.amount().compareTo(limits.amount()) > 0) {
                return Refusal.of(ABOVE_LIMIT, d.id(), q.amount(), limits.amount(), limits.currency());
            }
        }
        if (q.grade() != null && limits.hasGradeLimit()) {
            var asked = ranks.rankOf(q.grade());
            if (asked.isEmpty()) {
                return Refusal.of(UNKNOWN_GRADE, q.grade());
            }
            var limit = ranks.rankOf(limits.grade());
            if (limit.isEmpty() || asked.getAsInt() > limit.getAsInt()) {
                return Refusal.of(ABOVE_GRADE, d.id(), q.grade(), limits.grade());
            }
        }
        return null;
    }

    private static Refusal closer(Refusal current, Refusal candidate) {
        if (current == null || candidate.reason().ordinal() > current.reason().ordinal()) {
            return candidate;
        }
        return current;
    }
}
