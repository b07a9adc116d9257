package org.fieldsupport.platform.security.internal;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Maps an OIDC identity to a local user: by {@code preferred_username}, else by {@code email};
 * a first login creates the user (no roles until an administrator assigns them). The identity
 * provider is trusted to vouch for these claims (it is configured by the operator).
 */
@Component
public class OidcAccountLinker {

    private final UserAdministration administration;
    private final UserAccounts users;

    public OidcAccountLinker(UserAdministration administration, UserAccounts users) {
        this.administration = administration;
        this.users = users;
    }

    /** The local username for these claims: preferred_username, else the e-mail address, else the subject. */
    public static String usernameFrom(Map<String, Object> claims) {
        String preferred = text(claims, "preferred_username");
        if (preferred != null) {
            return UserAccounts.normalize(preferred);
        }
        String email = text(claims, "email");
        if (email != null) {
            return UserAccounts.normalize(email);
        }
        return UserAccounts.normalize(text(claims, "sub"));
    }

    public static String languageFrom(Map<String, Object> claims) {
        String locale = text(claims, "locale");
        return locale != null && locale.toLowerCase(Locale.ROOT).startsWith("fr") ? "fr" : "en";
    }

    @Transactional
    public UserAccount link(Map<String, Object> claims) {
        String username = usernameFrom(claims);
        if (username == null || username.isBlank()) {
            throw new IllegalArgumentException("the identity carries no preferred_username, email or sub");
        }
        String email = text(claims, "email");
        Optional<UserAccount> existing = users.findByUsername(username)
                .or(() -> email == null ? Optional.empty() : users.findByEmail(email));
        if (existing.isPresent()) {
            return existing.get();
        }
        String name = Optional.ofNullable(text(claims, "name")).orElse(username);
        return administration.create(new UserAdministration.UserDetailsInput(
                username, name, email, languageFrom(claims), true), UserAdministration.randomPassword(32), false);
    }

    private static String text(Map<String, Object> claims, String name) {
        Object value = claims.get(name);
        return value == null || value.toString().isBlank() ? null : value.toString().trim();
    }
}
