package org.fieldsupport.hardening;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.fieldsupport.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** Issue 9 item 5: every code a write stores (Member State, mission, grade, currency) is checked, nothing written. */
@IntegrationTest
class ReferenceCodesCheckedTests {

    @Autowired MockMvc mvc;
    @Autowired JdbcClient jdbc;

    private static MockHttpServletRequestBuilder json(String path, String body) {
        return post(path).with(user("admin")).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                .accept(MediaType.APPLICATION_JSON).content(body);
    }

    private long count(String table) {
        return jdbc.sql("SELECT COUNT(*) FROM " + table).query(Long.class).single();
    }

    @Test
    void a_death_and_disability_claim_for_an_unknown_member_state_or_mission_is_refused_naming_the_fields()
            throws Exception {
        long before = count("claims_dnd_claim");
        mvc.perform(json("/api/v1/claims/death-disability", """
                        {"memberState": "ZZZ", "missionCode": "NOPE", "memberName": "X", "memberNumber": "1",
                         "incidentDate": "2026-03-14", "kind": "DEATH"}"""))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field", hasItem("memberState")))
                .andExpect(jsonPath("$.errors[*].field", hasItem("missionCode")));
        mvc.perform(json("/api/v1/claims/death-disability", """
                        {"memberState": "BGD", "missionCode": "MINUSCA", "memberName": "%s", "memberNumber": "1",
                         "incidentDate": "2026-03-14", "kind": "DEATH"}""".formatted("x".repeat(201))))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field", hasItem("memberName")));
        assertThat(count("claims_dnd_claim")).isEqualTo(before);
    }

    @Test
    void a_position_of_an_unknown_mission_or_grade_is_refused() throws Exception {
        long before = count("org_position");
        String code = "TST-" + (System.nanoTime() % 1_000_000);
        mvc.perform(json("/api/v1/organization/positions", """
                        {"code": "%s", "missionCode": "NOPE", "titleFr": "T", "titleEn": "T"}""".formatted(code)))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.code").value("org.mission.unknown"));
        mvc.perform(json("/api/v1/organization/positions", """
                        {"code": "%s", "unitCode": "DFS-LSD", "titleFr": "T", "titleEn": "T", "gradeCode": "X-99"}"""
                        .formatted(code)))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.code").value("org.grade.unknown"));
        assertThat(count("org_position")).isEqualTo(before);
    }

    @Test
    void a_delegation_in_an_unknown_currency_is_refused() throws Exception {
        long before = count("org_delegation");
        mvc.perform(json("/api/v1/organization/delegations", """
                        {"authority": "CLAIM_CERTIFICATION", "delegatorKind": "POSITION", "delegator": "DFS-HEAD",
                         "delegateeKind": "PERSON", "delegatee": "claims.certifier", "limitAmount": 100,
                         "limitCurrency": "ZZZ", "allMissions": true, "validFrom": "2026-01-01"}"""))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.code").value("org.delegation.refused.unknown_currency"));
        assertThat(count("org_delegation")).isEqualTo(before);
    }
}
