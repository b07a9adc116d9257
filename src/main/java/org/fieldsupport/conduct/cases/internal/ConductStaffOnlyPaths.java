package org.fieldsupport.conduct.cases.internal;

import java.util.List;
import org.fieldsupport.platform.security.StaffOnlyPaths;
import org.springframework.stereotype.Component;

/** Conduct and discipline cases, reviews, referrals and statistics are confidential staff work: staff only (access review, docs/decisions/2026-12-05-access-review-s3.md). */
@Component
class ConductStaffOnlyPaths implements StaffOnlyPaths {

    @Override
    public List<String> staffOnlyPaths() {
        return List.of("/conduct/**", "/api/v1/conduct/**");
    }
}
