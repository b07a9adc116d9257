package org.fieldsupport.platform.web.shell;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.zip.GZIPOutputStream;
import org.fieldsupport.platform.web.CurrentScope;
import org.fieldsupport.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

@IntegrationTest
@WithMockUser(username = "shell-tester")
class ShellTests {

    @Autowired MockMvc mvc;

    private String html(String url) throws Exception {
        return mvc.perform(get(url)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }

    @Test
    void the_home_page_shows_the_shell_with_user_language_switch_scope_and_navigation() throws Exception {
        String page = html("/?lang=en");
        assertThat(page)
                .contains("class=\"skip-link\"", "<header", "<nav id=\"main-nav\"", "<footer")
                .contains("id=\"lang-en\"", "href=\"?lang=fr\"", "id=\"lang-fr\"")
                .contains("id=\"logout\"", "action=\"/logout\"", "href=\"/profile\"")
                .contains("action=\"/scope\"", "Department (all)")
                .contains("Department", "Dashboard")
                .contains("<h1>Dashboard</h1>")
                .doesNotContain("style=", "onclick", "<script>");
    }

    @Test
    void switching_to_french_translates_the_shell_and_stays_french_in_the_session() throws Exception {
        MockHttpSession session = new MockHttpSession();
        String french = mvc.perform(get("/").param("lang", "fr").session(session))
                .andReturn().getResponse().getContentAsString();
        assertThat(french).contains("lang=\"fr\"", "Tableau de bord", "Se déconnecter", "Département");
        String next = mvc.perform(get("/").session(session)).andReturn().getResponse().getContentAsString();
        assertThat(next).contains("Tableau de bord");
    }

    @Test
    void without_a_choice_the_browser_language_decides_and_only_english_or_french() throws Exception {
        assertThat(mvc.perform(get("/").header("Accept-Language", "fr-CA,fr;q=0.9"))
                .andReturn().getResponse().getContentAsString()).contains("lang=\"fr\"");
        assertThat(mvc.perform(get("/").header("Accept-Language", "de-DE,de;q=0.9"))
                .andReturn().getResponse().getContentAsString()).contains("lang=\"en\"");
        assertThat(mvc.perform(get("/").header("Accept-Language", "de,fr;q=0.5"))
                .andReturn().getResponse().getContentAsString()).contains("lang=\"fr\"");
    }

    @Test
    void choosing_a_scope_remembers_it_and_returns_to_the_page() throws Exception {
        MockHttpSession session = new MockHttpSession();
        mvc.perform(post("/scope").param("scope", "DEPARTMENT").header("Referer", "http://localhost/reference?x=1")
                        .session(session).with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/reference?x=1"));
        assertThat(CurrentScope.of(new org.springframework.mock.web.MockHttpServletRequest() {{ setSession(session); }}))
                .hasToString("DEPARTMENT");
    }

    @Test
    void a_scope_that_is_not_offered_is_refused() throws Exception {
        mvc.perform(post("/scope").param("scope", "MISSION:NOWHERE").with(csrf()))
                .andExpect(status().isForbidden());
    }

    @Test
    void a_redirect_after_choosing_a_scope_never_leaves_the_site() throws Exception {
        mvc.perform(post("/scope").param("scope", "DEPARTMENT").header("Referer", "https://evil.example/x").with(csrf()))
                .andExpect(redirectedUrl("/"));
    }

    @Test
    void an_unknown_page_shows_the_error_page_in_the_users_language() throws Exception {
        // MockMvc does not forward to /error by itself: render the error view the way Boot's error controller does
        MvcResult result = mvc.perform(get("/error").requestAttr("jakarta.servlet.error.status_code", 404)
                        .param("lang", "fr").accept("text/html"))
                .andReturn();
        assertThat(result.getResponse().getContentAsString()).contains("Page introuvable", "main-nav");
    }

    @Test
    void the_shell_weighs_less_than_100_kilobytes_compressed() throws Exception {
        int total = 0;
        for (String url : new String[] {"/", "/css/app.css", "/js/app.js", "/webjars/htmx.org/dist/htmx.min.js"}) {
            byte[] body = mvc.perform(get(url)).andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
            assertThat(body).as(url).isNotEmpty();
            total += gzip(body);
        }
        assertThat(total).as("gzip-compressed bytes of home HTML + app.css + app.js + htmx.min.js")
                .isLessThan(100 * 1024);
    }

    private static int gzip(byte[] bytes) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gzip = new GZIPOutputStream(out)) {
            gzip.write(bytes);
        }
        return out.size();
    }
}
