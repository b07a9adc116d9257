package org.fieldsupport.frontoffice.correspondence.domain;

import java.util.List;
import java.util.Optional;

/**
 * ROUTING-v1 (rules-wave2.md): an item naming an attribution goes to the unit that holds that attribution for
 * the mission in the organisation's responsibility lookup, and a task with the item's due date lands in that
 * unit's queue. Without an attribution, the free-text subject is routed through the same lookup's best answer,
 * which is only a proposal: the registry clerk confirms it (or picks another unit) before the item is assigned.
 */
public final class RoutingPolicy {

    public static final String RULE_SET = "ROUTING-v1";

    /** The organisation's lookup as the rule needs it. */
    public interface Lookup {
        /** The unit holding {@code attributionId} for the mission (null mission = department-wide holder). */
        Optional<String> unitFor(String attributionId, String missionCode);

        /** The best answers for a free text, best first: attribution and its holding unit. */
        List<Candidate> candidatesFor(String text, String missionCode);
    }

    public record Candidate(String attributionId, String unitCode) { }

    /** The outcome of routing one item. */
    public sealed interface Outcome permits Assigned, ToConfirm, Unroutable { }

    /** Assigned to the holder of the named attribution; a queue task follows. */
    public record Assigned(String attributionId, String unitCode) implements Outcome { }

    /** The lookup's best answer for a free text, for the clerk to confirm. */
    public record ToConfirm(Candidate proposal, List<Candidate> alternatives) implements Outcome { }

    /** Why nothing could be proposed. */
    public record Unroutable(Reason reason, String detail) implements Outcome { }

    public enum Reason {
        /** the named attribution has no holding unit */
        NO_HOLDER,
        /** the free text matched nothing */
        NO_MATCH
    }

    private RoutingPolicy() { }

    public static Outcome route(String attributionId, String subject, String missionCode, Lookup lookup) {
        if (attributionId != null && !attributionId.isBlank()) {
            String id = attributionId.strip();
            return lookup.unitFor(id, missionCode)
                    .<Outcome>map(unit -> new Assigned(id, unit))
                    .orElseGet(() -> new Unroutable(Reason.NO_HOLDER, id));
        }
        List<Candidate> candidates = lookup.candidatesFor(subject, missionCode).stream()
                .filter(c -> c.unitCode() != null).toList();
        if (candidates.isEmpty()) {
            return new Unroutable(Reason.NO_MATCH, subject);
        }
        return new ToConfirm(candidates.get(0), candidates.subList(1, candidates.size()));
    }
}
