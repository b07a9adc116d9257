package org.fieldsupport.budget.shared.internal;

import java.util.List;
import java.util.Set;
import org.fieldsupport.platform.security.PermissionContributor;
import org.springframework.stereotype.Component;

/** The budget module's permissions and roles (mission staff at a mission scope, headquarters and the Controller at department scope). */
@Component
public class BudgetPermissions implements PermissionContributor {

    public static final String READ = "budget.budget.read";
    public static final String PREPARE = "budget.budget.prepare";
    public static final String REVIEW = "budget.budget.review";
    public static final String ALLOT = "budget.allotment.issue";
    public static final String IMPORT = "budget.expenditure.import";
    public static final String REDEPLOY_REQUEST = "budget.redeployment.request";
    public static final String REDEPLOY_APPROVE = "budget.redeployment.approve";
    public static final String REDEPLOY_CONTROL = "budget.redeployment.control";
    public static final String FRAMEWORK_EDIT = "budget.framework.edit";
    public static final String ADVISE = "budget.advice.manage";
    public static final String LIQUIDATION = "budget.liquidation.manage";
    /** Cost parameters and variance thresholds (effective-dated reference data): headquarters' budget officers. */
    public static final String PARAMETERS = "budget.parameters.edit";

    public static final String ROLE_MISSION = "BUDGET_MISSION";
    public static final String ROLE_HQ = "BUDGET_HQ";
    public static final String ROLE_CONTROLLER = "CONTROLLER";

    @Override
    public String module() { return "budget"; }

    @Override
    public List<PermissionDefinition> permissions() {
        return List.of(READ, PREPARE, REVIEW, ALLOT, IMPORT, REDEPLOY_REQUEST, REDEPLOY_APPROVE, REDEPLOY_CONTROL,
                FRAMEWORK_EDIT, ADVISE, LIQUIDATION, PARAMETERS).stream()
                .map(p -> new PermissionDefinition(p, "budget.permission." + p.substring("budget.".length()))).toList();
    }

    @Override
    public List<RoleDefinition> roles() {
        return List.of(
                new RoleDefinition(ROLE_MISSION, "budget.role.BUDGET_MISSION",
                        Set.of(READ, PREPARE, IMPORT, REDEPLOY_REQUEST, REDEPLOY_APPROVE, FRAMEWORK_EDIT, LIQUIDATION)),
                new RoleDefinition(ROLE_HQ, "budget.role.BUDGET_HQ",
                        Set.of(READ, REVIEW, IMPORT, REDEPLOY_REQUEST, FRAMEWORK_EDIT, ADVISE, LIQUIDATION, PARAMETERS)),
                new RoleDefinition(ROLE_CONTROLLER, "budget.role.CONTROLLER",
                        Set.of(READ, ALLOT, REDEPLOY_CONTROL)));
    }
}
