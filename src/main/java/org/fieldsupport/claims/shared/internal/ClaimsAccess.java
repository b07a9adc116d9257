package org.fieldsupport.claims.shared.internal;

import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
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

    /**
     * Reading a death-and-disability claim: its own Member State's portal users, or staff holding
     * {@code claims.dnd.manage} for its mission. A user scoped to another Member State is refused.
     */
    public void requireDndRead(String missionCode, String memberState) {
        if (may(ClaimsPermissions.PORTAL_READ, Scope.memberState(memberState))
                || may(ClaimsPermissions.DND_MANAGE, Scope.mission(missionCode))
                || may(ClaimsPermissions.PAYMENTS_RECORD, Scope.mission(missionCode))) {
            return;
        }
        throw new AccessDeniedException("not allowed to read claims of " + memberState + " in " + missionCode);
    }

    /** What a list of D&D claims may show: empty = everything; otherwise the missions and Member States allowed. */
    public Optional<Visible> dndVisible() {
        String user = CurrentUser.username().orElseThrow(() -> new AccessDeniedException("sign-in required"));
        AccessPolicy policy = accessPolicy.getIfAvailable();
        if (policy == null || policy.mayCurrentUser(ClaimsPermissions.DND_MANAGE, Scope.department())
                || policy.mayCurrentUser(ClaimsPermissions.PAYMENTS_RECORD, Scope.department())) {
            return Optional.empty();   // treasury pays claims of every mission
        }
        Set<String> missions = new java.util.HashSet<>(keys(policy.scopesOf(user, ClaimsPermissions.DND_MANAGE),
                Scope.ScopeType.MISSION));
        missions.addAll(keys(policy.scopesOf(user, ClaimsPermissions.PAYMENTS_RECORD), Scope.ScopeType.MISSION));
        return Optional.of(new Visible(missions,
                keys(policy.scopesOf(user, ClaimsPermissions.PORTAL_READ), Scope.ScopeType.MEMBER_STATE)));
    }

    /** The claims staff permissions that let an officer read the MOUs of the missions they hold them for. */
    public static final String[] STAFF = {ClaimsPermissions.MOU_MANAGE, ClaimsPermissions.VERIFICATION_SUBMIT,
            ClaimsPermissions.REVIEW_TECHNICAL, ClaimsPermissions.CERTIFY, ClaimsPermissions.PAYMENTS_RECORD};

    /**
     * What a list of contingents (MOUs) may show: empty = everything (claims staff at department scope);
     * otherwise the missions where the user holds a claims staff permission and the Member States whose portal
     * they may read.
     */
    public Optional<Visible> contingentsVisible() {
        String user = CurrentUser.username().orElseThrow(() -> new AccessDeniedException("sign-in required"));
        AccessPolicy policy = accessPolicy.getIfAvailable();
        if (policy == null) {
            return Optional.empty();
        }
        Set<String> missions = new java.util.TreeSet<>();
        for (String permission : STAFF) {
            if (policy.mayCurrentUser(permission, Scope.department())) {
                return Optional.empty();
            }
            missions.addAll(keys(policy.scopesOf(user, permission), Scope.ScopeType.MISSION));
        }
        return Optional.of(new Visible(missions,
                keys(policy.scopesOf(user, ClaimsPermissions.PORTAL_READ), Scope.ScopeType.MEMBER_STATE)));
    }

    /** Whether the signed-in user holds {@code permission} in any scope (to offer a form; the action checks again). */
    public boolean holdsAnywhere(String permission) {
        String user = CurrentUser.username().orElse(null);
        if (user == null) {
            return false;
        }
        AccessPolicy policy = accessPolicy.getIfAvailable();
        return policy == null || policy.mayCurrentUser(permission, Scope.department())
                || !policy.scopesOf(user, permission).isEmpty();
    }

    /**
     * Refuses (403) a user who holds {@code permission} nowhere: a form is neither shown nor validated for someone who
     * could not submit it (the action checks the exact scope again). Access review of session 3.
     */
    public void requireAnywhere(String permission) {
        if (!holdsAnywhere(permission)) {
            throw new AccessDeniedException("no " + permission + " in any scope");
        }
    }

    /** The Member States (ISO alpha-3) for which the signed-in user holds {@code permission} at Member State scope. */
    public java.util.List<String> statesWith(String permission) {
        String user = CurrentUser.username().orElse(null);
        AccessPolicy policy = accessPolicy.getIfAvailable();
        if (user == null || policy == null) {
            return java.util.List.of();
        }
        return keys(policy.scopesOf(user, permission), Scope.ScopeType.MEMBER_STATE).stream().sorted().toList();
    }

    private static Set<String> keys(Set<Scope> scopes, Scope.ScopeType type) {
        return scopes.stream().filter(s -> s.type() == type).map(Scope::key).collect(Collectors.toSet());
    }

    /** Missions and Member States whose claims a user may list. */
    public record Visible(Set<String> missions, Set<String> memberStates) { }
}
