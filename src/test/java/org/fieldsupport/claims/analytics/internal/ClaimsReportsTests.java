package org.fieldsupport.claims.analytics.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.fieldsupport.claims.report.internal.VerificationReportWorkflowTests.as;
import static org.fieldsupport.claims.report.internal.VerificationReportWorkflowTests.json;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.io.ByteArrayInputStream;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;
import javax.sql.DataSource;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.fieldsupport.claims.deathdisability.internal.DndClaimStore;
import org.fieldsupport.claims.mou.internal.ContingentData;
import org.fieldsupport.claims.mou.internal.NewContingent;
import org.fieldsupport.claims.report.internal.ExplanationCodec;
import org.fieldsupport.claims.report.internal.ReportLedger;
import org.fieldsupport.claims.report.internal.ReportStore;
import org.fieldsupport.claims.rules.domain.LeaseType;
import org.fieldsupport.claims.rules.domain.MissionFactors;
import org.fieldsupport.claims.rules.domain.Provider;
import org.fieldsupport.claims.rules.domain.Rating;
import org.fieldsupport.claims.rules.domain.RuleSets;
import org.fieldsupport.claims.shared.internal.ClaimsAccess;
import org.fieldsupport.claims.shared.internal.ClaimsMessages;
import org.fieldsupport.platform.i18n.Formats;
import org.fieldsupport.platform.security.AccessPolicy;
import org.fieldsupport.platform.security.Scope;
import org.fieldsupport.platform.security.UserDirectory;
import org.fieldsupport.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.json.JsonCompareMode;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The claims reports against data set up here, each under a Member State code of its own (user-assigned
 * ISO range X..), figures checked by hand: certified / paid / outstanding, shortfalls with their monthly
 * effect, the COE Working Group summary; exports, French rendering, access refusals.
 */
@IntegrationTest
class ClaimsReportsTests {

    static final String OFFICER = "claims.certifier";   // CLAIMS_OFFICER, department; delegation for MINUSCA ≤ 1 M USD

    @Autowired MockMvc mvc;
    @Autowired ContingentData contingents;
    @Autowired JdbcClient jdbc;
    @Autowired UserDirectory directory;
    @Autowired Formats formats;
    @Autowired ReportStore reportStore;
    @Autowired ClaimsReports claimsReports;
    @Autowired DataSource dataSource;
    @Autowired ReportLedger ledger;
    @Autowired DndClaimStore dndClaims;
    @Autowired RuleSets ruleSets;
    @Autowired ClaimsAccess claimsAccess;
    @Autowired ObjectProvider<AccessPolicy> accessPolicy;
    @Autowired ClaimsMessages claimsMessages;
    @Autowired TransactionTemplate transactions;

    @BeforeEach
    void staff() {
        for (String[] holder : new String[][] {{"mission.coe", "COE_UNIT_MISSION", "DEPARTMENT"},
                {"hq.reviewer", "COE_REVIEWER", "DEPARTMENT"}, {OFFICER, "CLAIMS_OFFICER", "DEPARTMENT"},
                {"treasury", "TREASURY_OFFICER", "DEPARTMENT"}, {"reports.unmiss", "CLAIMS_OFFICER", "MISSION:UNMISS"},
                {"reports.reader.fr", "CLAIMS_REPORTS_READER", "DEPARTMENT"}}) {
            directory.ensureUser(holder[0], holder[0], null, holder[0].endsWith(".fr") ? "fr" : "en",
                    holder[0] + "-test-password");
            directory.ensureRoleAssignment(holder[0], holder[1], Scope.parse(holder[2]));
        }
    }

    /** A Member State code nobody else uses in this database. */
    String freshState() {
        while (true) {
            String code = "X" + (char) ('A' + ThreadLocalRandom.current().nextInt(26))
                    + (char) ('A' + ThreadLocalRandom.current().nextInt(26));
            if (jdbc.sql("SELECT COUNT(*) FROM claims_contingent WHERE member_state = ?").param(code)
                    .query(Long.class).single() == 0) {
                return code;
            }
        }
    }

    /**
     * A UN Member State (D&D intake checks the code against reference data) with neither contingents nor D&D
     * claims yet, chosen at random among those.
     */
    String freshMemberState() {
        List<String> free = jdbc.sql("""
                SELECT alpha3 FROM ref_country c WHERE un_member_state = TRUE
                  AND NOT EXISTS (SELECT 1 FROM claims_contingent k WHERE k.member_state = c.alpha3)
                  AND NOT EXISTS (SELECT 1 FROM claims_dnd_claim d WHERE d.member_state = c.alpha3)""")
                .query(String.class).list();
        return free.get(ThreadLocalRandom.current().nextInt(free.size()));
    }

    /** The spec's worked example (June 2026 total 642,504.00) with July too. */
    long workedExample(String state) {
        return contingents.register(new NewContingent("TEST-" + UUID.randomUUID(), "MINUSCA", state,
                "Infantry battalion", 850, new MissionFactors(new BigDecimal("0.02"), new BigDecimal("0.015"),
                BigDecimal.ZERO, BigDecimal.ZERO), LocalDate.of(2026, 6, 16), null, true,
                List.of(new NewContingent.Equipment("ME-1", "APC", "APC, wheeled", LeaseType.WET, 10,
                        new BigDecimal("5000.00"))),
                List.of(new NewContingent.Category("CATERING", Provider.CONTRIBUTOR, new BigDecimal("28.00"))),
                List.of(new NewContingent.Inspection("ARRIVAL", LocalDate.of(2026, 6, 20), Map.of("ME-1", 9),
                        Map.of("CATERING", Rating.SATISFACTORY))),
                Map.of(YearMonth.of(2026, 6), new BigDecimal("870"), YearMonth.of(2026, 7), new BigDecimal("840"))));
    }

    /**
     * June 2026, whole month, no factors, 100 persons: ME-1 wet 10 found 8, ME-2 wet 10 found 9, ME-3 dry 6 never
     * verified; catering unsatisfactory, communications partially satisfactory, medical satisfactory,
     * accommodation provided by the UN.
     */
    long shortfallContingent(String state, String mission) {
        Map<String, Integer> found = new LinkedHashMap<>();
        found.put("ME-1", 8);
        found.put("ME-2", 9);
        return contingents.register(new NewContingent("TEST-" + UUID.randomUUID(), mission, state,
                "Infantry company", 100, MissionFactors.NONE, LocalDate.of(2026, 6, 1), null, true,
                List.of(new NewContingent.Equipment("ME-1", "Armoured personnel carrier", "APC", LeaseType.WET, 10,
                                new BigDecimal("5000.00")),
                        new NewContingent.Equipment("ME-2", "Support vehicle", "Truck", LeaseType.WET, 10,
                                new BigDecimal("1800.00")),
                        new NewContingent.Equipment("ME-3", "Communications", "HF radio", LeaseType.DRY, 6,
                                new BigDecimal("650.00"))),
                List.of(new NewContingent.Category("CATERING", Provider.CONTRIBUTOR, new BigDecimal("28.00")),
                        new NewContingent.Category("COMMUNICATIONS", Provider.CONTRIBUTOR, new BigDecimal("12.50")),
                        new NewContingent.Category("MEDICAL_BASIC", Provider.CONTRIBUTOR, new BigDecimal("9.00")),
                        new NewContingent.Category("ACCOMMODATION", Provider.UN, null)),
                List.of(new NewContingent.Inspection("ARRIVAL", LocalDate.of(2026, 6, 3), found,
                        Map.of("CATERING", Rating.UNSATISFACTORY, "COMMUNICATIONS", Rating.PARTIALLY_SATISFACTORY,
                                "MEDICAL_BASIC", Rating.SATISFACTORY))),
                Map.of(YearMonth.of(2026, 6), new BigDecimal("100"))));
    }

    long compute(long contingent, String from, String to) throws Exception {
        String body = mvc.perform(json(post("/api/v1/claims/contingents/" + contingent + "/verification-reports"),
                        "{\"from\": \"" + from + "\", \"to\": \"" + to + "\"}", "mission.coe"))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        return ((Number) JsonPath.read(body, "$.id")).longValue();
    }

    /** June certified (642,504.00), adjusted by −504.00, paid 100,000.00; July only computed. */
    String certifiedPaidAndComputed() throws Exception {
        String state = freshState();
        long contingent = workedExample(state);
        long june = compute(contingent, "2026-06-01", "2026-06-30");
        String base = "/api/v1/claims/verification-reports/" + june;
        mvc.perform(as(post(base + "/submission"), "mission.coe")).andExpect(status().isOk());
        mvc.perform(as(post(base + "/technical-review"), "hq.reviewer")).andExpect(status().isOk());
        mvc.perform(as(post(base + "/certification"), OFFICER)).andExpect(status().isOk())
                .andExpect(jsonPath("$.certified").value("642504.00"));
        mvc.perform(json(post(base + "/adjustments"), "{\"amount\": \"-504.00\", \"reason\": \"rounding agreed\"}",
                OFFICER)).andExpect(status().isOk());
        mvc.perform(json(post(base + "/payments"), "{\"amount\": \"100000.00\", \"paidOn\": \"2026-11-20\"}",
                "treasury")).andExpect(status().isOk());
        compute(contingent, "2026-07-01", "2026-07-31");
        return state;
    }

    // ------------------------------------------------------------------ financial status

    @Test
    void financial_status_sums_certified_paid_and_outstanding_by_member_state_and_mission() throws Exception {
        String state = certifiedPaidAndComputed();
        String url = "/api/v1/claims/reports/financial-status?from=2026-06&to=2026-07&memberState=" + state;

        mvc.perform(as(get(url), OFFICER))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.from").value("2026-06"))
                .andExpect(jsonPath("$.byMemberState.length()").value(1))
                .andExpect(jsonPath("$.byMemberState[0].memberState").value(state))
                .andExpect(jsonPath("$.byMemberState[0].count").value(2))
                // 642,504.00 − 504.00 certified (the July report is not certified: 0), 100,000.00 paid
                .andExpect(jsonPath("$.byMemberState[0].certified").value("642000.00"))
                .andExpect(jsonPath("$.byMemberState[0].paid").value("100000.00"))
                .andExpect(jsonPath("$.byMemberState[0].outstanding").value("542000.00"))
                .andExpect(jsonPath("$.byMission[0].missionCode").value("MINUSCA"))
                .andExpect(jsonPath("$.byMission[0].outstanding").value("542000.00"))
                .andExpect(jsonPath("$.cells[0].memberState").value(state))
                .andExpect(jsonPath("$.cells[0].missionCode").value("MINUSCA"))
                .andExpect(jsonPath("$.totals[0].currency").value("USD"))
                .andExpect(jsonPath("$.totals[0].certified").value("642000.00"));
        // a period that starts after June leaves only the uncertified July report
        mvc.perform(as(get("/api/v1/claims/reports/financial-status?from=2026-07&to=2026-07&memberState=" + state),
                        OFFICER))
                .andExpect(jsonPath("$.byMemberState[0].count").value(1))
                .andExpect(jsonPath("$.byMemberState[0].certified").value("0.00"));
        // the portal reads the same definition (shared ReportLedger)
        mvc.perform(as(get("/api/v1/claims/portal/" + state + "/summary"), "admin"))
                .andExpect(jsonPath("$.totals[0].certified").value("642000.00"))
                .andExpect(jsonPath("$.totals[0].outstanding").value("542000.00"));
    }

    @Test
    void the_default_period_is_the_current_un_financial_year() throws Exception {
        LocalDate today = LocalDate.now();
        int start = today.getMonthValue() >= 7 ? today.getYear() : today.getYear() - 1;
        mvc.perform(as(get("/api/v1/claims/reports/financial-status"), OFFICER))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.from").value(start + "-07"))
                .andExpect(jsonPath("$.to").value((start + 1) + "-06"));
        assertThat(ClaimsReports.financialYear(LocalDate.of(2026, 6, 30)))
                .isEqualTo(new ClaimsReports.Period(YearMonth.of(2025, 7), YearMonth.of(2026, 6)));
        assertThat(ClaimsReports.financialYear(LocalDate.of(2026, 7, 1)))
                .isEqualTo(new ClaimsReports.Period(YearMonth.of(2026, 7), YearMonth.of(2027, 6)));
    }

    long dndClaim(String state, String kind, String impairment, String... actions) throws Exception {
        String body = mvc.perform(json(post("/api/v1/claims/death-disability"), """
                        {"memberState": "%s", "missionCode": "MINUSCA", "memberName": "Test Member", "memberNumber": "TM-%s",
                         "incidentDate": "2026-03-14", "kind": "%s", "impairmentPercent": %s,
                         "boardOfInquiryReference": "BOI-%s", "receivedOn": "2026-04-02"}"""
                        .formatted(state, UUID.randomUUID(), kind, impairment, UUID.randomUUID()), OFFICER))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        long id = ((Number) JsonPath.read(body, "$.id")).longValue();
        for (String action : actions) {
            String[] parts = action.split(" ", 2);
            // payments are treasury's, never the certifier's (segregation of duties)
            mvc.perform(json(post("/api/v1/claims/death-disability/" + id + "/" + parts[0]),
                    parts.length > 1 ? parts[1] : "{}", "pay".equals(parts[0]) ? "treasury" : OFFICER))
                    .andExpect(status().isOk());
        }
        return id;
    }

    @Test
    void death_and_disability_claims_are_a_separate_block_by_certification_date() throws Exception {
        String state = freshMemberState();
        dndClaim(state, "DEATH", "null", "certify", "pay {\"amount\": 70000}");    // 70,000.00 paid
        dndClaim(state, "DISABILITY", "35", "certify");                                       // 35 % = 24,500.00
        dndClaim(state, "DISABILITY", "60");                                                  // not certified
        dndClaim(state, "DEATH", "null", "reject {\"reason\": \"not attributable to service\"}");

        // certified today: inside the current financial year (the default period)
        mvc.perform(as(get("/api/v1/claims/reports/financial-status?memberState=" + state), OFFICER))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.byMemberState").isEmpty())
                .andExpect(jsonPath("$.deathAndDisability.cells.length()").value(1))
                .andExpect(jsonPath("$.deathAndDisability.cells[0].memberState").value(state))
                .andExpect(jsonPath("$.deathAndDisability.cells[0].missionCode").value("MINUSCA"))
                .andExpect(jsonPath("$.deathAndDisability.cells[0].count").value(2))
                .andExpect(jsonPath("$.deathAndDisability.cells[0].certified").value("94500.00"))
                .andExpect(jsonPath("$.deathAndDisability.cells[0].paid").value("70000.00"))
                .andExpect(jsonPath("$.deathAndDisability.cells[0].outstanding").value("24500.00"));
        mvc.perform(as(get("/api/v1/claims/reports/financial-status?from=2020-07&to=2021-06&memberState=" + state),
                        OFFICER))
                .andExpect(jsonPath("$.deathAndDisability.cells").isEmpty());
    }

    @Test
    void exports_hold_the_same_figures_in_csv_and_xlsx() throws Exception {
        String state = certifiedPaidAndComputed();
        String query = "?from=2026-06&to=2026-07&memberState=" + state;

        String csv = mvc.perform(get("/api/v1/claims/reports/financial-status.csv" + query).with(user(OFFICER)))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", containsString("text/csv")))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(csv.split("\r\n")).containsExactly(
                "Member State,Currency,Reports,Certified,Paid,Outstanding",
                state + ",USD,2,642000.00,100000.00,542000.00",
                "Total,USD,2,642000.00,100000.00,542000.00");
        String cross = mvc.perform(get("/api/v1/claims/reports/financial-status.csv" + query + "&table=cross")
                        .with(user(OFFICER)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(cross).contains(state + ",MINUSCA,USD,2,642000.00,100000.00,542000.00");
        mvc.perform(get("/api/v1/claims/reports/financial-status.csv" + query + "&table=nonsense").with(user(OFFICER))
                        .accept(MediaType.APPLICATION_JSON))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("table")));

        byte[] xlsx = mvc.perform(get("/api/v1/claims/reports/financial-status.xlsx" + query).with(user(OFFICER)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            assertThat(book.getNumberOfSheets()).isEqualTo(4);
            Sheet byState = book.getSheet("by-member-state");
            Row header = byState.getRow(2);
            assertThat(header.getCell(3).getStringCellValue()).isEqualTo("Certified");
            Row row = byState.getRow(3);
            assertThat(row.getCell(0).getStringCellValue()).isEqualTo(state);
            assertThat(BigDecimal.valueOf(row.getCell(3).getNumericCellValue())).isEqualByComparingTo("642000.00");
            assertThat(BigDecimal.valueOf(row.getCell(4).getNumericCellValue())).isEqualByComparingTo("100000.00");
            assertThat(BigDecimal.valueOf(row.getCell(5).getNumericCellValue())).isEqualByComparingTo("542000.00");
            assertThat(row.getCell(3).getCellStyle().getDataFormatString()).isEqualTo("#,##0.00");
        }
    }

    @Test
    void the_screen_shows_a_chart_beside_the_table_and_renders_numbers_and_labels_in_french() throws Exception {
        String state = certifiedPaidAndComputed();
        String page = mvc.perform(get("/claims/reports/financial-status")
                        .param("from", "2026-06").param("to", "2026-07").param("memberState", state)
                        .with(user("reports.reader.fr")))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("Situation financière : certifié, payé, restant dû", "Restant dû", "Par État Membre",
                formats.money(new BigDecimal("542000.00"), "USD", Locale.FRENCH),
                formats.money(new BigDecimal("642000.00"), "USD", Locale.FRENCH));
        assertThat(formats.money(new BigDecimal("542000.00"), "USD", Locale.FRENCH)).contains("542").contains(",00");
        assertThat(page).contains("<svg", "role=\"img\"", "<title id=\"chart-state-USD-title\">")
                .doesNotContain("<script>").doesNotContain(" style=\"").doesNotContain("<style");
        // each chart sits in its own section: by Member State first, then by mission
        int missionSection = page.indexOf("Par mission");
        assertThat(missionSection).isPositive();
        assertThat(page.indexOf("chart-state-USD-title")).isBetween(page.indexOf("Par État Membre"), missionSection);
        assertThat(page.indexOf("chart-mission-USD-title")).isGreaterThan(missionSection);
        assertThat(page).contains("/api/v1/claims/reports/financial-status.xlsx?from=2026-06&amp;to=2026-07&amp;memberState="
                + state);
    }

    // ------------------------------------------------------------------ shortfalls

    @Test
    void shortfalls_list_lines_below_the_mou_and_the_standard_unverified_lines_and_poor_ratings_with_their_cost()
            throws Exception {
        String state = freshState();
        shortfallContingent(state, "MINUSCA");

        String body = mvc.perform(as(get("/api/v1/claims/reports/shortfalls?month=2026-06&memberState=" + state),
                        OFFICER))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.ruleSet").value("COE-2026-v1"))
                .andExpect(jsonPath("$.contingents.length()").value(1))
                .andExpect(jsonPath("$.contingents[0].amountProblems").isEmpty())
                .andReturn().getResponse().getContentAsString();
        List<Map<String, Object>> lines = JsonPath.read(body, "$.contingents[0].shortfalls");
        assertThat(lines).extracting(l -> l.get("reference"))
                .containsExactly("ME-1", "ME-2", "ME-3", "CATERING", "COMMUNICATIONS");   // medical OK, accommodation UN
        // ME-1: wet 8 of 10 — below the MOU and below the 90 % standard; 2 × 5000 lost
        assertThat(lines.get(0)).containsEntry("types", List.of("BELOW_MOU", "BELOW_STANDARD"))
                .containsEntry("mouQuantity", 10).containsEntry("serviceable", 8)
                .containsEntry("amount", "40000.00").containsEntry("effect", "10000.00");
        // ME-2: wet 9 of 10 — below the MOU, meets the standard
        assertThat(lines.get(1)).containsEntry("types", List.of("BELOW_MOU")).containsEntry("effect", "1800.00");
        // ME-3: dry, never verified: nothing paid, 6 × 650 lost
        assertThat(lines.get(2)).containsEntry("types", List.of("NOT_VERIFIED")).containsEntry("amount", "0.00")
                .containsEntry("effect", "3900.00");
        // catering unsatisfactory: 28 × 100 lost; communications half of 12.50 × 100
        assertThat(lines.get(3)).containsEntry("types", List.of("UNSATISFACTORY")).containsEntry("effect", "2800.00");
        assertThat(lines.get(4)).containsEntry("types", List.of("PARTIALLY_SATISFACTORY"))
                .containsEntry("rating", "PARTIALLY_SATISFACTORY").containsEntry("effect", "625.00");
        assertThat((String) JsonPath.read(body, "$.contingents[0].effect")).isEqualTo("19125.00");
        assertThat((Integer) JsonPath.read(body, "$.missions[0].belowStandard")).isEqualTo(1);
        assertThat((Integer) JsonPath.read(body, "$.missions[0].belowMou")).isEqualTo(2);

        String csv = mvc.perform(get("/api/v1/claims/reports/shortfalls.csv?month=2026-06&memberState=" + state)
                        .with(user(OFFICER)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(csv).contains("MINUSCA," + state + ",")
                .contains(",Major equipment,ME-1,\"below MOU quantity, below the 90 % wet-lease standard\",WET,10,8,,40000.00,10000.00");

        String page = mvc.perform(get("/claims/reports/shortfalls").param("month", "2026-06")
                        .param("memberState", state).with(user("reports.reader.fr")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("en deçà de la norme de 90 % (location avec services)", "partiellement satisfaisant",
                formats.money(new BigDecimal("19125.00"), "USD", Locale.FRENCH), "<svg");
    }

    // ------------------------------------------------------------------ COE Working Group summary

    @Test
    void the_coe_summary_totals_stored_lines_by_equipment_and_self_sustainment_category() throws Exception {
        String state = freshState();
        compute(shortfallContingent(state, "MINUSCA"), "2026-06-01", "2026-06-30");

        String body = mvc.perform(as(get("/api/v1/claims/reports/coe-summary?from=2026-06&to=2026-06&memberState="
                        + state), OFFICER))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        List<Map<String, Object>> equipment = JsonPath.read(body, "$.equipment");
        assertThat(equipment).extracting(r -> r.get("category"))
                .containsExactly("Armoured personnel carrier", "Communications", "Support vehicle");
        assertThat(equipment.get(0)).containsEntry("amount", "40000.00").containsEntry("lineMonths", 1)
                .containsEntry("contingents", 1).containsEntry("belowStandard", 1)
                .containsEntry("belowStandardShare", "1.0000");
        assertThat(equipment.get(1)).containsEntry("amount", "0.00").containsEntry("notVerified", 1)
                .containsEntry("notVerifiedShare", "1.0000");
        assertThat(equipment.get(2)).containsEntry("amount", "16200.00").containsEntry("belowStandard", 0);
        List<Map<String, Object>> selfSustainment = JsonPath.read(body, "$.selfSustainment");
        assertThat(selfSustainment).extracting(r -> r.get("category"))
                .containsExactly("ACCOMMODATION", "CATERING", "COMMUNICATIONS", "MEDICAL_BASIC");
        assertThat(selfSustainment).extracting(r -> r.get("amount"))
                .containsExactly("0.00", "0.00", "625.00", "900.00");

        mvc.perform(as(get("/api/v1/claims/reports/coe-summary?from=2026-06&to=2026-06&certifiedOnly=true&memberState="
                        + state), OFFICER))
                .andExpect(jsonPath("$.equipment").isEmpty());
        mvc.perform(as(get("/api/v1/claims/reports/coe-summary?from=2026-06&to=2026-06&byMemberState=true&memberState="
                        + state), OFFICER))
                .andExpect(jsonPath("$.equipment[0].memberState").value(state));

        byte[] xlsx = mvc.perform(get("/api/v1/claims/reports/coe-summary.xlsx?from=2026-06&to=2026-06&memberState="
                        + state).with(user(OFFICER)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Row apc = book.getSheet("equipment").getRow(3);
            assertThat(apc.getCell(0).getStringCellValue()).isEqualTo("Armoured personnel carrier");
            assertThat(apc.getCell(2).getNumericCellValue()).isEqualTo(40000.0);
            assertThat(apc.getCell(6).getNumericCellValue()).isEqualTo(1.0);
            assertThat(apc.getCell(6).getCellStyle().getDataFormatString()).isEqualTo("0.0%");
        }
        mvc.perform(get("/claims/reports/coe-summary").param("from", "2026-06").param("to", "2026-06")
                        .param("memberState", state).with(user(OFFICER)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Armoured personnel carrier")))
                .andExpect(content().string(containsString("100.0%")))
                .andExpect(content().string(containsString("<svg")));
    }

    @Test
    void the_coe_summary_shows_a_categorys_french_label_on_french_pages_when_its_lines_agree() throws Exception {
        String state = freshState();
        // APC lines agree on one French label; "Support vehicle" has one line with and one without: English
        Map<String, Integer> found = Map.of("ME-1", 10, "ME-2", 10, "ME-3", 6);
        for (boolean second : new boolean[] {false, true}) {
            long contingent = contingents.register(new NewContingent("TEST-" + UUID.randomUUID(), "MINUSCA", state,
                    "Infantry company", 100, MissionFactors.NONE, LocalDate.of(2026, 6, 1), null, true,
                    List.of(new NewContingent.Equipment("ME-1", "Armoured personnel carrier", "APC", LeaseType.WET,
                                    10, new BigDecimal("5000.00"), "Véhicule blindé de transport de troupes", "VBTT"),
                            second
                                    ? new NewContingent.Equipment("ME-2", "Support vehicle", "Truck", LeaseType.WET, 10,
                                            new BigDecimal("1800.00"))
                                    : new NewContingent.Equipment("ME-2", "Support vehicle", "Truck", LeaseType.WET, 10,
                                            new BigDecimal("1800.00"), "Véhicule de soutien", "Camion"),
                            new NewContingent.Equipment("ME-3", "Communications", "HF radio", LeaseType.DRY, 6,
                                    new BigDecimal("650.00"), "Communications", "Radio HF")),
                    List.of(new NewContingent.Category("CATERING", Provider.CONTRIBUTOR, new BigDecimal("28.00"))),
                    List.of(new NewContingent.Inspection("ARRIVAL", LocalDate.of(2026, 6, 3), found,
                            Map.of("CATERING", Rating.SATISFACTORY))),
                    Map.of(YearMonth.of(2026, 6), new BigDecimal("100"))));
            compute(contingent, "2026-06-01", "2026-06-30");
        }
        // grouped by the English category (stable key); the API gives the French label when the lines agree
        String body = mvc.perform(as(get("/api/v1/claims/reports/coe-summary?from=2026-06&to=2026-06&memberState="
                        + state), OFFICER))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        List<Map<String, Object>> equipment = JsonPath.read(body, "$.equipment");
        assertThat(equipment).extracting(r -> r.get("category"))
                .containsExactly("Armoured personnel carrier", "Communications", "Support vehicle");
        assertThat(equipment).extracting(r -> r.get("categoryFr"))
                .containsExactly("Véhicule blindé de transport de troupes", "Communications", null);
        assertThat(equipment.get(0)).containsEntry("contingents", 2);
        String url = "/claims/reports/coe-summary?from=2026-06&to=2026-06&memberState=" + state;
        mvc.perform(get(url).with(user("reports.reader.fr")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(">Véhicule blindé de transport de troupes<")))
                .andExpect(content().string(containsString(">Support vehicle<")))
                .andExpect(content().string(not(containsString(">Véhicule de soutien<"))))
                .andExpect(content().string(not(containsString(">Armoured personnel carrier<"))));
        mvc.perform(get(url).with(user(OFFICER)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(">Armoured personnel carrier<")))
                .andExpect(content().string(not(containsString("Véhicule blindé"))));
    }

    @Test
    void reports_computed_before_the_lines_document_keep_their_lines_as_rows_and_count_the_same() throws Exception {
        String state = freshState();
        long report = compute(shortfallContingent(state, "MINUSCA"), "2026-06-01", "2026-06-30");
        String summaryUrl = "/api/v1/claims/reports/coe-summary?from=2026-06&to=2026-06&memberState=" + state;
        String reportUrl = "/api/v1/claims/verification-reports/" + report;
        String summary = mvc.perform(as(get(summaryUrl), OFFICER)).andReturn().getResponse().getContentAsString();
        String detail = mvc.perform(as(get(reportUrl), OFFICER)).andReturn().getResponse().getContentAsString();
        List<ReportStore.StoredLine> lines = reportStore.lines(report);
        assertThat(lines).hasSizeGreaterThan(5);

        // the storage of a report computed before V28_1: one row per computed line, no document
        jdbc.sql("DELETE FROM claims_report_computed_lines WHERE report_id = ?").param(report).update();
        for (ReportStore.StoredLine line : lines) {
            jdbc.sql("""
                    INSERT INTO claims_report_line (report_id, line_month, kind, reference, amount, flags,
                        explanation_key, explanation_args) VALUES (?, ?, ?, ?, ?, ?, ?, ?)""")
                    .params(report, line.month(), line.kind(), line.reference(), line.amount(),
                            String.join(",", line.flags()), line.explanation().messageKey(),
                            ExplanationCodec.encode(line.explanation().args()))
                    .update();
        }

        assertThat(reportStore.lines(report)).isEqualTo(lines);
        mvc.perform(as(get(summaryUrl), OFFICER)).andExpect(content().json(summary, JsonCompareMode.STRICT));
        mvc.perform(as(get(reportUrl), OFFICER)).andExpect(content().json(detail, JsonCompareMode.STRICT));
    }

    @Test
    void the_coe_summary_reads_the_line_documents_page_by_page_not_a_whole_period_at_once() throws Exception {
        String state = freshState();
        compute(shortfallContingent(state, "MINUSCA"), "2026-06-01", "2026-06-30");
        Map<String, Integer> fetchSizes = new ConcurrentHashMap<>();
        ClaimsReports recording = new ClaimsReports(JdbcClient.create(recordingFetchSizes(dataSource, fetchSizes)),
                ledger, dndClaims, contingents, ruleSets, claimsAccess, accessPolicy, claimsMessages);
        YearMonth june = YearMonth.of(2026, 6);
        SecurityContextHolder.getContext().setAuthentication(
                new TestingAuthenticationToken(OFFICER, "n/a", "ROLE_USER"));
        try {
            ClaimsReports.CoeSummary summary = transactions.execute(status ->
                    recording.coeSummary(june, june, state, true, false));
            assertThat(summary).isEqualTo(claimsReports.coeSummary(june, june, state, true, false));
            assertThat(summary.equipment()).isNotEmpty();
        } finally {
            SecurityContextHolder.clearContext();
        }

        // PostgreSQL's driver reads a result completely before its first row unless a fetch size is set (then, in
        // the read-only transaction, through a cursor): 120 months of reports would be held at once
        assertThat(fetchSizes).as("the documents query").hasEntrySatisfying("claims_report_computed_lines",
                size -> assertThat(size).isBetween(1, 1000));
        assertThat(fetchSizes).as("the legacy rows query").hasEntrySatisfying("claims_report_line",
                size -> assertThat(size).isPositive());
    }

    /** The fetch size set on each statement reading a report-lines table, by that table's name. */
    static DataSource recordingFetchSizes(DataSource target, Map<String, Integer> fetchSizes) {
        return (DataSource) Proxy.newProxyInstance(ClaimsReportsTests.class.getClassLoader(),
                new Class<?>[] {DataSource.class}, (proxy, method, args) -> {
                    if (method.getDeclaringClass() == Object.class) {   // its own identity: not the target's transaction
                        return switch (method.getName()) {
                            case "equals" -> proxy == args[0];
                            case "hashCode" -> System.identityHashCode(proxy);
                            default -> "recording " + target;
                        };
                    }
                    Object result = invoke(target, method, args);
                    if (!(result instanceof Connection connection)) {
                        return result;
                    }
                    return Proxy.newProxyInstance(ClaimsReportsTests.class.getClassLoader(),
                            new Class<?>[] {Connection.class}, (cp, cm, cargs) -> {
                                Object made = invoke(connection, cm, cargs);
                                if (!(made instanceof PreparedStatement statement)
                                        || !cm.getName().equals("prepareStatement")) {
                                    return made;
                                }
                                String sql = (String) cargs[0];
                                String table = sql.contains("JOIN claims_report_computed_lines")
                                        ? "claims_report_computed_lines"
                                        : sql.contains("FROM claims_report_line") ? "claims_report_line" : null;
                                return Proxy.newProxyInstance(ClaimsReportsTests.class.getClassLoader(),
                                        new Class<?>[] {PreparedStatement.class}, (sp, sm, sargs) -> {
                                            if (table != null && sm.getName().equals("setFetchSize")) {
                                                fetchSizes.put(table, (Integer) sargs[0]);
                                            }
                                            return invoke(statement, sm, sargs);
                                        });
                            });
                });
    }

    private static Object invoke(Object target, Method method, Object[] args) throws Throwable {
        try {
            return method.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }

    @Test
    void every_screen_renders_with_its_defaults_and_a_month_without_strength_returns_shows_no_amounts()
            throws Exception {
        for (String page : List.of("/claims/reports", "/claims/reports/financial-status", "/claims/reports/shortfalls",
                "/claims/reports/coe-summary", "/claims/reports/coe-summary?byMemberState=true&certifiedOnly=true")) {
            mvc.perform(get(page).with(user(OFFICER))).andExpect(status().isOk());
        }
        // the COE summary's two check boxes sit beside their labels, not above them
        String summary = mvc.perform(get("/claims/reports/coe-summary").with(user(OFFICER)))
                .andReturn().getResponse().getContentAsString();
        assertThat(summary).contains("<div class=\"field field-check\">\n      <input id=\"byMemberState\"")
                .contains("<div class=\"field field-check\">\n      <input id=\"certifiedOnly\"");
        String state = freshState();
        shortfallContingent(state, "MINUSCA");   // strength return for June 2026 only
        mvc.perform(get("/claims/reports/shortfalls").param("month", "2026-07").param("memberState", state)
                        .with(user(OFFICER)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Shortfalls listed without amounts")))
                .andExpect(content().string(containsString("no strength return for 2026-07")))
                // the officer reads the reason, not the input's internal field name
                .andExpect(content().string(not(containsString("strengthReturns:"))));
    }

    // ------------------------------------------------------------------ access and validation

    @Test
    void member_state_users_and_mission_coe_units_are_refused() throws Exception {
        for (String url : List.of("/api/v1/claims/reports/financial-status", "/api/v1/claims/reports/shortfalls",
                "/api/v1/claims/reports/coe-summary", "/api/v1/claims/reports/financial-status.xlsx",
                "/api/v1/claims/reports/shortfalls.csv?memberState=BGD")) {
            mvc.perform(get(url).with(user("portal.bgd")).accept(MediaType.APPLICATION_JSON))
                    .andExpect(status().isForbidden());
            mvc.perform(get(url).with(user("mission.coe")).accept(MediaType.APPLICATION_JSON))
                    .andExpect(status().isForbidden());
        }
        for (String page : List.of("/claims/reports", "/claims/reports/financial-status", "/claims/reports/shortfalls",
                "/claims/reports/coe-summary")) {
            mvc.perform(get(page).with(user("portal.bgd"))).andExpect(status().isForbidden());
        }
        mvc.perform(get("/claims/reports").with(user("portal.bgd")).accept(MediaType.TEXT_HTML))
                .andExpect(status().isForbidden());
        mvc.perform(get("/claims/portal").with(user("portal.bgd")))
                .andExpect(content().string(not(containsString("href=\"/claims/reports\""))));
        // the demo auditor (platform AUDITOR) also holds CLAIMS_REPORTS_READER, department-wide
        mvc.perform(get("/claims/reports").with(user("auditor"))).andExpect(status().isOk());
        mvc.perform(get("/claims/reports").with(user(OFFICER)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("href=\"/claims/reports/shortfalls\"")));
    }

    @Test
    void a_reader_scoped_to_one_mission_sees_only_that_mission() throws Exception {
        String body = mvc.perform(as(get("/api/v1/claims/reports/financial-status?from=2026-07&to=2026-09"),
                        "reports.unmiss"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        List<String> missions = JsonPath.read(body, "$.byMission[*].missionCode");
        assertThat(missions).containsOnly("UNMISS");
        List<String> shortfallMissions = JsonPath.read(mvc.perform(as(get(
                        "/api/v1/claims/reports/shortfalls?month=2026-09"), "reports.unmiss"))
                .andReturn().getResponse().getContentAsString(), "$.contingents[*].missionCode");
        assertThat(shortfallMissions).isNotEmpty().containsOnly("UNMISS");
    }

    @Test
    void invalid_parameters_are_refused_naming_the_field_and_the_rule() throws Exception {
        mvc.perform(as(get("/api/v1/claims/reports/financial-status?from=2026-13"), OFFICER))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("\"from\"")))
                .andExpect(content().string(containsString("YearMonth")));
        mvc.perform(as(get("/api/v1/claims/reports/coe-summary?from=2026-07&to=2026-06"), OFFICER))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("NotBeforeFrom")));
        mvc.perform(as(get("/api/v1/claims/reports/shortfalls?memberState=B1"), OFFICER))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("memberState")));
        mvc.perform(get("/claims/reports/financial-status").param("from", "juillet").with(user(OFFICER)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("from: must be a month written YYYY-MM")));
    }
}
