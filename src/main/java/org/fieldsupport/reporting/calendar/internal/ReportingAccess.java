package org.fieldsupport.reporting.calendar.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.fieldsupport.organization.OrganizationStructure;
import org.fieldsupport.platform.security.AccessPolicy;
import org.fieldsupport.platform.security.CurrentUser;
import org.fieldsupport.platform.security.PermissionContributor;
import org.fieldsupport.platform.security.Scope;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/** Permissions of reporting; a unit's contributor acts for the unit (and the units below it). */
@Component
public class ReportingAccess implements PermissionContributor {

    public static final String CALENDAR_READ = "reporting.calendar.read";
    public static final String CALENDAR_MANAGE = "reporting.calendar.manage";
    public static final String INPUTS_CONTRIBUTE = "reporting.inputs.contribute";
    public static final String DASHBOARD_READ = "reporting.dashboard.read";

    private final AccessPolicy policy;
    private final OrganizationStructure structure;

    ReportingAccess(AccessPolicy policy, OrganizationStructure structure) {
        this.policy = policy;
        this.structure = structure;
    }

    @Override
    public String module() { return "reporting"; }

    @Override
    public List<PermissionDefinition> permissions() {
        return List.of(new PermissionDefinition(CALENDAR_READ, "reporting.permission.calendar.read"),
                new PermissionDefinition(CALENDAR_MANAGE, "reporting.permission.calendar.manage"),
                new PermissionDefinition(INPUTS_CONTRIBUTE, "reporting.permission.inputs.contribute"),
                new PermissionDefinition(DASHBOARD_READ, "reporting.permission.dashboard.read"));
    }

    @Override
    public List<RoleDefinition> roles() {
        return List.of(
                new RoleDefinition("REPORTING_OFFICER", "reporting.role.officer",
                        Set.of(CALENDAR_READ, CALENDAR_MANAGE, INPUTS_CONTRIBUTE, DASHBOARD_READ)),
                new RoleDefinition("REPORTING_CONTRIBUTOR", "reporting.role.contributor",
                        Set.of(CALENDAR_READ, INPUTS_CONTRIBUTE, DASHBOARD_READ)),
                new RoleDefinition("DASHBOARD_READER", "reporting.role.dashboardReader", Set.of(DASHBOARD_READ)));
    }

    public String user() {
        return CurrentUser.username().orElseThrow(() -> new AccessDeniedException("sign-in required"));
    }

    public boolean department(String permission) {
        return policy.mayCurrentUser(permission, Scope.department());
    }

    public boolean anywhere(String permission) {
        return CurrentUser.username().map(u -> !policy.scopesOf(u, permission).isEmpty()).orElse(false);
    }

    public boolean mission(String permission, String mission) {
        return policy.mayCurrentUser(permission, Scope.mission(mission));
    }

    public boolean forUnit(String permission, String unit) {
        String user = CurrentUser.username().orElse(null);
        if (user == null || unit == null) return false;
        for (Scope s : policy.scopesOf(user, permission)) {
            if (s.type() == Scope.ScopeType.DEPARTMENT) return true;
            if (s.type() == Scope.ScopeType.UNIT && structure.isWithin(unit, s.key(), LocalDate.now())) return true;
        }
        return false;
    }

    public void require(boolean ok, String what) {
        if (!ok) throw new AccessDeniedException(what);
    }
}
