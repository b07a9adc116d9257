package org.fieldsupport.budget.web;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.concurrent.ThreadLocalRandom;
import org.fieldsupport.budget.support.BudgetTestUsers;
import org.fieldsupport.platform.security.UserDirectory;
import org.fieldsupport.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Cost parameters and variance thresholds: effective-dated rows added by headquarters, read by mission budget
 * officers, bad input named field by field, claims' rates read (not retyped), the screen in EN/FR.
 */
@IntegrationTest
class CostParametersTests {

    static final String API = "/api/v1/budget/cost-parameters";

    @Autowired MockMvc mvc;
    @Autowired UserDirectory directory;

    @BeforeEach
    void users() {
        BudgetTestUsers.ensure(directory);
    }

    /** A duty station of its own, so other tests' lookups are never changed. */
    static String station() {
        return "TST-" + Long.toString(ThreadLocalRandom.current().nextLong(1L << 40), 36).toUpperCase();
    }

    @Test
    void headquarters_adds_effective_dated_rows_and_the_row_in_force_is_the_latest_not_after_the_date() throws Exception {
        String st = station();
        mvc.perform(post(API).with(user(BudgetTestUsers.HQ)).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"kind\": \"STANDARD_SALARY\", \"code\": \"p-4\", \"dutyStation\": \"" + st
                                + "\", \"effectiveFrom\": \"2027-07-01\", \"amount\": \"240000.00\", \"source\": \"2027/28 scale\"}"))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.code").value("P-4"))
                .andExpect(jsonPath("$.amount").value("240000.00"))
                .andExpect(jsonPath("$.createdBy").value(BudgetTestUsers.HQ));
        mvc.perform(post(API).with(user(BudgetTestUsers.HQ)).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"kind\": \"STANDARD_SALARY\", \"code\": \"P-4\", \"dutyStation\": \"" + st
                                + "\", \"effectiveFrom\": \"2028-07-01\", \"amount\": \"251000.00\"}"))
                .andExpect(status().isCreated());
        mvc.perform(get(API).param("on", "2028-01-15").param("kind", "STANDARD_SALARY").with(user(BudgetTestUsers.MINUSCA)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[?(@.dutyStation == '" + st + "')].amount").value(hasItem("240000.00")))
                .andExpect(jsonPath("$[?(@.dutyStation == '" + st + "')].amount").value(not(hasItem("251000.00"))));
        mvc.perform(get(API).param("on", "2028-07-01").with(user(BudgetTestUsers.MINUSCA)))
                .andExpect(jsonPath("$[?(@.dutyStation == '" + st + "')].amount").value(hasItem("251000.00")))
                .andExpect(jsonPath("$[?(@.dutyStation == '" + st + "')].amount").value(not(hasItem("240000.00"))));
        // the same key and date again is named
        mvc.perform(post(API).with(user(BudgetTestUsers.HQ)).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"kind\": \"STANDARD_SALARY\", \"code\": \"P-4\", \"dutyStation\": \"" + st
                                + "\", \"effectiveFrom\": \"2028-07-01\", \"amount\": \"1.00\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("effectiveFrom"));
    }

    @Test
    void every_bad_field_is_named_and_factors_must_fit_their_group() throws Exception {
        mvc.perform(post(API).with(user(BudgetTestUsers.HQ)).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"kind\": \"BONUS\", \"code\": \"\", \"effectiveFrom\": \"2027-13-01\", \"amount\": \"abc\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field").value(hasItem("kind")))
                .andExpect(jsonPath("$.errors[*].field").value(hasItem("code")))
                .andExpect(jsonPath("$.errors[*].field").value(hasItem("effectiveFrom")))
                .andExpect(jsonPath("$.errors[*].field").value(hasItem("amount")));
        mvc.perform(post(API).with(user(BudgetTestUsers.HQ)).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"kind\": \"VACANCY_FACTOR\", \"code\": \"MILITARY_CONTINGENTS\", \"dutyStation\": \"" + station()
                                + "\", \"effectiveFrom\": \"2027-07-01\", \"amount\": \"1.5\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field").value(hasItem("code")))
                .andExpect(jsonPath("$.errors[*].field").value(hasItem("amount")));
        mvc.perform(post(API).with(user(BudgetTestUsers.HQ)).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"kind\": \"STANDARD_SALARY\", \"code\": \"P-3\", \"dutyStation\": \"" + station()
                                + "\", \"effectiveFrom\": \"2027-07-01\", \"amount\": \"1e308\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("amount"));
        mvc.perform(post(API).with(user(BudgetTestUsers.HQ)).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"kind\": \"DELAYED_DEPLOYMENT\", \"code\": \"UN_POLICE\", \"dutyStation\": \"" + station()
                                + "\", \"effectiveFrom\": \"2027-07-01\", \"amount\": \"0.075\"}"))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.amount").value("0.075"));
    }

    @Test
    void mission_budget_officers_read_headquarters_edits_others_are_refused() throws Exception {
        String body = "{\"kind\": \"STANDARD_SALARY\", \"code\": \"P-2\", \"dutyStation\": \"" + station()
                + "\", \"effectiveFrom\": \"2027-07-01\", \"amount\": \"150000.00\"}";
        mvc.perform(post(API).with(user(BudgetTestUsers.MINUSCA)).with(csrf()).contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isForbidden());
        mvc.perform(post(API).with(user(BudgetTestUsers.CONTROLLER)).with(csrf()).contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isForbidden());
        mvc.perform(get(API).with(user(BudgetTestUsers.NOBODY))).andExpect(status().isForbidden());
        mvc.perform(get(API).with(user(BudgetTestUsers.UNMISS))).andExpect(status().isOk());
        mvc.perform(post("/api/v1/budget/variance-thresholds").with(user(BudgetTestUsers.MINUSCA)).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"effectiveFrom\": \"2031-07-01\", \"amount\": \"100000.00\", \"percent\": \"5\"}"))
                .andExpect(status().isForbidden());
    }

    @Test
    void troop_cost_and_coe_rates_are_read_from_claims() throws Exception {
        mvc.perform(get(API + "/claims-rates").param("on", "2026-07-01").with(user(BudgetTestUsers.MINUSCA)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.source").value("claims"))
                .andExpect(jsonPath("$.majorEquipment").isArray())
                .andExpect(jsonPath("$.selfSustainment").isArray());
    }

    @Test
    void thresholds_are_effective_dated_and_checked() throws Exception {
        // the rule set's defaults again from a random future date: nothing else changes for other tests
        int year = ThreadLocalRandom.current().nextInt(2101, 2199);
        mvc.perform(post("/api/v1/budget/variance-thresholds").with(user(BudgetTestUsers.HQ)).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"effectiveFrom\": \"" + year + "-07-01\", \"amount\": \"100000.00\", \"percent\": \"5\"}"))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.amount").value("100000.00"))
                .andExpect(jsonPath("$.percent").value("5"));
        mvc.perform(post("/api/v1/budget/variance-thresholds").with(user(BudgetTestUsers.HQ)).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"effectiveFrom\": \"" + year + "-07-01\", \"amount\": \"-1\", \"percent\": \"150\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field").value(hasItem("effectiveFrom")))
                .andExpect(jsonPath("$.errors[*].field").value(hasItem("amount")))
                .andExpect(jsonPath("$.errors[*].field").value(hasItem("percent")));
        mvc.perform(get("/api/v1/budget/variance-thresholds").with(user(BudgetTestUsers.MINUSCA)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[*].effectiveFrom").value(hasItem(year + "-07-01")));
    }

    @Test
    void the_screen_shows_forms_to_headquarters_only_in_english_and_french() throws Exception {
        mvc.perform(get("/budget/cost-parameters").with(user(BudgetTestUsers.HQ)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Cost parameters and variance thresholds")))
                .andExpect(content().string(containsString("action=\"/budget/variance-thresholds\"")))
                .andExpect(content().string(containsString("Standard salary cost")));
        mvc.perform(get("/budget/cost-parameters").with(user(BudgetTestUsers.MINUSCA)))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("action=\"/budget/variance-thresholds\""))));
        mvc.perform(get("/budget/cost-parameters").with(user(BudgetTestUsers.HQ_FR)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Paramètres de coût et seuils d’écart")));
        mvc.perform(post("/budget/cost-parameters").with(user(BudgetTestUsers.HQ)).with(csrf())
                        .param("kind", "STANDARD_SALARY").param("code", "P-4").param("effectiveFrom", "2027-07-01")
                        .param("amount", "lots"))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attributeExists("errors"));
        mvc.perform(get("/budget/budgets").with(user(BudgetTestUsers.MINUSCA)))
                .andExpect(status().isOk());
    }
}
