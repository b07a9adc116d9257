package org.fieldsupport.organization.delegation.internal;

import java.util.Set;
import org.fieldsupport.platform.security.AccessPolicy;
import org.fieldsupport.platform.security.CurrentUser;
import org.fieldsupport.platform.security.Scope;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Permission checks of the register, at DEPARTMENT scope (delegations flow from the USG). Decided by
 * the platform's {@link AccessPolicy}; should none exist, reading needs a signed-in user and managing
 * the ADMINISTRATOR or DELEGATION_ADMINISTRATOR role of the authentication.
 */
@Component
public class DelegationAccess {

    public static final String READ = "organization.delegations.read";
    public static final String MANAGE = "organization.delegations.manage";

    private static final Set<String> MANAGING_AUTHORITIES = Set.of("ROLE_ADMINISTRATOR",
            "ROLE_" + DelegationPermissions.ROLE, MANAGE);

    private final ObjectProvider<AccessPolicy> accessPolicy;

    DelegationAccess(ObjectProvider<AccessPolicy> accessPolicy) {
        this.accessPolicy = accessPolicy;
    }

    public boolean mayRead() {
        AccessPolicy policy = accessPolicy.getIfAvailable();
        if (policy != null) {
            return policy.mayCurrentUser(READ, Scope.department());
        }
        return CurrentUser.username().isPresent();
    }

    public boolean mayManage() {
        AccessPolicy policy = accessPolicy.getIfAvailable();
        if (policy != null) {
            return policy.mayCurrentUser(MANAGE, Scope.department());
        }
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        return auth != null && auth.getAuthorities().stream().map(GrantedAuthority::getAuthority)
                .anyMatch(MANAGING_AUTHORITIES::contains);
    }

    public void requireRead() {
        if (!mayRead()) {
            throw new AccessDeniedException(READ + " at DEPARTMENT scope required");
        }
    }

    public void requireManage() {
        if (!mayManage()) {
            throw new AccessDeniedException(MANAGE + " at DEPARTMENT scope required");
        }
    }
}
