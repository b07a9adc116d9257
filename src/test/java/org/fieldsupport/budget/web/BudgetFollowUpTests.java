package org.fieldsupport.budget.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.fieldsupport.support.AnyVersion.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.time.LocalDate;
import java.util.UUID;
import org.fieldsupport.budget.support.BudgetTestUsers;
import org.fieldsupport.organization.MissionPhase;
import org.fieldsupport.organization.MissionPhaseChanged;
import org.fieldsupport.platform.security.UserDirectory;
import org.fieldsupport.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

/** RBB frameworks (7.3.a), legislative questions and support visits (7.3.a–b), liquidation (7.3.d) through the API. */
@IntegrationTest
class BudgetFollowUpTests {

    @Autowired MockMvc mvc;
    @Autowired UserDirectory directory;
    @Autowired JdbcClient jdbc;
    @Autowired ApplicationEventPublisher events;
    @Autowired TransactionTemplate transactions;

    @BeforeEach
    void users() {
        BudgetTestUsers.ensure(directory);
    }

    long framework() throws Exception {
        for (int i = 0; i < 50; i++) {
            int year = java.util.concurrent.ThreadLocalRandom.current().nextInt(2040, 2099);
            var r = mvc.perform(post("/api/v1/budget/frameworks").with(user(BudgetTestUsers.MINUSCA)).with(csrf())
                    .contentType(MediaType.APPLICATION_JSON).content("{\"missionCode\": \"MINUSCA\", \"periodStart\": " + year + "}"))
                    .andReturn();
            if (r.getResponse().getStatus() == 201
                    && jdbc.sql("SELECT COUNT(*) FROM bud_framework WHERE mission_code = 'MINUSCA' AND period_start = ?")
                    .param(LocalDate.of(year + 1, 7, 1)).query(Long.class).single() == 0) {
                return ((Number) JsonPath.read(r.getResponse().getContentAsString(), "$.id")).longValue();
            }
        }
        throw new IllegalStateException("no free period");
    }

    long item(long f, Long parent, String kind, String extra) throws Exception {
        String body = "{\"parentId\": " + parent + ", \"kind\": \"" + kind + "\", \"textEn\": \"" + kind + " en\", \"textFr\": \""
                + kind + " fr\"" + extra + "}";
        var r = mvc.perform(post("/api/v1/budget/frameworks/{id}/items", f).with(user(BudgetTestUsers.MINUSCA)).with(csrf())
                .contentType(MediaType.APPLICATION_JSON).content(body)).andExpect(status().isCreated()).andReturn();
        return ((Number) JsonPath.read(r.getResponse().getContentAsString(), "$.id")).longValue();
    }

    @Test
    void a_framework_is_built_as_a_tree_versioned_and_carried_over_with_actuals_as_baselines() throws Exception {
        long f = framework();
        long c = item(f, null, "COMPONENT", "");
        long ea = item(f, c, "ACCOMPLISHMENT", "");
        long ind = item(f, ea, "INDICATOR", ", \"unit\": \"%\", \"baseline\": \"11\", \"target\": \"10\"");
        item(f, ea, "OUTPUT", ", \"quantity\": \"46\"");
        // the hierarchy is enforced, every bad field listed
        mvc.perform(post("/api/v1/budget/frameworks/{id}/items", f).with(user(BudgetTestUsers.MINUSCA)).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"parentId\": " + c + ", \"kind\": \"INDICATOR\", \"textEn\": \"\", \"baseline\": \"x\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field").value(containsInAnyOrder("kind", "textEn", "textFr", "baseline", "target")));
        mvc.perform(put("/api/v1/budget/frameworks/{id}/items/{i}/actual", f, ind).with(user(BudgetTestUsers.MINUSCA)).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"actual\": \"9.2\"}"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.actual").value(9.2));
        // another mission's officer may not edit it
        mvc.perform(post("/api/v1/budget/frameworks/{id}/items", f).with(user(BudgetTestUsers.UNMISS)).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"kind\": \"COMPONENT\", \"textEn\": \"x\", \"textFr\": \"x\"}"))
                .andExpect(status().isNotFound());
        var next = mvc.perform(post("/api/v1/budget/frameworks/{id}/carry-over", f).with(user(BudgetTestUsers.MINUSCA)).with(csrf()))
                .andExpect(status().isCreated()).andExpect(jsonPath("$.carriedFrom").value(f)).andReturn();
        long n = ((Number) JsonPath.read(next.getResponse().getContentAsString(), "$.id")).longValue();
        mvc.perform(get("/api/v1/budget/frameworks/{id}", n).with(user(BudgetTestUsers.HQ)))
                .andExpect(jsonPath("$.items.length()").value(4))
                .andExpect(jsonPath("$.items[?(@.kind == 'INDICATOR')].baseline").value(hasItem(9.2)))
                .andExpect(jsonPath("$.items[?(@.kind == 'INDICATOR')].actual").value(hasItem(org.hamcrest.Matchers.nullValue())))
                .andExpect(jsonPath("$.items[?(@.kind == 'INDICATOR')].textFr").value(hasItem("INDICATOR fr")));
        mvc.perform(post("/api/v1/budget/frameworks/{id}/carry-over", f).with(user(BudgetTestUsers.MINUSCA)).with(csrf()))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.type").value("https://fieldsupport.org/problems/framework-exists"));
        // a new version supersedes the first, which becomes read-only
        mvc.perform(post("/api/v1/budget/frameworks/{id}/new-version", f).with(user(BudgetTestUsers.MINUSCA)).with(csrf()))
                .andExpect(status().isCreated()).andExpect(jsonPath("$.version").value(2));
        mvc.perform(post("/api/v1/budget/frameworks/{id}/items", f).with(user(BudgetTestUsers.MINUSCA)).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"kind\": \"COMPONENT\", \"textEn\": \"x\", \"textFr\": \"x\"}"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.type").value("https://fieldsupport.org/problems/framework-superseded"));
    }

    @Test
    void questions_recorded_before_the_routing_are_answered_once_on_the_budget_side() throws Exception {
        // a question of the time before the front office's routing (no task): answered directly, once
        String ref = "LQ-T-" + System.nanoTime();
        jdbc.sql("""
                INSERT INTO bud_legislative_question (reference, body, mission_code, question, due_on, created_by, created_at)
                VALUES (?, 'ACABQ', 'MINUSCA', 'Why more flight hours?', DATE '2026-12-20', 'test', CURRENT_TIMESTAMP)""")
                .param(ref).update();
        mvc.perform(get("/api/v1/budget/legislative-questions/{r}", ref).with(user(BudgetTestUsers.HQ)))
                .andExpect(status().isOk()).andExpect(jsonPath("$.answer").doesNotExist())
                .andExpect(jsonPath("$.taskReference").doesNotExist());
        // a mission officer has no advisory role
        mvc.perform(post("/api/v1/budget/legislative-questions/{r}/answer", ref).with(user(BudgetTestUsers.MINUSCA)).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"answer\": \"x\"}"))
                .andExpect(status().isForbidden());
        mvc.perform(post("/api/v1/budget/legislative-questions/{r}/answer", ref).with(user(BudgetTestUsers.HQ)).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"answer\": \"Two additional helicopters for casualty evacuation.\"}"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.answeredBy").value(BudgetTestUsers.HQ));
        mvc.perform(post("/api/v1/budget/legislative-questions/{r}/answer", ref).with(user(BudgetTestUsers.HQ)).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"answer\": \"again\"}"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.type").value("https://fieldsupport.org/problems/already-answered"));
        mvc.perform(post("/api/v1/budget/support-visits").with(user(BudgetTestUsers.HQ)).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content("""
                                {"missionCode": "UNMISS", "from": "2026-11-02", "to": "2026-10-30", "purpose": "Budget 2027/28"}"""))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[*].field").value(containsInAnyOrder("to")));
        mvc.perform(post("/api/v1/budget/support-visits").with(user(BudgetTestUsers.HQ)).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content("""
                                {"missionCode": "UNMISS", "from": "2026-11-02", "to": "2026-11-06", "purpose": "Budget 2027/28",
                                 "findings": "Fuel estimates without generator inventory"}"""))
                .andExpect(status().isCreated()).andExpect(jsonPath("$.missionCode").value("UNMISS"));
    }

    @Test
    void a_mission_entering_liquidation_opens_a_liquidation_with_its_budget_and_disposal_plan() throws Exception {
        // a real mission: the organisation's own listener of MissionPhaseChanged needs it to exist
        String mission = "UNMOGIP";
        transactions.executeWithoutResult(t -> events.publishEvent(new MissionPhaseChanged(mission,
                MissionPhase.TRANSITION, MissionPhase.LIQUIDATION, LocalDate.of(2026, 9, 1))));
        Long id = null;
        for (int i = 0; i < 100 && id == null; i++) {
            id = jdbc.sql("SELECT id FROM bud_liquidation WHERE mission_code = ?").param(mission).query(Long.class).optional().orElse(null);
            if (id == null) Thread.sleep(100);
        }
        assertThat(id).as("liquidation opened by the listener").isNotNull();
        assertThat(jdbc.sql("SELECT kind FROM bud_budget WHERE reference = ?").param("BUD-" + mission + "-2026-LIQ")
                .query(String.class).single()).isEqualTo("LIQUIDATION");
        mvc.perform(get("/api/v1/budget/liquidations").with(user(BudgetTestUsers.HQ)))
                .andExpect(jsonPath("$[*].missionCode").value(hasItem(mission)));
        String add = "/api/v1/budget/liquidations/" + id + "/disposals";
        String asset = "GEN-" + UUID.randomUUID().toString().substring(0, 8);
        var d = mvc.perform(post(add).with(user(BudgetTestUsers.HQ)).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"assetReference\": \"" + asset + "\", \"description\": \"Generator\", \"bookValue\": \"1000.00\", \"disposalGroup\": \"I\"}"))
                .andExpect(status().isCreated()).andExpect(jsonPath("$.decision").value("PROPOSED")).andReturn();
        long disposal = ((Number) JsonPath.read(d.getResponse().getContentAsString(), "$.id")).longValue();
        mvc.perform(post(add).with(user(BudgetTestUsers.HQ)).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"assetReference\": \"\", \"description\": \"\", \"bookValue\": \"-1\", \"disposalGroup\": \"VI\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field").value(containsInAnyOrder("assetReference", "description", "bookValue", "disposalGroup")));
        mvc.perform(post(add).with(user(BudgetTestUsers.HQ)).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"assetReference\": \"" + asset + "\", \"description\": \"Again\", \"bookValue\": \"1.00\", \"disposalGroup\": \"IV\"}"))
                .andExpect(status().isUnprocessableContent());
        // the final report waits for every disposal
        mvc.perform(post("/api/v1/budget/liquidations/{id}/final-report", id).with(user(BudgetTestUsers.HQ)).with(csrf()))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.type").value("https://fieldsupport.org/problems/disposal-incomplete"));
        for (String decision : new String[] {"APPROVED", "COMPLETED"}) {
            mvc.perform(post("/api/v1/budget/liquidations/{id}/disposals/{d}/decision", id, disposal).with(user(BudgetTestUsers.HQ))
                            .with(csrf()).contentType(MediaType.APPLICATION_JSON).content("{\"decision\": \"" + decision + "\"}"))
                    .andExpect(status().isOk()).andExpect(jsonPath("$.decision").value(decision));
        }
        mvc.perform(post("/api/v1/budget/liquidations/{id}/final-report", id).with(user(BudgetTestUsers.HQ)).with(csrf()))
                .andExpect(status().isOk()).andExpect(jsonPath("$.finalReportStatus").value("SUBMITTED"));
        // the liquidation of another mission is not visible to a MINUSCA officer
        mvc.perform(get("/api/v1/budget/liquidations/{id}", id).with(user(BudgetTestUsers.MINUSCA)))
                .andExpect(status().isNotFound());
    }
}
