package org.fieldsupport.organization.structure.web;

import java.util.List;
import org.fieldsupport.organization.AttributionFeatureContributor;
import org.fieldsupport.organization.structure.internal.OrganizationAccess;
import org.fieldsupport.platform.web.DashboardCardContributor;
import org.fieldsupport.platform.web.NavigationContributor;
import org.springframework.stereotype.Component;

/** The organisation screens in the shell's "department" area, a dashboard card, and what they serve of the bulletin. */
@Component
class OrganizationNavigation implements NavigationContributor, DashboardCardContributor, AttributionFeatureContributor {

    @Override
    public List<NavigationItem> navigationItems() {
        return List.of(
                new NavigationItem(Areas.DEPARTMENT, "org.nav.responsibility", "/organization/responsibility", null, 10),
                new NavigationItem(Areas.DEPARTMENT, "org.nav.units", "/organization/units", null, 20),
                new NavigationItem(Areas.DEPARTMENT, "org.nav.chart", "/organization/chart", null, 25),
                new NavigationItem(Areas.DEPARTMENT, "org.nav.missions", "/organization/missions", null, 30),
                new NavigationItem(Areas.DEPARTMENT, "org.nav.shared", "/organization/shared", null, 35),
                new NavigationItem(Areas.DEPARTMENT, "org.nav.attributions", "/organization/attributions", null, 40),
                new NavigationItem(Areas.DEPARTMENT, "org.nav.coverage", "/organization/coverage", null, 45),
                new NavigationItem(Areas.DEPARTMENT, "org.nav.transfer", "/organization/transfer",
                        OrganizationAccess.STRUCTURE_IMPORT, 50));
    }

    @Override
    public List<DashboardCard> dashboardCards() {
        return List.of(new DashboardCard("org-missions", "org.card.missions", "/organization/cards/missions", null, 20));
    }

    @Override
    public List<ServedAttribution> servedAttributions() {
        return List.of(
                new ServedAttribution("2.4.a", "org.nav.responsibility", "/organization/responsibility", ServedAttribution.Kind.SCREEN, "org.fieldsupport.organization.AttributionsAndResponsibilityTests"),
                new ServedAttribution("2.4.a", "org.feature.responsibility-api", "/api/v1/organization/responsibility", ServedAttribution.Kind.API, "org.fieldsupport.organization.AttributionsAndResponsibilityTests"),
                new ServedAttribution("2.4.b", "org.nav.responsibility", "/organization/responsibility", ServedAttribution.Kind.SCREEN, "org.fieldsupport.organization.AttributionsAndResponsibilityTests"),
                new ServedAttribution("2.4.b", "org.feature.responsibility-api", "/api/v1/organization/responsibility", ServedAttribution.Kind.API, "org.fieldsupport.organization.AttributionsAndResponsibilityTests"),
                new ServedAttribution("2.4.d", "org.nav.chart", "/organization/chart", ServedAttribution.Kind.SCREEN, "org.fieldsupport.organization.OrganizationScreensTests"),
                new ServedAttribution("2.4.f", "org.nav.shared", "/organization/shared", ServedAttribution.Kind.SCREEN, "org.fieldsupport.organization.OrganizationScreensTests"),
                new ServedAttribution("2.4.f", "org.feature.teams-api", "/api/v1/organization/teams", ServedAttribution.Kind.API, "org.fieldsupport.organization.OrganizationApiTests"),
                new ServedAttribution("2.4.h", "org.nav.shared", "/organization/shared", ServedAttribution.Kind.SCREEN, "org.fieldsupport.organization.OrganizationScreensTests"),
                new ServedAttribution("2.4.h", "org.feature.relations-api", "/api/v1/organization/relations", ServedAttribution.Kind.API, "org.fieldsupport.organization.OrganizationApiTests"),
                new ServedAttribution("3.3.e", "org.nav.responsibility", "/organization/responsibility", ServedAttribution.Kind.SCREEN, "org.fieldsupport.organization.AttributionsAndResponsibilityTests"),
                new ServedAttribution("6.5.b", "org.nav.units", "/organization/units", ServedAttribution.Kind.SCREEN, "org.fieldsupport.organization.OrganizationScreensTests"),
                new ServedAttribution("6.5.b", "org.nav.transfer", "/organization/transfer", ServedAttribution.Kind.SCREEN, "org.fieldsupport.organization.ReorganisationTests"),
                new ServedAttribution("6.5.b", "org.feature.units-api", "/api/v1/organization/units", ServedAttribution.Kind.API, "org.fieldsupport.organization.OrganizationApiTests"));
    }
}
