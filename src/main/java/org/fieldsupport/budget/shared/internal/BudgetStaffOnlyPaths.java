package org.fieldsupport.budget.shared.internal;

import java.util.List;
import org.fieldsupport.platform.security.StaffOnlyPaths;
import org.springframework.stereotype.Component;

/** Budgets, frameworks, execution, redeployments, liquidations and legislative questions are the Secretariat's internal work: staff only (access review, docs/decisions/2026-12-05-access-review-s3.md). */
@Component
class BudgetStaffOnlyPaths implements StaffOnlyPaths {

    @Override
    public List<String> staffOnlyPaths() {
        return List.of("/budget/**", "/api/v1/budget/**");
    }
}
