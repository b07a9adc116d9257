package org.fieldsupport.procurement.shared.internal;

import java.util.Set;
import java.util.TreeSet;
import org.fieldsupport.platform.security.AccessPolicy;
import org.fieldsupport.platform.security.CurrentUser;
import org.fieldsupport.platform.security.Scope;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/** Permission checks of the procurement records, by mission scope (department scope covers every mission). */
@Component
public class ProcurementAccess {

    private final AccessPolicy policy;

    ProcurementAccess(AccessPolicy policy) {
        this.policy = policy;
    }

    /** The signed-in user when they hold {@code permission} for {@code mission} (null = department); otherwise 403. */
    public String require(String permission, String mission) {
        String user = CurrentUser.username().orElseThrow(() -> new AccessDeniedException("sign-in required"));
        policy.requireCurrentUser(permission, scope(mission));
        return user;
    }

    public boolean may(String permission, String mission) {
        return CurrentUser.username().isPresent() && policy.mayCurrentUser(permission, scope(mission));
    }

    /** Missions the user may see with {@code permission}: null = every mission (department scope). */
    public Set<String> missions(String permission) {
        String user = CurrentUser.username().orElseThrow(() -> new AccessDeniedException("sign-in required"));
        if (policy.mayCurrentUser(permission, Scope.department())) {
            return null;
        }
        Set<String> missions = new TreeSet<>();
        for (Scope s : policy.scopesOf(user, permission)) {
            if (s.type() == Scope.ScopeType.MISSION) {
                missions.add(s.key());
            }
        }
        return missions;
    }

    /** 403 for a user who holds {@code permission} nowhere. */
    public void requireSomewhere(String permission) {
        Set<String> m = missions(permission);
        if (m != null && m.isEmpty()) {
            throw new AccessDeniedException("no " + permission + " anywhere");
        }
    }

    /** Whether a record of {@code mission} is visible with {@code permission}. */
    public boolean sees(String permission, String mission) {
        Set<String> m = missions(permission);
        return m == null || m.contains(mission);
    }

    private static Scope scope(String mission) {
        return mission == null ? Scope.department() : Scope.mission(mission);
    }
}
