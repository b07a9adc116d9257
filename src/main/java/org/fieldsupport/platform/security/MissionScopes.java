package org.fieldsupport.platform.security;

import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * "Permission at a mission, or at the department": the checks modules whose records belong to a mission share
 * (department-wide holders see every mission; a mission-scoped holder sees their missions only). One routine for the
 * modules that had their own copy (lsd's {@code MissionAccess}, ict's {@code IctAccess}).
 */
@Component
public class MissionScopes {

    private final org.springframework.util.function.SingletonSupplier<AccessPolicy> policy;

    public MissionScopes(ObjectProvider<AccessPolicy> policy) {
        this.policy = org.springframework.util.function.SingletonSupplier.of(policy::getIfAvailable);
    }

    private static Scope scopeOf(String mission) {
        return mission == null ? Scope.department() : Scope.mission(mission);
    }

    /** The signed-in user, when they hold {@code permission} for {@code mission} (null = department); 403 otherwise. */
    public String require(String permission, String mission) {
        String user = CurrentUser.username().orElseThrow(() -> new AccessDeniedException("sign-in required"));
        AccessPolicy p = policy.get();
        if (p != null) {
            p.requireCurrentUser(permission, scopeOf(mission));
        }
        return user;
    }

    /** Whether the signed-in user holds {@code permission} for {@code mission} (null = department). */
    public boolean may(String permission, String mission) {
        AccessPolicy p = policy.get();
        return CurrentUser.username().isPresent() && (p == null || p.mayCurrentUser(permission, scopeOf(mission)));
    }

    /**
     * Missions where the signed-in user holds {@code permission}: an empty Optional = all (held at department scope);
     * an empty set = none.
     */
    public Optional<Set<String>> held(String permission) {
        String user = CurrentUser.username().orElseThrow(() -> new AccessDeniedException("sign-in required"));
        AccessPolicy p = policy.get();
        if (p == null || p.mayCurrentUser(permission, Scope.department())) {
            return Optional.empty();
        }
        Set<String> keys = new TreeSet<>();
        for (Scope s : p.scopesOf(user, permission)) {
            if (s.type() == Scope.ScopeType.MISSION) {
                keys.add(s.key());
            }
        }
        return Optional.of(keys);
    }

    /** Missions whose records the signed-in user may list with {@code permission}: empty = all; 403 when none. */
    public Optional<Set<String>> visible(String permission) {
        Optional<Set<String>> held = held(permission);
        if (held.isPresent() && held.get().isEmpty()) {
            throw new AccessDeniedException(CurrentUser.username().orElse("?") + " may not read " + permission);
        }
        return held;
    }

    /** SQL condition and parameters restricting {@code column} to the visible missions ({@code 1=1} for all). */
    public static String missionFilter(String column, Optional<Set<String>> visible, List<Object> params) {
        if (visible.isEmpty()) {
            return "1=1";
        }
        params.addAll(visible.get());
        return column + " IN (" + String.join(",", Collections.nCopies(visible.get().size(), "?")) + ")";
    }
}
