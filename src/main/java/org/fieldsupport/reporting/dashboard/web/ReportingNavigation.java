package org.fieldsupport.reporting.dashboard.web;

import java.util.List;
import org.fieldsupport.reporting.calendar.internal.ReportingAccess;
import org.fieldsupport.platform.web.NavigationContributor;
import org.springframework.stereotype.Component;

/** Reporting's screens in the department area. */
@Component
class ReportingNavigation implements NavigationContributor {

    @Override
    public List<NavigationItem> navigationItems() {
        return List.of(
                new NavigationItem(Areas.DEPARTMENT, "nav.reporting.dashboard", "/reporting/dashboard",
                        ReportingAccess.DASHBOARD_READ, 50, org.fieldsupport.platform.security.Scope.department()),
                new NavigationItem(Areas.DEPARTMENT, "nav.reporting.calendar", "/reporting/calendar",
                        ReportingAccess.CALENDAR_READ, 140));
    }
}
