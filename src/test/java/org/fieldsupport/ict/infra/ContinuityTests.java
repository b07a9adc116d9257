package org.fieldsupport.ict.infra;

import static org.fieldsupport.ict.infra.IctInfraCalls.CISO;
import static org.fieldsupport.ict.infra.IctInfraCalls.MINUSCA;
import static org.fieldsupport.ict.infra.IctInfraCalls.PLANNER;
import static org.fieldsupport.ict.infra.IctInfraCalls.UNMISS;
import static org.fieldsupport.ict.infra.IctInfraCalls.id;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.fieldsupport.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

/** BC/DR plans per mission: tests judged by BCDR-2026-v1, TEST_OVERDUE, runbook versions, exercises, the dashboard card (9.2.e). */
@IntegrationTest
class ContinuityTests {

    @Autowired
    MockMvc mvc;

    IctInfraCalls call;

    @BeforeEach
    void setUp() {
        call = new IctInfraCalls(mvc);
    }

    private long planOf(String who, String mission) throws Exception {
        String body = call.get(who, "/api/v1/ict/continuity/plans").andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        List<Object> ids = JsonPath.read(body, "$[?(@.missionCode == '" + mission + "')].id");
        return ((Number) ids.get(0)).longValue();
    }

    private long valencia() throws Exception {
        String body = call.get(PLANNER, "/api/v1/ict/sites").andReturn().getResponse().getContentAsString();
        return ((Number) JsonPath.<List<Object>>read(body, "$[?(@.code == 'VALENCIA')].id").get(0)).longValue();
    }

    @Test
    void the_demo_plans_one_current_one_overdue_and_every_plan_overdue_thirteen_months_on() throws Exception {
        call.get(PLANNER, "/api/v1/ict/continuity/plans").andExpect(status().isOk())
                .andExpect(jsonPath("$[?(@.missionCode == 'MINUSCA')].status", hasItem("CURRENT")))
                .andExpect(jsonPath("$[?(@.missionCode == 'UNMISS')].status", hasItem("TEST_OVERDUE")))
                .andExpect(jsonPath("$[?(@.missionCode == 'UNMISS')].servicesWithoutPassedTest[*]", hasItems("UMOJA", "UNMISS-POC")));
        String later = LocalDate.now(ZoneOffset.UTC).plusMonths(13).toString();
        call.get(PLANNER, "/api/v1/ict/continuity/plans?asOf=" + later).andExpect(status().isOk())
                .andExpect(jsonPath("$[?(@.missionCode == 'MINUSCA')].status", hasItem("TEST_OVERDUE")));
        call.get(MINUSCA, "/api/v1/ict/continuity/plans").andExpect(status().isOk())
                .andExpect(jsonPath("$[*].missionCode", not(hasItem("UNMISS"))));
    }

    @Test
    void a_recorded_test_is_judged_against_the_catalogues_rto_and_rpo_and_moves_the_plan() throws Exception {
        long plan;
        var created = call.post(PLANNER, "/api/v1/ict/continuity/plans", "{\"missionCode\": \"MONUSCO\", \"failoverSiteId\": " + valencia()
                + ", \"ownerName\": \"Chief of ICT, MONUSCO\", \"services\": [\"MONUSCO-MOVCON\", \"VSAT\"]}");
        if (created.andReturn().getResponse().getStatus() == 201) {
            plan = id(created, "$.summary.id");
        } else {
            plan = planOf(PLANNER, "MONUSCO");
        }
        call.post(PLANNER, "/api/v1/ict/continuity/plans", "{\"missionCode\": \"MONUSCO\", \"failoverSiteId\": " + valencia()
                + ", \"ownerName\": \"x\"}").andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.type").value("https://fieldsupport.org/problems/plan-exists"));
        String today = LocalDate.now(ZoneOffset.UTC).toString();
        // VSAT: RTO 60, RPO 0 in the catalogue
        call.post(PLANNER, "/api/v1/ict/continuity/plans/" + plan + "/tests", "{\"serviceCode\": \"VSAT\", \"testedOn\": \"" + today
                        + "\", \"achievedRecoveryMinutes\": 75, \"achievedDataLossMinutes\": 0}")
                .andExpect(status().isCreated()).andExpect(jsonPath("$.result").value("FAIL"))
                .andExpect(jsonPath("$.failedOn").value("RTO")).andExpect(jsonPath("$.rtoMinutes").value(60))
                .andExpect(jsonPath("$.ruleSet").value("BCDR-2026-v1"));
        call.post(PLANNER, "/api/v1/ict/continuity/plans/" + plan + "/tests", "{\"serviceCode\": \"VSAT\", \"testedOn\": \"" + today
                        + "\", \"achievedRecoveryMinutes\": 45, \"achievedDataLossMinutes\": 0}")
                .andExpect(status().isCreated()).andExpect(jsonPath("$.result").value("PASS"));
        call.post(PLANNER, "/api/v1/ict/continuity/plans/" + plan + "/tests", "{\"serviceCode\": \"MONUSCO-MOVCON\", \"testedOn\": \""
                        + today + "\", \"achievedRecoveryMinutes\": 700, \"achievedDataLossMinutes\": 100}")
                .andExpect(status().isCreated()).andExpect(jsonPath("$.result").value("PASS"));
        call.get(PLANNER, "/api/v1/ict/continuity/plans/" + plan).andExpect(status().isOk())
                .andExpect(jsonPath("$.summary.status").value("CURRENT"));
        call.post(PLANNER, "/api/v1/ict/continuity/plans/" + plan + "/tests", "{\"serviceCode\": \"UMOJA\", \"testedOn\": \"2999-01-01\", "
                        + "\"achievedRecoveryMinutes\": -1}", "fr")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field", hasItems("serviceCode", "testedOn", "achievedRecoveryMinutes",
                        "achievedDataLossMinutes")))
                .andExpect(jsonPath("$.errors[?(@.field == 'achievedDataLossMinutes')].message", hasItem(containsString("Données perdues"))));
    }

    @Test
    void mission_users_record_tests_for_their_own_plan_only() throws Exception {
        long unmiss = planOf(PLANNER, "UNMISS");
        long minusca = planOf(PLANNER, "MINUSCA");
        String body = "{\"serviceCode\": \"VSAT\", \"testedOn\": \"" + LocalDate.now(ZoneOffset.UTC) + "\", "
                + "\"achievedRecoveryMinutes\": 30, \"achievedDataLossMinutes\": 0}";
        call.post(MINUSCA, "/api/v1/ict/continuity/plans/" + unmiss + "/tests", body).andExpect(status().isNotFound());
        call.get(MINUSCA, "/api/v1/ict/continuity/plans/" + unmiss).andExpect(status().isNotFound());
        call.post(CISO, "/api/v1/ict/continuity/plans/" + minusca + "/tests", body).andExpect(status().isForbidden());
        call.post(MINUSCA, "/api/v1/ict/continuity/plans/" + minusca + "/tests", body).andExpect(status().isCreated());
        call.post(MINUSCA, "/api/v1/ict/continuity/plans", "{\"missionCode\": \"UNIFIL\", \"failoverSiteId\": " + valencia()
                + ", \"ownerName\": \"x\"}").andExpect(status().isForbidden());
        call.post(PLANNER, "/api/v1/ict/continuity/plans", "{\"missionCode\": \"UNIFIL\", \"ownerName\": \"\", \"services\": [\"NOPE\"]}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field", hasItems("failoverSiteId", "ownerName", "services")));
    }

    @Test
    void the_runbook_is_versioned_and_each_version_can_be_downloaded() throws Exception {
        long plan = planOf(PLANNER, "UNMISS");
        String v = mvc.perform(multipart("/api/v1/ict/continuity/plans/" + plan + "/runbook")
                        .file(new MockMultipartFile("file", "unmiss-runbook.txt", "text/plain",
                                "UNMISS runbook: restore Umoja from Brindisi.\n".getBytes(StandardCharsets.UTF_8)))
                        .param("note", "Test upload").with(user(PLANNER)).with(csrf()))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        int version = JsonPath.read(v, "$.version");
        mvc.perform(multipart("/api/v1/ict/continuity/plans/" + plan + "/runbook")
                        .file(new MockMultipartFile("file", "again.txt", "text/plain", "Second version.\n".getBytes(StandardCharsets.UTF_8)))
                        .with(user(PLANNER)).with(csrf()))
                .andExpect(status().isCreated()).andExpect(jsonPath("$.version").value(version + 1));
        mvc.perform(get("/api/v1/ict/continuity/plans/" + plan + "/runbook/" + version).with(user(UNMISS)))
                .andExpect(status().isOk()).andExpect(content().string(containsString("restore Umoja")));
        mvc.perform(get("/api/v1/ict/continuity/plans/" + plan + "/runbook/" + version).with(user(MINUSCA)))
                .andExpect(status().isNotFound());
        mvc.perform(multipart("/api/v1/ict/continuity/plans/" + plan + "/runbook")
                        .file(new MockMultipartFile("file", "tool.exe", "application/octet-stream", new byte[] {0x4d, 0x5a, 0, 1, 2, 3}))
                        .with(user(PLANNER)).with(csrf()))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("file"));
    }

    @Test
    void overdue_plans_reach_the_dashboard_and_the_screens_show_plans_and_exercises() throws Exception {
        mvc.perform(get("/ict/continuity/card").with(user(PLANNER))).andExpect(status().isOk())
                .andExpect(content().string(containsString("UNMISS")));
        mvc.perform(get("/ict/continuity/card").with(user(MINUSCA))).andExpect(status().isOk())
                .andExpect(content().string(not(containsString("UNMISS"))));
        call.page(UNMISS, "/ict/continuity", "en").andExpect(status().isOk())
                .andExpect(content().string(containsString("TEST_OVERDUE")));
        call.page(PLANNER, "/ict/continuity/plans/" + planOf(PLANNER, "MINUSCA"), "fr").andExpect(status().isOk())
                .andExpect(content().string(containsString("Réussi")));
        call.page(PLANNER, "/ict/continuity/exercises", "fr").andExpect(status().isOk())
                .andExpect(content().string(containsString("Exercice sur table")));
        long plan = planOf(PLANNER, "MINUSCA");
        long ex = id(call.post(MINUSCA, "/api/v1/ict/continuity/plans/" + plan + "/exercises", "{\"kind\": \"FAILOVER\", \"scheduledOn\": \""
                + LocalDate.now(ZoneOffset.UTC).plusDays(30) + "\", \"title\": \"Failover drill\"}").andExpect(status().isCreated()));
        call.post(MINUSCA, "/api/v1/ict/continuity/exercises/" + ex, "{\"status\": \"HELD\"}").andExpect(status().isUnprocessableContent());
        call.post(MINUSCA, "/api/v1/ict/continuity/exercises/" + ex, "{\"status\": \"CANCELLED\"}").andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("CANCELLED"));
        call.get(UNMISS, "/api/v1/ict/continuity/exercises?from=2000-01-01&to=2100-01-01").andExpect(status().isOk())
                .andExpect(jsonPath("$[*].missionCode", not(hasItem("MINUSCA"))));
    }
}
