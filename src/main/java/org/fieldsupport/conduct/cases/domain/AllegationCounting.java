package org.fieldsupport.conduct.cases.domain;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * CONDUCT-2026-v1, counting: sexual exploitation and abuse is counted <b>by report</b>, split into one allegation
 * per category of personnel and per troop/police-contributing country involved; other misconduct is one
 * allegation <b>per type of misconduct per subject</b>. An SEA allegation carries the first type reported for its
 * group (subjects in the order recorded, their types in the order given).
 */
public final class AllegationCounting {

    public static final String RULE_SET = "CONDUCT-2026-v1";

    private AllegationCounting() { }

    /**
     * A subject as the rule sees it. {@code contributingCountry} (ISO alpha-3) matters for uniformed personnel only.
     * {@code index} is the subject's position in the case (0-based).
     */
    public record Subject(int index, PersonnelCategory category, String contributingCountry, List<String> types) {
        public Subject {
            Objects.requireNonNull(category, "category");
            types = List.copyOf(types);
            contributingCountry = category.uniformed() ? contributingCountry : null;
        }
    }

    /** One counted allegation: {@code subjectIndex} is null for SEA (one per group, not per person). */
    public record Allegation(Integer subjectIndex, PersonnelCategory category, String contributingCountry,
                             String type) { }

    public static List<Allegation> count(CaseKind kind, List<Subject> subjects) {
        List<Allegation> result = new ArrayList<>();
        if (kind == CaseKind.SEA) {
            Map<String, Allegation> groups = new LinkedHashMap<>();
            for (Subject s : subjects) {
                if (s.types().isEmpty()) {
                    continue;
                }
                String key = s.category().name() + "|" + (s.contributingCountry() == null ? "" : s.contributingCountry());
                groups.putIfAbsent(key, new Allegation(null, s.category(), s.contributingCountry(), s.types().get(0)));
            }
            result.addAll(groups.values());
        } else {
            for (Subject s : subjects) {
                s.types().stream().distinct().forEach(type ->
                        result.add(new Allegation(s.index(), s.category(), s.contributingCountry(), type)));
            }
        }
        return result;
    }
}
