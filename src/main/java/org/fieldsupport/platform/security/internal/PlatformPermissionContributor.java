package org.fieldsupport.platform.security.internal;

import static org.fieldsupport.platform.security.PlatformPermissions.*;

import java.util.List;
import java.util.Set;
import org.fieldsupport.platform.security.PermissionContributor;
import org.springframework.stereotype.Component;

/** The platform's own permissions and its two roles. */
@Component
class PlatformPermissionContributor implements PermissionContributor {

    @Override
    public String module() {
        return "platform";
    }

    @Override
    public List<PermissionDefinition> permissions() {
        return List.of(
                new PermissionDefinition(USERS_MANAGE, "security.permission.platform.users.manage"),
                new PermissionDefinition(ROLES_ASSIGN, "security.permission.platform.roles.assign"),
                new PermissionDefinition(AUDIT_READ, "security.permission.platform.audit.read"),
                new PermissionDefinition(REFERENCE_MANAGE, "security.permission.platform.reference.manage"),
                new PermissionDefinition(ACTUATOR_READ, "security.permission.platform.actuator.read"));
    }

    @Override
    public List<RoleDefinition> roles() {
        return List.of(
                new RoleDefinition(ADMINISTRATOR, "security.role.ADMINISTRATOR",
                        Set.of(USERS_MANAGE, ROLES_ASSIGN, AUDIT_READ, REFERENCE_MANAGE, ACTUATOR_READ)),
                new RoleDefinition(AUDITOR, "security.role.AUDITOR", Set.of(AUDIT_READ)));
    }
}
