package org.fieldsupport.organization.attribution.domain;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * Which units hold an attribution, read from the bulletin's numbering: attribution {@code 7.5.b} belongs to
 * paragraph {@code 7.5}, held by the unit(s) whose paragraphs include {@code 7.5} (the MOU and Claims
 * Management Section). Where no unit cites the paragraph (sections 2 and 3 describe the department and its
 * USG), the shallowest unit citing a paragraph of the same section holds it (the department).
 */
public final class HolderDerivation {

    private HolderDerivation() { }

    /** A unit as the derivation needs it. */
    public record UnitRef(String code, String parentCode, List<String> paragraphs) {
        public static UnitRef of(String code, String parentCode, String paragraphs) {
            return new UnitRef(code, parentCode == null || parentCode.isBlank() ? null : parentCode,
                    paragraphs == null ? List.of() : Arrays.asList(paragraphs.trim().split("\\s+")));
        }
    }

    public static String paragraphOf(String attributionId) {
        int last = attributionId.lastIndexOf('.');
        return last < 0 ? attributionId : attributionId.substring(0, last);
    }

    public static String sectionOf(String attributionId) {
        int first = attributionId.indexOf('.');
        return first < 0 ? attributionId : attributionId.substring(0, first);
    }

    public static List<String> holders(String attributionId, List<UnitRef> units) {
        String paragraph = paragraphOf(attributionId);
        List<String> exact = new ArrayList<>();
        for (UnitRef u : units) if (u.paragraphs().contains(paragraph)) exact.add(u.code());
        if (!exact.isEmpty()) return exact;
        String sectionPrefix = sectionOf(attributionId) + ".";
        Map<String, UnitRef> byCode = new java.util.HashMap<>();
        units.forEach(u -> byCode.put(u.code(), u));
        int best = Integer.MAX_VALUE;
        List<String> shallowest = new ArrayList<>();
        for (UnitRef u : units) {
            if (u.paragraphs().stream().noneMatch(p -> p.startsWith(sectionPrefix))) continue;
            int depth = depth(u, byCode);
            if (depth < best) {
                best = depth;
                shallowest.clear();
            }
            if (depth == best) shallowest.add(u.code());
        }
        return shallowest;
    }

    private static int depth(UnitRef u, Map<String, UnitRef> byCode) {
        int depth = 0;
        UnitRef current = u;
        while (current.parentCode() != null && byCode.containsKey(current.parentCode()) && depth < 100) {
            current = byCode.get(current.parentCode());
            depth++;
        }
        return depth;
    }
}
