package org.fieldsupport.logistics.governance.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Policies, innovations and liquidation: a policy is due for review its review period after it took effect; an
 * innovation moves proposal → pilot → evaluation → decision; at liquidation, equipment is disposed of by the
 * approved priorities (transfer to another mission, then return to UNLB/SDS, then commercial sale, donation,
 * destruction) — any method after the first two needs a justification.
 */
public final class GovernanceRules {

    public static final List<String> DISPOSAL_PRIORITY = List.of("TRANSFER_MISSION", "RETURN_UNLB", "SALE", "DONATION",
            "DESTRUCTION");

    private static final Map<String, Set<String>> INNOVATION = Map.of(
            "PROPOSED", Set.of("PILOTING", "REJECTED"),
            "PILOTING", Set.of("EVALUATED"),
            "EVALUATED", Set.of("ADOPTED", "REJECTED"));

    private GovernanceRules() { }

    public static LocalDate reviewDue(LocalDate effectiveOn, int reviewMonths) {
        return effectiveOn.plusMonths(reviewMonths);
    }

    public static boolean reviewOverdue(LocalDate effectiveOn, int reviewMonths, LocalDate today) {
        return reviewDue(effectiveOn, reviewMonths).isBefore(today);
    }

    public static boolean innovationMay(String from, String to) {
        return INNOVATION.getOrDefault(from, Set.of()).contains(to);
    }

    /** Whether a disposal method needs a justification (it is below the first two approved priorities). */
    public static boolean needsJustification(String method) {
        return DISPOSAL_PRIORITY.indexOf(method) >= 2;
    }
}
