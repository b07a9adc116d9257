package org.fieldsupport.personnel.shared;

import java.util.List;
import org.fieldsupport.platform.security.StaffOnlyPaths;
import org.springframework.stereotype.Component;

/**
 * Standard staffing structures (templates a mission applies to its posts) are internal planning: staff only. The rest
 * of personnel stays open to every staff member for their own record, career plans and the published guidance, and
 * checks HR permissions per record (access review, docs/decisions/2026-12-05-access-review-s3.md).
 */
@Component
class PersonnelStaffOnlyPaths implements StaffOnlyPaths {

    @Override
    public List<String> staffOnlyPaths() {
        return List.of("/personnel/structures/**", "/personnel/structures", "/api/v1/personnel/structure-templates/**",
                "/api/v1/personnel/structure-templates");
    }
}
