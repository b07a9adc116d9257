package org.fieldsupport.organization.delegation.internal;

import org.fieldsupport.platform.security.AccessPolicy;
import org.fieldsupport.platform.security.CurrentUser;
import org.fieldsupport.platform.security.Scope;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/** Permission checks of the register, department-wide (delegations are given by the USG's office). */
@Component
public class DelegationAccess {

    public static final String READ = "organization.delegations.read";
    public static final String MANAGE = "organization.delegations.manage";

    private final ObjectProvider<AccessPolicy> accessPolicy;

    DelegationAccess(ObjectProvider<AccessPolicy> accessPolicy) {
        this.accessPolicy = accessPolicy;
    }

    public void requireRead() { require(READ); }

    public void requireManage() { require(MANAGE); }

    public boolean mayManage() {
        AccessPolicy policy = accessPolicy.getIfAvailable();
        return policy == null ? CurrentUser.username().isPresent() : policy.mayCurrentUser(MANAGE, Scope.department());
    }

    private void require(String permission) {
        AccessPolicy policy = accessPolicy.getIfAvailable();
        if (policy != null) {
            policy.requireCurrentUser(permission, Scope.department());
        } else if (CurrentUser.username().isEmpty()) {
            throw new org.springframework.security.access.AccessDeniedException("sign-in required");
        }
    }
}
