package org.fieldsupport.hardening;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.InputStream;
import java.util.Properties;
import org.fieldsupport.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Issue 9 items 6 and 9: the production profile makes the session cookie Secure, HttpOnly and SameSite=Lax and
 * trusts the proxy's forwarded protocol at the Tomcat level; health details are for administrators only.
 */
@IntegrationTest
class ProductionProfileAndHealthTests {

    @Autowired
    MockMvc mvc;

    @Test
    void the_production_profile_sets_a_secure_http_only_same_site_lax_session_cookie() throws Exception {
        Properties production = new Properties();
        try (InputStream in = new ClassPathResource("application-production.properties").getInputStream()) {
            production.load(in);
        }
        assertThat(production.getProperty("server.servlet.session.cookie.secure")).isEqualTo("true");
        assertThat(production.getProperty("server.servlet.session.cookie.http-only")).isEqualTo("true");
        assertThat(production.getProperty("server.servlet.session.cookie.same-site")).isEqualToIgnoringCase("lax");
        assertThat(production.getProperty("server.forward-headers-strategy")).isEqualTo("native");
        assertThat(production.getProperty("management.endpoint.health.roles")).isEqualTo("ADMINISTRATOR");
    }

    @Test
    void health_details_only_for_administrators() throws Exception {
        mvc.perform(get("/actuator/health")).andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("UP"))
                .andExpect(jsonPath("$.components").doesNotExist());
        mvc.perform(get("/actuator/health").with(user("portal.bgd"))).andExpect(status().isOk())
                .andExpect(jsonPath("$.components").doesNotExist());
        mvc.perform(get("/actuator/health").with(user("admin").roles("ADMINISTRATOR"))).andExpect(status().isOk())
                .andExpect(jsonPath("$.components.db.status").value("UP"));
    }
}
