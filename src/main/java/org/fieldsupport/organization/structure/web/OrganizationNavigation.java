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
                        OrganizationAccess.STRUCTURE_IMPORT, 50, org.fieldsupport.platform.security.Scope.department()));
    }

    @Override
    public List<DashboardCard> dashboardCards() {
        return List.of(new DashboardCard("org-missions", "org.card.missions", "/organization/cards/missions", null, 20));
    }

    /**
     * What the structure screens serve of the bulletin: declared only when WORKING (issue 11). The lookup
     * and read-only lists that used to be declared here (2.4.a, 2.4.b, 2.4.d, 2.4.f, 2.4.h, 3.3.e, 6.5.b)
     * named a unit without letting anyone do the job; the teams, relations and agreements that make 2.4 real
     * declare themselves in their own sub-domains.
     */
    @Override
    public List<ServedAttribution> servedAttributions() {
        return List.of();
    }
}
