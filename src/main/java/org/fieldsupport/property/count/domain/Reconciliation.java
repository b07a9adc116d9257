package org.fieldsupport.property.count.domain;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A physical count at a location reconciled with the register: tags the register places there and that were not
 * found are MISSING; tags found that the register places elsewhere are MISPLACED; tags found that the register does
 * not know (or not in service) are UNRECORDED. Linear in the number of tags.
 */
public final class Reconciliation {

    private Reconciliation() { }

    public enum Kind { MISSING, UNRECORDED, MISPLACED }

    public record Discrepancy(String tag, Kind kind, String registerLocation) { }

    public record Result(int expected, int found, List<Discrepancy> discrepancies) {
        public long count(Kind kind) {
            return discrepancies.stream().filter(d -> d.kind() == kind).count();
        }
    }

    /**
     * @param expected        tags the register places at the counted location (in service)
     * @param locationOfOther where the register places the other scanned tags (absent = unknown)
     * @param scanned         tags scanned at the location (duplicates ignored)
     */
    public static Result reconcile(Set<String> expected, Map<String, String> locationOfOther, Collection<String> scanned) {
        Set<String> seen = new HashSet<>();
        List<Discrepancy> out = new ArrayList<>();
        for (String tag : scanned) {
            if (!seen.add(tag) || expected.contains(tag)) {
                continue;
            }
            String elsewhere = locationOfOther.get(tag);
            out.add(new Discrepancy(tag, elsewhere == null ? Kind.UNRECORDED : Kind.MISPLACED, elsewhere));
        }
        for (String tag : expected) {
            if (!seen.contains(tag)) {
                out.add(new Discrepancy(tag, Kind.MISSING, null));
            }
        }
        return new Result(expected.size(), seen.size(), out);
    }
}
