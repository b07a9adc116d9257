package org.fieldsupport.reporting.dashboard.web;

import java.util.List;
import org.fieldsupport.organization.AttributionFeatureContributor;
import org.springframework.stereotype.Component;

/** Which attributions reporting serves (each with its test). */
@Component
class ReportingAttributions implements AttributionFeatureContributor {

    private static final String CAL_T = "org.fieldsupport.reporting.calendar.web.ReportingCalendarApiTests";
    private static final String DASH_T = "org.fieldsupport.reporting.dashboard.web.DashboardScreensTests";

    @Override
    public List<ServedAttribution> servedAttributions() {
        return List.of(
                // 4.3.e: inputs to the Secretary-General's reports
                new ServedAttribution("4.3.e", "reporting.feature.calendar", "/reporting/calendar", ServedAttribution.Kind.SCREEN, CAL_T),
                new ServedAttribution("4.3.e", "reporting.feature.calendar", "/api/v1/reporting/reports", ServedAttribution.Kind.API, CAL_T),
                // 3.3.a, 3.5.a: direct and coordinate integrated support — department and mission dashboards
                new ServedAttribution("3.3.a", "reporting.feature.dashboard", "/reporting/dashboard", ServedAttribution.Kind.SCREEN, DASH_T),
                new ServedAttribution("3.3.a", "reporting.feature.figures", "/api/v1/reporting/figures", ServedAttribution.Kind.API, CAL_T),
                new ServedAttribution("3.5.a", "reporting.feature.dashboard", "/reporting/dashboard", ServedAttribution.Kind.SCREEN, DASH_T),
                new ServedAttribution("3.5.a", "reporting.feature.figures", "/api/v1/reporting/figures", ServedAttribution.Kind.API, CAL_T));
    }
}
