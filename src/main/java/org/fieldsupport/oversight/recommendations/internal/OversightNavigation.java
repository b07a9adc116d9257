package org.fieldsupport.oversight.recommendations.internal;

import java.util.List;
import org.fieldsupport.organization.AttributionFeatureContributor;
import org.fieldsupport.platform.web.NavigationContributor;
import org.springframework.stereotype.Component;

/** Oversight screens in the department's area (Audit Response and Boards of Inquiry Section, OUSG), and their attributions. */
@Component
class OversightNavigation implements NavigationContributor, AttributionFeatureContributor {

    static final String TESTS = "org.fieldsupport.oversight.web.";

    @Override
    public List<NavigationItem> navigationItems() {
        return List.of(
                new NavigationItem(Areas.DEPARTMENT, "oversight.nav.recommendations", "/oversight/recommendations", OversightPermissions.READ, 70),
                new NavigationItem(Areas.DEPARTMENT, "oversight.nav.reports", "/oversight/reports", OversightPermissions.READ, 71),
                new NavigationItem(Areas.DEPARTMENT, "oversight.nav.boards", "/oversight/boards", OversightPermissions.BOARD_READ, 72),
                new NavigationItem(Areas.DEPARTMENT, "oversight.nav.engagements", "/oversight/engagements", OversightPermissions.READ, 73),
                new NavigationItem(Areas.DEPARTMENT, "oversight.nav.guidance", "/oversight/guidance", null, 74),
                new NavigationItem(Areas.DEPARTMENT, "oversight.nav.risks", "/oversight/risks", OversightPermissions.RISK_READ, 75),
                new NavigationItem(Areas.DEPARTMENT, "oversight.nav.security", "/oversight/security", OversightPermissions.RISK_READ, 76));
    }

    @Override
    public List<ServedAttribution> servedAttributions() {
        var screen = ServedAttribution.Kind.SCREEN;
        var api = ServedAttribution.Kind.API;
        return List.of(
                new ServedAttribution("3.5.c", "oversight.feature.security", "/oversight/security", screen, TESTS + "RiskScreensTests"),
                new ServedAttribution("3.5.c", "oversight.feature.securityApi", "/api/v1/oversight/security-requirements", api, TESTS + "RiskApiTests"),
                new ServedAttribution("5.2.b", "oversight.feature.risks", "/oversight/risks", screen, TESTS + "RiskScreensTests"),
                new ServedAttribution("5.2.b", "oversight.feature.risksApi", "/api/v1/oversight/risks", api, TESTS + "RiskApiTests"),
                new ServedAttribution("5.2.b", "oversight.feature.boards", "/oversight/boards", screen, TESTS + "BoardScreensTests"),
                new ServedAttribution("5.2.b", "oversight.feature.triggerCheck", "/api/v1/oversight/boards-of-inquiry/trigger-check", api, TESTS + "BoardApiTests"),
                new ServedAttribution("5.9.a", "oversight.feature.recommendations", "/oversight/recommendations", screen, TESTS + "RecommendationScreensTests"),
                new ServedAttribution("5.9.a", "oversight.feature.recommendationsApi", "/api/v1/oversight/recommendations", api, TESTS + "RecommendationApiTests"),
                new ServedAttribution("5.9.b", "oversight.feature.engagements", "/oversight/engagements", screen, TESTS + "EngagementTests"),
                new ServedAttribution("5.9.b", "oversight.feature.engagementsApi", "/api/v1/oversight/engagements", api, TESTS + "EngagementTests"),
                new ServedAttribution("5.9.c", "oversight.feature.guidance", "/oversight/guidance", screen, TESTS + "RecommendationScreensTests"),
                new ServedAttribution("5.9.c", "oversight.feature.guidanceApi", "/api/v1/oversight/guidance", api, TESTS + "RecommendationApiTests"));
    }
}
