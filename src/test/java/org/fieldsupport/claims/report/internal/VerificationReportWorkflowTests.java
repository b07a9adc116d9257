package org.fieldsupport.claims.report.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
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
import org.fieldsupport.claims.VerificationReportCertified;
import org.fieldsupport.claims.mou.internal.ContingentData;
import org.fieldsupport.claims.mou.internal.NewContingent;
import org.fieldsupport.claims.rules.domain.LeaseType;
import org.fieldsupport.claims.rules.domain.MissionFactors;
import org.fieldsupport.claims.rules.domain.Provider;
import org.fieldsupport.claims.rules.domain.Rating;
import org.fieldsupport.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** From stored MOU data to a certified, partly paid report; certification only under a covering delegation. */
@IntegrationTest
@RecordApplicationEvents
public class VerificationReportWorkflowTests {

    /** Holds the demo delegation for CLAIM_CERTIFICATION: up to 1,000,000 USD, MINUSCA and UNMISS. */
    static final String CERTIFIER = "claims.certifier";

    @Autowired MockMvc mvc;
    @Autowired ContingentData contingents;
    @Autowired JdbcClient jdbc;
    @Autowired org.fieldsupport.platform.security.UserDirectory directory;

    /** The platform's AccessPolicy decides: the test's users exist and hold the claims roles. */
    @org.junit.jupiter.api.BeforeEach
    void the_claims_staff_hold_their_roles() {
        var department = org.fieldsupport.platform.security.Scope.department();
        for (String[] holder : new String[][] {{"mission.coe", "COE_UNIT_MISSION"}, {"hq.reviewer", "COE_REVIEWER"},
                {CERTIFIER, "CLAIMS_OFFICER"}, {"someone.without.delegation", "CLAIMS_OFFICER"},
                {"treasury", "TREASURY_OFFICER"}}) {
            directory.ensureUser(holder[0], holder[0], null, "en", holder[0] + "-test-password");
            directory.ensureRoleAssignment(holder[0], holder[1], department);
        }
    }

    /** The helpers of this class for another test class of the flow, with the claims staff holding their roles. */
    static VerificationReportWorkflowTests with(MockMvc mvc, ContingentData contingents,
                                                org.fieldsupport.platform.security.UserDirectory directory) {
        VerificationReportWorkflowTests setup = new VerificationReportWorkflowTests();
        setup.mvc = mvc;
        setup.contingents = contingents;
        setup.directory = directory;
        setup.the_claims_staff_hold_their_roles();
        return setup;
    }

    /**
     * The spec's worked example as stored data, with strength returns for June–August 2026. Contributed by a
     * Member State without demo data (SEN), so the portal tests' demo states keep only their demo contingents.
     */
    long workedExampleContingent(String mission, int strength) {
        return contingents.register(new NewContingent("TEST-" + UUID.randomUUID(), mission, "SEN", "Infantry battalion",
                strength, new MissionFactors(new BigDecimal("0.02"), new BigDecimal("0.015"), BigDecimal.ZERO,
                BigDecimal.ZERO), LocalDate.of(2026, 6, 16), null, true,
                List.of(new NewContingent.Equipment("ME-1", "APC", "APC, wheeled", LeaseType.WET, 10,
                        new BigDecimal("5000.00"))),
                List.of(new NewContingent.Category("CATERING", Provider.CONTRIBUTOR, new BigDecimal("28.00"))),
                List.of(new NewContingent.Inspection("ARRIVAL", LocalDate.of(2026, 6, 20), Map.of("ME-1", 9),
                        Map.of("CATERING", Rating.SATISFACTORY))),
                Map.of(YearMonth.of(2026, 6), new BigDecimal("870"), YearMonth.of(2026, 7), new BigDecimal("840"),
                        YearMonth.of(2026, 8), new BigDecimal("845.5"))));
    }

    long compute(long contingentId, String from, String to) throws Exception {
        String body = mvc.perform(json(post("/api/v1/claims/contingents/" + contingentId + "/verification-reports"),
                        "{\"from\": \"" + from + "\", \"to\": \"" + to + "\"}", "mission.coe"))
                .andExpect(status().isCreated())
                .andReturn().getResponse().getContentAsString();
        return ((Number) JsonPath.read(body, "$.id")).longValue();
    }

    public static MockHttpServletRequestBuilder json(MockHttpServletRequestBuilder request, String body, String username) {
        return request.with(user(username)).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                .accept(MediaType.APPLICATION_JSON).content(body);
    }

    public static MockHttpServletRequestBuilder as(MockHttpServletRequestBuilder request, String username) {
        return request.with(user(username)).with(csrf()).accept(MediaType.APPLICATION_JSON);
    }

    @Test
    void a_report_computed_from_stored_data_records_its_rule_set_and_explains_every_line() throws Exception {
        long report = compute(workedExampleContingent("MINUSCA", 850), "2026-06-01", "2026-06-30");

        mvc.perform(as(get("/api/v1/claims/verification-reports/" + report), "mission.coe"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.ruleSet").value("COE-2026-v1"))
                .andExpect(jsonPath("$.status").value("COMPUTED"))
                .andExpect(jsonPath("$.total").value("642504.00"))
                .andExpect(jsonPath("$.certified").value("0.00"))
                .andExpect(jsonPath("$.lines[0].amount").value("23287.50"))
                .andExpect(jsonPath("$.lines[0].explanation").value("5000.00 × min(10, 9) × (1 + 0.035) × 15/30"));
        mvc.perform(as(get("/api/v1/claims/verification-reports/" + report), "mission.coe").header("Accept-Language", "fr"))
                .andExpect(jsonPath("$.lines[0].explanation").value("5000,00 × min(10 ; 9) × (1 + 0,035) × 15/30"));
    }

    @Test
    void a_report_that_cannot_be_computed_names_the_month_and_stores_nothing() throws Exception {
        long contingent = workedExampleContingent("MINUSCA", 850);

        mvc.perform(json(post("/api/v1/claims/contingents/" + contingent + "/verification-reports"),
                        "{\"from\": \"2026-06-01\", \"to\": \"2026-09-30\"}", "mission.coe"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("no strength return for 2026-09")));
        assertThat(jdbc.sql("SELECT COUNT(*) FROM claims_verification_report WHERE contingent_id = ?")
                .param(contingent).query(Long.class).single()).isZero();
    }

    @Test
    void certifying_with_a_covering_delegation_succeeds_logs_the_use_and_announces_it(
            @Autowired ApplicationEvents events) throws Exception {
        long report = compute(workedExampleContingent("MINUSCA", 850), "2026-06-01", "2026-06-30");
        String base = "/api/v1/claims/verification-reports/" + report;

        mvc.perform(as(post(base + "/certification"), CERTIFIER))
                .andExpect(status().isUnprocessableContent());   // not yet reviewed
        mvc.perform(as(post(base + "/submission"), "mission.coe")).andExpect(jsonPath("$.status").value("SUBMITTED"));
        mvc.perform(as(post(base + "/technical-review"), "hq.reviewer"))
                .andExpect(jsonPath("$.status").value("TECHNICALLY_REVIEWED"));
        String reference = JsonPath.read(mvc.perform(as(post(base + "/certification"), CERTIFIER))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("CERTIFIED"))
                .andExpect(jsonPath("$.certified").value("642504.00"))
                .andExpect(jsonPath("$.outstanding").value("642504.00"))
                .andExpect(jsonPath("$.certifiedBy").value(CERTIFIER))
                .andReturn().getResponse().getContentAsString(), "$.reference");

        assertThat(jdbc.sql("SELECT COUNT(*) FROM org_delegation_use WHERE reference = ? AND allowed = TRUE")
                .param(reference).query(Long.class).single()).isEqualTo(1);
        assertThat(events.stream(VerificationReportCertified.class))
                .anySatisfy(e -> {
                    assertThat(e.reference()).isEqualTo(reference);
                    assertThat(e.amount()).isEqualByComparingTo("642504.00");
                    assertThat(e.certifiedBy()).isEqualTo(CERTIFIER);
                });
    }

    @Test
    void certifying_without_a_delegation_is_refused_with_the_reason_and_the_refusal_is_logged() throws Exception {
        long report = reviewed(compute(workedExampleContingent("MINUSCA", 850), "2026-06-01", "2026-06-30"));

        String body = mvc.perform(as(post("/api/v1/claims/verification-reports/" + report + "/certification"),
                        "someone.without.delegation"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.detail").isNotEmpty())
                .andReturn().getResponse().getContentAsString();
        mvc.perform(as(get("/api/v1/claims/verification-reports/" + report), "mission.coe"))
                .andExpect(jsonPath("$.status").value("TECHNICALLY_REVIEWED"));
        assertThat(jdbc.sql("SELECT COUNT(*) FROM org_delegation_use WHERE person = ? AND allowed = FALSE")
                .param("someone.without.delegation").query(Long.class).single()).isPositive();
        assertThat(body).doesNotContain("CERTIFIED");
    }

    @Test
    void certifying_above_the_delegated_limit_is_refused() throws Exception {
        // the quarter is 3,191,393.79 USD, above the certifier's 1,000,000 USD
        long report = reviewed(compute(workedExampleContingent("MINUSCA", 850), "2026-06-01", "2026-08-31"));

        mvc.perform(as(post("/api/v1/claims/verification-reports/" + report + "/certification"), CERTIFIER))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.detail").isNotEmpty());
    }

    @Test
    void certifying_for_a_mission_outside_the_delegation_is_refused() throws Exception {
        long report = reviewed(compute(workedExampleContingent("MINUSMA", 850), "2026-06-01", "2026-06-30"));

        mvc.perform(as(post("/api/v1/claims/verification-reports/" + report + "/certification"), CERTIFIER))
                .andExpect(status().isUnprocessableContent());
    }

    @Test
    void payments_may_be_partial_and_never_exceed_what_is_outstanding_and_corrections_are_adjustment_lines()
            throws Exception {
        long report = reviewed(compute(workedExampleContingent("UNMISS", 850), "2026-06-01", "2026-06-30"));
        String base = "/api/v1/claims/verification-reports/" + report;
        mvc.perform(as(post(base + "/certification"), CERTIFIER)).andExpect(status().isOk());

        mvc.perform(json(post(base + "/payments"), "{\"amount\": \"200000.00\", \"paidOn\": \"2026-11-20\"}", "treasury"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.paid").value("200000.00"))
                .andExpect(jsonPath("$.outstanding").value("442504.00"));
        mvc.perform(json(post(base + "/payments"), "{\"amount\": \"442504.01\", \"paidOn\": \"2026-11-21\"}", "treasury"))
                .andExpect(status().isUnprocessableContent());
        mvc.perform(json(post(base + "/adjustments"), "{\"amount\": \"-1000.00\"}", CERTIFIER))
                .andExpect(status().isUnprocessableContent());   // no reason
        mvc.perform(json(post(base + "/adjustments"),
                        "{\"amount\": \"-1000.00\", \"reason\": \"Two APCs withdrawn on 25 June\"}", CERTIFIER))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.total").value("642504.00"))
                .andExpect(jsonPath("$.certified").value("641504.00"))
                .andExpect(jsonPath("$.outstanding").value("441504.00"))
                .andExpect(jsonPath("$.lines[3].kind").value("ADJUSTMENT"))
                .andExpect(jsonPath("$.lines[3].reason").value("Two APCs withdrawn on 25 June"))
                .andExpect(jsonPath("$.lines[0].amount").value("23287.50"));
    }

    /**
     * Issue 9 item 1: an adjustment is a certification decision. Raising the certified amount above the
     * certifier's 1,000,000 USD limit is refused (and the refusal logged), so no payment above the limit follows.
     */
    @Test
    void an_adjustment_needs_a_delegation_covering_the_resulting_certified_amount_and_payments_stay_under_it()
            throws Exception {
        long report = reviewed(compute(workedExampleContingent("UNMISS", 850), "2026-06-01", "2026-06-30"));
        String base = "/api/v1/claims/verification-reports/" + report;
        String reference = JsonPath.read(mvc.perform(as(post(base + "/certification"), CERTIFIER))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(), "$.reference");

        mvc.perform(json(post(base + "/adjustments"), "{\"amount\": 5000000, \"reason\": \"x\"}", CERTIFIER))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.code").value("org.delegation.refused.above_limit"));
        mvc.perform(json(post(base + "/adjustments"), "{\"amount\": 1000, \"reason\": \"x\"}",
                        "someone.without.delegation"))
                .andExpect(status().isUnprocessableContent());
        mvc.perform(json(post(base + "/payments"), "{\"amount\": 5000000, \"paidOn\": \"2026-12-01\"}", "treasury"))
                .andExpect(status().isUnprocessableContent());
        for (String amount : new String[] {"1e308", "1e999", "\"12345678901234567890.12\"", "0.001", "0"}) {
            mvc.perform(json(post(base + "/adjustments"), "{\"amount\": " + amount + ", \"reason\": \"x\"}",
                            CERTIFIER))
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.errors[0].field").value("amount"));
            mvc.perform(json(post(base + "/payments"), "{\"amount\": " + amount + ", \"paidOn\": \"2026-12-01\"}",
                            "treasury"))
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.errors[0].field").value("amount"));
        }
        mvc.perform(get(base).with(user("admin")).accept(MediaType.APPLICATION_JSON))
                .andExpect(jsonPath("$.certified").value("642504.00"))
                .andExpect(jsonPath("$.paid").value("0.00"));
        assertThat(jdbc.sql("SELECT COUNT(*) FROM org_delegation_use WHERE reference = ? AND allowed = FALSE")
                .param(reference).query(Long.class).single()).isGreaterThanOrEqualTo(1);

        mvc.perform(json(post(base + "/adjustments"), "{\"amount\": \"357496.00\", \"reason\": \"Late claim\"}",
                        CERTIFIER))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.certified").value("1000000.00"));
        assertThat(jdbc.sql("SELECT COUNT(*) FROM org_delegation_use WHERE reference = ? AND allowed = TRUE")
                .param(reference).query(Long.class).single()).isEqualTo(2);   // certification and adjustment
        mvc.perform(json(post(base + "/payments"), "{\"amount\": 1000000.01, \"paidOn\": \"2026-12-01\"}",
                        "treasury"))
                .andExpect(status().isUnprocessableContent());
        mvc.perform(json(post(base + "/adjustments"), "{\"amount\": \"0.01\", \"reason\": \"x\"}", CERTIFIER))
                .andExpect(status().isUnprocessableContent());
    }

    @Test
    void demo_data_holds_reports_of_real_contributors_in_various_states() {
        List<String> states = jdbc.sql("""
                SELECT DISTINCT r.status FROM claims_verification_report r JOIN claims_contingent c ON c.id = r.contingent_id
                WHERE c.reference LIKE 'DEMO-%'""").query(String.class).list();
        assertThat(states).contains("COMPUTED", "SUBMITTED", "TECHNICALLY_REVIEWED", "CERTIFIED");
        assertThat(jdbc.sql("""
                SELECT COUNT(*) FROM claims_verification_report r JOIN claims_contingent c ON c.id = r.contingent_id
                WHERE c.reference = 'DEMO-MINUSCA-BGD' AND r.status = 'CERTIFIED' AND r.paid > 0 AND c.illustrative = TRUE""")
                .query(Long.class).single()).isEqualTo(1);
    }

    private long reviewed(long report) throws Exception {
        String base = "/api/v1/claims/verification-reports/" + report;
        mvc.perform(as(post(base + "/submission"), "mission.coe")).andExpect(status().isOk());
        mvc.perform(as(post(base + "/technical-review"), "hq.reviewer")).andExpect(status().isOk());
        return report;
    }
}
