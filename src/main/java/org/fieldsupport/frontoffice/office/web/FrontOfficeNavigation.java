package org.fieldsupport.frontoffice.office.web;

import static org.fieldsupport.frontoffice.office.internal.FrontOfficeAccess.*;

import java.util.List;
import org.fieldsupport.platform.web.DashboardCardContributor;
import org.fieldsupport.platform.web.NavigationContributor;
import org.springframework.stereotype.Component;

/** The front office's screens in the department area and its two dashboard cards. */
@Component
class FrontOfficeNavigation implements NavigationContributor, DashboardCardContributor {

    private final org.fieldsupport.frontoffice.office.internal.FrontOfficeAccess access;

    FrontOfficeNavigation(org.fieldsupport.frontoffice.office.internal.FrontOfficeAccess access) {
        this.access = access;
    }

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

    /**
     * The pages answer the permission held department-wide or for a unit ({@link
     * org.fieldsupport.frontoffice.office.internal.FrontOfficeAccess#reach}): held for a mission only, the menu's
     * "some scope" would offer a page that refuses (issue 12.4).
     */
    @Override
    public boolean offers(NavigationItem item, String username) {
        return access.mayOpen(username, item.permission());
    }

    @Override
    public boolean offers(DashboardCard card, String username) {
        return access.mayOpen(username, card.permission());
    }

    @Override
    public List<DashboardCard> dashboardCards() {
        return List.of(
                new DashboardCard("frontoffice-correspondence", "frontoffice.correspondence.card",
                        "/frontoffice/cards/correspondence", CORRESPONDENCE_READ, 100),
                new DashboardCard("frontoffice-tasks", "frontoffice.tasks.card", "/frontoffice/cards/tasks", TASKS_READ, 110));
    }
}
