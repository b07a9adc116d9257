package org.fieldsupport.lsd;

import java.util.Optional;
import java.util.Set;
import org.fieldsupport.organization.Missions;
import org.fieldsupport.platform.api.InvalidInputException;
import org.fieldsupport.platform.security.AccessPolicy;
import org.fieldsupport.platform.security.MissionScopes;
import org.fieldsupport.platform.security.CurrentUser;
import org.fieldsupport.platform.security.Scope;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * Permission checks of the division's modules by mission scope (department-wide holders see every mission), and the
 * check that a mission code is one the organisation knows.
 */
@Component
public class MissionAccess {

    private final ObjectProvider<AccessPolicy> policy;
    private final Missions missions;
    private final MissionScopes scopes;

    public MissionAccess(ObjectProvider<AccessPolicy> policy, Missions missions, MissionScopes scopes) {
        this.policy = policy;
        this.missions = missions;
        this.scopes = scopes;
    }

    /** The signed-in user, when they hold {@code permission} for {@code mission}; 403 otherwise. */
    public String require(String permission, String mission) {
        return scopes.require(permission, mission);
    }

    /**
     * 403 for a user who holds {@code permission} for no mission at all: called before the input is validated, so an
     * outsider learns nothing from validation messages (the exact mission is checked again after validation).
     */
    public void requireSomewhere(String permission) {
        visible(permission);
    }

    /** The signed-in user, when they hold {@code permission} in some scope ({@code anywhere}); 403 otherwise. */
    public String require(String permission, String mission, boolean anywhere) {
        String user = CurrentUser.username().orElseThrow(() -> new AccessDeniedException("sign-in required"));
        AccessPolicy p = policy.getIfAvailable();
        if (p != null && !p.mayCurrentUser(permission, Scope.department()) && p.scopesOf(user, permission).isEmpty()) {
            throw new AccessDeniedException(user + " does not hold " + permission);
        }
        return user;
    }

    /** Whether the user holds {@code permission} in some scope. */
    public boolean visibleOrNone(String permission) {
        String user = CurrentUser.username().orElse(null);
        AccessPolicy p = policy.getIfAvailable();
        return user != null && (p == null || p.mayCurrentUser(permission, Scope.department())
                || !p.scopesOf(user, permission).isEmpty());
    }

    public boolean may(String permission, String mission) {
        return scopes.may(permission, mission);
    }

    /** Missions whose records the user may list with {@code permission}: empty = all; 403 when none. */
    public Optional<Set<String>> visible(String permission) {
        return scopes.visible(permission);
    }

    /** A mission the organisation knows (400 naming the field otherwise), upper-cased. */
    public String mission(String field, String code) {
        if (code == null || code.isBlank()) {
            throw InvalidInputException.of(field, "Required", "lsd.input.required");
        }
        String c = code.strip().toUpperCase(java.util.Locale.ROOT);
        if (missions.find(c).isEmpty()) {
            throw InvalidInputException.of(field, "UnknownMission", "lsd.input.mission", c);
        }
        return c;
    }

    /**
     * SQL condition and parameters for a list read with {@code permission}: the visible missions (403 when none) and,
     * when given, the one {@code mission} asked for.
     */
    public String listFilter(String column, String permission, String mission, java.util.List<Object> params) {
        String where = missionFilter(column, visible(permission), params);
        if (mission == null || mission.isBlank()) {
            return where;
        }
        params.add(mission.strip().toUpperCase(java.util.Locale.ROOT));
        return where + " AND " + column + " = ?";
    }

    /** SQL condition and parameters restricting {@code column} to the visible missions. */
    public static String missionFilter(String column, Optional<Set<String>> visible, java.util.List<Object> params) {
        return MissionScopes.missionFilter(column, visible, params);
    }
}
