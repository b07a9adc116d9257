package org.fieldsupport.guidance.library.internal;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.fieldsupport.platform.security.AccessPolicy;
import org.fieldsupport.platform.security.CurrentUser;
import org.fieldsupport.platform.security.Scope;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/** Permission names of guidance and training, and the missions a user acts for. */
@Component
public class GuidanceAccess {

    public static final String POLICIES_READ = "guidance.policies.read";
    public static final String POLICIES_MANAGE = "guidance.policies.manage";
    public static final String POLICIES_APPROVE = "guidance.policies.approve";
    public static final String POLICIES_ACKNOWLEDGE = "guidance.policies.acknowledge";
    public static final String TRAINING_READ = "guidance.training.read";
    public static final String TRAINING_MANAGE = "guidance.training.manage";
    public static final String TRAINING_NOMINATE = "guidance.training.nominate";

    public static final List<String> ALL = List.of(POLICIES_READ, POLICIES_MANAGE, POLICIES_APPROVE, POLICIES_ACKNOWLEDGE,
            TRAINING_READ, TRAINING_MANAGE, TRAINING_NOMINATE);

    private final AccessPolicy policy;

    GuidanceAccess(AccessPolicy policy) {
        this.policy = policy;
    }

    public String user() {
        return CurrentUser.username().orElseThrow(() -> new AccessDeniedException("sign-in required"));
    }

    public boolean department(String permission) {
        return policy.mayCurrentUser(permission, Scope.department());
    }

    public boolean forMission(String permission, String mission) {
        return mission != null && policy.mayCurrentUser(permission, Scope.mission(mission));
    }

    public boolean anywhere(String permission) {
        return CurrentUser.username().map(u -> !policy.scopesOf(u, permission).isEmpty()).orElse(false);
    }

    /** Missions the user holds the permission for: null when department-wide (every mission). */
    public Set<String> missions(String permission) {
        String user = CurrentUser.username().orElse(null);
        if (user == null) return Set.of();
        Set<String> missions = new LinkedHashSet<>();
        for (Scope s : policy.scopesOf(user, permission)) {
            if (s.type() == Scope.ScopeType.DEPARTMENT) return null;
            if (s.type() == Scope.ScopeType.MISSION) missions.add(s.key());
        }
        return missions;
    }

    public void requireDepartment(String permission) {
        if (!department(permission)) throw new AccessDeniedException(permission + " at DEPARTMENT scope required");
    }

    public void requireAnywhere(String permission) {
        if (!anywhere(permission)) throw new AccessDeniedException(permission + " required");
    }

    public void requireMission(String permission, String mission) {
        if (!forMission(permission, mission)) throw new AccessDeniedException(permission + " for " + mission + " required");
    }
}
