package org.fieldsupport.oversight.recommendations.internal;

import java.util.HashSet;
import java.util.Set;
import org.fieldsupport.platform.security.AccessPolicy;
import org.fieldsupport.platform.security.CurrentUser;
import org.fieldsupport.platform.security.Scope;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/** Oversight checks by mission (a record without a mission belongs to headquarters: department scope). */
@Component
public class OversightAccess {

    private final ObjectProvider<AccessPolicy> policy;

    OversightAccess(ObjectProvider<AccessPolicy> policy) {
        this.policy = policy;
    }

    public String user() {
        return CurrentUser.username().orElseThrow(() -> new AccessDeniedException("sign-in required"));
    }

    public static Scope scope(String missionCode) {
        return missionCode == null ? Scope.department() : Scope.mission(missionCode);
    }

    public boolean may(String permission, String missionCode) {
        AccessPolicy p = policy.getIfAvailable();
        return CurrentUser.username().isPresent() && (p == null || p.mayCurrentUser(permission, scope(missionCode)));
    }

    public void require(String permission, String missionCode) {
        if (!may(permission, missionCode)) {
            throw new AccessDeniedException(permission + " in " + scope(missionCode));
        }
    }

    /** Missions where the user holds the permission; null = all (department scope). */
    public Set<String> missions(String permission) {
        String user = user();
        AccessPolicy p = policy.getIfAvailable();
        if (p == null || p.mayCurrentUser(permission, Scope.department())) {
            return null;
        }
        Set<String> missions = new HashSet<>();
        p.scopesOf(user, permission).stream().filter(s -> s.type() == Scope.ScopeType.MISSION).forEach(s -> missions.add(s.key()));
        return missions;
    }

    /** SQL condition on {@code column} for the missions the user may read ({@code 1 = 1} for department scope). */
    public String missionFilter(String permission, String column, java.util.List<Object> params) {
        Set<String> missions = missions(permission);
        if (missions == null) {
            return "1 = 1";
        }
        if (missions.isEmpty()) {
            return "1 = 0";
        }
        params.addAll(new java.util.TreeSet<>(missions));
        return column + " IN (" + String.join(", ", missions.stream().map(m -> "?").toList()) + ")";
    }
}
