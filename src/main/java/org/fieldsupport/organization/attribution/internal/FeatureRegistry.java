package org.fieldsupport.organization.attribution.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.fieldsupport.organization.AttributionFeatureContributor;
import org.fieldsupport.organization.AttributionFeatureContributor.ServedAttribution;
import org.fieldsupport.organization.AttributionSummary;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/** Collects what every module's {@link AttributionFeatureContributor} says it serves; computes coverage. */
@Component
public class FeatureRegistry {

    private final ObjectProvider<AttributionFeatureContributor> contributors;
    private final AttributionService attributions;

    FeatureRegistry(ObjectProvider<AttributionFeatureContributor> contributors, AttributionService attributions) {
        this.contributors = contributors;
        this.attributions = attributions;
    }

    public List<ServedAttribution> served() {
        List<ServedAttribution> all = new ArrayList<>();
        contributors.orderedStream().forEach(c -> all.addAll(c.servedAttributions()));
        all.sort(Comparator.comparing((ServedAttribution s) -> AttributionService.sortKey(s.attributionId()))
                .thenComparing(ServedAttribution::path));
        return all;
    }

    public List<ServedAttribution> servedFor(String attributionId) {
        return served().stream().filter(s -> s.attributionId().equals(attributionId)).toList();
    }

    /**
     * How far an attribution is served: {@code SERVED} when some module declares both a screen and an API for
     * it (each naming the test that exercises it), {@code PARTIAL} when only one of the two, {@code NOT_YET}
     * when nothing.
     */
    public enum Status {
        SERVED, PARTIAL, NOT_YET;

        public static Status of(List<ServedAttribution> features) {
            boolean screen = features.stream().anyMatch(f -> f.kind() == ServedAttribution.Kind.SCREEN);
            boolean api = features.stream().anyMatch(f -> f.kind() == ServedAttribution.Kind.API);
            return screen && api ? SERVED : screen || api ? PARTIAL : NOT_YET;
        }
    }

    /** One attribution with the features serving it. */
    public record Coverage(AttributionSummary attribution, List<ServedAttribution> features) {
        public Status status() { return Status.of(features); }
        public boolean served() { return status() == Status.SERVED; }
        public boolean partial() { return status() == Status.PARTIAL; }
    }

    /** One paragraph of the bulletin (e.g. 7.5) with its attributions. */
    public record SectionCoverage(String section, List<Coverage> attributions) {
        public long servedCount() { return attributions.stream().filter(Coverage::served).count(); }
        public long partialCount() { return attributions.stream().filter(Coverage::partial).count(); }
        public int total() { return attributions.size(); }
    }

    /** One module (the attribution's owner in the catalogue) with its served, partial and not-yet counts. */
    public record ModuleCoverage(String module, long served, long partial, long notYet) {
        public long total() { return served + partial + notYet; }
        /** Share of the module's attributions served, in whole percent (for the bar). */
        public long servedPercent() { return total() == 0 ? 0 : Math.round(100.0 * served / total()); }
        public long partialPercent() { return total() == 0 ? 0 : Math.round(100.0 * partial / total()); }
    }

    /** Per owning module, alphabetical: the catalogue's module column decides whose attribution it is. */
    public List<ModuleCoverage> byModule() {
        Map<String, long[]> counts = new java.util.TreeMap<>();
        for (SectionCoverage s : coverage()) {
            for (Coverage c : s.attributions()) {
                long[] n = counts.computeIfAbsent(c.attribution().ownerModule(), k -> new long[3]);
                n[c.status().ordinal()]++;
            }
        }
        List<ModuleCoverage> result = new ArrayList<>();
        counts.forEach((module, n) -> result.add(new ModuleCoverage(module, n[0], n[1], n[2])));
        return result;
    }

    public List<SectionCoverage> coverage() {
        Map<String, List<ServedAttribution>> byId = new LinkedHashMap<>();
        served().forEach(s -> byId.computeIfAbsent(s.attributionId(), k -> new ArrayList<>()).add(s));
        Map<String, List<Coverage>> bySection = new LinkedHashMap<>();
        for (AttributionSummary a : attributions.all()) {
            bySection.computeIfAbsent(a.section(), k -> new ArrayList<>())
                    .add(new Coverage(a, byId.getOrDefault(a.id(), List.of())));
        }
        List<SectionCoverage> result = new ArrayList<>();
        bySection.forEach((section, list) -> result.add(new SectionCoverage(section, list)));
        return result;
    }
}
