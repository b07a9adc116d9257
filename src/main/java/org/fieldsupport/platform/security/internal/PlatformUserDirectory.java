package org.fieldsupport.platform.security.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.fieldsupport.platform.security.Scope;
import org.fieldsupport.platform.security.UserDirectory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** {@link UserDirectory} for other modules (demo loaders, the shell's locale resolver). */
@Service
public class PlatformUserDirectory implements UserDirectory {

    private final UserAdministration administration;
    private final AccessDecisions access;
    private final PermissionCatalogue catalogue;
    private final Clock clock = Clock.systemDefaultZone();

    public PlatformUserDirectory(UserAdministration administration, AccessDecisions access,
                                 PermissionCatalogue catalogue) {
        this.administration = administration;
        this.access = access;
        this.catalogue = catalogue;
    }

    /** Served from the access cache (short TTL): the shell asks on every request. */
    @Override
    public Optional<UserProfile> find(String username) {
        if (username == null) {
            return Optional.empty();
        }
        UserAccount u = access.grants(username).user();
        return Optional.ofNullable(u).map(PlatformUserDirectory::profile);
    }

    @Override
    @Transactional
    public UserProfile ensureUser(String username, String displayName, String email, String preferredLanguage,
                                  String rawPassword) {
        return administration.find(username).map(PlatformUserDirectory::profile).orElseGet(() -> profile(
                administration.create(new UserAdministration.UserDetailsInput(username, displayName, email,
                        preferredLanguage, true), rawPassword, false)));
    }

    @Override
    @Transactional
    public void ensureRoleAssignment(String username, String role, Scope scope) {
        catalogue.ensureLoaded();
        UserAccount user = administration.find(username)
                .orElseThrow(() -> new IllegalArgumentException("no user " + username));
        boolean present = administration.assignmentsOf(user.id()).stream()
                .anyMatch(a -> a.roleName().equals(role) && a.scope().equals(scope));
        if (!present) {
            administration.assign(user.id(), role, scope, null, null);
        }
    }

    /** The shell's language switch stores the choice as the user's preference (audited like a profile edit). */
    @Override
    @Transactional
    public boolean savePreferredLanguage(String username, String language) {
        if (username == null || !UserAdministration.LANGUAGES.contains(language)) {
            return false;
        }
        return administration.find(username).map(user -> {
            if (!language.equals(user.preferredLanguage())) {
                administration.updateProfile(user.username(), user.displayName(), language);
            }
            return true;
        }).orElse(false);
    }

    @Override
    public List<Scope> scopesWithRole(String username, String role) {
        LocalDate today = LocalDate.now(clock);
        return access.grants(username).assignments().stream()
                .filter(a -> a.roleName().equals(role) && a.validOn(today))
                .map(RoleAssignment::scope).distinct().toList();
    }

    static UserProfile profile(UserAccount u) {
        return new UserProfile(u.username(), u.displayName(), u.email(), u.preferredLanguage(), u.enabled(),
                u.lockedAt(java.time.Instant.now()));
    }
}
