package org.fieldsupport.platform.audit.internal;

import org.fieldsupport.platform.security.AccessPolicy;
import org.fieldsupport.platform.security.Scope;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Who may read the audit trail: holders of {@value #AUDIT_READ} at DEPARTMENT scope, decided by the
 * platform's {@link AccessPolicy} (the security part declares it for ADMINISTRATOR and AUDITOR). Should
 * no AccessPolicy exist, the ADMINISTRATOR and AUDITOR roles of the authentication decide.
 */
@Component
public class AuditAccess {

    public static final String AUDIT_READ = "platform.audit.read";

    private final ObjectProvider<AccessPolicy> accessPolicy;

    public AuditAccess(ObjectProvider<AccessPolicy> accessPolicy) {
        this.accessPolicy = accessPolicy;
    }

    public boolean mayRead() {
        AccessPolicy policy = accessPolicy.getIfAvailable();
        if (policy != null) {
            return policy.mayCurrentUser(AUDIT_READ, Scope.department());
        }
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        return auth != null && auth.getAuthorities().stream().map(a -> a.getAuthority())
                .anyMatch(a -> a.equals("ROLE_ADMINISTRATOR") || a.equals("ROLE_AUDITOR") || a.equals(AUDIT_READ));
    }

    public void requireRead() {
        if (!mayRead()) {
            throw new AccessDeniedException("platform.audit.read at DEPARTMENT scope required");
        }
    }
}
