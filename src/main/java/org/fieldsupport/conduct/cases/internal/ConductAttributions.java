package org.fieldsupport.conduct.cases.internal;

import java.util.List;
import org.fieldsupport.organization.AttributionFeatureContributor;
import org.springframework.stereotype.Component;

/** Which of the bulletin's attributions (2.1.e, 5.7.a–h) the conduct screens and APIs serve. */
@Component
class ConductAttributions implements AttributionFeatureContributor {

    static final String T = "org.fieldsupport.conduct.web.";

    @Override
    public List<ServedAttribution> servedAttributions() {
        var screen = ServedAttribution.Kind.SCREEN;
        var api = ServedAttribution.Kind.API;
        return List.of(
                // 2.1.e zero tolerance enforced: the case register under need-to-know, from report to Member State action
                new ServedAttribution("2.1.e", "conduct.feature.register", "/conduct/cases", screen, T + "ConductScreensTests"),
                new ServedAttribution("2.1.e", "conduct.feature.registerApi", "/api/v1/conduct/cases", api, T + "ConductCaseApiTests"),
                // 5.7.a orientation and monitoring of the situation in missions
                new ServedAttribution("5.7.a", "conduct.feature.strategy", "/conduct/strategy", screen, T + "ConductStrategyTests"),
                new ServedAttribution("5.7.a", "conduct.feature.strategyApi", "/api/v1/conduct/strategy", api, T + "ConductStrategyTests"),
                // 5.7.b strategies linking goals to the missions' conduct teams: objectives per mission and prong
                new ServedAttribution("5.7.b", "conduct.feature.strategy", "/conduct/strategy", screen, T + "ConductStrategyTests"),
                new ServedAttribution("5.7.b", "conduct.feature.strategyApi", "/api/v1/conduct/objectives", api, T + "ConductStrategyTests"),
                // 5.7.c policies, procedures, guidance, best practice
                new ServedAttribution("5.7.c", "conduct.feature.policies", "/conduct/policies", screen, T + "ConductStrategyTests"),
                new ServedAttribution("5.7.c", "conduct.feature.policiesApi", "/api/v1/conduct/policies", api, T + "ConductStrategyTests"),
                // 5.7.d the central misconduct database and its tracking tools
                new ServedAttribution("5.7.d", "conduct.feature.register", "/conduct/cases", screen, T + "ConductScreensTests"),
                new ServedAttribution("5.7.d", "conduct.feature.registerApi", "/api/v1/conduct/cases", api, T + "ConductCaseApiTests"),
                // 5.7.e disciplinary review with recommendations
                new ServedAttribution("5.7.e", "conduct.feature.discipline", "/conduct/discipline", screen, T + "ConductDisciplineTests"),
                new ServedAttribution("5.7.e", "conduct.feature.discipline", "/api/v1/conduct/reviews", api, T + "ConductDisciplineTests"),
                // 5.7.f three-pronged strategy applied and monitored in the field
                new ServedAttribution("5.7.f", "conduct.feature.strategy", "/conduct/strategy", screen, T + "ConductStrategyTests"),
                new ServedAttribution("5.7.f", "conduct.feature.strategyApi", "/api/v1/conduct/activities", api, T + "ConductStrategyTests"),
                // 5.7.g reports to the General Assembly: reconciled, suppressed statistics and their export
                new ServedAttribution("5.7.g", "conduct.feature.statistics", "/conduct/statistics", screen, T + "ConductStatisticsTests"),
                new ServedAttribution("5.7.g", "conduct.feature.statisticsApi", "/api/v1/conduct/statistics", api, T + "ConductStatisticsTests"),
                // 5.7.h training programmes on misconduct and SEA, with completion per mission
                new ServedAttribution("5.7.h", "conduct.feature.policies", "/conduct/policies", screen, T + "ConductStrategyTests"),
                new ServedAttribution("5.7.h", "conduct.feature.strategyApi", "/api/v1/conduct/activities", api, T + "ConductStrategyTests"));
    }
}
