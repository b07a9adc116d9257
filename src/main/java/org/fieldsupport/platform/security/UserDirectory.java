package org.fieldsupport.platform.security;

import java.util.List;
import java.util.Optional;

/**
 * What other modules may know and do about platform users: read a profile, and (for demo data and
 * module set-up) make sure a user exists and holds a role in a scope.
 */
public interface UserDirectory {

    Optional<UserProfile> find(String username);

    /** Creates the user when absent (password hashed); returns the existing one untouched otherwise. */
    UserProfile ensureUser(String username, String displayName, String email, String preferredLanguage,
                           String rawPassword);

    /** Assigns {@code role} to {@code username} in {@code scope} unless that assignment already exists. */
    void ensureRoleAssignment(String username, String role, Scope scope);

    List<Scope> scopesWithRole(String username, String role);

    /**
     * Stores {@code language} ("en"/"fr") as the user's preferred language, when this directory can.
     * The shell calls it when a signed-in user switches language.
     *
     * @return true when stored; the default stores nothing (the choice then lives in the session only)
     */
    default boolean savePreferredLanguage(String username, String language) {
        return false;
    }

    record UserProfile(String username, String displayName, String email, String preferredLanguage,
                       boolean enabled, boolean locked) { }
}
