package org.fieldsupport.platform.security.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.fieldsupport.platform.security.AccessPolicy;
import org.fieldsupport.platform.security.CurrentUser;
import org.fieldsupport.platform.security.PlatformPermissions;
import org.fieldsupport.platform.security.Scope;
import org.fieldsupport.platform.security.ScopeHierarchy;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;

/**
 * The access decisions every module asks for. A user's account state and role assignments are read
 * once and kept for {@link #TTL} (may() is called many times per request); any change made through
 * this application drops the entry at once, so the TTL only bounds staleness across nodes.
 */
@Service
public class AccessDecisions implements AccessPolicy {

    static final Duration TTL = Duration.ofSeconds(30);

    private final UserAccounts users;
    private final RoleAssignments assignments;
    private final PermissionCatalogue catalogue;
    private final ObjectProvider<ScopeHierarchy> hierarchies;
    private final Clock clock = Clock.systemDefaultZone();
    private final ConcurrentHashMap<String, Grants> cache = new ConcurrentHashMap<>();

    /** What is known about one user for access decisions; {@code user} is null for an unknown name. */
    record Grants(UserAccount user, List<RoleAssignment> assignments, Instant loadedAt) { }

    public AccessDecisions(UserAccounts users, RoleAssignments assignments, PermissionCatalogue catalogue,
                           ObjectProvider<ScopeHierarchy> hierarchies) {
        this.users = users;
        this.assignments = assignments;
        this.catalogue = catalogue;
        this.hierarchies = hierarchies;
    }

    @Override
    public boolean may(String username, String permission, Scope scope) {
        Objects.requireNonNull(permission, "permission");
        Objects.requireNonNull(scope, "scope");
        if (username == null) {
            return false;
        }
        Grants grants = grants(username);
        if (!usable(grants)) {
            return false;
        }
        LocalDate today = LocalDate.now(clock);
        for (RoleAssignment a : grants.assignments()) {
            if (!a.validOn(today)) {
                continue;
            }
            if (isDepartmentAdministrator(a)) {
                return true;
            }
            if (catalogue.permissionsOf(a.roleName()).contains(permission) && covers(a.scope(), scope)) {
                return true;
            }
        }
        return false;
    }

    @Override
    public boolean mayCurrentUser(String permission, Scope scope) {
        return CurrentUser.username().map(u -> may(u, permission, scope)).orElse(false);
    }

    @Override
    public void requireCurrentUser(String permission, Scope scope) {
        if (!mayCurrentUser(permission, scope)) {
            throw new AccessDeniedException("Access denied: " + permission + " in " + scope);
        }
    }

    @Override
    public Set<Scope> scopesOf(String username, String permission) {
        Set<Scope> scopes = new LinkedHashSet<>();
        Grants grants = username == null ? null : grants(username);
        if (!usable(grants)) {
            return scopes;
        }
        LocalDate today = LocalDate.now(clock);
        for (RoleAssignment a : grants.assignments()) {
            if (a.validOn(today) && (isDepartmentAdministrator(a)
                    || catalogue.permissionsOf(a.roleName()).contains(permission))) {
                scopes.add(a.scope());
            }
        }
        return scopes;
    }

    @Override
    public Set<Scope> assignedScopes(String username) {
        Set<Scope> scopes = new LinkedHashSet<>();
        Grants grants = username == null ? null : grants(username);
        if (!usable(grants)) {
            return scopes;
        }
        LocalDate today = LocalDate.now(clock);
        grants.assignments().stream().filter(a -> a.validOn(today)).forEach(a -> scopes.add(a.scope()));
        return scopes;
    }

    @Override
    public boolean currentUserIsStaff() {
        return isStaff(org.fieldsupport.platform.security.CurrentUser.username().orElse(null));
    }

    /** {@link #currentUserIsStaff()} for a named user (the URL rules of {@code StaffOnlyPaths} ask it). */
    public boolean isStaff(String username) {
        Grants grants = username == null ? null : grants(username);
        if (!usable(grants)) {
            return false;
        }
        LocalDate today = LocalDate.now(clock);
        return grants.assignments().stream()
                .anyMatch(a -> a.validOn(today) && a.scope().type() != Scope.ScopeType.MEMBER_STATE);
    }

    /** Does {@code granted} include {@code requested}? Department covers all; hierarchies may add more. */
    public boolean covers(Scope granted, Scope requested) {
        if (granted.equals(requested) || granted.type() == Scope.ScopeType.DEPARTMENT) {
            return true;
        }
        java.util.List<ScopeHierarchy> known = knownHierarchies;
        if (known == null) {
            return hierarchies.orderedStream().anyMatch(h -> h.covers(granted, requested));
        }
        for (ScopeHierarchy h : known) {
            if (h.covers(granted, requested)) return true;
        }
        return false;
    }

    /** Whether {@code granted} covers only itself (no hierarchy extends it; not the department). */
    public boolean coversOnlyItself(Scope granted) {
        if (granted.type() == Scope.ScopeType.DEPARTMENT) return false;
        java.util.List<ScopeHierarchy> known = knownHierarchies;
        return (known != null ? known.stream() : hierarchies.orderedStream())
                .noneMatch(h -> h.extendsBeyondItself(granted));
    }

    /**
     * The hierarchies, resolved once the application's singletons exist (issue 20: resolving them on every call was
     * 6 % of an HR officer's inbox read, which asks for each of its 200 candidate items).
     */
    private volatile java.util.List<ScopeHierarchy> knownHierarchies;

    @org.springframework.context.event.EventListener(org.springframework.context.event.ContextRefreshedEvent.class)
    void resolveHierarchies() {
        knownHierarchies = hierarchies.orderedStream().toList();
    }

    /** Role names of the user's assignments valid today, for Spring authorities ({@code ROLE_<name>}). */
    public Set<String> currentRoles(String username) {
        Set<String> roles = new LinkedHashSet<>();
        Grants grants = grants(username);
        if (grants.user() != null) {
            LocalDate today = LocalDate.now(clock);
            grants.assignments().stream().filter(a -> a.validOn(today)).forEach(a -> roles.add(a.roleName()));
        }
        return roles;
    }

    /** Spring authorities for coarse URL rules: {@code ROLE_<name>} of today's assignments. */
    public java.util.List<org.springframework.security.core.GrantedAuthority> authorities(String username) {
        return currentRoles(username).stream()
                .<org.springframework.security.core.GrantedAuthority>map(
                        role -> new org.springframework.security.core.authority.SimpleGrantedAuthority("ROLE_" + role))
                .toList();
    }

    /**
     * The role assignments of an enabled user valid on {@code day}, from the grants the permission checks use (kept
     * {@link #TTL}; dropped at once on this node when the user's roles or account change).
     */
    public java.util.List<RoleAssignment> assignmentsValidOn(String username, LocalDate day) {
        Grants grants = grants(username);
        if (grants.user() == null || !grants.user().enabled()) {
            return java.util.List.of();
        }
        return grants.assignments().stream().filter(a -> a.validOn(day)).toList();
    }

    /** Whether the account exists, is enabled and is not locked (from the grants cache: {@link #TTL} on other nodes). */
    public boolean mayLogIn(String username) {
        return usable(grants(username));
    }

    public void invalidate(String username) {
        cache.remove(UserAccounts.normalize(username));
    }

    public void invalidateAll() {
        cache.clear();
    }

    private boolean usable(Grants grants) {
        return grants != null && grants.user() != null && grants.user().enabled()
                && !grants.user().lockedAt(clock.instant());
    }

    private static boolean isDepartmentAdministrator(RoleAssignment a) {
        return PlatformPermissions.ADMINISTRATOR.equals(a.roleName()) && a.scope().type() == Scope.ScopeType.DEPARTMENT;
    }

    Grants grants(String username) {
        String key = UserAccounts.normalize(username);
        Instant now = clock.instant();
        Grants cached = cache.get(key);
        if (cached != null && cached.loadedAt().plus(TTL).isAfter(now)) {
            return cached;
        }
        UserAccount user = users.findByUsername(key).orElse(null);
        Grants fresh = new Grants(user, user == null ? List.of() : assignments.ofUser(user.id()), now);
        cache.put(key, fresh);
        return fresh;
    }
}
