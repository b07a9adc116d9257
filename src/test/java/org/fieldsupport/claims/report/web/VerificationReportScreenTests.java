package org.fieldsupport.claims.report.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.fieldsupport.claims.mou.internal.ContingentData;
import org.fieldsupport.claims.mou.internal.NewContingent;
import org.fieldsupport.claims.rules.domain.LeaseType;
import org.fieldsupport.claims.rules.domain.MissionFactors;
import org.fieldsupport.claims.rules.domain.Provider;
import org.fieldsupport.claims.rules.domain.Rating;
import org.fieldsupport.platform.security.Scope;
import org.fieldsupport.platform.security.UserDirectory;
import org.fieldsupport.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The verification report screens and list API: scoping, filters and totals, the compute form, the workflow
 * buttons with refusals shown on the page (nothing changed), payments and adjustments, EN/FR, exports and
 * idempotent replays of the money-moving API calls.
 */
@IntegrationTest
class VerificationReportScreenTests {

    static final String CERTIFIER = "claims.certifier";            // demo delegation: ≤ 1,000,000 USD, MINUSCA + UNMISS
    static final String MISSION_COE = "mission.coe.minusca";       // demo: COE unit, MISSION:MINUSCA only
    static final String REVIEWER = "hq.coe.reviewer";
    static final String NO_DELEGATION = "officer.without.delegation";
    static final String TREASURY = "treasury.demo";

    @Autowired MockMvc mvc;
    @Autowired ContingentData contingents;
    @Autowired JdbcClient jdbc;
    @Autowired UserDirectory directory;

    @BeforeEach
    void staff() {
        directory.ensureUser(NO_DELEGATION, NO_DELEGATION, null, "en", NO_DELEGATION + "-test-password");
        directory.ensureRoleAssignment(NO_DELEGATION, "CLAIMS_OFFICER", Scope.department());
    }

    /** The spec's worked example (June 2026: 642,504.00 USD), with {@code serviceable} APCs found of 10. */
    long contingent(String mission, int serviceable) {
        return contingents.register(new NewContingent("TEST-" + UUID.randomUUID(), mission, "SEN",
                "Infantry battalion", 850, new MissionFactors(new BigDecimal("0.02"), new BigDecimal("0.015"),
                BigDecimal.ZERO, BigDecimal.ZERO), LocalDate.of(2026, 6, 16), null, true,
                List.of(new NewContingent.Equipment("ME-1", "APC", "APC, wheeled", LeaseType.WET, 10,
                        new BigDecimal("5000.00"))),
                List.of(new NewContingent.Category("CATERING", Provider.CONTRIBUTOR, new BigDecimal("28.00"))),
                List.of(new NewContingent.Inspection("ARRIVAL", LocalDate.of(2026, 6, 20), Map.of("ME-1", serviceable),
                        Map.of("CATERING", Rating.SATISFACTORY))),
                Map.of(YearMonth.of(2026, 6), new BigDecimal("870"), YearMonth.of(2026, 7), new BigDecimal("840"))));
    }

    /**
     * As the user, in English unless told otherwise: the language switch ({@code lang}) is remembered as the
     * user's preference, so every request that reads text names its language.
     */
    static MockHttpServletRequestBuilder as(MockHttpServletRequestBuilder request, String username) {
        return in(request.with(user(username)).with(csrf()), "en");
    }

    static MockHttpServletRequestBuilder in(MockHttpServletRequestBuilder request, String language) {
        return request.param("lang", language);
    }

    /** Computes June 2026 through the form, as the mission's COE unit; returns the report id. */
    long computeOnScreen(long contingent) throws Exception {
        String location = mvc.perform(as(post("/claims/verification-reports"), MISSION_COE)
                        .param("contingent", Long.toString(contingent)).param("from", "2026-06").param("to", "2026-06"))
                .andExpect(redirectedUrlPattern("/claims/verification-reports/*"))
                .andReturn().getResponse().getRedirectedUrl();
        return Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
    }

    long reviewed(long report) throws Exception {
        act(report, "submit", MISSION_COE);
        act(report, "review", REVIEWER);
        return report;
    }

    MvcResult act(long report, String action, String username, String... params) throws Exception {
        return actIn("en", report, action, username, params);
    }

    MvcResult actIn(String language, long report, String action, String username, String... params) throws Exception {
        MockHttpServletRequestBuilder request = in(post("/claims/verification-reports/" + report + "/" + action)
                .with(user(username)).with(csrf()), language);
        for (int i = 0; i < params.length; i += 2) {
            request.param(params[i], params[i + 1]);
        }
        return mvc.perform(request).andExpect(redirectedUrl("/claims/verification-reports/" + report)).andReturn();
    }

    /** The detail page as shown right after an action (with its flash message). */
    String pageAfter(MvcResult action, long report, String username, String language) throws Exception {
        return mvc.perform(get("/claims/verification-reports/" + report).with(user(username))
                        .param("lang", language).flashAttrs(action.getFlashMap()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }

    String statusOf(long report) {
        return jdbc.sql("SELECT status FROM claims_verification_report WHERE id = ?").param(report)
                .query(String.class).single();
    }

    @Test
    void a_mission_coe_user_sees_only_their_missions_reports_and_a_member_state_user_is_refused() throws Exception {
        long unmiss = reviewedByAdmin(contingent("UNMISS", 9));
        String reference = reference(unmiss);

        String page = mvc.perform(in(get("/claims/verification-reports").param("status", "").with(user(MISSION_COE)), "en"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("MINUSCA").doesNotContain("UNMISS").doesNotContain(reference);
        mvc.perform(get("/api/v1/claims/verification-reports").param("size", "200").with(user(MISSION_COE))
                        .accept(MediaType.APPLICATION_JSON))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.content[?(@.missionCode != 'MINUSCA')]").isEmpty())
                .andExpect(jsonPath("$.content[?(@.missionCode == 'MINUSCA')]").isNotEmpty());
        mvc.perform(in(get("/claims/verification-reports/" + unmiss).with(user(MISSION_COE)), "en"))
                .andExpect(status().isForbidden());
        // HQ sees it
        mvc.perform(in(get("/claims/verification-reports").param("mission", "UNMISS").param("contingent",
                        contingentReference(unmiss)).with(user(REVIEWER)), "en"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(reference)));

        // Member State users have the portal, not these HQ screens
        mvc.perform(get("/claims/verification-reports").with(user("portal.bgd"))).andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/claims/verification-reports").with(user("portal.bgd"))
                        .accept(MediaType.APPLICATION_JSON))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.type").value("https://fieldsupport.org/problems/forbidden"));
        mvc.perform(get("/claims/verification-reports/" + unmiss).with(user("portal.bgd")))
                .andExpect(status().isForbidden());
    }

    @Test
    void the_list_filters_by_state_status_period_and_contingent_with_totals_and_paging() throws Exception {
        long contingent = contingent("MINUSCA", 9);
        long certified = reviewed(computeOnScreen(contingent));
        act(certified, "certify", CERTIFIER);
        act(certified, "payment", TREASURY, "amount", "100000.00", "paidOn", "2026-11-20");
        long computed = computeOnScreen(contingent);
        String contingentRef = contingentReference(computed);

        String body = mvc.perform(get("/api/v1/claims/verification-reports").param("contingent", contingentRef)
                        .param("mission", "minusca").param("memberState", "SEN").param("from", "2026-06")
                        .param("to", "2026-06").param("sort", "status,asc").with(user(CERTIFIER))
                        .accept(MediaType.APPLICATION_JSON))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.totalElements").value(2))
                .andExpect(jsonPath("$.sort").value("status,asc"))
                .andExpect(jsonPath("$.content[0].status").value("CERTIFIED"))
                .andExpect(jsonPath("$.content[0].certified").value("642504.00"))
                .andExpect(jsonPath("$.content[0].outstanding").value("542504.00"))
                .andExpect(jsonPath("$.content[1].status").value("COMPUTED"))
                .andReturn().getResponse().getContentAsString();
        assertThat(body).contains(contingentRef);
        mvc.perform(get("/api/v1/claims/verification-reports").param("contingent", contingentRef)
                        .param("status", "COMPUTED").with(user(CERTIFIER)).accept(MediaType.APPLICATION_JSON))
                .andExpect(jsonPath("$.totalElements").value(1))
                .andExpect(jsonPath("$.content[0].id").value(computed));
        long contingentId = jdbc.sql("SELECT contingent_id FROM claims_verification_report WHERE id = ?")
                .param(computed).query(Long.class).single();
        mvc.perform(get("/api/v1/claims/verification-reports").param("contingent", Long.toString(contingentId))
                        .with(user(CERTIFIER)).accept(MediaType.APPLICATION_JSON))
                .andExpect(jsonPath("$.totalElements").value(2))
                .andExpect(jsonPath("$.content[?(@.contingentId != " + contingentId + ")]").isEmpty());
        mvc.perform(get("/api/v1/claims/verification-reports").param("contingent", contingentRef)
                        .param("from", "2026-07").with(user(CERTIFIER)).accept(MediaType.APPLICATION_JSON))
                .andExpect(jsonPath("$.totalElements").value(0));
        mvc.perform(get("/api/v1/claims/verification-reports").param("contingent", contingentRef).param("size", "1")
                        .param("page", "1").with(user(CERTIFIER)).accept(MediaType.APPLICATION_JSON))
                .andExpect(jsonPath("$.totalPages").value(2))
                .andExpect(jsonPath("$.content.length()").value(1));
        // bad filters name the parameter (400 problem details)
        mvc.perform(get("/api/v1/claims/verification-reports").param("status", "PAID").param("from", "July")
                        .param("size", "500").with(user(CERTIFIER)).accept(MediaType.APPLICATION_JSON))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field").value(org.hamcrest.Matchers.hasItems("status", "from")));

        // the screen: totals over the selection
        String page = mvc.perform(in(get("/claims/verification-reports").param("contingent", contingentRef)
                        .with(user(CERTIFIER)), "en"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("1,285,008.00")   // computed: two reports of 642,504.00
                .contains("642,504.00").contains("100,000.00").contains("542,504.00")
                .contains(reference(certified)).contains(reference(computed));
    }

    @Test
    void the_compute_form_shows_period_errors_on_the_fields_and_a_missing_month_by_name_storing_nothing()
            throws Exception {
        long contingent = contingent("MINUSCA", 9);

        mvc.perform(as(post("/claims/verification-reports"), MISSION_COE).param("contingent", Long.toString(contingent))
                        .param("from", "2026-13").param("to", "2026-05"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("must be a month written YYYY-MM")));
        mvc.perform(as(post("/claims/verification-reports"), MISSION_COE).param("contingent", Long.toString(contingent))
                        .param("from", "2026-07").param("to", "2026-06"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("must not be before from")));
        mvc.perform(as(post("/claims/verification-reports"), MISSION_COE).param("contingent", Long.toString(contingent))
                        .param("from", "2026-06").param("to", "2026-09"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("no strength return for 2026-08")));
        mvc.perform(in(post("/claims/verification-reports").with(user(MISSION_COE)).with(csrf()), "fr")
                        .param("contingent", Long.toString(contingent)).param("from", "2026-06").param("to", "2026-09"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("08/2026")))
                .andExpect(content().string(containsString("Calculer un rapport")));
        mvc.perform(in(get("/claims/verification-reports/new").with(user(MISSION_COE)), "en"));
        assertThat(jdbc.sql("SELECT COUNT(*) FROM claims_verification_report WHERE contingent_id = ?")
                .param(contingent).query(Long.class).single()).isZero();
        // another mission's COE unit may not compute it
        long unmiss = contingent("UNMISS", 9);
        mvc.perform(as(post("/claims/verification-reports"), MISSION_COE).param("contingent", Long.toString(unmiss))
                        .param("from", "2026-06").param("to", "2026-06"))
                .andExpect(status().isForbidden());
    }

    @Test
    void the_detail_groups_lines_by_month_highlights_flags_and_offers_only_the_allowed_actions() throws Exception {
        long report = computeOnScreen(contingent("MINUSCA", 8));   // 8 of 10 wet-lease APCs: below the 90 % standard

        String en = mvc.perform(in(get("/claims/verification-reports/" + report).with(user(MISSION_COE)), "en"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(en).contains("Month 2026-06").contains("Month total").contains("flag-BELOW_STANDARD")
                .contains("BELOW STANDARD").contains("class=\"flagged\"").contains("Major equipment")
                .contains("5000.00 × min(10, 8)").contains("COE-2026-v1").contains("by " + MISSION_COE)
                .contains("action-submit").doesNotContain("action-certify").doesNotContain("action-review");
        String fr = mvc.perform(get("/claims/verification-reports/" + report).with(user(MISSION_COE))
                        .param("lang", "fr"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(fr).contains("Rapport de vérification").contains("SOUS LA NORME").contains("Total du mois")
                .contains("5000,00 × min(10 ; 8)").contains("Soumettre au Siège");
        mvc.perform(in(get("/claims/verification-reports/" + report).with(user(MISSION_COE)), "en"));
        String reviewer = mvc.perform(in(get("/claims/verification-reports/" + report).with(user(REVIEWER)), "en"))
                .andReturn().getResponse().getContentAsString();
        assertThat(reviewer).doesNotContain("action-submit").doesNotContain("action-review");
    }

    @Test
    void a_certification_refused_by_the_delegation_policy_shows_the_reason_and_changes_nothing() throws Exception {
        long report = reviewed(computeOnScreen(contingent("MINUSCA", 9)));

        MvcResult refused = act(report, "certify", NO_DELEGATION);
        assertThat(pageAfter(refused, report, NO_DELEGATION, "en"))
                .contains("No delegation of authority for CLAIM_CERTIFICATION is held by this person.")
                .contains("technically reviewed");
        assertThat(pageAfter(actIn("fr", report, "certify", NO_DELEGATION), report, NO_DELEGATION, "fr"))
                .contains("ne détient aucune délégation de pouvoir");
        pageAfter(act(report, "certify", NO_DELEGATION), report, NO_DELEGATION, "en");
        assertThat(statusOf(report)).isEqualTo("TECHNICALLY_REVIEWED");
        assertThat(jdbc.sql("SELECT certified_by FROM claims_verification_report WHERE id = ?").param(report)
                .query(String.class).optional()).isEmpty();
        // a report of a mission outside the certifier's delegation
        long unifil = reviewedByAdmin(contingent("UNIFIL", 9));
        assertThat(pageAfter(act(unifil, "certify", CERTIFIER), unifil, CERTIFIER, "en"))
                .contains("does not cover mission UNIFIL");
        assertThat(statusOf(unifil)).isEqualTo("TECHNICALLY_REVIEWED");
    }

    @Test
    void certifying_on_the_screen_logs_the_delegation_use_then_partial_payments_leave_the_outstanding()
            throws Exception {
        long report = reviewed(computeOnScreen(contingent("MINUSCA", 9)));
        String reference = reference(report);

        String certified = pageAfter(act(report, "certify", CERTIFIER), report, CERTIFIER, "en");
        assertThat(certified).contains("The report was certified").contains("by " + CERTIFIER)
                .contains("642,504.00").contains("action-adjustment")
                .doesNotContain("action-payment");   // payments are treasury's (segregation of duties)
        assertThat(mvc.perform(in(get("/claims/verification-reports/" + report).with(user(TREASURY)), "en"))
                .andReturn().getResponse().getContentAsString()).contains("action-payment")
                .doesNotContain("action-adjustment");
        assertThat(statusOf(report)).isEqualTo("CERTIFIED");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM org_delegation_use WHERE reference = ? AND allowed = TRUE AND person = ?")
                .params(reference, CERTIFIER).query(Long.class).single()).isEqualTo(1);

        act(report, "payment", TREASURY, "amount", "200000.00", "paidOn", "2026-11-20", "reference", "PAY-T-1");
        String afterSecond = pageAfter(act(report, "payment", TREASURY, "amount", "142504,50", "paidOn", "2026-11-25"),
                report, TREASURY, "en");
        assertThat(afterSecond).contains("PAY-T-1").contains("342,504.50").contains("299,999.50");
        String overpaid = pageAfter(act(report, "payment", TREASURY, "amount", "300000.00", "paidOn", "2026-11-26"),
                report, TREASURY, "en");
        assertThat(overpaid).contains("a payment of 300000.00 exceeds the outstanding 299999.50");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM claims_payment WHERE report_id = ?").param(report)
                .query(Long.class).single()).isEqualTo(2);

        // an adjustment needs its reason: refused on the field, nothing changed
        String noReason = pageAfter(act(report, "adjustment", CERTIFIER, "amount", "-1000.00", "reason", " "),
                report, CERTIFIER, "en");
        assertThat(noReason).contains("id=\"reason-error\"").contains("nothing was changed");
        assertThat(jdbc.sql("SELECT adjustments FROM claims_verification_report WHERE id = ?").param(report)
                .query(BigDecimal.class).single()).isEqualByComparingTo("0");
        String adjusted = pageAfter(act(report, "adjustment", CERTIFIER, "amount", "-1000.00", "reason",
                "Two APCs withdrawn on 25 June"), report, CERTIFIER, "en");
        assertThat(adjusted).contains("Two APCs withdrawn on 25 June").contains("$1,000.00")
                .contains("641,504.00").contains("298,999.50");
    }

    @Test
    void the_list_exports_as_csv_and_xlsx_with_the_same_rows() throws Exception {
        long report = computeOnScreen(contingent("MINUSCA", 9));
        String contingentRef = contingentReference(report);

        String csv = mvc.perform(get("/claims/verification-reports/export.csv").param("contingent", contingentRef)
                        .with(user(CERTIFIER)).param("lang", "fr"))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Disposition", containsString("verification-reports.csv")))
                .andReturn().getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        assertThat(csv).startsWith("\uFEFFRapport,Contingent,Mission,État Membre")
                .contains(reference(report) + "," + contingentRef + ",MINUSCA,SEN,2026-06,2026-06,calculé,USD,642504.00,0.00,0.00,0.00,0.00");
        byte[] xlsx = mvc.perform(in(get("/claims/verification-reports/export.xlsx").param("contingent", contingentRef)
                        .with(user(CERTIFIER)), "en"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            var sheet = book.getSheetAt(0);
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("Report");
            assertThat(sheet.getRow(1).getCell(0).getStringCellValue()).isEqualTo(reference(report));
            assertThat(sheet.getRow(1).getCell(8).getNumericCellValue()).isEqualTo(642504.00);
            assertThat(sheet.getLastRowNum()).isEqualTo(1);
        }
        mvc.perform(get("/claims/verification-reports/export.csv").with(user("portal.bgd")))
                .andExpect(status().isForbidden());
    }

    @Test
    void the_list_screen_speaks_english_and_french() throws Exception {
        mvc.perform(in(get("/claims/verification-reports").with(user(CERTIFIER)), "en"))
                .andExpect(content().string(containsString("Totals of the selection")))
                .andExpect(content().string(containsString("Export the list (XLSX)")));
        mvc.perform(get("/claims/verification-reports").with(user(CERTIFIER)).param("lang", "fr"))
                .andExpect(content().string(containsString("Rapports de vérification")))
                .andExpect(content().string(containsString("Totaux de la sélection")))
                .andExpect(content().string(not(containsString("??claims"))));
        mvc.perform(get("/claims/verification-reports/new").with(user(MISSION_COE)).param("lang", "fr"))
                .andExpect(content().string(containsString("Premier mois")))
                .andExpect(content().string(not(containsString("UNMISS"))));   // only MINUSCA contingents offered
        for (String username : new String[] {CERTIFIER, MISSION_COE}) {   // back to English for the other tests
            mvc.perform(in(get("/claims/verification-reports").with(user(username)), "en"))
                    .andExpect(content().string(containsString("Totals of the selection")));
        }
    }

    @Test
    void replayed_certification_payment_and_adjustment_calls_answer_the_same_without_acting_twice() throws Exception {
        long report = reviewed(computeOnScreen(contingent("MINUSCA", 9)));
        String base = "/api/v1/claims/verification-reports/" + report;

        String first = replay(base + "/certification", null, CERTIFIER, "certify-" + report);
        String payment = "{\"amount\": \"1000.00\", \"paidOn\": \"2026-11-20\"}";
        String paid = replay(base + "/payments", payment, TREASURY, "pay-" + report);
        assertThat(JsonPath.<String>read(paid, "$.paid")).isEqualTo("1000.00");
        assertThat(JsonPath.<String>read(paid, "$.payments[0].amount")).isEqualTo("1000.00");
        assertThat(JsonPath.<String>read(paid, "$.workflow.certifiedBy")).isEqualTo(CERTIFIER);
        assertThat(JsonPath.<String>read(paid, "$.workflow.submittedAt")).isNotNull();
        replay(base + "/adjustments", "{\"amount\": \"-10.00\", \"reason\": \"rounding\"}", CERTIFIER, "adj-" + report);

        assertThat(JsonPath.<String>read(first, "$.status")).isEqualTo("CERTIFIED");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM claims_payment WHERE report_id = ?").param(report)
                .query(Long.class).single()).isEqualTo(1);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM claims_report_line WHERE report_id = ? AND kind = 'ADJUSTMENT'")
                .param(report).query(Long.class).single()).isEqualTo(1);
        // one use for the certification and one for the adjustment (a certification decision), not one per call
        assertThat(jdbc.sql("SELECT COUNT(*) FROM org_delegation_use WHERE reference = ? AND allowed = TRUE")
                .param(reference(report)).query(Long.class).single()).isEqualTo(2);
        // the same key with another body is refused
        mvc.perform(post(base + "/payments").with(user(TREASURY)).with(csrf()).header("Idempotency-Key", "pay-" + report)
                        .contentType(MediaType.APPLICATION_JSON).accept(MediaType.APPLICATION_JSON)
                        .content("{\"amount\": \"2000.00\", \"paidOn\": \"2026-11-20\"}"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.type").value("https://fieldsupport.org/problems/idempotency-key-reused"));
    }

    /** Sends the call twice with the same key; the second is a replay with the same body. */
    private String replay(String path, String body, String username, String key) throws Exception {
        String first = null;
        for (int i = 0; i < 2; i++) {
            MockHttpServletRequestBuilder request = post(path).with(user(username)).with(csrf())
                    .header("Idempotency-Key", key).accept(MediaType.APPLICATION_JSON);
            if (body != null) {
                request.contentType(MediaType.APPLICATION_JSON).content(body);
            }
            var result = mvc.perform(request).andExpect(status().isOk());
            if (i == 0) {
                first = result.andReturn().getResponse().getContentAsString();
            } else {
                result.andExpect(header().string("Idempotent-Replayed", "true")).andExpect(content().json(first));
            }
        }
        return first;
    }

    /** Computed, submitted and technically reviewed through the API by the administrator (any mission). */
    private long reviewedByAdmin(long contingent) throws Exception {
        String body = mvc.perform(post("/api/v1/claims/contingents/" + contingent + "/verification-reports")
                        .with(user("admin")).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                        .accept(MediaType.APPLICATION_JSON).content("{\"from\": \"2026-06-01\", \"to\": \"2026-06-30\"}"))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        long id = ((Number) JsonPath.read(body, "$.id")).longValue();
        for (String step : new String[] {"submission", "technical-review"}) {
            mvc.perform(post("/api/v1/claims/verification-reports/" + id + "/" + step).with(user("admin")).with(csrf()))
                    .andExpect(status().isOk());
        }
        return id;
    }

    private String reference(long report) {
        return jdbc.sql("SELECT reference FROM claims_verification_report WHERE id = ?").param(report)
                .query(String.class).single();
    }

    private String contingentReference(long report) {
        return jdbc.sql("""
                SELECT c.reference FROM claims_verification_report r JOIN claims_contingent c ON c.id = r.contingent_id
                WHERE r.id = ?""").param(report).query(String.class).single();
    }

    /**
     * Issue 12 item 5 on the screen: the certification is confirmed on a page that shows the amount and the
     * delegation that will be used (none covering: the reason and no confirm button, the detail's button disabled
     * with the reason on hover); the reviewer returns a report with a reason and the mission sees it in its work;
     * comments from the platform kit sit on the detail page for staff, not for Member States.
     */
    @Test
    void certification_is_confirmed_with_the_delegation_used_and_a_report_can_be_returned_with_a_reason()
            throws Exception {
        long report = reviewed(computeOnScreen(contingent("MINUSCA", 9)));

        String confirm = mvc.perform(as(get("/claims/verification-reports/" + report + "/certify"), CERTIFIER))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(confirm).contains("The delegation of authority that will be used").contains("642,504.00")
                .contains("1,000,000.00").contains(CERTIFIER).contains("action-certify-confirm");
        assertThat(statusOf(report)).isEqualTo("TECHNICALLY_REVIEWED");   // showing it certified nothing
        String refused = mvc.perform(as(get("/claims/verification-reports/" + report + "/certify"), NO_DELEGATION))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(refused).contains("No delegation of yours covers this certification")
                .contains("No delegation of authority for CLAIM_CERTIFICATION is held by this person.")
                .doesNotContain("action-certify-confirm");
        String detail = mvc.perform(as(get("/claims/verification-reports/" + report), NO_DELEGATION))
                .andReturn().getResponse().getContentAsString();
        assertThat(detail).contains("id=\"action-certify\" disabled")
                .contains("title=\"No delegation of authority for CLAIM_CERTIFICATION is held by this person.\"")
                .contains("action-return").contains("action-reject")
                .contains("/records/claims.verification-report/" + report + "/files");
        String french = mvc.perform(in(get("/claims/verification-reports/" + report + "/certify")
                        .with(user(CERTIFIER)), "fr")).andReturn().getResponse().getContentAsString();
        assertThat(french).contains("La délégation de pouvoir qui sera utilisée").contains("Confirmer la certification");
        mvc.perform(in(get("/claims/verification-reports/" + report).with(user(CERTIFIER)), "en"));

        // the certifier returns it to the reviewer: a reason is required, then it is back with the reviewer
        String noReason = pageAfter(act(report, "return", CERTIFIER, "reason", " "), report, CERTIFIER, "en");
        assertThat(noReason).contains("return-reason").contains("nothing was changed");
        assertThat(statusOf(report)).isEqualTo("TECHNICALLY_REVIEWED");
        String returned = pageAfter(act(report, "return", CERTIFIER, "reason", "Catering rating to be justified",
                "version", "999"), report, CERTIFIER, "en");
        assertThat(returned).contains("has changed since you opened it");   // stale: shown with the current state, nothing changed
        assertThat(statusOf(report)).isEqualTo("TECHNICALLY_REVIEWED");
        returned = pageAfter(act(report, "return", CERTIFIER, "reason", "Catering rating to be justified"), report,
                CERTIFIER, "en");
        assertThat(returned).contains("The report was returned").contains("Catering rating to be justified")
                .contains("Returned");
        assertThat(statusOf(report)).isEqualTo("SUBMITTED");
        mvc.perform(get("/api/v1/work-items").param("size", "200").with(user(REVIEWER)).param("lang", "en")
                        .accept(MediaType.APPLICATION_JSON))
                .andExpect(jsonPath("$.content[?(@.title == 'Verification report " + reference(report)
                        + " returned to you: Catering rating to be justified')]").isNotEmpty());

        // comments: staff of the mission read and write; a Member State user is not even told the record exists
        mvc.perform(post("/records/claims.verification-report/" + report + "/comments").with(user(REVIEWER))
                .with(csrf()).param("text", "Catering rating checked with the mission")
                .param("back", "/claims/verification-reports/" + report));
        mvc.perform(get("/records/claims.verification-report/" + report + "/files").with(user(CERTIFIER))
                        .param("lang", "en"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Catering rating checked with the mission")));
        mvc.perform(get("/records/claims.verification-report/" + report + "/files").with(user("portal.bgd")))
                .andExpect(status().isNotFound());
    }
}
