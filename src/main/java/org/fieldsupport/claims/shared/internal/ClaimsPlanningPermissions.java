package org.fieldsupport.claims.shared.internal;

import java.util.List;
import java.util.Set;
import org.fieldsupport.platform.security.PermissionContributor;
import org.springframework.stereotype.Component;

/**
 * Permissions and roles of claims planning: COE budget estimates (7.5.c), the COE Working Group (7.5.d) and
 * logistics shortfall cases (8.3.k). Staff roles are assigned at department or mission scope; the Member State role
 * at its own state's scope.
 */
@Component
public class ClaimsPlanningPermissions implements PermissionContributor {

    public static final String BUDGET_READ = "claims.coebudget.read";
    public static final String BUDGET_MANAGE = "claims.coebudget.manage";
    public static final String WG_MANAGE = "claims.workinggroup.manage";
    /** A Member State submitting its own proposals to the Working Group and reading them. */
    public static final String WG_PROPOSE = "claims.workinggroup.propose";
    public static final String SHORTFALL_MANAGE = "claims.shortfall.manage";
    /** A Member State reading its own shortfall cases and answering on them. */
    public static final String SHORTFALL_RESPOND = "claims.shortfall.respond";

    public static final String ROLE_OFFICER = "COE_PLANNING_OFFICER";
    public static final String ROLE_READER = "COE_BUDGET_READER";
    public static final String ROLE_DELEGATE = "MEMBER_STATE_COE_DELEGATE";

    @Override
    public String module() {
        return "claims";
    }

    @Override
    public List<PermissionDefinition> permissions() {
        return List.of(
                new PermissionDefinition(BUDGET_READ, "claimsplanning.permission.budget.read"),
                new PermissionDefinition(BUDGET_MANAGE, "claimsplanning.permission.budget.manage"),
                new PermissionDefinition(WG_MANAGE, "claimsplanning.permission.wg.manage"),
                new PermissionDefinition(WG_PROPOSE, "claimsplanning.permission.wg.propose"),
                new PermissionDefinition(SHORTFALL_MANAGE, "claimsplanning.permission.shortfall.manage"),
                new PermissionDefinition(SHORTFALL_RESPOND, "claimsplanning.permission.shortfall.respond"));
    }

    @Override
    public List<RoleDefinition> roles() {
        return List.of(
                new RoleDefinition(ROLE_OFFICER, "claimsplanning.role.COE_PLANNING_OFFICER",
                        Set.of(BUDGET_READ, BUDGET_MANAGE, WG_MANAGE, SHORTFALL_MANAGE, ClaimsPermissions.REPORTS_READ,
                                ClaimsPermissions.CALCULATE)),
                new RoleDefinition(ROLE_READER, "claimsplanning.role.COE_BUDGET_READER", Set.of(BUDGET_READ)),
                new RoleDefinition(ROLE_DELEGATE, "claimsplanning.role.MEMBER_STATE_COE_DELEGATE",
                        Set.of(WG_PROPOSE, SHORTFALL_RESPOND)));
    }
}
