package org.fieldsupport.budget.web;

import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.fieldsupport.budget.support.BudgetTestUsers;
import org.fieldsupport.platform.security.UserDirectory;
import org.fieldsupport.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

/** POST /api/v1/budget/cost-estimates and /variance-analysis: the spec's wire shapes, 400s naming every field, 403. */
@IntegrationTest
class CostEstimateApiTests {

    static final String ESTIMATE = """
            {"lines": [
              {"class": "MILITARY_CONTINGENTS", "persons": 850, "monthlyRate": "1428.00", "months": 12, "delayedDeploymentFactor": "0.05"},
              {"class": "INTERNATIONAL_STAFF", "posts": 10, "standardAnnualCost": "250000.00", "months": 12, "vacancyRate": "0.10"},
              {"class": "AIR_OPERATIONS", "quantity": "1200", "unitCost": "4500.00"}]}""";

    static final String VARIANCE = """
            {"lines": [{"class": "MILITARY_CONTINGENTS", "apportionment": "258965700.00", "expenditure": "235814900.00"},
                       {"class": "OFFICIAL_TRAVEL", "apportionment": "1200000.00", "expenditure": "1150000.00"}]}""";

    @Autowired MockMvc mvc;
    @Autowired UserDirectory directory;

    @BeforeEach
    void users() {
        BudgetTestUsers.ensure(directory);
    }

    @Test
    void the_spec_example_is_answered_exactly() throws Exception {
        mvc.perform(post("/api/v1/budget/cost-estimates").with(user(BudgetTestUsers.MINUSCA)).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content(ESTIMATE))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.ruleSet").value("BUDGET-2026-v1"))
                .andExpect(jsonPath("$.lines[0].class").value("MILITARY_CONTINGENTS"))
                .andExpect(jsonPath("$.lines[0].group").value("I"))
                .andExpect(jsonPath("$.lines[0].amount").value("13837320.00"))
                .andExpect(jsonPath("$.lines[1].group").value("II"))
                .andExpect(jsonPath("$.lines[1].amount").value("2250000.00"))
                .andExpect(jsonPath("$.lines[2].amount").value("5400000.00"))
                .andExpect(jsonPath("$.groups.I").value("13837320.00"))
                .andExpect(jsonPath("$.groups.II").value("2250000.00"))
                .andExpect(jsonPath("$.groups.III").value("5400000.00"))
                .andExpect(jsonPath("$.total").value("21487320.00"));
    }

    @Test
    void every_bad_field_is_listed_in_one_400() throws Exception {
        mvc.perform(post("/api/v1/budget/cost-estimates").with(user(BudgetTestUsers.HQ)).with(csrf())
                        .header("Accept-Language", "fr")
                        .contentType(MediaType.APPLICATION_JSON).content("""
                                {"lines": [
                                  {"class": "MILITARY_CONTINGENTS", "persons": 850, "posts": 3, "monthlyRate": "1428.00", "months": 13, "delayedDeploymentFactor": "1.2"},
                                  {"class": "NO_SUCH_CLASS"},
                                  {"class": "AIR_OPERATIONS", "quantity": "-1", "unitCost": "abc"}]}"""))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field").value(containsInAnyOrder("lines[0].posts", "lines[0].months",
                        "lines[0].delayedDeploymentFactor", "lines[1].class", "lines[2].quantity", "lines[2].unitCost")));
    }

    @Test
    void a_user_without_a_budget_role_is_refused() throws Exception {
        mvc.perform(post("/api/v1/budget/cost-estimates").with(user(BudgetTestUsers.NOBODY)).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content(ESTIMATE))
                .andExpect(status().isForbidden());
        mvc.perform(post("/api/v1/budget/variance-analysis").with(user(BudgetTestUsers.NOBODY)).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content(VARIANCE))
                .andExpect(status().isForbidden());
    }

    @Test
    void variance_analysis_answers_the_spec_example() throws Exception {
        mvc.perform(post("/api/v1/budget/variance-analysis").with(user(BudgetTestUsers.CONTROLLER)).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content(VARIANCE))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.ruleSet").value("BUDGET-2026-v1"))
                .andExpect(jsonPath("$.lines[0].class").value("MILITARY_CONTINGENTS"))
                .andExpect(jsonPath("$.lines[0].group").value("I"))
                .andExpect(jsonPath("$.lines[0].variance").value("23150800.00"))
                .andExpect(jsonPath("$.lines[0].variancePercent").value("8.9"))
                .andExpect(jsonPath("$.lines[0].explanationRequired").value(true))
                .andExpect(jsonPath("$.lines[1].class").value("OFFICIAL_TRAVEL"))
                .andExpect(jsonPath("$.lines[1].group").value("III"))
                .andExpect(jsonPath("$.lines[1].variance").value("50000.00"))
                .andExpect(jsonPath("$.lines[1].variancePercent").value("4.2"))
                .andExpect(jsonPath("$.lines[1].explanationRequired").value(false))
                .andExpect(jsonPath("$.groups.I.variance").value("23150800.00"))
                .andExpect(jsonPath("$.groups.I.variancePercent").value("8.9"))
                .andExpect(jsonPath("$.groups.I.explanationRequired").value(true))
                .andExpect(jsonPath("$.groups.III.variancePercent").value("4.2"))
                .andExpect(jsonPath("$.total.variance").value("23200800.00"))
                .andExpect(jsonPath("$.total.explanationRequired").value(true));
    }

    @Test
    void variance_analysis_with_zero_apportionment_has_no_percent_and_bad_fields_are_400() throws Exception {
        mvc.perform(post("/api/v1/budget/variance-analysis").with(user(BudgetTestUsers.HQ)).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content("""
                                {"lines": [{"class": "MEDICAL", "apportionment": "0.00", "expenditure": "150000.00"}]}"""))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.lines[0].variance").value("-150000.00"))
                .andExpect(jsonPath("$.lines[0].variancePercent").doesNotExist())
                .andExpect(jsonPath("$.lines[0].explanationRequired").value(true));
        mvc.perform(post("/api/v1/budget/variance-analysis").with(user(BudgetTestUsers.HQ)).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content("""
                                {"lines": [{"class": "X", "apportionment": "-1", "expenditure": "abc"}]}"""))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field").value(containsInAnyOrder("lines[0].class",
                        "lines[0].apportionment", "lines[0].expenditure")));
    }
}
