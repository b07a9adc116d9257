package org.fieldsupport.organization.delegation.internal;

import java.util.List;
import java.util.Set;
import org.fieldsupport.platform.security.PermissionContributor;
import org.springframework.stereotype.Component;

/** Permissions of the delegation register and the role that administers it. */
@Component
class DelegationPermissions implements PermissionContributor {

    static final String ROLE = "DELEGATION_ADMINISTRATOR";

    @Override
    public String module() { return "organization"; }

    @Override
    public List<PermissionDefinition> permissions() {
        return List.of(
                new PermissionDefinition(DelegationAccess.READ, "org.permission.delegations.read"),
                new PermissionDefinition(DelegationAccess.MANAGE, "org.permission.delegations.manage"));
    }

    @Override
    public List<RoleDefinition> roles() {
        return List.of(new RoleDefinition(ROLE, "org.role.delegation_administrator",
                Set.of(DelegationAccess.READ, DelegationAccess.MANAGE)));
    }
}
