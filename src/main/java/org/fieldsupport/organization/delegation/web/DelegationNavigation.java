package org.fieldsupport.organization.delegation.web;

import java.util.List;
import org.fieldsupport.organization.delegation.internal.DelegationAccess;
import org.fieldsupport.platform.web.DashboardCardContributor;
import org.fieldsupport.platform.web.NavigationContributor;
import org.springframework.stereotype.Component;

/** The register's screens in the department area, and its "expiring soon" dashboard card. */
@Component
class DelegationNavigation implements NavigationContributor, DashboardCardContributor {

    @Override
    public List<NavigationItem> navigationItems() {
        return List.of(
                new NavigationItem(Areas.DEPARTMENT, "nav.org.delegations", "/organization/delegations",
                        DelegationAccess.READ, 500),
                new NavigationItem(Areas.DEPARTMENT, "nav.org.delegations.check", "/organization/delegations/check",
                        DelegationAccess.READ, 510),
                new NavigationItem(Areas.DEPARTMENT, "nav.org.delegations.expiring",
                        "/organization/delegations/expiring", DelegationAccess.READ, 520),
                new NavigationItem(Areas.DEPARTMENT, "nav.org.delegations.byMission",
                        "/organization/delegations/by-mission", DelegationAccess.READ, 530));
    }

    @Override
    public List<DashboardCard> dashboardCards() {
        return List.of(new DashboardCard("delegations-expiring", "org.delegation.card.title",
                "/organization/delegations/card", DelegationAccess.READ, 300));
    }
}
