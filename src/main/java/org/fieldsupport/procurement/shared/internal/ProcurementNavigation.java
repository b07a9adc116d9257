package org.fieldsupport.procurement.shared.internal;

import java.util.List;
import org.fieldsupport.platform.web.NavigationContributor;
import org.springframework.stereotype.Component;

/** Procurement screens in the Logistics Support Division's area. */
@Component
class ProcurementNavigation implements NavigationContributor {

    @Override
    public List<NavigationItem> navigationItems() {
        return List.of(
                new NavigationItem(Areas.LOGISTICS, "procurement.nav.contracts", "/procurement/contracts", ProcurementPermissions.READ, 60),
                new NavigationItem(Areas.LOGISTICS, "procurement.nav.plans", "/procurement/plans", ProcurementPermissions.READ, 61),
                new NavigationItem(Areas.LOGISTICS, "procurement.nav.awards", "/procurement/awards", ProcurementPermissions.READ, 62),
                new NavigationItem(Areas.LOGISTICS, "procurement.nav.procedures", "/procurement/procedures", ProcurementPermissions.READ, 63));
    }
}
