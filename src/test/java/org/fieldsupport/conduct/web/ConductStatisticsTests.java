package org.fieldsupport.conduct.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.fieldsupport.conduct.web.ConductFixtures.HQ;
import static org.fieldsupport.conduct.web.ConductFixtures.MINUSCA;
import static org.fieldsupport.conduct.web.ConductFixtures.getJson;
import static org.fieldsupport.conduct.web.ConductFixtures.postJson;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import org.fieldsupport.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/** Published statistics by CONDUCT-2026-v1: reconciled cases only, 1 and 2 suppressed, 0 and 3+ shown; the GA export; the page. */
@IntegrationTest
class ConductStatisticsTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    /** A year with no allegation yet (the suite's database is shared). */
    private int emptyYear() {
        for (int y = 2008; y < 2021; y++) {
            if (jdbc.sql("SELECT COUNT(*) FROM conduct_case WHERE report_year = ?").param(y).query(Long.class).single() == 0) {
                return y;
            }
        }
        throw new IllegalStateException("no empty year left");
    }

    private long otherCase(int year, boolean reconcile) throws Exception {
        String body = postJson(mvc, MINUSCA, "/api/v1/conduct/cases", """
                {"missionCode": "MINUSCA", "kind": "OTHER", "receivedOn": "%d-05-04", "channel": "EMAIL", "source": "stats", "summary": "stats"}"""
                .formatted(year)).andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        long id = ((Number) JsonPath.read(body, "$.id")).longValue();
        postJson(mvc, MINUSCA, "/api/v1/conduct/cases/" + id + "/subjects", "{\"category\": \"CIVILIAN\", \"types\": [\"FRAUD\"]}")
                .andExpect(status().isOk());
        if (reconcile) {
            postJson(mvc, HQ, "/api/v1/conduct/cases/" + id + "/reconcile", "{}").andExpect(status().isOk());
        }
        return id;
    }

    @Test
    void cells_of_one_or_two_are_suppressed_zero_and_three_are_shown_and_only_reconciled_cases_count() throws Exception {
        int year = emptyYear();
        otherCase(year, true);
        otherCase(year, false);
        // any signed-in user reads the published figures; no identity data, no reference
        getJson(mvc, "risk.minusca", "/api/v1/conduct/statistics?year=" + year + "&by=mission").andExpect(status().isOk())
                .andExpect(jsonPath("$.ruleSet").value("CONDUCT-2026-v1"))
                .andExpect(jsonPath("$.cells[?(@.key == 'MINUSCA')].count").value(org.hamcrest.Matchers.contains((Object) null)))
                .andExpect(jsonPath("$.cells[?(@.key == 'MINUSCA')].suppressed").value(org.hamcrest.Matchers.contains(true)))
                .andExpect(jsonPath("$.cells[?(@.key == 'UNMISS')].count").value(org.hamcrest.Matchers.contains(0)))
                .andExpect(jsonPath("$.cells[?(@.key == 'UNMISS')].suppressed").value(org.hamcrest.Matchers.contains(false)));
        otherCase(year, true);
        otherCase(year, true);
        getJson(mvc, "risk.minusca", "/api/v1/conduct/statistics?year=" + year + "&by=mission")
                .andExpect(jsonPath("$.cells[?(@.key == 'MINUSCA')].count").value(org.hamcrest.Matchers.contains(3)))
                .andExpect(jsonPath("$.total.count").value(3));
        getJson(mvc, "risk.minusca", "/api/v1/conduct/statistics?year=" + year + "&by=category")
                .andExpect(jsonPath("$.cells[?(@.key == 'CIVILIAN')].count").value(org.hamcrest.Matchers.contains(3)))
                .andExpect(jsonPath("$.cells[?(@.key == 'MILITARY')].count").value(org.hamcrest.Matchers.contains(0)));
        mvc.perform(get("/api/v1/conduct/statistics?year=" + year + "&by=type").with(user("risk.minusca")).header("Accept-Language", "fr"))
                .andExpect(jsonPath("$.cells[?(@.key == 'FRAUD')].label").value(org.hamcrest.Matchers.contains("Fraude")))
                .andExpect(jsonPath("$.cells[?(@.key == 'FRAUD')].count").value(org.hamcrest.Matchers.contains(3)));
    }

    @Test
    void a_bad_breakdown_or_year_is_a_400_naming_the_field() throws Exception {
        getJson(mvc, MINUSCA, "/api/v1/conduct/statistics?year=2026&by=colour").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("by"));
        getJson(mvc, MINUSCA, "/api/v1/conduct/statistics?year=1999").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("year"));
    }

    @Test
    void the_general_assembly_export_carries_every_breakdown_with_suppression_and_the_page_draws_charts() throws Exception {
        String csv = mvc.perform(get("/api/v1/conduct/statistics/export?year=2026&format=csv").with(user(HQ)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(csv).contains("rule_set", "CONDUCT-2026-v1", "mission", "category", "type", "nationality");
        assertThat(csv).doesNotContain("CDT-");
        mvc.perform(get("/conduct/statistics?year=2026").with(user("risk.minusca")).header("Accept-Language", "fr"))
                .andExpect(status().isOk()).andExpect(content().string(org.hamcrest.Matchers.containsString("<svg")))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Statistiques déontologiques publiées")));
    }
}
