package org.fieldsupport.organization.delegation.web;

import java.util.List;
import org.fieldsupport.organization.AttributionFeatureContributor;
import org.fieldsupport.organization.delegation.internal.DelegationAccess;
import org.fieldsupport.platform.web.DashboardCardContributor;
import org.fieldsupport.platform.web.NavigationContributor;
import org.springframework.stereotype.Component;

/** The register's screens in the department area, and its "expiring soon" dashboard card. */
@Component
class DelegationNavigation implements NavigationContributor, DashboardCardContributor, AttributionFeatureContributor {

    /** 5.12.a: managing and monitoring the delegations given to mission staff — the register, its checks and use log. */
    @Override
    public List<ServedAttribution> servedAttributions() {
        return List.of(
                new ServedAttribution("5.12.a", "nav.org.delegations", "/organization/delegations",
                        ServedAttribution.Kind.SCREEN, "org.fieldsupport.organization.delegation.web.DelegationScreensTests"),
                new ServedAttribution("5.12.a", "org.feature.delegations-api", "/api/v1/organization/delegations",
                        ServedAttribution.Kind.API, "org.fieldsupport.organization.delegation.web.DelegationApiTests"));
    }

    /** The register's pages answer {@link DelegationAccess#READ} held department-wide only (issue 12.4). */
    private static final org.fieldsupport.platform.security.Scope DEPARTMENT =
            org.fieldsupport.platform.security.Scope.department();

    @Override
    public List<NavigationItem> navigationItems() {
        return List.of(
                new NavigationItem(Areas.DEPARTMENT, "nav.org.delegations", "/organization/delegations",
                        DelegationAccess.READ, 500, DEPARTMENT),
                new NavigationItem(Areas.DEPARTMENT, "nav.org.delegations.check", "/organization/delegations/check",
                        DelegationAccess.READ, 510, DEPARTMENT),
                new NavigationItem(Areas.DEPARTMENT, "nav.org.delegations.expiring",
                        "/organization/delegations/expiring", DelegationAccess.READ, 520, DEPARTMENT),
                new NavigationItem(Areas.DEPARTMENT, "nav.org.delegations.byMission",
                        "/organization/delegations/by-mission", DelegationAccess.READ, 530, DEPARTMENT));
    }

    @Override
    public List<DashboardCard> dashboardCards() {
        return List.of(new DashboardCard("delegations-expiring", "org.delegation.card.title",
                "/organization/delegations/card", DelegationAccess.READ, 300,
                org.fieldsupport.platform.security.Scope.ScopeType.DEPARTMENT));
    }
}
