package org.fieldsupport.claims.deathdisability.web;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.fieldsupport.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** The D&D claim screens: list with the overdue demo claim, intake with field errors, detail, dashboard card. */
@IntegrationTest
class DndClaimPageTests {

    @Autowired
    MockMvc mvc;

    @Test
    void the_list_highlights_the_demo_claim_open_over_90_days() throws Exception {
        mvc.perform(get("/claims/dnd").with(user("admin")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("class=\"overdue error\"")));
        mvc.perform(get("/claims/dnd/card").with(user("admin")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("over 90 days")));
    }

    @Test
    void the_demo_claims_are_loaded_once_in_various_states() throws Exception {
        mvc.perform(get("/api/v1/claims/death-disability").param("memberState", "GHA").param("status", "REJECTED")
                        .with(user("portal.gha")).accept("application/json"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("DEMO-BOI-GHA-1")));
        mvc.perform(get("/api/v1/claims/death-disability").param("memberState", "IND").param("status", "PAID")
                        .with(user("admin")).accept("application/json"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("\"amount\":\"42000.00\"")));
    }

    @Test
    void the_intake_form_shows_the_field_in_error_and_a_valid_claim_opens_its_detail() throws Exception {
        mvc.perform(post("/claims/dnd").with(user("admin")).with(csrf())
                        .param("memberState", "BGD").param("missionCode", "MINUSCA").param("memberName", "X")
                        .param("memberNumber", "N-1").param("incidentDate", "2026-05-01").param("kind", "DEATH")
                        .param("impairmentPercent", "50"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("must be empty for a death")));
        String location = mvc.perform(post("/claims/dnd").with(user("admin")).with(csrf())
                        .param("memberState", "BGD").param("missionCode", "MINUSCA").param("memberName", "X")
                        .param("memberNumber", "N-1").param("incidentDate", "2026-05-01").param("kind", "DISABILITY")
                        .param("impairmentPercent", "50"))
                .andExpect(redirectedUrlPattern("/claims/dnd/*"))
                .andReturn().getResponse().getRedirectedUrl();
        mvc.perform(get(location).with(user("admin")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Certify")));
    }
}
