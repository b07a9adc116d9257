package org.fieldsupport.procurement.shared.internal;

import java.util.List;
import org.fieldsupport.platform.security.StaffOnlyPaths;
import org.springframework.stereotype.Component;

/** Procurement plans, procedures, advice, awards, contracts and vendor records are internal: staff only (access review, docs/decisions/2026-12-05-access-review-s3.md). */
@Component
class ProcurementStaffOnlyPaths implements StaffOnlyPaths {

    @Override
    public List<String> staffOnlyPaths() {
        return List.of("/procurement/**", "/api/v1/procurement/**");
    }
}
