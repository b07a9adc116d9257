package org.fieldsupport.hardening;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import org.fieldsupport.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Issue 9 item 9: a Member State portal user sees no staff-only buttons on its claims and cannot read staff
 * names, e-mails or index numbers through the organisation API; staff can.
 */
@IntegrationTest
class PortalStaffOnlyTests {

    @Autowired
    MockMvc mvc;

    @Test
    void a_portal_user_sees_its_claim_without_the_staff_actions() throws Exception {
        String body = mvc.perform(post("/api/v1/claims/death-disability").with(user("admin")).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).accept(MediaType.APPLICATION_JSON)
                        .content("""
                                {"memberState": "BGD", "missionCode": "MINUSCA", "memberName": "Portal View",
                                 "memberNumber": "PV-1", "incidentDate": "2026-03-14", "kind": "DEATH"}"""))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        long id = ((Number) JsonPath.read(body, "$.id")).longValue();

        String portal = mvc.perform(get("/claims/dnd/" + id).with(user("portal.bgd")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(portal).contains("Portal View")
                .doesNotContain("/request-information").doesNotContain("/certify").doesNotContain("/reject");
        String staff = mvc.perform(get("/claims/dnd/" + id).with(user("admin")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(staff).contains("/request-information").contains("/certify").contains("/reject");
    }

    @Test
    void staff_names_emails_and_index_numbers_are_not_for_portal_users() throws Exception {
        for (String path : new String[] {"/api/v1/organization/persons/admin", "/api/v1/organization/positions?heldBy=admin",
                "/api/v1/organization/positions/DFS-HEAD"}) {
            mvc.perform(get(path).with(user("portal.bgd")).accept(MediaType.APPLICATION_JSON))
                    .andExpect(status().isForbidden());
        }
        mvc.perform(get("/api/v1/organization/positions/DFS-HEAD").with(user("admin")).accept(MediaType.APPLICATION_JSON))
                .andExpect(status().isOk());
    }
}
