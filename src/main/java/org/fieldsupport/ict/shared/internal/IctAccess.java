package org.fieldsupport.ict.shared.internal;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.fieldsupport.platform.security.AccessPolicy;
import org.fieldsupport.platform.security.CurrentUser;
import org.fieldsupport.platform.security.Scope;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * Permission names of the ICT catalogue, service desk, integration catalogue and training, and the missions a user
 * acts for (a mission service desk sees its mission only; ICTD headquarters sees every mission).
 */
@Component
public class IctAccess {

    public static final String CATALOGUE_READ = "ict.catalogue.read";
    public static final String CATALOGUE_MANAGE = "ict.catalogue.manage";
    public static final String DESK_REQUEST = "ict.desk.request";
    public static final String DESK_READ = "ict.desk.read";
    public static final String DESK_WORK = "ict.desk.work";
    public static final String DESK_SECOND_LINE = "ict.desk.second-line";
    public static final String DESK_REPORT = "ict.desk.report";
    public static final String CHANGES_APPROVE = "ict.changes.approve";
    public static final String INTEGRATION_READ = "ict.integration.read";
    public static final String INTEGRATION_MANAGE = "ict.integration.manage";
    public static final String TRAINING_READ = "ict.training.read";
    public static final String TRAINING_MANAGE = "ict.training.manage";

    public static final List<String> ALL = List.of(CATALOGUE_READ, CATALOGUE_MANAGE, DESK_REQUEST, DESK_READ, DESK_WORK,
            DESK_SECOND_LINE, DESK_REPORT, CHANGES_APPROVE, INTEGRATION_READ, INTEGRATION_MANAGE, TRAINING_READ,
            TRAINING_MANAGE);

    private final AccessPolicy policy;

    IctAccess(AccessPolicy policy) {
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
