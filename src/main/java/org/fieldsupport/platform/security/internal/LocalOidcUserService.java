package org.fieldsupport.platform.security.internal;

import java.util.List;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserService;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.OidcUserInfo;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;

/** OIDC login: the identity provider authenticates, the local account (linked or created) decides. */
public class LocalOidcUserService implements OAuth2UserService<OidcUserRequest, OidcUser> {

    private final OidcUserService delegate = new OidcUserService();
    private final OidcAccountLinker linker;
    private final AccessDecisions access;

    public LocalOidcUserService(OidcAccountLinker linker, AccessDecisions access) {
        this.linker = linker;
        this.access = access;
    }

    @Override
    public OidcUser loadUser(OidcUserRequest request) {
        OidcUser oidcUser = delegate.loadUser(request);
        UserAccount account = linker.link(oidcUser.getClaims());
        if (!account.enabled() || account.lockedAt(java.time.Instant.now())) {
            throw new OAuth2AuthenticationException(new OAuth2Error("account_disabled", "account disabled or locked", null));
        }
        List<GrantedAuthority> authorities = access.authorities(account.username());
        return new LocalOidcUser(authorities, oidcUser.getIdToken(), oidcUser.getUserInfo(), account.username());
    }

    /** An OIDC principal whose name is the local username (what CurrentUser and may() use). */
    static final class LocalOidcUser extends DefaultOidcUser {
        private final String username;

        LocalOidcUser(List<GrantedAuthority> authorities, OidcIdToken idToken, OidcUserInfo userInfo, String username) {
            super(authorities, idToken, userInfo);
            this.username = username;
        }

        @Override
        public String getName() {
            return username;
        }

        @Override
        public boolean equals(Object o) {
            return super.equals(o) && o instanceof LocalOidcUser other && username.equals(other.username);
        }

        @Override
        public int hashCode() {
            return super.hashCode() * 31 + username.hashCode();
        }
    }
}
