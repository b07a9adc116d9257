package org.fieldsupport.platform.security;

import java.util.Set;

/**
 * The one place every module asks "may this user do that, there?". Permissions are strings declared
 * by modules through {@link PermissionContributor}s; roles group permissions and are assigned to
 * users with a {@link Scope}.
 */
public interface AccessPolicy {

    /** May {@code username} use {@code permission} within {@code scope}? */
    boolean may(String username, String permission, Scope scope);

    /** Same question for the signed-in user; false when nobody is signed in. */
    boolean mayCurrentUser(String permission, Scope scope);

    /** Throws {@link org.springframework.security.access.AccessDeniedException} when the current user may not. */
    void requireCurrentUser(String permission, Scope scope);

    /** The scopes in which {@code username} holds {@code permission} (to filter lists by scope). */
    Set<Scope> scopesOf(String username, String permission);
}
