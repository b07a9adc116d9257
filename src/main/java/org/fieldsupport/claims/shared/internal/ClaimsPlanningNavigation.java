package org.fieldsupport.claims.shared.internal;

import java.util.List;
import org.fieldsupport.platform.web.NavigationContributor;
import org.springframework.stereotype.Component;

/** Claims planning screens: COE budget estimates, the COE Working Group, shortfall cases (and the Member State's view). */
@Component
class ClaimsPlanningNavigation implements NavigationContributor {

    @Override
    public List<NavigationItem> navigationItems() {
        return List.of(
                new NavigationItem(Areas.FIELD_BUDGET_FINANCE, "claimsplanning.nav.budget", "/claims/budget-estimates",
                        ClaimsPlanningPermissions.BUDGET_READ, 80),
                new NavigationItem(Areas.FIELD_BUDGET_FINANCE, "claimsplanning.nav.workingGroup",
                        "/claims/working-group", ClaimsPlanningPermissions.WG_MANAGE, 85),
                new NavigationItem(Areas.FIELD_BUDGET_FINANCE, "claimsplanning.nav.workingGroupProposals",
                        "/claims/portal/working-group", ClaimsPlanningPermissions.WG_PROPOSE, 86),
                new NavigationItem(Areas.FIELD_BUDGET_FINANCE, "claimsplanning.nav.shortfalls",
                        "/claims/shortfall-cases", ClaimsPlanningPermissions.SHORTFALL_MANAGE, 90),
                new NavigationItem(Areas.FIELD_BUDGET_FINANCE, "claimsplanning.nav.portalShortfalls",
                        "/claims/portal/shortfall-cases", ClaimsPlanningPermissions.SHORTFALL_RESPOND, 91));
    }
}
