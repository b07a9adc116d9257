package org.fieldsupport.ict.infra;

import static org.assertj.core.api.Assertions.assertThat;
import static org.fieldsupport.ict.infra.IctInfraCalls.CISO;
import static org.fieldsupport.ict.infra.IctInfraCalls.MINUSCA;
import static org.fieldsupport.ict.infra.IctInfraCalls.PLANNER;
import static org.fieldsupport.ict.infra.IctInfraCalls.UNMISS;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.fieldsupport.budget.BudgetLines;
import org.fieldsupport.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Missions' ICT budget lines read from the budget module (budget.BudgetLines, class COMMUNICATIONS_AND_IT), approved or
 * returned with comments by ICTD (9.2.f); a decision holds for the estimate it was taken on.
 */
@IntegrationTest
class BudgetReviewTests {

    static final String API = "/api/v1/ict/budget-review/lines";

    @Autowired
    MockMvc mvc;

    @Autowired
    BudgetLines budgetLines;

    @Autowired
    JdbcClient jdbc;

    IctInfraCalls call;

    @BeforeEach
    void setUp() {
        call = new IctInfraCalls(mvc);
        // MINUSCA 2026/27 starts each test without a decision (the demo leaves it pending; a test may have decided it)
        jdbc.sql("DELETE FROM ictbr_review WHERE mission_code = 'MINUSCA' AND period_start = ?")
                .param(LocalDate.of(2026, 7, 1)).update();
    }

    private BigDecimal budgetModuleEstimate(String mission) {
        return budgetLines.byClass(mission, LocalDate.of(2026, 7, 1)).orElseThrow().lines().stream()
                .filter(l -> l.classCode().equals("COMMUNICATIONS_AND_IT")).findFirst().orElseThrow().estimate();
    }

    @Test
    void the_lines_are_the_budget_modules_own_figures_in_the_readers_scope() throws Exception {
        String all = call.get(PLANNER, API + "?year=2026").andExpect(status().isOk())
                .andExpect(jsonPath("$[*].key", hasItems("MINUSCA-2026", "UNMISS-2026")))
                .andReturn().getResponse().getContentAsString();
        Number minusca = JsonPath.<java.util.List<Number>>read(all, "$[?(@.key == 'MINUSCA-2026')].estimate").get(0);
        assertThat(new BigDecimal(minusca.toString())).isEqualByComparingTo(budgetModuleEstimate("MINUSCA"));
        assertThat(budgetModuleEstimate("MINUSCA")).isPositive();
        call.get(UNMISS, API + "?year=2026").andExpect(status().isOk())
                .andExpect(jsonPath("$[*].missionCode", not(hasItem("MINUSCA"))))
                .andExpect(jsonPath("$[*].key", hasItem("UNMISS-2026")));
        call.get(UNMISS, API + "/MINUSCA-2026").andExpect(status().isNotFound());
        call.get(PLANNER, API + "/MINUSCA-2099").andExpect(status().isNotFound());
        call.get(PLANNER, API + "/not-a-line").andExpect(status().isBadRequest());
        call.get(PLANNER, API + "?year=2026&status=LOST").andExpect(status().isBadRequest());
        call.get(CISO, API).andExpect(status().isForbidden());
        // the returned demo line carries ICTD's comment to the mission, in the mission's screen
        call.page(UNMISS, "/ict/budget-review?year=2026", "en").andExpect(status().isOk())
                .andExpect(content().string(containsString("Please resubmit")));
    }

    @Test
    void headquarters_approves_or_returns_with_a_comment_once_per_estimate() throws Exception {
        call.post(MINUSCA, API + "/MINUSCA-2026/review", "{\"decision\": \"APPROVE\"}").andExpect(status().isForbidden());
        call.post(CISO, API + "/MINUSCA-2026/review", "").andExpect(status().isForbidden());
        call.post(PLANNER, API + "/MINUSCA-2026/review", "{\"decision\": \"RETURN\"}", "fr")
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("comment"))
                .andExpect(jsonPath("$.errors[0].message", containsString("Commentaire")));
        call.post(PLANNER, API + "/MINUSCA-2026/review", "{\"decision\": \"MAYBE\"}").andExpect(status().isBadRequest());
        call.post(PLANNER, API + "/MINUSCA-2026/review", "{\"decision\": \"APPROVE\", \"comment\": \"Transponder lease as agreed\"}")
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("APPROVED"))
                .andExpect(jsonPath("$.reviewedBy").value(PLANNER));
        call.post(PLANNER, API + "/MINUSCA-2026/review", "{\"decision\": \"RETURN\", \"comment\": \"Second thoughts\"}")
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.type").value(containsString("line-not-submitted")));
        call.get(MINUSCA, API + "/MINUSCA-2026/history").andExpect(status().isOk())
                .andExpect(jsonPath("$[0].decision").value("APPROVED"));
        call.page(PLANNER, "/ict/budget-review?year=2026", "fr").andExpect(status().isOk())
                .andExpect(content().string(containsString("Approuvée"))).andExpect(content().string(containsString("BUD-MINUSCA-2026")));
    }

    @Test
    void a_decision_on_an_earlier_estimate_leaves_the_line_pending_again() throws Exception {
        BigDecimal earlier = budgetModuleEstimate("MINUSCA").subtract(new BigDecimal("1000.00"));
        jdbc.sql("INSERT INTO ictbr_review (mission_code, period_start, class_code, budget_reference, estimate, decision,"
                        + " review_comment, reviewed_by, reviewed_at) VALUES ('MINUSCA', ?, 'COMMUNICATIONS_AND_IT',"
                        + " 'BUD-MINUSCA-2026', ?, 'RETURNED', 'Too many laptops', 'ict.planner', ?)")
                .params(LocalDate.of(2026, 7, 1), earlier, OffsetDateTime.now(ZoneOffset.UTC).minusDays(3)).update();
        call.get(PLANNER, API + "/MINUSCA-2026").andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("PENDING"))
                .andExpect(jsonPath("$.comment").value("Too many laptops"));
        call.page(PLANNER, "/ict/budget-review?year=2026", "en").andExpect(status().isOk())
                .andExpect(content().string(containsString("Too many laptops)")));
        call.post(PLANNER, API + "/MINUSCA-2026/review", "{\"decision\": \"APPROVE\"}").andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("APPROVED"));
    }
}
