package org.fieldsupport.claims.deathdisability.web;

import java.util.List;
import org.fieldsupport.claims.shared.internal.ClaimsPermissions;
import org.fieldsupport.platform.web.DashboardCardContributor;
import org.springframework.stereotype.Component;

/** Dashboard card: death-and-disability claims open, and open longer than the 90-day target. */
@Component
class DndClaimsCard implements DashboardCardContributor {

    @Override
    public List<DashboardCard> dashboardCards() {
        return List.of(new DashboardCard("claims-dnd", "claims.dnd.card.title", "/claims/dnd/card",
                ClaimsPermissions.DND_MANAGE, 60));
    }
}
