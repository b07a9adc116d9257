package org.fieldsupport.claims.rates.internal;

import java.util.List;
import org.fieldsupport.claims.shared.internal.ClaimsPermissions;
import org.fieldsupport.platform.web.NavigationContributor;
import org.springframework.stereotype.Component;

/** The COE rate tables in the claims area: every claims user (claims.calculate) may read them. */
@Component
class RateNavigation implements NavigationContributor {

    @Override
    public List<NavigationItem> navigationItems() {
        return List.of(new NavigationItem(Areas.FIELD_BUDGET_FINANCE, "claims.nav.rates", "/claims/rates",
                ClaimsPermissions.CALCULATE, 55));
    }
}
