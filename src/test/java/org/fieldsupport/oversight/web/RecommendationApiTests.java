package org.fieldsupport.oversight.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.fieldsupport.oversight.web.OversightFixtures.AUDITOR;
import static org.fieldsupport.oversight.web.OversightFixtures.FOCAL;
import static org.fieldsupport.oversight.web.OversightFixtures.RISK;
import static org.fieldsupport.oversight.web.OversightFixtures.getJson;
import static org.fieldsupport.oversight.web.OversightFixtures.postJson;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.is;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.time.LocalDate;
import org.fieldsupport.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/** The recommendations register (5.9.a): response, follow-up cycle with the auditor's closure, ageing by the rule, guidance (5.9.c). */
@IntegrationTest
class RecommendationApiTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    private long recommendation(String symbol, String target) throws Exception {
        String report = postJson(mvc, FOCAL, "/api/v1/oversight/reports", """
                {"source": "OIOS", "symbol": "%s", "title": "Test audit", "issuedOn": "2026-01-10", "missionCode": "MINUSCA"}""".formatted(symbol))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        long reportId = ((Number) JsonPath.read(report, "$.id")).longValue();
        String rec = postJson(mvc, FOCAL, "/api/v1/oversight/reports/" + reportId + "/recommendations", """
                {"paragraph": "1", "text": "Do it", "rating": "CRITICAL", "responsibleUnit": "DFS-LSD", "targetDate": "%s", "theme": "FUEL"}"""
                .formatted(target)).andExpect(status().isCreated()).andExpect(jsonPath("$.missionCode").value("MINUSCA"))
                .andReturn().getResponse().getContentAsString();
        return ((Number) JsonPath.read(rec, "$.id")).longValue();
    }

    @Test
    void management_responds_proposes_with_evidence_and_only_the_auditor_closes() throws Exception {
        long id = recommendation("TEST-AP-" + System.nanoTime(), "2026-02-01");
        postJson(mvc, FOCAL, "/api/v1/oversight/recommendations/" + id + "/response", "{\"accepted\": false}")
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("justification"));
        postJson(mvc, FOCAL, "/api/v1/oversight/recommendations/" + id + "/response",
                "{\"accepted\": true, \"responsibleOfficial\": \"Chief, Fuel Unit\", \"targetDate\": \"2026-03-31\"}")
                .andExpect(status().isOk()).andExpect(jsonPath("$.accepted").value(true))
                .andExpect(jsonPath("$.targetDate").value("2026-03-31"));
        postJson(mvc, FOCAL, "/api/v1/oversight/recommendations/" + id + "/actions", "{\"action\": \"CLOSE\"}")
                .andExpect(status().isForbidden());
        postJson(mvc, FOCAL, "/api/v1/oversight/recommendations/" + id + "/actions", "{\"action\": \"START\"}")
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("IN_PROGRESS"));
        postJson(mvc, FOCAL, "/api/v1/oversight/recommendations/" + id + "/actions", "{\"action\": \"PROPOSE_IMPLEMENTED\"}")
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("evidence"));
        postJson(mvc, FOCAL, "/api/v1/oversight/recommendations/" + id + "/actions",
                "{\"action\": \"PROPOSE_IMPLEMENTED\", \"evidence\": \"fuel-sop.pdf\"}")
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("IMPLEMENTED"));
        assertThat(jdbc.sql("SELECT assignee_name FROM work_item WHERE record_type = 'oversight.recommendation' AND record_id = ? AND state = 'OPEN'")
                .param(String.valueOf(id)).query(String.class).list()).containsExactly("OVERSIGHT_AUDITOR");
        postJson(mvc, AUDITOR, "/api/v1/oversight/recommendations/" + id + "/actions", "{\"action\": \"START\"}")
                .andExpect(status().isForbidden());
        postJson(mvc, AUDITOR, "/api/v1/oversight/recommendations/" + id + "/actions", "{\"action\": \"CLOSE\", \"note\": \"ok\"}")
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("CLOSED"));
        postJson(mvc, AUDITOR, "/api/v1/oversight/recommendations/" + id + "/actions", "{\"action\": \"OVERTAKEN\", \"note\": \"x\"}")
                .andExpect(status().isUnprocessableContent()).andExpect(jsonPath("$.code").value("oversight.refused.transition"));
        getJson(mvc, FOCAL, "/api/v1/oversight/recommendations/" + id).andExpect(jsonPath("$.events.length()").value(5))
                .andExpect(jsonPath("$.events[3].evidence").value("fuel-sop.pdf"));
    }

    @Test
    void past_due_and_ageing_follow_the_rule() throws Exception {
        LocalDate asOf = LocalDate.of(2026, 12, 5);
        long due = recommendation("TEST-AGE-" + System.nanoTime(), asOf.minusDays(91).toString());
        getJson(mvc, FOCAL, "/api/v1/oversight/recommendations/past-due?critical=true&asOf=" + asOf)
                .andExpect(jsonPath("$[?(@.id == " + due + ")].bucket").value(hasItem("DAYS_91_180")))
                .andExpect(jsonPath("$[?(@.id == " + due + ")].daysPastDue").value(hasItem(91)))
                .andExpect(jsonPath("$[*].rating").value(everyItem(is("CRITICAL"))));
        getJson(mvc, FOCAL, "/api/v1/oversight/recommendations/past-due?asOf=" + asOf.minusDays(91))
                .andExpect(jsonPath("$[?(@.id == " + due + ")]").isEmpty());
        getJson(mvc, FOCAL, "/api/v1/oversight/recommendations/ageing?asOf=" + asOf + "&by=mission").andExpect(status().isOk())
                .andExpect(jsonPath("$.by").value("mission"))
                .andExpect(jsonPath("$.rows[?(@.key == 'MINUSCA')].buckets['91-180']").isNotEmpty())
                .andExpect(jsonPath("$.total.pastDue").isNumber());
        getJson(mvc, FOCAL, "/api/v1/oversight/recommendations/ageing?by=planet").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("by"));
        // a mission risk officer sees his mission's recommendations only
        getJson(mvc, RISK, "/api/v1/oversight/recommendations").andExpect(jsonPath("$[*].missionCode").value(everyItem(is("MINUSCA"))));
    }

    @Test
    void the_demo_register_holds_80_recommendations_from_6_reports_in_every_state() throws Exception {
        String all = getJson(mvc, FOCAL, "/api/v1/oversight/recommendations").andReturn().getResponse().getContentAsString();
        java.util.List<String> states = JsonPath.read(all, "$[?(@.text =~ /.*demo.*/)].status");
        assertThat(states).hasSize(80);
        assertThat(new java.util.HashSet<>(states)).containsExactlyInAnyOrder("OPEN", "IN_PROGRESS", "IMPLEMENTED", "CLOSED",
                "NOT_IMPLEMENTED", "OVERTAKEN_BY_EVENTS");
        java.util.List<String> symbols = JsonPath.read(all, "$[?(@.text =~ /.*demo.*/)].symbol");
        assertThat(new java.util.HashSet<>(symbols)).hasSize(6);
    }

    @Test
    void guidance_is_published_to_missions_and_shown_with_the_recommendations_of_its_theme() throws Exception {
        postJson(mvc, RISK, "/api/v1/oversight/guidance", "{}").andExpect(status().isBadRequest());
        postJson(mvc, RISK, "/api/v1/oversight/guidance", """
                {"theme": "FUEL", "titleEn": "t", "titleFr": "t", "bodyEn": "b", "bodyFr": "b"}""").andExpect(status().isForbidden());
        postJson(mvc, FOCAL, "/api/v1/oversight/guidance", """
                {"theme": "FUEL", "titleEn": "Fuel evidence", "titleFr": "Preuves carburant", "bodyEn": "Attach the reconciliations.",
                 "bodyFr": "Joindre les rapprochements.", "audience": "MINUSCA,UNMISS"}""").andExpect(status().isCreated());
        getJson(mvc, RISK, "/api/v1/oversight/guidance?mission=MINUSCA").andExpect(jsonPath("$[*].titleEn").value(hasItem("Fuel evidence")));
        getJson(mvc, RISK, "/api/v1/oversight/guidance?mission=UNIFIL").andExpect(jsonPath("$[?(@.titleEn == 'Fuel evidence')]").isEmpty());
        long id = recommendation("TEST-GUI-" + System.nanoTime(), "2027-01-01");
        getJson(mvc, FOCAL, "/api/v1/oversight/recommendations/" + id).andExpect(jsonPath("$.guidance[*].titleEn").value(hasItem("Fuel evidence")));
    }
}
