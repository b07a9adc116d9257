package org.fieldsupport.platform.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.UUID;
import org.fieldsupport.platform.security.internal.OidcAccountLinker;
import org.fieldsupport.platform.security.internal.UserAccount;
import org.fieldsupport.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@IntegrationTest
class OidcAccountLinkerTests {

    @Autowired OidcAccountLinker linker;
    @Autowired UserDirectory directory;

    @Test
    void the_username_comes_from_preferred_username_then_email_then_subject() {
        assertThat(OidcAccountLinker.usernameFrom(Map.of("preferred_username", "J.Doe", "email", "x@y.org", "sub", "1")))
                .isEqualTo("j.doe");
        assertThat(OidcAccountLinker.usernameFrom(Map.of("email", "X@Y.org", "sub", "1"))).isEqualTo("x@y.org");
        assertThat(OidcAccountLinker.usernameFrom(Map.of("sub", "abc"))).isEqualTo("abc");
        assertThat(OidcAccountLinker.languageFrom(Map.of("locale", "fr-CA"))).isEqualTo("fr");
        assertThat(OidcAccountLinker.languageFrom(Map.of())).isEqualTo("en");
    }

    @Test
    void a_first_oidc_login_creates_a_local_user_without_roles() {
        String name = "oidc" + UUID.randomUUID().toString().substring(0, 8);
        UserAccount account = linker.link(Map.of("sub", "s-" + name, "preferred_username", name,
                "email", name + "@org.example", "name", "Olga Idc", "locale", "fr"));
        assertThat(account.username()).isEqualTo(name);
        assertThat(account.displayName()).isEqualTo("Olga Idc");
        assertThat(account.preferredLanguage()).isEqualTo("fr");
        assertThat(directory.scopesWithRole(name, "ADMINISTRATOR")).isEmpty();
        assertThat(linker.link(Map.of("sub", "s-" + name, "preferred_username", name)).id()).isEqualTo(account.id());
    }

    @Autowired org.fieldsupport.platform.security.internal.AccessDecisions access;

    @Test
    void the_oidc_principal_carries_the_local_username_and_roles() {
        String name = "oidcp" + UUID.randomUUID().toString().substring(0, 8);
        var registration = org.springframework.security.oauth2.client.registration.ClientRegistration
                .withRegistrationId("oidc").clientId("c").clientSecret("s")
                .authorizationGrantType(org.springframework.security.oauth2.core.AuthorizationGrantType.AUTHORIZATION_CODE)
                .redirectUri("{baseUrl}/login/oauth2/code/{registrationId}").scope("openid")
                .authorizationUri("http://idp/authorize").tokenUri("http://idp/token").jwkSetUri("http://idp/jwks")
                .build();
        var now = java.time.Instant.now();
        var idToken = new org.springframework.security.oauth2.core.oidc.OidcIdToken("id-token", now,
                now.plusSeconds(60), Map.of("sub", "s1", "iss", "http://idp", "preferred_username", name.toUpperCase()));
        var accessToken = new org.springframework.security.oauth2.core.OAuth2AccessToken(
                org.springframework.security.oauth2.core.OAuth2AccessToken.TokenType.BEARER, "at", now, now.plusSeconds(60));
        var service = new org.fieldsupport.platform.security.internal.LocalOidcUserService(linker, access);
        var principal = service.loadUser(new org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest(
                registration, accessToken, idToken));
        assertThat(principal.getName()).isEqualTo(name);
        assertThat(principal.getAuthorities()).isEmpty();
    }

    @Test
    void an_oidc_identity_links_to_an_existing_user_by_email() {
        String name = "local" + UUID.randomUUID().toString().substring(0, 8);
        directory.ensureUser(name, "Local User", name + "@org.example", "en", "local-password");
        UserAccount linked = linker.link(Map.of("sub", "x", "preferred_username", "other-" + name,
                "email", name.toUpperCase() + "@org.example"));
        assertThat(linked.username()).isEqualTo(name);
    }
}
