package org.fieldsupport.reporting.calendar.internal;

import java.util.List;
import org.fieldsupport.platform.security.StaffOnlyPaths;
import org.springframework.stereotype.Component;

/** The reporting calendar, its figures and inputs are internal: staff only, except each user's own input requests (access review, docs/decisions/2026-12-05-access-review-s3.md). */
@Component
class ReportingStaffOnlyPaths implements StaffOnlyPaths {

    @Override
    public List<String> staffOnlyPaths() {
        return List.of("/reporting/**", "/api/v1/reporting/reports/**", "/api/v1/reporting/figures/**", "/api/v1/reporting/figures");
    }
}
