package org.fieldsupport.claims.shared.internal;

import java.util.List;
import org.fieldsupport.platform.web.NavigationContributor;
import org.springframework.stereotype.Component;

/** Claims screens sit in the Field Budget and Finance Division's area (MOU and Claims Management Section). */
@Component
class ClaimsNavigation implements NavigationContributor {

    @Override
    public List<NavigationItem> navigationItems() {
        // the what-if calculator is open to every signed-in user, Member States included
        return List.of(new NavigationItem(Areas.FIELD_BUDGET_FINANCE, "claims.nav.calculator", "/claims/calculator",
                        null, 50),
                // every claims role holds claims.calculate; the list shows each reader what they may read
                new NavigationItem(Areas.FIELD_BUDGET_FINANCE, "claims.nav.contingents", "/claims/contingents",
                        ClaimsPermissions.CALCULATE, 30),
                new NavigationItem(Areas.FIELD_BUDGET_FINANCE, "claims.nav.portal", "/claims/portal",
                        ClaimsPermissions.PORTAL_READ, 40),
                new NavigationItem(Areas.FIELD_BUDGET_FINANCE, "claims.nav.dnd", "/claims/dnd",
                        ClaimsPermissions.DND_MANAGE, 60),
                new NavigationItem(Areas.FIELD_BUDGET_FINANCE, "claims.nav.verificationReports",
                        "/claims/verification-reports", ClaimsPermissions.VERIFICATION_READ, 20),
                new NavigationItem(Areas.FIELD_BUDGET_FINANCE, "claims.nav.reports", "/claims/reports",
                        ClaimsPermissions.REPORTS_READ, 70),
                // COE by mission: claims staff (every staff role holds claims.verification.read); the page lists
                // the missions whose COE page the user may open. Member States have the portal instead.
                new NavigationItem(Areas.FIELD_BUDGET_FINANCE, "claims.nav.missions", "/claims/missions",
                        ClaimsPermissions.VERIFICATION_READ, 25));
    }
}
