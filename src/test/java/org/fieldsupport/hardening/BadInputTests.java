package org.fieldsupport.hardening;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.fieldsupport.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/**
 * Issue 9 items 4 and 10: bad input is a 400 problem detail naming the field (or a 413 for a body too large),
 * never a 500, and nothing is written.
 */
@IntegrationTest
class BadInputTests {

    @Autowired MockMvc mvc;
    @Autowired JdbcClient jdbc;

    private ResultActions postJson(String path, String body) throws Exception {
        return mvc.perform(post(path).with(user("admin")).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                .accept(MediaType.APPLICATION_JSON).content(body));
    }

    private long count(String table) {
        return jdbc.sql("SELECT COUNT(*) FROM " + table).query(Long.class).single();
    }

    @Test
    void a_name_longer_than_its_column_or_with_a_nul_is_a_400_naming_the_field() throws Exception {
        long units = count("org_unit");
        postJson("/api/v1/organization/units", """
                {"code": "DFS-LONG1", "kind": "UNIT", "nameFr": "%s", "nameEn": "x", "parentCode": "DFS-LSD"}"""
                .formatted("é".repeat(100_000)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field", hasItem("nameFr")));
        postJson("/api/v1/organization/units", """
                {"code": "DFS-NUL1", "kind": "UNIT", "nameFr": "a", "nameEn": "b\\u0000c", "parentCode": "DFS-LSD"}""")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field", hasItem("nameEn")));
        assertThat(count("org_unit")).isEqualTo(units);
    }

    @Test
    void coordinates_out_of_range_are_a_400_naming_the_field() throws Exception {
        long missions = count("org_mission");
        for (String latitude : new String[] {"1e308", "90.0000001", "-91"}) {
            postJson("/api/v1/organization/missions", """
                    {"code": "ZZLAT", "nameFr": "x", "nameEn": "x", "type": "PEACEKEEPING_OPERATION",
                     "leadDepartment": "EXT-DPKO", "mandateStart": "2020-01-01", "hqLatitude": %s}"""
                    .formatted(latitude))
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.errors[*].field", hasItem("hqLatitude")));
        }
        assertThat(count("org_mission")).isEqualTo(missions);
    }

    @Test
    void a_body_above_the_limit_is_a_413_problem_detail() throws Exception {
        String big = "{\"note\": \"" + "x".repeat(2 * 1024 * 1024) + "\"}";
        postJson("/api/v1/claims/death-disability", big)
                .andExpect(status().isPayloadTooLarge())
                .andExpect(jsonPath("$.type").value("https://fieldsupport.org/problems/payload-too-large"));
    }

    @Test
    void a_person_needs_a_numeric_index_number_and_a_real_e_mail() throws Exception {
        long persons = count("org_person");
        postJson("/api/v1/organization/persons", """
                {"indexNumber": "-1", "fullName": "Bad Input", "email": "not-an-email"}""")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field", hasItem("indexNumber")))
                .andExpect(jsonPath("$.errors[*].field", hasItem("email")));
        assertThat(count("org_person")).isEqualTo(persons);
    }

    @Test
    void a_date_parameter_outside_the_recorded_years_is_a_400_naming_it_not_a_404() throws Exception {
        for (String path : new String[] {"/api/v1/organization/positions/DFS-HEAD?asOf=0000-01-01",
                "/api/v1/organization/positions?heldBy=admin&asOf=0000-01-01",
                "/api/v1/organization/units/DFS?asOf=9999-12-31"}) {
            mvc.perform(get(path).with(user("admin")).accept(MediaType.APPLICATION_JSON))
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.errors[0].field").value("asOf"))
                    .andExpect(jsonPath("$.errors[0].rule").value("DateRange"));
        }
        mvc.perform(get("/api/v1/organization/positions/DFS-HEAD?asOf=2026-01-01").with(user("admin"))
                        .accept(MediaType.APPLICATION_JSON))
                .andExpect(status().isOk());
    }
}
