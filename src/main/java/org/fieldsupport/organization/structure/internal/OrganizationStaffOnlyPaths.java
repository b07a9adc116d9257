package org.fieldsupport.organization.structure.internal;

import java.util.List;
import org.fieldsupport.platform.security.StaffOnlyPaths;
import org.springframework.stereotype.Component;

/** The organisation's structure, staffing, delegations, agreements, relations, coverage and its exports are internal: staff only (Member State users get mission facts through their claims screens) (access review, docs/decisions/2026-12-05-access-review-s3.md). */
@Component
class OrganizationStaffOnlyPaths implements StaffOnlyPaths {

    @Override
    public List<String> staffOnlyPaths() {
        return List.of("/organization/**", "/api/v1/organization/**");
    }

    /** A delegatee acknowledges their own delegation whatever roles they hold (the register checks it is theirs). */
    @Override
    public List<String> openToAnySignedInUser() {
        return List.of("/organization/delegations/{id}/acknowledge", "/api/v1/organization/delegations/{id}/acknowledge");
    }
}
