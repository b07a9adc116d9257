package org.fieldsupport.personnel.leadership.internal;

import java.util.List;
import java.util.Set;
import org.fieldsupport.platform.security.PermissionContributor;
import org.springframework.stereotype.Component;

/**
 * Permissions and roles of senior leadership appointments (4.5, 6.7.e). The Senior Leadership Appointments Section
 * holds {@link #ROLE_OFFICER} at department scope; a Member State's nominating authority holds
 * {@link #ROLE_NOMINATOR} in its {@code MEMBER_STATE} scope and sees only its own nomination lists.
 */
@Component
public class LeadershipPermissions implements PermissionContributor {

    public static final String READ = "personnel.leadership.read";
    public static final String MANAGE = "personnel.leadership.manage";
    /** Selection of the senior leader, also under a delegation of {@code SENIOR_LEADERSHIP_SELECTION}. */
    public static final String SELECT = "personnel.leadership.select";
    public static final String NOMINATE = "personnel.leadership.nominate";

    public static final String ROLE_OFFICER = "SENIOR_LEADERSHIP_OFFICER";
    public static final String ROLE_NOMINATOR = "LEADERSHIP_NOMINATOR";
    /** The selecting official (the head of department): reads calls and selects, under a delegation. */
    public static final String ROLE_SELECTOR = "SENIOR_LEADERSHIP_SELECTOR";

    @Override
    public String module() {
        return "personnel";
    }

    @Override
    public List<PermissionDefinition> permissions() {
        return List.of(
                new PermissionDefinition(READ, "leadership.permission.read"),
                new PermissionDefinition(MANAGE, "leadership.permission.manage"),
                new PermissionDefinition(SELECT, "leadership.permission.select"),
                new PermissionDefinition(NOMINATE, "leadership.permission.nominate"));
    }

    @Override
    public List<RoleDefinition> roles() {
        return List.of(
                new RoleDefinition(ROLE_OFFICER, "leadership.role.SENIOR_LEADERSHIP_OFFICER", Set.of(READ, MANAGE, SELECT)),
                new RoleDefinition(ROLE_NOMINATOR, "leadership.role.LEADERSHIP_NOMINATOR", Set.of(NOMINATE)),
                new RoleDefinition(ROLE_SELECTOR, "leadership.role.SENIOR_LEADERSHIP_SELECTOR", Set.of(READ, SELECT)));
    }
}
