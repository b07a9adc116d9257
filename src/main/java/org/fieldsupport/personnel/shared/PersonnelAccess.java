package org.fieldsupport.personnel.shared;

import java.util.Optional;
import java.util.Set;
import org.fieldsupport.platform.security.AccessPolicy;
import org.fieldsupport.platform.security.MissionScopes;
import org.fieldsupport.platform.security.CurrentUser;
import org.fieldsupport.platform.security.Scope;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/** Permission checks of the personnel module, by mission scope (HQ holds its roles at department scope). */
@Component
public class PersonnelAccess {

    private final ObjectProvider<AccessPolicy> accessPolicy;
    private final MissionScopes scopes;

    PersonnelAccess(ObjectProvider<AccessPolicy> accessPolicy, MissionScopes scopes) {
        this.accessPolicy = accessPolicy;
        this.scopes = scopes;
    }

    public String user() {
        return CurrentUser.username().orElseThrow(() -> new AccessDeniedException("sign-in required"));
    }

    /** The signed-in user when they hold {@code permission} for the mission ({@code null} = department-wide). */
    public String require(String permission, String missionCode) {
        String user = user();
        AccessPolicy policy = accessPolicy.getIfAvailable();
        if (policy != null) {
            policy.requireCurrentUser(permission, scope(missionCode));
        }
        return user;
    }

    public boolean may(String permission, String missionCode) {
        if (CurrentUser.username().isEmpty()) {
            return false;
        }
        AccessPolicy policy = accessPolicy.getIfAvailable();
        return policy == null || policy.mayCurrentUser(permission, scope(missionCode));
    }

    /** Missions whose records a list may show: empty = all (department scope); an empty set = none. */
    public Optional<Set<String>> missions(String permission) {
        return scopes.held(permission);
    }

    /** Whether the user holds {@code permission} anywhere (to show a menu entry or a form). */
    public boolean holdsAnywhere(String permission) {
        return missions(permission).map(m -> !m.isEmpty()).orElse(true);
    }

    /** The missions a list may show restricted to {@code wanted} when given; refuses a mission out of scope. */
    public Optional<Set<String>> missionsFor(String permission, String wanted) {
        Optional<Set<String>> visible = missions(permission);
        if (wanted == null || wanted.isBlank()) {
            if (visible.isPresent() && visible.get().isEmpty()) {
                throw new AccessDeniedException("no " + permission + " in any mission");
            }
            return visible;
        }
        String m = wanted.strip();
        if (visible.isPresent() && !visible.get().contains(m)) {
            throw new AccessDeniedException("no " + permission + " for " + m);
        }
        return Optional.of(Set.of(m));
    }

    private static Scope scope(String missionCode) {
        return missionCode == null || missionCode.isBlank() ? Scope.department() : Scope.mission(missionCode);
    }
}
