package org.fieldsupport.claims.budgeting.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.fieldsupport.claims.report.internal.VerificationReportWorkflowTests.as;
import static org.fieldsupport.claims.report.internal.VerificationReportWorkflowTests.json;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.fieldsupport.claims.CoeBudgets;
import org.fieldsupport.claims.inspection.web.InspectionPageTests;
import org.fieldsupport.claims.mou.internal.ContingentData;
import org.fieldsupport.claims.mou.internal.NewContingent;
import org.fieldsupport.claims.rules.domain.LeaseType;
import org.fieldsupport.claims.rules.domain.MissionFactors;
import org.fieldsupport.claims.rules.domain.Provider;
import org.fieldsupport.claims.rules.domain.Rating;
import org.fieldsupport.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.util.HtmlUtils;

/**
 * COE budget estimates (7.5.c): computed from the MOUs by rule set COE-BUDGET-2026-v1, allotments never above the
 * estimate, obligations and expenditure from certified reports, the module API the budget module reads, the screens
 * in English and French, and the refusals (Member State, another mission, a reader writing).
 */
@IntegrationTest
class BudgetEstimateApiTests {

    @Autowired MockMvc mvc;
    @Autowired ContingentData contingents;
    @Autowired CoeBudgets coeBudgets;

    static final String OFFICER = "coe.planning";
    static final String MINUSCA_OFFICER = "coe.planning.minusca";
    static final String READER = "coe.budget.reader";

    String contingent(String mission) {
        String reference = "TEST-BUD-" + UUID.randomUUID();
        contingents.register(new NewContingent(reference, mission, "SEN", "Infantry battalion", 850,
                new MissionFactors(new BigDecimal("0.02"), new BigDecimal("0.015"), BigDecimal.ZERO, BigDecimal.ZERO),
                LocalDate.of(2026, 6, 16), null, true,
                List.of(new NewContingent.Equipment("ME-1", "APC", "APC, wheeled", LeaseType.WET, 10,
                        new BigDecimal("5000.00"))),
                List.of(new NewContingent.Category("CATERING", Provider.CONTRIBUTOR, new BigDecimal("28.00"))),
                List.of(new NewContingent.Inspection("ARRIVAL", LocalDate.of(2026, 6, 20), Map.of("ME-1", 9),
                        Map.of("CATERING", Rating.SATISFACTORY))),
                Map.of(YearMonth.of(2026, 6), new BigDecimal("870"))));
        return reference;
    }

    long compute(String mission, String from, String to, String user) throws Exception {
        String body = mvc.perform(json(post("/api/v1/claims/budget-estimates"),
                        "{\"missionCode\": \"" + mission + "\", \"from\": \"" + from + "\", \"to\": \"" + to + "\"}", user))
                .andExpect(status().isCreated())
                .andReturn().getResponse().getContentAsString();
        return ((Number) JsonPath.read(body, "$.id")).longValue();
    }

    @Test
    void an_estimate_counts_each_contingents_mou_quantities_and_rates_over_the_budget_period() throws Exception {
        String reference = contingent("MINUSCA");
        long id = compute("MINUSCA", "2026-07", "2027-06", OFFICER);

        String body = mvc.perform(as(get("/api/v1/claims/budget-estimates/" + id), READER))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.ruleSet").value("COE-BUDGET-2026-v1"))
                .andExpect(jsonPath("$.from").value("2026-07"))
                .andExpect(jsonPath("$.currency").value("USD"))
                .andReturn().getResponse().getContentAsString();
        // 10 APCs × 5,000.00 × (1 + 0.035) × 12 months; catering 28.00 × 850 × 1.035 × 12
        List<String> apc = JsonPath.read(body, "$.lines[?(@.contingentReference == '" + reference
                + "' && @.kind == 'MAJOR_EQUIPMENT')].amount");
        List<String> catering = JsonPath.read(body, "$.lines[?(@.contingentReference == '" + reference
                + "' && @.kind == 'SELF_SUSTAINMENT')].amount");
        assertThat(apc).containsExactly("621000.00");
        assertThat(catering).containsExactly("295596.00");
        // the totals are the sums of the lines
        List<String> me = JsonPath.read(body, "$.lines[?(@.kind == 'MAJOR_EQUIPMENT')].amount");
        assertThat(me.stream().map(BigDecimal::new).reduce(BigDecimal.ZERO, BigDecimal::add))
                .isEqualByComparingTo((String) JsonPath.read(body, "$.majorEquipment"));
        // obligations from the certified reports of the period (the demo Bangladesh July report), paid in part
        String obligated = JsonPath.read(body, "$.tracking[0].obligated");
        String expended = JsonPath.read(body, "$.tracking[0].expended");
        assertThat(new BigDecimal(obligated)).isPositive();
        assertThat(new BigDecimal(expended)).isPositive().isLessThanOrEqualTo(new BigDecimal(obligated));

        // the module API the budget module reads: the latest estimate covering a month, and the rates
        CoeBudgets.Estimate latest = coeBudgets.latestEstimate("MINUSCA", YearMonth.of(2026, 9)).orElseThrow();
        assertThat(latest.id()).isEqualTo(id);
        assertThat(latest.lines()).anyMatch(l -> l.contingentReference().equals(reference)
                && l.amount().compareTo(new BigDecimal("621000.00")) == 0 && l.months() == 12);
        assertThat(coeBudgets.troopCostRate(LocalDate.of(2026, 1, 1))).contains(new BigDecimal("1428.00"));
        assertThat(coeBudgets.selfSustainmentRates(LocalDate.of(2026, 1, 1))).anyMatch(r -> r.category().equals("CATERING"));
        assertThat(coeBudgets.equipmentRates(LocalDate.of(2026, 1, 1))).isNotEmpty();
    }

    @Test
    void allotments_are_recorded_against_the_estimate_and_never_exceed_it() throws Exception {
        contingent("MINUSCA");
        long id = compute("MINUSCA", "2026-06", "2026-06", OFFICER);
        String body = mvc.perform(as(get("/api/v1/claims/budget-estimates/" + id), OFFICER))
                .andReturn().getResponse().getContentAsString();
        BigDecimal ss = new BigDecimal((String) JsonPath.read(body, "$.selfSustainment"));

        mvc.perform(json(post("/api/v1/claims/budget-estimates/" + id + "/allotments"),
                        "{\"kind\": \"SELF_SUSTAINMENT\", \"amount\": \"" + ss.subtract(BigDecimal.ONE).toPlainString()
                                + "\", \"allottedOn\": \"2026-06-01\", \"reference\": \"ALLOT-T-1\"}", MINUSCA_OFFICER))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.kind").value("SELF_SUSTAINMENT"));
        mvc.perform(json(post("/api/v1/claims/budget-estimates/" + id + "/allotments"),
                        "{\"kind\": \"SELF_SUSTAINMENT\", \"amount\": \"1.01\", \"reference\": \"ALLOT-T-2\"}", OFFICER))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.code").value("claimsplanning.budget.allotment.exceeds"));
        mvc.perform(json(post("/api/v1/claims/budget-estimates/" + id + "/allotments"),
                        "{\"kind\": \"FUEL\", \"amount\": \"-3\"}", OFFICER))
                .andExpect(status().isBadRequest());
        mvc.perform(as(get("/api/v1/claims/budget-estimates/" + id), OFFICER))
                .andExpect(jsonPath("$.tracking[1].kind").value("SELF_SUSTAINMENT"))
                .andExpect(jsonPath("$.tracking[1].allotted").value(ss.subtract(BigDecimal.ONE).setScale(2).toPlainString()))
                .andExpect(jsonPath("$.allotments.length()").value(1));
    }

    @Test
    void bad_periods_and_unknown_missions_are_refused_with_the_field_or_rule_named() throws Exception {
        mvc.perform(json(post("/api/v1/claims/budget-estimates"),
                        "{\"missionCode\": \"MINUSCA\", \"from\": \"2027-07\", \"to\": \"2026-06\"}", OFFICER))
                .andExpect(status().isBadRequest());
        mvc.perform(json(post("/api/v1/claims/budget-estimates"),
                        "{\"missionCode\": \"MINUSCA\", \"from\": \"2026-07\", \"to\": \"2029-06\"}", OFFICER))
                .andExpect(status().isBadRequest());
        mvc.perform(json(post("/api/v1/claims/budget-estimates"),
                        "{\"missionCode\": \"NOWHERE\", \"from\": \"2026-07\", \"to\": \"2027-06\"}", OFFICER))
                .andExpect(status().isUnprocessableEntity());
    }

    @Test
    void member_states_other_missions_and_readers_are_refused() throws Exception {
        long id = compute("MINUSCA", "2026-07", "2027-06", OFFICER);
        mvc.perform(as(get("/api/v1/claims/budget-estimates"), "portal.bgd")).andExpect(status().isForbidden());
        mvc.perform(as(get("/api/v1/claims/budget-estimates/" + id), "portal.bgd")).andExpect(status().isForbidden());
        mvc.perform(json(post("/api/v1/claims/budget-estimates"),
                        "{\"missionCode\": \"UNMISS\", \"from\": \"2026-07\", \"to\": \"2027-06\"}", MINUSCA_OFFICER))
                .andExpect(status().isForbidden());
        mvc.perform(json(post("/api/v1/claims/budget-estimates"),
                        "{\"missionCode\": \"MINUSCA\", \"from\": \"2026-07\", \"to\": \"2027-06\"}", READER))
                .andExpect(status().isForbidden());
        // the MINUSCA officer lists MINUSCA's estimates only
        String list = mvc.perform(as(get("/api/v1/claims/budget-estimates"), MINUSCA_OFFICER))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        List<String> missions = JsonPath.read(list, "$[*].missionCode");
        assertThat(missions).isNotEmpty().containsOnly("MINUSCA");
    }

    @Test
    void the_screens_show_the_estimate_and_its_tracking_in_english_and_french() throws Exception {
        long id = compute("UNMISS", "2026-07", "2027-06", OFFICER);
        String en = page("/claims/budget-estimates/" + id, OFFICER, "en");
        assertThat(en).contains("COE budget estimate", "Allotments, obligations and expenditure", "Major equipment",
                "COE-BUDGET-2026-v1", "Record an allotment");
        String fr = page("/claims/budget-estimates/" + id, READER, "fr");
        assertThat(fr).contains("Prévision budgétaire MAC", "Allocations, engagements et dépenses", "Matériel majeur")
                .doesNotContain("Enregistrer une allocation");
        assertThat(page("/claims/budget-estimates", OFFICER, "en")).contains("Compute an estimate", "UNMISS");
        mvc.perform(get("/claims/budget-estimates").with(user("portal.bgd"))).andExpect(status().isForbidden());
    }

    String page(String path, String username, String language) throws Exception {
        return HtmlUtils.htmlUnescape(mvc.perform(get(path).with(user(username))
                        .sessionAttr(InspectionPageTests.LANGUAGE, language))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
    }
}
