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

    /** One attribution with the features serving it. */
    public record Coverage(AttributionSummary attribution, List<ServedAttribution> features) {
        public boolean served() { return !features.isEmpty(); }
    }

    /** One paragraph of the bulletin (e.g. 7.5) with its attributions. */
    public record SectionCoverage(String section, List<Coverage> attributions) {
        public long servedCount() { return attributions.stream().filter(Coverage::served).count(); }
        public int total() { return attributions.size(); }
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
