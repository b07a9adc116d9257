package org.fieldsupport.oversight.recommendations.internal;

import java.util.List;
import org.fieldsupport.platform.security.StaffOnlyPaths;
import org.springframework.stereotype.Component;

/** Oversight registers (audit reports, recommendations, engagements, boards of inquiry, risks, security requirements, QA reviews) are internal: staff only (access review, docs/decisions/2026-12-05-access-review-s3.md). */
@Component
class OversightStaffOnlyPaths implements StaffOnlyPaths {

    @Override
    public List<String> staffOnlyPaths() {
        return List.of("/oversight/**", "/api/v1/oversight/**");
    }
}
