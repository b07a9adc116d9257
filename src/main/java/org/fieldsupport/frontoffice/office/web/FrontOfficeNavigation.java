package org.fieldsupport.frontoffice.office.web;

import static org.fieldsupport.frontoffice.office.internal.FrontOfficeAccess.*;

import java.util.List;
import org.fieldsupport.platform.web.DashboardCardContributor;
import org.fieldsupport.platform.web.NavigationContributor;
import org.springframework.stereotype.Component;

/** The front office's screens in the department area and its two dashboard cards. */
@Component
class FrontOfficeNavigation implements NavigationContributor, DashboardCardContributor {

    @Override
    public List<NavigationItem> navigationItems() {
        return List.of(
                new NavigationItem(Areas.DEPARTMENT, "nav.frontoffice.correspondence", "/frontoffice/correspondence",
                        CORRESPONDENCE_READ, 100),
                new NavigationItem(Areas.DEPARTMENT, "nav.frontoffice.overdue", "/frontoffice/correspondence/overdue",
                        CORRESPONDENCE_READ, 101),
                new NavigationItem(Areas.DEPARTMENT, "nav.frontoffice.tasks", "/frontoffice/tasks", TASKS_READ, 110),
                new NavigationItem(Areas.DEPARTMENT, "nav.frontoffice.briefings", "/frontoffice/briefings",
                        BRIEFINGS_READ, 120),
                new NavigationItem(Areas.DEPARTMENT, "nav.frontoffice.partners", "/frontoffice/partners", LIAISON_READ, 130),
                new NavigationItem(Areas.DEPARTMENT, "nav.frontoffice.queries", "/frontoffice/queries", LIAISON_READ, 131),
                new NavigationItem(Areas.DEPARTMENT, "nav.frontoffice.press", "/frontoffice/press", LIAISON_READ, 132));
    }

    @Override
    public List<DashboardCard> dashboardCards() {
        return List.of(
                new DashboardCard("frontoffice-correspondence", "frontoffice.correspondence.card",
                        "/frontoffice/cards/correspondence", CORRESPONDENCE_READ, 100),
                new DashboardCard("frontoffice-tasks", "frontoffice.tasks.card", "/frontoffice/cards/tasks", TASKS_READ, 110));
    }
}
