package org.fieldsupport.ict.operations;

import java.util.List;
import java.util.Set;
import org.fieldsupport.platform.security.PermissionContributor;
import org.springframework.stereotype.Component;

/**
 * Permissions and roles of the ICT infrastructure half (infrastructure, continuity, projects, standards, security,
 * budget review). Department-scope roles: the ICT headquarters planner and the information security officer; the
 * mission's chief of ICT holds {@link #ROLE_MISSION} in the mission's scope.
 */
@Component
public class IctInfraPermissions implements PermissionContributor {

    public static final String INFRA_READ = "ict.infrastructure.read";
    public static final String INFRA_MANAGE = "ict.infrastructure.manage";
    public static final String INFRA_DIRECT = "ict.infrastructure.direct";
    public static final String C4_REQUEST = "ict.c4.request";
    public static final String BCDR_READ = "ict.continuity.read";
    public static final String BCDR_MANAGE = "ict.continuity.manage";
    public static final String BCDR_PLAN = "ict.continuity.plan";
    public static final String PROJECTS_READ = "ict.projects.read";
    public static final String PROJECTS_MANAGE = "ict.projects.manage";
    public static final String PROJECTS_GATE = "ict.projects.gate";
    public static final String STANDARDS_READ = "ict.standards.read";
    public static final String STANDARDS_MANAGE = "ict.standards.manage";
    public static final String EXCEPTION_REQUEST = "ict.standards.exception.request";
    public static final String EXCEPTION_DECIDE = "ict.standards.exception.decide";
    public static final String SECURITY_READ = "ict.security.read";
    public static final String SECURITY_MANAGE = "ict.security.manage";
    public static final String BUDGET_READ = "ict.budgetreview.read";
    public static final String BUDGET_REVIEW = "ict.budgetreview.review";

    public static final String ROLE_PLANNER = "ICT_HQ_PLANNER";
    public static final String ROLE_CISO = "ICT_SECURITY_OFFICER";
    public static final String ROLE_MISSION = "ICT_MISSION_CHIEF";

    static final List<String> ALL = List.of(INFRA_READ, INFRA_MANAGE, INFRA_DIRECT, C4_REQUEST, BCDR_READ, BCDR_MANAGE,
            BCDR_PLAN, PROJECTS_READ, PROJECTS_MANAGE, PROJECTS_GATE, STANDARDS_READ, STANDARDS_MANAGE, EXCEPTION_REQUEST,
            EXCEPTION_DECIDE, SECURITY_READ, SECURITY_MANAGE, BUDGET_READ, BUDGET_REVIEW);

    @Override
    public String module() { return "ict"; }

    @Override
    public List<PermissionDefinition> permissions() {
        return ALL.stream().map(p -> new PermissionDefinition(p, "ictinfra.permission." + p.substring("ict.".length()))).toList();
    }

    @Override
    public List<RoleDefinition> roles() {
        return List.of(
                new RoleDefinition(ROLE_PLANNER, "ictinfra.role.ICT_HQ_PLANNER", Set.of(INFRA_READ, INFRA_MANAGE, INFRA_DIRECT,
                        C4_REQUEST, BCDR_READ, BCDR_MANAGE, BCDR_PLAN, PROJECTS_READ, PROJECTS_MANAGE, PROJECTS_GATE,
                        STANDARDS_READ, STANDARDS_MANAGE, EXCEPTION_DECIDE, SECURITY_READ, BUDGET_READ, BUDGET_REVIEW)),
                new RoleDefinition(ROLE_CISO, "ictinfra.role.ICT_SECURITY_OFFICER", Set.of(SECURITY_READ, SECURITY_MANAGE,
                        INFRA_READ, BCDR_READ, STANDARDS_READ, PROJECTS_READ)),
                new RoleDefinition(ROLE_MISSION, "ictinfra.role.ICT_MISSION_CHIEF", Set.of(INFRA_READ, C4_REQUEST, BCDR_READ,
                        BCDR_MANAGE, PROJECTS_READ, STANDARDS_READ, EXCEPTION_REQUEST, SECURITY_READ, BUDGET_READ)));
    }
}
