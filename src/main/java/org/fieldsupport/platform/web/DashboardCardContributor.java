package org.fieldsupport.platform.web;

import java.util.List;

/**
 * A module adds cards to the home page's dashboard frame. The frame loads each card's body with
 * htmx from {@code fragmentPath} (a Thymeleaf fragment the module serves), so a slow card never
 * holds up the page. Cards are shown only to users holding {@code permission} in some scope.
 */
public interface DashboardCardContributor {

    List<DashboardCard> dashboardCards();

    record DashboardCard(String id, String titleKey, String fragmentPath, String permission, int order) { }
}
