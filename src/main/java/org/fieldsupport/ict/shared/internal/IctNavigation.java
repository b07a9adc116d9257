package org.fieldsupport.ict.shared.internal;

import static org.fieldsupport.ict.shared.internal.IctAccess.*;

import java.util.List;
import org.fieldsupport.platform.web.NavigationContributor;
import org.springframework.stereotype.Component;

/** The ICT area's screens of this half: catalogue, desk queue, change calendar, service levels, integration, training. */
@Component
class IctNavigation implements NavigationContributor {

    @Override
    public List<NavigationItem> navigationItems() {
        return List.of(
                new NavigationItem(Areas.ICT, "nav.ict.services", "/ict/services", CATALOGUE_READ, 100),
                new NavigationItem(Areas.ICT, "nav.ict.desk", "/ict/desk", DESK_REQUEST, 110),
                new NavigationItem(Areas.ICT, "nav.ict.changes", "/ict/desk/changes", DESK_READ, 111),
                new NavigationItem(Areas.ICT, "nav.ict.serviceLevels", "/ict/desk/service-levels", DESK_REPORT, 112),
                new NavigationItem(Areas.ICT, "nav.ict.deskSettings", "/ict/desk/settings", DESK_MANAGE, 113),
                new NavigationItem(Areas.ICT, "nav.ict.integration", "/ict/integration", INTEGRATION_READ, 120),
                new NavigationItem(Areas.ICT, "nav.ict.training", "/ict/training", TRAINING_READ, 130));
    }
}
