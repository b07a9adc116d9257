package org.fieldsupport.platform.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;
import org.fieldsupport.platform.security.internal.SecurityConfiguration;
import org.fieldsupport.platform.security.internal.TokenService;
import org.fieldsupport.platform.security.internal.UserAccounts;
import org.fieldsupport.platform.security.internal.UserAdministration;
import org.fieldsupport.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

@IntegrationTest
class IdentityAndAccessTests {

    @Autowired MockMvc mvc;
    @Autowired UserDirectory directory;
    @Autowired UserAccounts users;
    @Autowired UserAdministration administration;
    @Autowired TokenService tokens;

    private String newUser(String password) {
        String username = "u" + UUID.randomUUID().toString().substring(0, 8);
        directory.ensureUser(username, "Test " + username, username + "@example.org", "en", password);
        return username;
    }

    @Test
    void the_api_without_credentials_answers_401_problem_json() throws Exception {
        mvc.perform(get("/api/v1/platform/me").accept(MediaType.APPLICATION_JSON))
                .andExpect(status().isUnauthorized())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"))
                .andExpect(jsonPath("$.type").value("https://fieldsupport.org/problems/unauthorized"))
                .andExpect(jsonPath("$.title").value("Authentication required"))
                .andExpect(jsonPath("$.status").value(401))
                .andExpect(jsonPath("$.detail").exists())
                .andExpect(jsonPath("$.instance").value("/api/v1/platform/me"));
    }

    @Test
    void the_401_problem_speaks_french_to_a_french_caller() throws Exception {
        mvc.perform(get("/api/v1/platform/me").header("Accept-Language", "fr-FR,fr;q=0.9"))
                .andExpect(status().isUnauthorized())
                .andExpect(jsonPath("$.title").value("Authentification requise"));
    }

    @Test
    void a_user_without_the_permission_gets_403_problem_json() throws Exception {
        mvc.perform(get("/api/v1/platform/users").with(httpBasic("auditor", "auditor")))
                .andExpect(status().isForbidden())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"))
                .andExpect(jsonPath("$.status").value(403))
                .andExpect(jsonPath("$.instance").value("/api/v1/platform/users"));
    }

    @Test
    void an_administrator_reads_their_profile_and_the_user_list_over_basic() throws Exception {
        mvc.perform(get("/api/v1/platform/me").with(httpBasic("admin", "admin")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.username").value("admin"))
                .andExpect(jsonPath("$.roleAssignments[*].role", hasItem("ADMINISTRATOR")))
                .andExpect(jsonPath("$.roleAssignments[*].scope", hasItem("DEPARTMENT")));
        mvc.perform(get("/api/v1/platform/users").param("q", "auditor").with(httpBasic("admin", "admin")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.content[*].username", hasItem("auditor")));
    }

    @Test
    void six_wrong_passwords_lock_the_account_until_an_administrator_unlocks_it() throws Exception {
        String username = newUser("correct-horse");
        for (int i = 0; i < 5; i++) {
            mvc.perform(post("/login").param("username", username).param("password", "wrong").with(csrf()))
                    .andExpect(redirectedUrl("/login?error"));
        }
        mvc.perform(post("/login").param("username", username).param("password", "wrong").with(csrf()))
                .andExpect(redirectedUrl("/login?locked"));
        // while locked even the right password is refused, on the form and on the API
        mvc.perform(post("/login").param("username", username).param("password", "correct-horse").with(csrf()))
                .andExpect(redirectedUrl("/login?locked"));
        mvc.perform(get("/api/v1/platform/me").with(httpBasic(username, "correct-horse")))
                .andExpect(status().isUnauthorized());
        assertThat(directory.find(username).orElseThrow().locked()).isTrue();
        mvc.perform(get("/login").param("locked", "")).andExpect(content().string(containsString("locked")));

        long id = users.findByUsername(username).orElseThrow().id();
        mvc.perform(post("/admin/users/{id}/unlock", id).with(user("admin")).with(csrf()))
                .andExpect(redirectedUrl("/admin/users/" + id));
        mvc.perform(post("/login").param("username", username).param("password", "correct-horse").with(csrf()))
                .andExpect(redirectedUrl("/"));
    }

    @Test
    void a_personal_access_token_authenticates_until_it_is_revoked() throws Exception {
        String username = newUser("token-owner-pw");
        TokenService.IssuedToken issued = tokens.issue(username, "script", null);
        assertThat(issued.stored().hash()).isNotEqualTo(issued.token()).hasSize(64);
        assertThat(issued.token()).startsWith(issued.stored().prefix());

        mvc.perform(get("/api/v1/platform/me").header("Authorization", "Bearer " + issued.token()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.username").value(username));
        assertThat(tokens.get(issued.stored().id()).lastUsedAt()).isNotNull();

        tokens.revoke(issued.stored().id());
        mvc.perform(get("/api/v1/platform/me").header("Authorization", "Bearer " + issued.token()))
                .andExpect(status().isUnauthorized())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"));
        mvc.perform(get("/api/v1/platform/me").header("Authorization", "Bearer fsp_not-a-token"))
                .andExpect(status().isUnauthorized());
    }

    @Test
    void a_token_known_to_the_node_stops_working_when_its_owner_is_disabled() throws Exception {
        String username = newUser("token-owner-disabled");
        TokenService.IssuedToken issued = tokens.issue(username, "script", null);
        mvc.perform(get("/api/v1/platform/me").header("Authorization", "Bearer " + issued.token()))
                .andExpect(status().isOk());
        long id = users.findByUsername(username).orElseThrow().id();
        administration.setEnabled(id, false);
        mvc.perform(get("/api/v1/platform/me").header("Authorization", "Bearer " + issued.token()))
                .andExpect(status().isUnauthorized());
        administration.setEnabled(id, true);
        mvc.perform(get("/api/v1/platform/me").header("Authorization", "Bearer " + issued.token()))
                .andExpect(status().isOk());
    }

    @Test
    void a_user_creates_a_token_on_the_my_tokens_page_and_sees_it_once() throws Exception {
        String username = newUser("tokens-page-pw");
        mvc.perform(post("/account/tokens").param("name", "laptop").with(user(username)).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("fsp_")));
        mvc.perform(get("/account/tokens").with(user(username)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("laptop")));
    }

    @Test
    void a_form_post_without_csrf_token_is_refused_with_403() throws Exception {
        mvc.perform(post("/account/profile").param("displayName", "X").param("preferredLanguage", "en")
                        .with(user("admin")))
                .andExpect(status().isForbidden());
        mvc.perform(post("/login").param("username", "admin").param("password", "admin"))
                .andExpect(status().isForbidden());
    }

    @Test
    void pages_carry_the_security_headers_and_hsts_only_over_https() throws Exception {
        mvc.perform(get("/login"))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Security-Policy", SecurityConfiguration.CSP))
                .andExpect(header().string("X-Content-Type-Options", "nosniff"))
                .andExpect(header().string("Referrer-Policy", "strict-origin-when-cross-origin"))
                .andExpect(header().string("X-Frame-Options", "DENY"))
                .andExpect(header().doesNotExist("Strict-Transport-Security"));
        mvc.perform(get("/login").secure(true))
                .andExpect(header().exists("Strict-Transport-Security"));
    }

    @Test
    void the_login_page_has_the_fields_the_browser_tests_use() throws Exception {
        mvc.perform(get("/login"))
                .andExpect(content().string(containsString("id=\"username\"")))
                .andExpect(content().string(containsString("name=\"password\"")))
                .andExpect(content().string(containsString("id=\"login-submit\"")))
                .andExpect(content().string(containsString("_csrf")));
    }

    @Test
    void a_screen_sends_the_anonymous_to_the_login_page_and_logout_returns_there() throws Exception {
        mvc.perform(get("/admin/users").accept(MediaType.TEXT_HTML))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/login"));
        mvc.perform(post("/logout").with(user("admin")).with(csrf()))
                .andExpect(redirectedUrl("/login?logout"));
    }

    @Test
    void a_screen_refused_by_the_access_policy_answers_an_html_403() throws Exception {
        mvc.perform(get("/admin/users").with(user("auditor")).accept(MediaType.TEXT_HTML))
                .andExpect(status().isForbidden());
        mvc.perform(get("/admin/users").with(user("admin")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("auditor")));
    }

    @Test
    void actuator_health_is_public_and_metrics_need_an_administrator() throws Exception {
        mvc.perform(get("/actuator/health")).andExpect(status().isOk());
        mvc.perform(get("/actuator/metrics").with(httpBasic("auditor", "auditor"))).andExpect(status().isForbidden());
        mvc.perform(get("/actuator/metrics").with(httpBasic("admin", "admin"))).andExpect(status().isOk());
    }

    @Test
    void swagger_ui_is_served_to_signed_in_users_under_the_strict_policy() throws Exception {
        mvc.perform(get("/swagger-ui/index.html").with(user("auditor")))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Security-Policy", SecurityConfiguration.CSP))
                .andExpect(content().string(org.hamcrest.Matchers.not(containsString("<script>"))));
        mvc.perform(get("/v3/api-docs").with(user("auditor"))).andExpect(status().isOk());
    }

    @Test
    void after_a_password_reset_the_user_must_change_the_password_first() throws Exception {
        String username = newUser("first-password");
        long id = users.findByUsername(username).orElseThrow().id();
        String oneTime = administration.resetPassword(id);
        var login = mvc.perform(post("/login").param("username", username).param("password", oneTime).with(csrf()))
                .andExpect(redirectedUrl("/account/password")).andReturn();
        var session = (org.springframework.mock.web.MockHttpSession) login.getRequest().getSession();
        mvc.perform(get("/admin/users").session(session)).andExpect(redirectedUrl("/account/password"));
        mvc.perform(post("/account/password").session(session).with(csrf())
                        .param("currentPassword", oneTime).param("newPassword", "my-own-password")
                        .param("confirmPassword", "my-own-password"))
                .andExpect(redirectedUrl("/account/profile"));
        assertThat(users.findByUsername(username).orElseThrow().passwordChangeRequired()).isFalse();
        mvc.perform(get("/account/tokens").session(session)).andExpect(status().isOk());
    }

    @Test
    void field_errors_on_the_user_form_speak_the_users_language() throws Exception {
        String frenchAdmin = newUser("french-admin-pw");
        long id = users.findByUsername(frenchAdmin).orElseThrow().id();
        administration.assign(id, PlatformPermissions.ADMINISTRATOR, Scope.department(), null, null);
        var before = users.findByUsername(frenchAdmin).orElseThrow();
        administration.update(id, before.version(), new UserAdministration.UserDetailsInput(frenchAdmin,
                before.displayName(), before.email(), "fr", true));
        mvc.perform(post("/admin/users").with(user(frenchAdmin)).with(csrf())
                        .param("username", "").param("displayName", "").param("preferredLanguage", "fr")
                        .param("email", "not-an-email"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Obligatoire.")))
                .andExpect(content().string(containsString("Adresse électronique non valide.")));
    }

    @Test
    void an_administrator_creates_a_user_and_assigns_a_mission_role_with_the_scope_picker() throws Exception {
        String username = "n" + UUID.randomUUID().toString().substring(0, 8);
        mvc.perform(post("/admin/users").with(user("admin")).with(csrf())
                        .param("username", username).param("displayName", "New Officer")
                        .param("email", username + "@example.org").param("preferredLanguage", "fr")
                        .param("enabled", "true"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("one-time-password")));
        mvc.perform(post("/admin/role-assignments").with(user("admin")).with(csrf())
                        .param("username", username).param("role", "AUDITOR").param("scopeType", "MISSION")
                        .param("scopeKey", ""))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Enter the unit, mission or Member State code.")));
        mvc.perform(post("/admin/role-assignments").with(user("admin")).with(csrf())
                        .param("username", username).param("role", "AUDITOR").param("scopeType", "MISSION")
                        .param("scopeKey", "MINUSCA"))
                .andExpect(redirectedUrl("/admin/role-assignments"));
        assertThat(directory.scopesWithRole(username, "AUDITOR")).containsExactly(Scope.mission("MINUSCA"));
        assertThat(directory.find(username).orElseThrow().preferredLanguage()).isEqualTo("fr");
    }
}
