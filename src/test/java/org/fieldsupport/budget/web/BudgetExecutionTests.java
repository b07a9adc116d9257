package org.fieldsupport.budget.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.fieldsupport.support.AnyVersion.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.ThreadLocalRandom;
import org.fieldsupport.budget.support.BudgetTestUsers;
import org.fieldsupport.platform.security.UserDirectory;
import org.fieldsupport.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A mission's budget from proposal to execution through the API: proposal submitted by the mission, reviewed by
 * headquarters, sent to the Controller; allotments; ERP import (all or nothing); availability; redeployments
 * under a delegation (within a group) or by the Controller (across groups); the performance report.
 */
@IntegrationTest
class BudgetExecutionTests {

    static final String LINES = """
            {"lines": [
              {"class": "MILITARY_CONTINGENTS", "persons": 850, "monthlyRate": "1428.00", "months": 12, "delayedDeploymentFactor": "0.05"},
              {"class": "INTERNATIONAL_STAFF", "posts": 10, "standardAnnualCost": "250000.00", "months": 12, "vacancyRate": "0.10"},
              {"class": "AIR_OPERATIONS", "quantity": "1200", "unitCost": "4500.00", "description": "Flight hours"},
              {"class": "GROUND_TRANSPORTATION", "quantity": "1", "unitCost": "800000.00"}]}""";

    @Autowired MockMvc mvc;
    @Autowired UserDirectory directory;
    @Autowired JdbcClient jdbc;
    @Autowired org.fieldsupport.platform.work.WorkItems workItems;

    @BeforeEach
    void users() throws Exception {
        BudgetTestUsers.ensure(directory);
        allotmentDelegation(BudgetTestUsers.CONTROLLER, "100000000");
    }

    /** A live BUDGET_ALLOTMENT delegation (all missions, {@code limit} USD) for {@code person}, once. */
    void allotmentDelegation(String person, String limit) throws Exception {
        boolean held = jdbc.sql("SELECT COUNT(*) FROM org_delegation WHERE authority_type = 'BUDGET_ALLOTMENT'"
                + " AND delegatee_key = ? AND status = 'ACTIVE'").param(person).query(Long.class).single() > 0;
        if (held) {
            return;
        }
        var created = mvc.perform(post("/api/v1/organization/delegations").with(user(BudgetTestUsers.DOA_ADMIN)).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content("""
                                {"authority": "BUDGET_ALLOTMENT", "delegatorKind": "POSITION", "delegator": "DFS-HEAD",
                                 "delegateeKind": "PERSON", "delegatee": "%s", "limitAmount": %s, "limitCurrency": "USD",
                                 "allMissions": true, "validFrom": "%s", "validTo": "2099-12-31"}"""
                                .formatted(person, limit, java.time.LocalDate.now())))
                .andExpect(status().isCreated()).andReturn();
        Number id = JsonPath.read(created.getResponse().getContentAsString(), "$.id");
        mvc.perform(post("/api/v1/organization/delegations/{id}/acknowledge", id).with(user(BudgetTestUsers.DOA_ADMIN))
                .with(csrf())).andExpect(status().isOk());
    }

    /**
     * Access review s3: an allotment is a decision on money. The Controller's role alone is not enough: a live
     * delegation of allotment authority must cover the resulting allotment of the class (mission, USD, today); the
     * refusal is a 422 no-delegation problem and changes nothing; the chain used is kept with the allotment.
     */
    @Test
    void allotments_need_a_delegation_of_allotment_authority_covering_the_resulting_amount() throws Exception {
        long id = sentToController();
        assertThat(jdbc.sql("SELECT delegation FROM bud_allotment_decision WHERE budget_id = ? AND class_code = 'AIR_OPERATIONS'")
                .param(id).query(String.class).single()).contains(BudgetTestUsers.CONTROLLER);
        String noDelegation = "t.controller.nodoa";
        directory.ensureUser(noDelegation, noDelegation, null, "en", noDelegation + "-password-1");
        directory.ensureRoleAssignment(noDelegation, "CONTROLLER", org.fieldsupport.platform.security.Scope.department());
        mvc.perform(put("/api/v1/budget/budgets/{id}/allotments", id).with(user(noDelegation)).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"class\": \"MEDICAL\", \"amount\": \"1.00\"}"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.type").value("https://fieldsupport.org/problems/no-delegation"));
        // above the Controller's limit (100 million USD): refused, the allotment of the class is unchanged
        mvc.perform(put("/api/v1/budget/budgets/{id}/allotments", id).with(user(BudgetTestUsers.CONTROLLER)).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"class\": \"AIR_OPERATIONS\", \"amount\": \"100000000.01\"}"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.type").value("https://fieldsupport.org/problems/no-delegation"));
        assertThat(jdbc.sql("SELECT amount FROM bud_allotment WHERE budget_id = ? AND class_code = 'AIR_OPERATIONS'")
                .param(id).query(java.math.BigDecimal.class).single()).isEqualByComparingTo("5400000.00");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM bud_allotment WHERE budget_id = ? AND class_code = 'MEDICAL'")
                .param(id).query(Long.class).single()).isZero();
    }

    /** Creates a MINUSCA budget for a free period; returns its id and start year. */
    long[] newBudget(String mission, String user) throws Exception {
        for (int attempt = 0; attempt < 50; attempt++) {
            int year = ThreadLocalRandom.current().nextInt(2040, 2100);
            var result = mvc.perform(post("/api/v1/budget/budgets").with(user(user)).with(csrf())
                    .contentType(MediaType.APPLICATION_JSON)
                    .content("{\"missionCode\": \"" + mission + "\", \"periodStart\": " + year + "}")).andReturn();
            if (result.getResponse().getStatus() == 201) {
                Number id = JsonPath.read(result.getResponse().getContentAsString(), "$.id");
                return new long[] {id.longValue(), year};
            }
        }
        throw new IllegalStateException("no free period");
    }

    long sentToController() throws Exception {
        long id = newBudget("MINUSCA", BudgetTestUsers.MINUSCA)[0];
        mvc.perform(post("/api/v1/budget/budgets/{id}/lines", id).with(user(BudgetTestUsers.MINUSCA)).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content(LINES))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.total").value("22287320.00"))
                .andExpect(jsonPath("$.lines.length()").value(4));
        mvc.perform(post("/api/v1/budget/budgets/{id}/submit", id).with(user(BudgetTestUsers.MINUSCA)).with(csrf()))
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("SUBMITTED"));
        mvc.perform(post("/api/v1/budget/budgets/{id}/review", id).with(user(BudgetTestUsers.HQ)).with(csrf()))
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("HQ_REVIEWED"));
        mvc.perform(post("/api/v1/budget/budgets/{id}/send-to-controller", id).with(user(BudgetTestUsers.HQ)).with(csrf()))
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("SENT_TO_CONTROLLER"))
                .andExpect(jsonPath("$.sentBy").value(BudgetTestUsers.HQ));
        for (String[] a : new String[][] {{"MILITARY_CONTINGENTS", "13837320.00"}, {"INTERNATIONAL_STAFF", "2250000.00"},
                {"AIR_OPERATIONS", "5400000.00"}, {"GROUND_TRANSPORTATION", "800000.00"}}) {
            mvc.perform(put("/api/v1/budget/budgets/{id}/allotments", id).with(user(BudgetTestUsers.CONTROLLER)).with(csrf())
                            .contentType(MediaType.APPLICATION_JSON)
                            .content("{\"class\": \"" + a[0] + "\", \"amount\": \"" + a[1] + "\"}"))
                    .andExpect(status().isOk());
        }
        return id;
    }

    @Test
    void the_proposal_goes_from_the_mission_to_headquarters_and_the_controller_and_refusals_are_clear() throws Exception {
        long[] b = newBudget("MINUSCA", BudgetTestUsers.MINUSCA);
        long id = b[0];
        // submitting an empty proposal is refused
        mvc.perform(post("/api/v1/budget/budgets/{id}/submit", id).with(user(BudgetTestUsers.MINUSCA)).with(csrf()))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.type").value("https://fieldsupport.org/problems/budget-empty"));
        // a second budget for the same mission and period is refused
        mvc.perform(post("/api/v1/budget/budgets").with(user(BudgetTestUsers.MINUSCA)).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"missionCode\": \"MINUSCA\", \"periodStart\": " + b[1] + "}"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.type").value("https://fieldsupport.org/problems/budget-exists"));
        // another mission's officer may not create MINUSCA's budget nor see it
        mvc.perform(post("/api/v1/budget/budgets").with(user(BudgetTestUsers.UNMISS)).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"missionCode\": \"MINUSCA\", \"periodStart\": 2039}"))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/budget/budgets/{id}", id).with(user(BudgetTestUsers.UNMISS)))
                .andExpect(status().isNotFound());
        // bad input
        mvc.perform(post("/api/v1/budget/budgets").with(user(BudgetTestUsers.MINUSCA)).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"missionCode\": \"NOPE\", \"periodStart\": 1990}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field").value(containsInAnyOrder("missionCode", "periodStart")));
        // HQ may not review a draft; the mission may not review
        mvc.perform(post("/api/v1/budget/budgets/{id}/review", id).with(user(BudgetTestUsers.HQ)).with(csrf()))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.currentState").value("DRAFT"));
        mvc.perform(post("/api/v1/budget/budgets/{id}/lines", id).with(user(BudgetTestUsers.MINUSCA)).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content(LINES))
                .andExpect(status().isOk());
        mvc.perform(post("/api/v1/budget/budgets/{id}/submit", id).with(user(BudgetTestUsers.MINUSCA)).with(csrf()))
                .andExpect(status().isOk());
        mvc.perform(post("/api/v1/budget/budgets/{id}/review", id).with(user(BudgetTestUsers.MINUSCA)).with(csrf()))
                .andExpect(status().isForbidden());
        // headquarters' budget officers have the review in their work inbox
        assertThat(workItems.forRecord("budget.budget", String.valueOf(id)))
                .anySatisfy(w -> assertThat(w.state()).isEqualTo(org.fieldsupport.platform.work.WorkItem.State.OPEN));
        // lines cannot change once submitted
        mvc.perform(post("/api/v1/budget/budgets/{id}/lines", id).with(user(BudgetTestUsers.MINUSCA)).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content(LINES))
                .andExpect(status().isUnprocessableContent());
        // headquarters returns it; the mission may change it again
        mvc.perform(post("/api/v1/budget/budgets/{id}/return", id).with(user(BudgetTestUsers.HQ)).with(csrf()))
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("RETURNED"));
        // only the Controller allots, and only once the proposal reached the Controller
        mvc.perform(put("/api/v1/budget/budgets/{id}/allotments", id).with(user(BudgetTestUsers.HQ)).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"class\": \"MEDICAL\", \"amount\": \"1.00\"}"))
                .andExpect(status().isForbidden());
        mvc.perform(put("/api/v1/budget/budgets/{id}/allotments", id).with(user(BudgetTestUsers.CONTROLLER)).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"class\": \"MEDICAL\", \"amount\": \"1.00\"}"))
                .andExpect(status().isUnprocessableContent());
        // the change is audited
        assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_record WHERE entity_type = 'budget.budget' AND entity_id = ?")
                .param(String.valueOf(id)).query(Long.class).single()).isGreaterThanOrEqualTo(4);
    }

    @Test
    void an_erp_extract_is_imported_all_or_nothing_and_availability_follows() throws Exception {
        long id = sentToController();
        String year = String.valueOf(jdbc.sql("SELECT period_start FROM bud_budget WHERE id = ?").param(id)
                .query(java.time.LocalDate.class).single().getYear());
        String bad = "document_number,posting_date,fund,funds_center,class,value_type,amount_usd\n"
                + "4500000001," + year + "-07-15,MSA,MINUSCA,AIR_OPERATIONS,EXPENDITURE,100000.00\n"
                + "4500000002,2001-01-01,XXX,UNMISS,NOPE,OTHER,12.345\n";
        mvc.perform(multipart("/api/v1/budget/budgets/{id}/expenditure-imports", id)
                        .file(new MockMultipartFile("file", "extract.csv", "text/csv", bad.getBytes(StandardCharsets.UTF_8)))
                        .with(user(BudgetTestUsers.MINUSCA)).with(csrf()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field").value(containsInAnyOrder("row 2: posting_date", "row 2: fund",
                        "row 2: funds_center", "row 2: class", "row 2: value_type", "row 2: amount_usd")));
        assertThat(jdbc.sql("SELECT COUNT(*) FROM bud_erp_line WHERE budget_id = ?").param(id).query(Long.class).single()).isZero();
        String good = "document_number,posting_date,fund,funds_center,class,value_type,amount_usd\n"
                + "4500000001," + year + "-07-15,MSA,MINUSCA,AIR_OPERATIONS,EXPENDITURE,1000000.00\n"
                + "4500000002," + year + "-08-15,MSA,MINUSCA,AIR_OPERATIONS,COMMITMENT,400000.00\n"
                + "4500000003," + year + "-08-20,MSA,MINUSCA,GROUND_TRANSPORTATION,EXPENDITURE,300000.00\n";
        mvc.perform(multipart("/api/v1/budget/budgets/{id}/expenditure-imports", id)
                        .file(new MockMultipartFile("file", "extract.csv", "text/csv", good.getBytes(StandardCharsets.UTF_8)))
                        .with(user(BudgetTestUsers.MINUSCA)).with(csrf()))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.lines").value(3))
                .andExpect(jsonPath("$.total").value("1700000.00"));
        mvc.perform(get("/api/v1/budget/budgets/{id}/availability", id).with(user(BudgetTestUsers.MINUSCA)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.lines[?(@.class == 'AIR_OPERATIONS')].available").value(hasItem("4000000.00")))
                .andExpect(jsonPath("$.lines[?(@.class == 'AIR_OPERATIONS')].commitments").value(hasItem("400000.00")))
                .andExpect(jsonPath("$.lines[?(@.class == 'GROUND_TRANSPORTATION')].available").value(hasItem("500000.00")))
                .andExpect(jsonPath("$.total.available").value("20587320.00"));
        mvc.perform(get("/api/v1/budget/budgets/{id}/monthly-pattern", id).with(user(BudgetTestUsers.HQ)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.length()").value(12))
                .andExpect(jsonPath("$[0].expenditure").value("1000000.00"))
                .andExpect(jsonPath("$[1].expenditure").value("300000.00"));
        // the other mission's officer may not import into MINUSCA's budget
        mvc.perform(multipart("/api/v1/budget/budgets/{id}/expenditure-imports", id)
                        .file(new MockMultipartFile("file", "extract.csv", "text/csv", good.getBytes(StandardCharsets.UTF_8)))
                        .with(user(BudgetTestUsers.UNMISS)).with(csrf()))
                .andExpect(status().isNotFound());
    }

    @Test
    void redeployments_within_a_group_need_a_delegation_across_groups_the_controller() throws Exception {
        long id = sentToController();
        // above the unspent allotment of the class left
        mvc.perform(post("/api/v1/budget/budgets/{id}/redeployments", id).with(user(BudgetTestUsers.MINUSCA)).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"fromClass\": \"GROUND_TRANSPORTATION\", \"toClass\": \"AIR_OPERATIONS\", \"amount\": \"800000.01\", \"justification\": \"Fleet\"}"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.type").value("https://fieldsupport.org/problems/insufficient-allotment"));
        // bad input
        mvc.perform(post("/api/v1/budget/budgets/{id}/redeployments", id).with(user(BudgetTestUsers.MINUSCA)).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"fromClass\": \"AIR_OPERATIONS\", \"toClass\": \"AIR_OPERATIONS\", \"amount\": \"x\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field").value(containsInAnyOrder("toClass", "amount", "justification")));
        // within group III: the mission, under a delegation
        String within = JsonPath.read(mvc.perform(post("/api/v1/budget/budgets/{id}/redeployments", id)
                        .with(user(BudgetTestUsers.MINUSCA)).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"fromClass\": \"GROUND_TRANSPORTATION\", \"toClass\": \"AIR_OPERATIONS\", \"amount\": \"300000.00\", \"justification\": \"More flight hours\"}"))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.approvalLevel").value("MISSION"))
                .andExpect(jsonPath("$.status").value("REQUESTED"))
                .andReturn().getResponse().getContentAsString(), "$.reference");
        // no delegation yet: refused, and the refusal is logged by the register
        mvc.perform(post("/api/v1/budget/redeployments/{r}/approve", within).with(user(BudgetTestUsers.MINUSCA)).with(csrf()))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.type").value("https://fieldsupport.org/problems/no-delegation"));
        // the delegation administrator delegates budget redeployment authority for MINUSCA up to 500,000 USD
        var created = mvc.perform(post("/api/v1/organization/delegations").with(user(BudgetTestUsers.DOA_ADMIN)).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content("""
                                {"authority": "BUDGET_REDEPLOYMENT", "delegatorKind": "POSITION", "delegator": "DFS-HEAD",
                                 "delegateeKind": "PERSON", "delegatee": "%s", "limitAmount": 500000, "limitCurrency": "USD",
                                 "allMissions": false, "missions": ["MINUSCA"], "validFrom": "%s", "validTo": "2099-12-31"}"""
                                .formatted(BudgetTestUsers.MINUSCA, java.time.LocalDate.now())))
                .andExpect(status().isCreated()).andReturn();
        Number delegationId = JsonPath.read(created.getResponse().getContentAsString(), "$.id");
        mvc.perform(post("/api/v1/organization/delegations/{id}/acknowledge", delegationId).with(user(BudgetTestUsers.DOA_ADMIN)).with(csrf()))
                .andExpect(status().isOk());
        mvc.perform(post("/api/v1/budget/redeployments/{r}/approve", within).with(user(BudgetTestUsers.MINUSCA)).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("APPROVED"))
                .andExpect(jsonPath("$.decidedBy").value(BudgetTestUsers.MINUSCA));
        mvc.perform(get("/api/v1/budget/budgets/{id}/availability", id).with(user(BudgetTestUsers.MINUSCA)))
                .andExpect(jsonPath("$.lines[?(@.class == 'AIR_OPERATIONS')].allotment").value(hasItem("5700000.00")))
                .andExpect(jsonPath("$.lines[?(@.class == 'GROUND_TRANSPORTATION')].allotment").value(hasItem("500000.00")));
        // above the delegation's limit: refused
        String big = JsonPath.read(mvc.perform(post("/api/v1/budget/budgets/{id}/redeployments", id)
                        .with(user(BudgetTestUsers.MINUSCA)).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"fromClass\": \"AIR_OPERATIONS\", \"toClass\": \"GROUND_TRANSPORTATION\", \"amount\": \"600000.00\", \"justification\": \"Vehicles\"}"))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString(), "$.reference");
        mvc.perform(post("/api/v1/budget/redeployments/{r}/approve", big).with(user(BudgetTestUsers.MINUSCA)).with(csrf()))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.type").value("https://fieldsupport.org/problems/no-delegation"));
        // across groups: the Controller, not the mission
        String across = JsonPath.read(mvc.perform(post("/api/v1/budget/budgets/{id}/redeployments", id)
                        .with(user(BudgetTestUsers.MINUSCA)).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"fromClass\": \"MILITARY_CONTINGENTS\", \"toClass\": \"AIR_OPERATIONS\", \"amount\": \"1000000.00\", \"justification\": \"Delayed deployment\"}"))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.approvalLevel").value("CONTROLLER"))
                .andReturn().getResponse().getContentAsString(), "$.reference");
        mvc.perform(get("/api/v1/budget/redeployments").param("status", "REQUESTED").with(user(BudgetTestUsers.CONTROLLER)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[*].reference").value(hasItem(across)));
        mvc.perform(get("/api/v1/budget/redeployments").with(user(BudgetTestUsers.UNMISS)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[*].reference").value(org.hamcrest.Matchers.not(hasItem(across))));
        mvc.perform(post("/api/v1/budget/redeployments/{r}/approve", across).with(user(BudgetTestUsers.MINUSCA)).with(csrf()))
                .andExpect(status().isForbidden());
        mvc.perform(post("/api/v1/budget/redeployments/{r}/approve", across).with(user(BudgetTestUsers.CONTROLLER)).with(csrf()))
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("APPROVED"));
        mvc.perform(post("/api/v1/budget/redeployments/{r}/approve", across).with(user(BudgetTestUsers.CONTROLLER)).with(csrf()))
                .andExpect(status().isUnprocessableContent());
        mvc.perform(get("/api/v1/budget/budgets/{id}/availability", id).with(user(BudgetTestUsers.CONTROLLER)))
                .andExpect(jsonPath("$.lines[?(@.class == 'MILITARY_CONTINGENTS')].allotment").value(hasItem("12837320.00")))
                .andExpect(jsonPath("$.lines[?(@.class == 'AIR_OPERATIONS')].allotment").value(hasItem("6700000.00")))
                .andExpect(jsonPath("$.total.allotment").value("22287320.00"));
    }

    @Test
    void the_performance_report_cannot_be_submitted_while_an_explanation_is_missing() throws Exception {
        long id = sentToController();
        String year = String.valueOf(jdbc.sql("SELECT period_start FROM bud_budget WHERE id = ?").param(id)
                .query(java.time.LocalDate.class).single().getYear());
        String extract = "document_number,posting_date,fund,funds_center,class,value_type,amount_usd\n"
                + "1," + year + "-09-01,MSA,MINUSCA,MILITARY_CONTINGENTS,EXPENDITURE,13837320.00\n"
                + "2," + year + "-09-01,MSA,MINUSCA,INTERNATIONAL_STAFF,EXPENDITURE,2250000.00\n"
                + "3," + year + "-09-01,MSA,MINUSCA,AIR_OPERATIONS,EXPENDITURE,4500000.00\n"
                + "4," + year + "-09-01,MSA,MINUSCA,GROUND_TRANSPORTATION,EXPENDITURE,790000.00\n";
        mvc.perform(multipart("/api/v1/budget/budgets/{id}/expenditure-imports", id)
                        .file(new MockMultipartFile("file", "e.csv", "text/csv", extract.getBytes(StandardCharsets.UTF_8)))
                        .with(user(BudgetTestUsers.MINUSCA)).with(csrf()))
                .andExpect(status().isCreated());
        mvc.perform(get("/api/v1/budget/budgets/{id}/performance", id).with(user(BudgetTestUsers.MINUSCA)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.ruleSet").value("BUDGET-2026-v1"))
                .andExpect(jsonPath("$.lines[?(@.class == 'AIR_OPERATIONS')].variance").value(hasItem("900000.00")))
                .andExpect(jsonPath("$.lines[?(@.class == 'AIR_OPERATIONS')].variancePercent").value(hasItem("16.7")))
                .andExpect(jsonPath("$.lines[?(@.class == 'GROUND_TRANSPORTATION')].explanationRequired").value(hasItem(false)))
                .andExpect(jsonPath("$.groups.III.variance").value("910000.00"))
                .andExpect(jsonPath("$.missingExplanations").value(containsInAnyOrder("AIR_OPERATIONS", "III")));
        mvc.perform(post("/api/v1/budget/budgets/{id}/performance/submit", id).with(user(BudgetTestUsers.MINUSCA)).with(csrf()))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.type").value("https://fieldsupport.org/problems/explanation-missing"));
        mvc.perform(put("/api/v1/budget/budgets/{id}/performance/explanations/{line}", id, "NOPE")
                        .with(user(BudgetTestUsers.MINUSCA)).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"explanation\": \"\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field").value(containsInAnyOrder("line", "explanation")));
        for (String line : new String[] {"AIR_OPERATIONS", "III"}) {
            mvc.perform(put("/api/v1/budget/budgets/{id}/performance/explanations/{line}", id, line)
                            .with(user(BudgetTestUsers.MINUSCA)).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                            .content("{\"explanation\": \"Fewer flight hours: one helicopter grounded for three months.\"}"))
                    .andExpect(status().isOk());
        }
        mvc.perform(post("/api/v1/budget/budgets/{id}/performance/submit", id).with(user(BudgetTestUsers.MINUSCA)).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("SUBMITTED"))
                .andExpect(jsonPath("$.missingExplanations").isEmpty());
    }
}
