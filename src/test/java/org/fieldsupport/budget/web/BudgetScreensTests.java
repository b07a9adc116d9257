package org.fieldsupport.budget.web;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.fieldsupport.budget.support.BudgetTestUsers;
import org.fieldsupport.platform.security.UserDirectory;
import org.fieldsupport.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/** The budget screens in the shell, EN and FR, with the demo MINUSCA and UNMISS 2026/27 budgets, and their refusals. */
@IntegrationTest
class BudgetScreensTests {

    @Autowired MockMvc mvc;
    @Autowired UserDirectory directory;
    @Autowired JdbcClient jdbc;

    @BeforeEach
    void users() {
        BudgetTestUsers.ensure(directory);
    }

    long demo(String ref) {
        return jdbc.sql("SELECT id FROM bud_budget WHERE reference = ?").param(ref).query(Long.class).single();
    }

    @Test
    void the_budget_list_shows_the_demo_budgets_in_the_users_scope_only() throws Exception {
        mvc.perform(get("/budget/budgets").with(user(BudgetTestUsers.HQ)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("BUD-MINUSCA-2026")))
                .andExpect(content().string(containsString("BUD-UNMISS-2026")))
                .andExpect(content().string(containsString("Sent to the Controller")));
        mvc.perform(get("/budget/budgets").with(user(BudgetTestUsers.MINUSCA_FR)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("BUD-MINUSCA-2026")))
                .andExpect(content().string(not(containsString("BUD-UNMISS-2026"))))
                .andExpect(content().string(containsString("Budgets des missions")))
                .andExpect(content().string(containsString("Transmis au Contrôleur")));
        // a user without any role is refused the budget screens (staff only, access review s3)
        mvc.perform(get("/budget/budgets").with(user(BudgetTestUsers.NOBODY))).andExpect(status().isForbidden());
    }

    @Test
    void a_budget_page_shows_the_cost_estimates_by_group_and_another_missions_budget_is_not_found() throws Exception {
        long id = demo("BUD-MINUSCA-2026");
        mvc.perform(get("/budget/budgets/{id}", id).with(user(BudgetTestUsers.MINUSCA)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Military contingents")))
                .andExpect(content().string(containsString("I. Military and police personnel")))
                .andExpect(content().string(containsString("BUDGET-2026-v1")));
        mvc.perform(get("/budget/budgets/{id}", id).with(user(BudgetTestUsers.UNMISS))).andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/budget/budgets/{id}/document", id).param("format", "csv").with(user(BudgetTestUsers.HQ))
                        .header("Accept-Language", "fr"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Contingents militaires")))
                .andExpect(content().string(containsString("I. Militaires et personnel de police")));
        mvc.perform(get("/api/v1/budget/budgets/{id}/document", id).with(user(BudgetTestUsers.HQ)))
                .andExpect(status().isOk())
                .andExpect(content().contentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"));
    }

    @Test
    void the_mission_prepares_a_proposal_on_the_screen_and_bad_lines_are_explained() throws Exception {
        var created = mvc.perform(post("/budget/budgets").with(user(BudgetTestUsers.MINUSCA)).with(csrf())
                        .param("missionCode", "MINUSCA").param("periodStart",
                                String.valueOf(java.util.concurrent.ThreadLocalRandom.current().nextInt(2040, 2099))))
                .andExpect(status().is3xxRedirection()).andReturn();
        String location = created.getResponse().getRedirectedUrl();
        if (!location.matches("/budget/budgets/\\d+")) {
            return; // the random period was taken; the rest is covered by BudgetExecutionTests
        }
        mvc.perform(post(location + "/lines").with(user(BudgetTestUsers.MINUSCA)).with(csrf())
                        .param("class", "AIR_OPERATIONS").param("quantity", "-3").param("unitCost", "abc").param("persons", "5"))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attributeExists("errors"));
        mvc.perform(post(location + "/lines").with(user(BudgetTestUsers.MINUSCA)).with(csrf())
                        .param("class", "AIR_OPERATIONS").param("quantity", "1200").param("unitCost", "4500.00").param("months", "12"))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attributeCount(1));
        mvc.perform(get(location).with(user(BudgetTestUsers.MINUSCA)))
                .andExpect(content().string(containsString("5,400,000.00")));
        mvc.perform(post(location + "/workflow").with(user(BudgetTestUsers.MINUSCA)).with(csrf()).param("action", "submit"))
                .andExpect(redirectedUrlPattern("/budget/budgets/*"));
        mvc.perform(get(location).with(user(BudgetTestUsers.HQ)))
                .andExpect(content().string(containsString("Submitted to headquarters")))
                .andExpect(content().string(containsString("value=\"review\"")));
    }

    @Test
    void execution_performance_frameworks_legislative_and_liquidation_screens_render() throws Exception {
        long id = demo("BUD-MINUSCA-2026");
        mvc.perform(get("/budget/execution").with(user(BudgetTestUsers.CONTROLLER)))
                .andExpect(status().isOk()).andExpect(content().string(containsString("BUD-UNMISS-2026")));
        mvc.perform(get("/budget/budgets/{id}/execution", id).with(user(BudgetTestUsers.MINUSCA)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Monthly expenditure pattern")))
                .andExpect(content().string(containsString("2026-12")))
                .andExpect(content().string(containsString("RDP-MINUSCA-2026-001")))
                .andExpect(content().string(containsString("Import an ERP extract")));
        mvc.perform(get("/budget/budgets/{id}/execution", id).with(user(BudgetTestUsers.CONTROLLER_FR)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Évolution mensuelle des dépenses")))
                .andExpect(content().string(containsString("Allouer ou modifier des crédits")));
        mvc.perform(get("/budget/budgets/{id}/performance", id).with(user(BudgetTestUsers.MINUSCA)))
                .andExpect(status().isOk()).andExpect(content().string(containsString("Variance")));
        mvc.perform(get("/budget/frameworks").with(user(BudgetTestUsers.HQ)))
                .andExpect(status().isOk()).andExpect(content().string(containsString("2026/27")));
        long framework = jdbc.sql("SELECT MIN(id) FROM bud_framework WHERE mission_code = 'MINUSCA'").query(Long.class).single();
        mvc.perform(get("/budget/frameworks/{id}", framework).with(user(BudgetTestUsers.MINUSCA_FR)))
                .andExpect(status().isOk()).andExpect(content().string(containsString("Composante 1 : protection des civils")));
        mvc.perform(get("/budget/legislative").with(user(BudgetTestUsers.HQ)))
                .andExpect(status().isOk()).andExpect(content().string(containsString("Advisory Committee (ACABQ)")));
        mvc.perform(get("/budget/liquidations").with(user(BudgetTestUsers.HQ)))
                .andExpect(status().isOk()).andExpect(content().string(containsString("MINUSMA")));
        long liq = jdbc.sql("SELECT id FROM bud_liquidation WHERE mission_code = 'MINUSMA'").query(Long.class).single();
        mvc.perform(get("/budget/liquidations/{id}", liq).with(user(BudgetTestUsers.HQ_FR)))
                .andExpect(status().isOk()).andExpect(content().string(containsString("Installations laissées au Gouvernement hôte")));
    }

    @Test
    void a_redeployment_beyond_the_unspent_allotment_is_refused_on_the_screen() throws Exception {
        long id = demo("BUD-UNMISS-2026");
        directory.ensureRoleAssignment(BudgetTestUsers.UNMISS, "BUDGET_MISSION", org.fieldsupport.platform.security.Scope.mission("UNMISS"));
        mvc.perform(post("/budget/budgets/{id}/redeployments", id).with(user(BudgetTestUsers.UNMISS)).with(csrf())
                        .param("fromClass", "MEDICAL").param("toClass", "AIR_OPERATIONS").param("amount", "999999999.00")
                        .param("justification", "too much"))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attributeExists("errors"));
    }
}
