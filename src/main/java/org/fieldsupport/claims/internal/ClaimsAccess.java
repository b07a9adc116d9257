package org.fieldsupport.claims.internal;

import org.fieldsupport.platform.security.AccessPolicy;
import org.fieldsupport.platform.security.CurrentUser;
import org.fieldsupport.platform.security.Scope;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * Permission checks of the claims module, by mission or Member State scope. While no {@link AccessPolicy}
 * is installed (the platform's security lands separately), any signed-in user passes.
 */
@Component
public class ClaimsAccess {

    private final ObjectProvider<AccessPolicy> accessPolicy;

    ClaimsAccess(ObjectProvider<AccessPolicy> accessPolicy) {
        this.accessPolicy = accessPolicy;
    }

    public String require(String permission, Scope scope) {
        String user = CurrentUser.username().orElseThrow(() -> new AccessDeniedException("sign-in required"));
        AccessPolicy policy = accessPolicy.getIfAvailable();
        if (policy != null) {
            policy.requireCurrentUser(permission, scope);
        }
        return user;
    }

    public boolean may(String permission, Scope scope) {
        if (CurrentUser.username().isEmpty()) {
            return false;
        }
        AccessPolicy policy = accessPolicy.getIfAvailable();
        return policy == null || policy.mayCurrentUser(permission, scope);
    }

    /**
     * Reading a report: its Member State's portal users, or the mission's and HQ's claims staff. A user
     * scoped to another Member State is refused.
     */
    public void requireRead(String missionCode, String memberState) {
        if (may(ClaimsPermissions.PORTAL_READ, Scope.memberState(memberState))) {
            return;
        }
        for (String permission : new String[] {ClaimsPermissions.VERIFICATION_SUBMIT,
                ClaimsPermissions.REVIEW_TECHNICAL, ClaimsPermissions.CERTIFY, ClaimsPermissions.PAYMENTS_RECORD,
                ClaimsPermissions.MOU_MANAGE}) {
            if (may(permission, Scope.mission(missionCode))) {
                return;
            }
        }
        throw new AccessDeniedException("not allowed to read reports of " + memberState + " in " + missionCode);
    }
}
