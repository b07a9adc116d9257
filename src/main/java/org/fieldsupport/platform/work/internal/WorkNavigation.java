package org.fieldsupport.platform.work.internal;

import java.util.List;
import org.fieldsupport.platform.web.DashboardCardContributor;
import org.fieldsupport.platform.web.NavigationContributor;
import org.springframework.stereotype.Component;

/** "My work" in the menu (every signed-in user) and its dashboard card. */
@Component
class WorkNavigation implements NavigationContributor, DashboardCardContributor {

    @Override
    public List<NavigationItem> navigationItems() {
        return List.of(new NavigationItem(Areas.DEPARTMENT, "platform.work.nav", "/work", EVERY_USER, 1));
    }

    @Override
    public List<DashboardCard> dashboardCards() {
        return List.of(new DashboardCard("work", "platform.work.card.title", "/work/card", null, 1));
    }
}
