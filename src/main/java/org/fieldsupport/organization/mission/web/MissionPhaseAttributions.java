package org.fieldsupport.organization.mission.web;

import java.util.List;
import org.fieldsupport.organization.AttributionFeatureContributor;
import org.springframework.stereotype.Component;

/**
 * 2.1.a: support to the missions through their life cycle — a mission's phase drives the department's work
 * (liquidation opens the checklist in the work inbox; a closed mission takes no new records).
 */
@Component
class MissionPhaseAttributions implements AttributionFeatureContributor {

    private static final String TEST = "org.fieldsupport.organization.mission.MissionPhaseWorkTests";

    @Override
    public List<ServedAttribution> servedAttributions() {
        return List.of(
                new ServedAttribution("2.1.a", "org.nav.missions", "/organization/missions/{code}",
                        ServedAttribution.Kind.SCREEN, TEST),
                new ServedAttribution("2.1.a", "org.feature.liquidation-api",
                        "/api/v1/organization/missions/{code}/liquidation-checklist", ServedAttribution.Kind.API, TEST));
    }
}
