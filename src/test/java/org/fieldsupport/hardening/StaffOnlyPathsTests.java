package org.fieldsupport.hardening;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.fieldsupport.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Access review, session 3 (docs/decisions/2026-12-05-access-review-s3.md): the internal families a module declares in
 * its {@code StaffOnlyPaths} (organisation export, oversight registers, budgets, conduct, procurement, reporting
 * figures, staffing structures) are refused (403) to a Member State portal user and to a user without a role, before
 * any controller runs; staff keep them. Forms are refused, shown or posted, to users who could not submit them, and a
 * refused post says nothing about its input (403 before validation).
 */
@IntegrationTest
class StaffOnlyPathsTests {

    static final List<String> OUTSIDERS = List.of("portal.bgd", "staff.demo");

    static final List<String> INTERNAL = List.of("/api/v1/organization/export", "/organization/transfer/export",
            "/api/v1/organization/units", "/organization/missions", "/api/v1/oversight/recommendations",
            "/oversight/reports", "/api/v1/budget/budgets", "/budget/budgets", "/api/v1/conduct/cases", "/conduct/cases",
            "/api/v1/procurement/advice", "/api/v1/reporting/figures", "/personnel/structures",
            "/api/v1/personnel/structure-templates");

    @Autowired
    MockMvc mvc;

    private MockHttpServletResponse get(String who, String path) throws Exception {
        var request = org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get(path)
                .accept(path.startsWith("/api/") ? MediaType.APPLICATION_JSON : MediaType.TEXT_HTML);
        if (who != null) {
            request = request.with(user(who));
        }
        return mvc.perform(request).andReturn().getResponse();
    }

    @Test
    void internal_families_are_refused_to_member_state_users_and_users_without_a_role() throws Exception {
        for (String path : INTERNAL) {
            for (String who : OUTSIDERS) {
                MockHttpServletResponse r = get(who, path);
                assertThat(r.getStatus()).as(path + " as " + who).isEqualTo(403);
                if (path.startsWith("/api/")) {
                    assertThat(r.getContentType()).as(path + " as " + who).contains("application/problem+json");
                }
            }
            assertThat(get(null, path).getStatus()).as(path + " anonymous").isIn(302, 401);
        }
    }

    @Test
    void staff_keep_the_internal_families() throws Exception {
        assertThat(get("admin", "/api/v1/organization/export").getStatus()).isEqualTo(200);
        assertThat(get("auditor", "/api/v1/oversight/recommendations").getStatus()).isEqualTo(200);
        assertThat(get("hr.minusca", "/api/v1/organization/units").getStatus()).isEqualTo(200);
        assertThat(get("admin", "/budget/budgets").getStatus()).isEqualTo(200);
    }

    @Test
    void lists_a_member_state_needs_stay_open_and_filtered() throws Exception {
        MockHttpServletResponse contingents = get("portal.bgd", "/api/v1/claims/contingents");
        assertThat(contingents.getStatus()).isEqualTo(200);
        assertThat(contingents.getContentAsString(StandardCharsets.UTF_8)).doesNotContain("\"PAK\"", "\"RWA\"");
        assertThat(get("portal.bgd", "/claims/rates").getStatus()).isEqualTo(200);
        assertThat(get("portal.bgd", "/api/v1/reference/countries").getStatus()).isEqualTo(200);
    }

    @Test
    void forms_are_refused_to_users_who_could_not_submit_them() throws Exception {
        for (String form : List.of("/claims/verification-reports/new", "/claims/dnd/new", "/claims/contingents/new",
                "/personnel/staff/new")) {
            assertThat(get("staff.demo", form).getStatus()).as(form).isEqualTo(403);
            assertThat(get("admin", form).getStatus()).as(form + " as admin").isEqualTo(200);
        }
    }

    /** The two screens of the issue 9 report, and the same pattern found elsewhere: 403 before any validation. */
    @Test
    void an_unauthorised_empty_post_is_refused_before_validation() throws Exception {
        for (String path : List.of("/claims/verification-reports", "/geospatial/features", "/claims/dnd",
                "/claims/contingents", "/personnel/staff")) {
            for (String who : OUTSIDERS) {
                MockHttpServletResponse r = mvc.perform(post(path).with(user(who)).with(csrf())
                        .contentType(MediaType.APPLICATION_FORM_URLENCODED).accept(MediaType.TEXT_HTML))
                        .andReturn().getResponse();
                assertThat(r.getStatus()).as("POST " + path + " as " + who).isEqualTo(403);
                assertThat(r.getContentAsString(StandardCharsets.UTF_8)).as("POST " + path + " as " + who)
                        .doesNotContain("class=\"error\"", "field-error");
            }
        }
    }
}
