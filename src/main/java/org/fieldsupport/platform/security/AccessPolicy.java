package org.fieldsupport.platform.security;

import java.util.Set;

/**
 * The one place every module asks "may this user do that, there?". Permissions are strings declared
 * by modules through {@link PermissionContributor}s; roles group permissions and are assigned to
 * users with a {@link Scope}.
 */
public interface AccessPolicy {

    /**
     * May {@code username} use {@code permission} within {@code scope}? True when the user is enabled,
     * not locked, and holds today (valid from/to) a role that contains the permission, assigned in a
     * scope that equals {@code scope}, or is the DEPARTMENT, or covers it according to a
     * {@link ScopeHierarchy} bean. A role named {@code ADMINISTRATOR} held at DEPARTMENT scope grants
     * every permission, including those of modules added later.
     */
    boolean may(String username, String permission, Scope scope);

    /** Same question for the signed-in user; false when nobody is signed in. */
    boolean mayCurrentUser(String permission, Scope scope);

    /** Throws {@link org.springframework.security.access.AccessDeniedException} when the current user may not. */
    void requireCurrentUser(String permission, Scope scope);

    /** The scopes in which {@code username} holds {@code permission} (to filter lists by scope). */
    Set<Scope> scopesOf(String username, String permission);

    /**
     * Is the signed-in user a member of the Secretariat's staff: holding today at least one role in a scope other
     * than a Member State? Member State (portal) users are not: they get what their Member State needs, never
     * staff names, e-mails, index numbers or staff-only actions. False when nobody is signed in.
     */
    default boolean currentUserIsStaff() {
        return false;
    }

    /**
     * The scopes of the role assignments {@code username} holds today, whatever the permission (the shell starts a
     * user in their own scope and offers only these); empty for an unknown, disabled or locked user.
     */
    default Set<Scope> assignedScopes(String username) {
        return Set.of();
    }
}
