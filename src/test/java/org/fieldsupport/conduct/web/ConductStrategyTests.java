package org.fieldsupport.conduct.web;

import static org.fieldsupport.conduct.web.ConductFixtures.HQ;
import static org.fieldsupport.conduct.web.ConductFixtures.MINUSCA;
import static org.fieldsupport.conduct.web.ConductFixtures.getJson;
import static org.fieldsupport.conduct.web.ConductFixtures.postJson;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import org.fieldsupport.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** The three-pronged strategy per mission (5.7.a, b, f, h) and conduct policies and training programmes (5.7.c, h). */
@IntegrationTest
class ConductStrategyTests {

    @Autowired
    MockMvc mvc;

    @Test
    void the_strategy_of_a_mission_shows_objectives_activities_training_and_published_enforcement_figures() throws Exception {
        int year = LocalDate.now().getYear();
        getJson(mvc, MINUSCA, "/api/v1/conduct/strategy?mission=MINUSCA&year=" + year).andExpect(status().isOk())
                .andExpect(jsonPath("$.prongs.length()").value(3))
                .andExpect(jsonPath("$.prongs[0].prong").value("PREVENTION"))
                .andExpect(jsonPath("$.trainingCompletionPercent").isNumber())
                // from the guidance module's training records (course SEA-PREV where mandatory), not recorded activities
                .andExpect(jsonPath("$.mandatoryTraining.courses[0]").value("SEA-PREV"))
                .andExpect(jsonPath("$.mandatoryTraining.obligations").isNumber())
                .andExpect(jsonPath("$.publishedAllegations.key").value("MINUSCA"));
        getJson(mvc, MINUSCA, "/api/v1/conduct/strategy?mission=UNMISS&year=" + year).andExpect(status().isForbidden());
        postJson(mvc, MINUSCA, "/api/v1/conduct/objectives", """
                {"missionCode": "MINUSCA", "prong": "REMEDIAL", "year": %d, "objective": "Test objective", "indicator": "Count",
                 "target": 4, "actual": 2}""".formatted(year)).andExpect(status().isCreated());
        postJson(mvc, MINUSCA, "/api/v1/conduct/activities", """
                {"missionCode": "MINUSCA", "kind": "TRAINING", "title": "T", "heldOn": "%s", "participants": 10}""".formatted(LocalDate.now()))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("completionPercent"));
        postJson(mvc, MINUSCA, "/api/v1/conduct/activities", """
                {"missionCode": "MINUSCA", "kind": "AWARENESS", "title": "Test awareness", "heldOn": "%s", "participants": 30}""".formatted(LocalDate.now()))
                .andExpect(status().isCreated()).andExpect(jsonPath("$.prong").value("PREVENTION"));
        postJson(mvc, MINUSCA, "/api/v1/conduct/activities", """
                {"missionCode": "UNMISS", "kind": "AWARENESS", "title": "x", "heldOn": "%s", "participants": 30}""".formatted(LocalDate.now()))
                .andExpect(status().isForbidden());
        getJson(mvc, MINUSCA, "/api/v1/conduct/strategy?mission=MINUSCA&year=" + year)
                .andExpect(jsonPath("$.objectives[*].objective").value(hasItem("Test objective")))
                .andExpect(jsonPath("$.activities[*].title").value(hasItem("Test awareness")));
        mvc.perform(get("/conduct/strategy?mission=MINUSCA").with(user(HQ)))
                .andExpect(status().isOk()).andExpect(content().string(containsString("Stratégie en trois volets")))
                .andExpect(content().string(containsString("Formation obligatoire")));
    }

    @Test
    void headquarters_issues_policies_and_training_programmes_that_every_conduct_user_reads() throws Exception {
        String ref = "TEST-POL-" + System.nanoTime();
        String body = """
                {"kind": "TRAINING_PROGRAMME", "reference": "%s", "titleEn": "Test programme", "titleFr": "Programme de test",
                 "issuedOn": "2026-06-01", "audience": "MINUSCA"}""".formatted(ref);
        postJson(mvc, MINUSCA, "/api/v1/conduct/policies", body).andExpect(status().isForbidden());
        postJson(mvc, HQ, "/api/v1/conduct/policies", body).andExpect(status().isCreated());
        postJson(mvc, HQ, "/api/v1/conduct/policies", body).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("reference"));
        getJson(mvc, MINUSCA, "/api/v1/conduct/policies?kind=TRAINING_PROGRAMME").andExpect(jsonPath("$[*].reference").value(hasItem(ref)));
        mvc.perform(get("/conduct/policies").with(user("victims.assistance")))
                .andExpect(status().isOk()).andExpect(content().string(containsString("Test programme")));
        mvc.perform(get("/conduct/policies").with(user(HQ))).andExpect(content().string(containsString("Programme de test")));
        mvc.perform(get("/conduct/policies").with(user("risk.minusca"))).andExpect(status().isForbidden());
    }

    @Test
    void a_policy_of_the_guidance_library_is_linked_to_conduct_and_shown_in_force() throws Exception {
        postJson(mvc, HQ, "/api/v1/conduct/policies/library", "{\"code\": \"NO-SUCH-POLICY\"}").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("code"));
        postJson(mvc, MINUSCA, "/api/v1/conduct/policies/library", "{\"code\": \"DFS-2026.08\"}").andExpect(status().isForbidden());
        postJson(mvc, HQ, "/api/v1/conduct/policies/library", "{\"code\": \"DFS-2026.08\"}").andExpect(status().isOk())
                .andExpect(jsonPath("$[*].code").value(hasItem("DFS-2026.08")));
        getJson(mvc, MINUSCA, "/api/v1/conduct/policies/library").andExpect(jsonPath("$[*].code").value(hasItem("DFS-2026.08")));
        mvc.perform(get("/conduct/policies").with(user(MINUSCA))).andExpect(content().string(containsString("Prevention of sexual exploitation and abuse")));
    }
}
