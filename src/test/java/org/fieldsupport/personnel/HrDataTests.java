package org.fieldsupport.personnel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.fieldsupport.personnel.PersonnelTestSupport.getAs;
import static org.fieldsupport.personnel.PersonnelTestSupport.id;
import static org.fieldsupport.personnel.PersonnelTestSupport.postAs;
import static org.fieldsupport.personnel.PersonnelTestSupport.unique;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.fieldsupport.personnel.hrdata.domain.HrIndicators;
import org.fieldsupport.personnel.hrdata.domain.SelfAssessmentChecklist;
import org.fieldsupport.platform.api.TabularFile;
import org.fieldsupport.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

/** HR data (6.6, 6.5.a/d/g): indicators from the records, self-assessments, personnel files, guidance. */
@IntegrationTest
class HrDataTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;

    @Test
    void percentages_are_half_even_to_one_decimal_and_a_rate_over_nothing_is_null() {
        assertThat(HrIndicators.percent(1, 8)).isEqualByComparingTo("12.5");
        assertThat(HrIndicators.percent(1, 6)).isEqualByComparingTo("16.7");
        assertThat(HrIndicators.percent(1, 16)).isEqualByComparingTo("6.2");   // 6.25 -> 6.2 (HALF_EVEN)
        assertThat(HrIndicators.percent(3, 16)).isEqualByComparingTo("18.8");  // 18.75 -> 18.8
        assertThat(HrIndicators.percent(0, 0)).isNull();
        assertThat(HrIndicators.averageDaysToEncumbrance(List.of(
                new HrIndicators.Filled(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 1, 11)),
                new HrIndicators.Filled(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 1, 22))))).isEqualByComparingTo("15.5");
        assertThat(HrIndicators.averageDaysToEncumbrance(List.of())).isNull();
    }

    private Map<String, Object> vacancy(String user, String mission) throws Exception {
        String body = getAs(mvc, user, "/api/v1/personnel/indicators?mission=" + mission).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        return JsonPath.read(body, "$.total");
    }

    @Test
    void the_vacancy_rate_is_computed_from_the_staffing_table_and_follows_it() throws Exception {
        Map<String, Object> before = vacancy("hr.minusca", "MINUSCA");
        long authorised = ((Number) before.get("authorised")).longValue();
        long vacant = ((Number) before.get("vacant")).longValue();
        assertThat(authorised).isGreaterThanOrEqualTo(290);
        assertThat(new BigDecimal(before.get("ratePercent").toString()))
                .isEqualByComparingTo(HrIndicators.percent(vacant, authorised));
        // two more vacant posts by import: the rate follows
        String csv = "post_number,mission,unit,title,grade,funding_source,budget_period,valid_from\n"
                + "MINUSCA-IND-" + unique() + ",MINUSCA,Medical Section,Nurse,NO-A,ASSESSED,2026/27,2026-07-01\n"
                + "MINUSCA-IND-" + unique() + ",MINUSCA,Medical Section,Nurse,NO-A,ASSESSED,2026/27,2026-07-01\n";
        mvc.perform(multipart("/api/v1/personnel/posts/import")
                .file(new MockMultipartFile("file", "t.csv", "text/csv", csv.getBytes(StandardCharsets.UTF_8)))
                .with(user("hr.minusca")).with(csrf())).andExpect(status().isOk());
        Map<String, Object> after = vacancy("hr.minusca", "MINUSCA");
        assertThat(((Number) after.get("authorised")).longValue()).isEqualTo(authorised + 2);
        assertThat(((Number) after.get("vacant")).longValue()).isEqualTo(vacant + 2);
        getAs(mvc, "hr.minusca", "/api/v1/personnel/indicators?mission=MINUSCA")
                .andExpect(jsonPath("$.ruleSet").value(HrIndicators.RULE_SET))
                .andExpect(jsonPath("$.gender[0].gradeCode").isString())
                .andExpect(jsonPath("$.geography[0].nationalities").isNumber())
                .andExpect(jsonPath("$.averageDaysToEncumbrance").isNumber())
                .andExpect(jsonPath("$.contractExpiries").isNumber());
        getAs(mvc, "hr.minusca", "/api/v1/personnel/indicators?mission=UNMISS").andExpect(status().isForbidden());
        getAs(mvc, "staff.demo", "/api/v1/personnel/indicators").andExpect(status().isForbidden());
        // headquarters sees every mission
        String hq = getAs(mvc, "hr.hq", "/api/v1/personnel/indicators").andReturn().getResponse().getContentAsString();
        assertThat((List<String>) JsonPath.read(hq, "$.vacancies[*].missionCode")).contains("MINUSCA", "UNMISS");
    }

    @Test
    void the_indicators_aggregated_by_the_database_equal_the_rule_applied_record_by_record() throws Exception {
        for (String mission : List.of("MINUSCA", "UNMISS")) {
            String body = getAs(mvc, "hr.hq", "/api/v1/personnel/indicators?mission=" + mission).andExpect(status().isOk())
                    .andReturn().getResponse().getContentAsString();
            // record by record: every vacancy period of the mission read, the rule applied in Java
            List<HrIndicators.Filled> filled = jdbc.sql("SELECT v.vacant_from, v.filled_on FROM pers_post_vacancy v"
                            + " JOIN pers_post p ON p.id = v.post_id WHERE v.filled_on IS NOT NULL AND p.mission_code = ?")
                    .param(mission)
                    .query((rs, n) -> new HrIndicators.Filled(rs.getObject(1, LocalDate.class),
                            rs.getObject(2, LocalDate.class))).list();
            BigDecimal expected = HrIndicators.averageDaysToEncumbrance(filled);
            Object actual = JsonPath.read(body, "$.averageDaysToEncumbrance");
            if (expected == null) {
                assertThat(actual).isNull();
            } else {
                assertThat(new BigDecimal(actual.toString())).isEqualByComparingTo(expected);
            }
            assertThat(((Number) JsonPath.read(body, "$.filledVacancies")).longValue()).isEqualTo(filled.size());
            // vacant = active posts without an active staff member, counted one by one
            long vacant = jdbc.sql("SELECT COUNT(*) FROM pers_post p WHERE p.status = 'ACTIVE' AND p.mission_code = ?"
                            + " AND p.id NOT IN (SELECT s.post_id FROM pers_staff s WHERE s.status = 'ACTIVE'"
                            + " AND s.post_id IS NOT NULL)").param(mission).query(Long.class).single();
            assertThat(((Number) JsonPath.read(body, "$.total.vacant")).longValue()).isEqualTo(vacant);
            long nationalitiesP3 = jdbc.sql("SELECT COUNT(DISTINCT nationality) FROM pers_staff WHERE status = 'ACTIVE'"
                    + " AND mission_code = ? AND grade_code = 'P-3'").param(mission).query(Long.class).single();
            List<Integer> reported = JsonPath.read(body, "$.geography[?(@.gradeCode == 'P-3')].nationalities");
            assertThat(reported.isEmpty() ? 0L : reported.get(0).longValue()).isEqualTo(nationalitiesP3);
        }
    }

    @Test
    void the_indicators_export_as_xlsx_and_publish_as_figures() throws Exception {
        byte[] xlsx = mvc.perform(get("/api/v1/personnel/indicators/export?mission=MINUSCA").with(user("hr.reader")))
                .andExpect(status().isOk()).andExpect(content().contentType(TabularFile.XLSX_CONTENT_TYPE))
                .andReturn().getResponse().getContentAsByteArray();
        TabularFile.Table table = TabularFile.read("i.xlsx", xlsx, "file");
        assertThat(table.rows()).extracting(r -> r.get("indicator")).contains("vacancy_rate", "women_share",
                "nationalities", "average_days_to_encumbrance", "contract_expiries_90_days");
        postAs(mvc, "hr.reader", "/api/v1/personnel/indicators/publish?mission=MINUSCA", "{}").andExpect(status().isForbidden());
        postAs(mvc, "hr.minusca", "/api/v1/personnel/indicators/publish?mission=MINUSCA", "{}").andExpect(status().isCreated());
        getAs(mvc, "staff.demo", "/api/v1/personnel/guidance?kind=FIGURES").andExpect(status().isOk())
                .andExpect(jsonPath("$[0].kind").value("FIGURES"))
                .andExpect(jsonPath("$[0].bodyFr").value(org.hamcrest.Matchers.containsString("Taux de vacance")));
    }

    @Test
    void a_self_assessment_closes_only_when_answered_and_every_shortfall_has_an_action_plan() throws Exception {
        String period = String.valueOf(3000 + unique() % 6000);
        long id = id(postAs(mvc, "hr.minusca", "/api/v1/personnel/self-assessments",
                "{\"missionCode\": \"MINUSCA\", \"period\": \"" + period + "\"}").andExpect(status().isCreated())
                .andExpect(jsonPath("$.items.length()").value(SelfAssessmentChecklist.ITEMS.size()))
                .andExpect(jsonPath("$.checks.vacantOver180Days").isNumber()));
        postAs(mvc, "hr.minusca", "/api/v1/personnel/self-assessments",
                "{\"missionCode\": \"MINUSCA\", \"period\": \"" + period + "\"}").andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.code").value("personnel.qa.refused.exists"));
        postAs(mvc, "hr.minusca", "/api/v1/personnel/self-assessments", "{\"missionCode\": \"MINUSCA\", \"period\": \"soon\"}")
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("period"));
        String path = "/api/v1/personnel/self-assessments/" + id;
        postAs(mvc, "hr.minusca", path + "/close", "{}").andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.code").value("personnel.qa.refused.unanswered"));
        for (String item : SelfAssessmentChecklist.ITEMS) {
            boolean ok = !item.equals("PERSONNEL_FILES_COMPLETE");
            postAs(mvc, "hr.minusca", path + "/items/" + item, "{\"compliant\": " + ok + ", \"finding\": \"seen\"}")
                    .andExpect(status().isOk());
        }
        postAs(mvc, "hr.minusca", path + "/close", "{}").andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.code").value("personnel.qa.refused.noActionPlan"));
        postAs(mvc, "hr.minusca", path + "/items/PERSONNEL_FILES_COMPLETE", """
                {"compliant": false, "finding": "letters missing", "actionPlan": "scan them", "dueOn": "%s"}"""
                .formatted(LocalDate.now().plusMonths(1))).andExpect(status().isOk());
        postAs(mvc, "hr.minusca", path + "/close", "{}").andExpect(status().isOk()).andExpect(jsonPath("$.status").value("CLOSED"));
        postAs(mvc, "hr.minusca", path + "/items/CHECK_IN_CHECK_OUT", "{\"compliant\": true}")
                .andExpect(status().isUnprocessableContent()).andExpect(jsonPath("$.code").value("personnel.qa.refused.closed"));
        getAs(mvc, "hr.reader", path).andExpect(status().isForbidden());
        getAs(mvc, "hr.hq", "/api/v1/personnel/self-assessments?mission=MINUSCA").andExpect(status().isOk())
                .andExpect(jsonPath("$[*].period").value(hasItem(period)));
    }

    @Test
    void personnel_files_are_open_to_hr_in_scope_only_checked_by_content_and_every_read_is_logged() throws Exception {
        long staff = jdbc.sql("SELECT MIN(id) FROM pers_staff WHERE mission_code = 'MINUSCA' AND status = 'ACTIVE'")
                .query(Long.class).single();
        byte[] pdf = "%PDF-1.4\n% test letter\n".getBytes(StandardCharsets.US_ASCII);
        mvc.perform(multipart("/api/v1/personnel/staff/" + staff + "/file").param("title", "Letter")
                        .file(new MockMultipartFile("file", "letter.pdf", "application/pdf", "not a pdf".getBytes()))
                        .with(user("hr.minusca")).with(csrf()))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("file"));
        String created = mvc.perform(multipart("/api/v1/personnel/staff/" + staff + "/file").param("title", "Signed letter")
                        .file(new MockMultipartFile("file", "letter.pdf", "application/pdf", pdf))
                        .with(user("hr.minusca")).with(csrf()))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        long doc = ((Number) JsonPath.read(created, "$.id")).longValue();
        mvc.perform(multipart("/api/v1/personnel/staff/" + staff + "/file").param("title", "x")
                        .file(new MockMultipartFile("file", "letter.pdf", "application/pdf", pdf))
                        .with(user("hr.reader")).with(csrf()))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/personnel/staff/" + staff + "/file/" + doc).with(user("hr.reader")))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/personnel/staff/" + staff + "/file/" + doc).with(user("hr.minusca")))
                .andExpect(status().isOk()).andExpect(content().bytes(pdf));
        assertThat(jdbc.sql("SELECT COUNT(*) FROM pers_file_read WHERE document_id = ? AND read_by = 'hr.minusca'")
                .param(doc).query(Long.class).single()).isEqualTo(1);
        getAs(mvc, "hr.minusca", "/api/v1/personnel/staff/" + staff + "/file")
                .andExpect(jsonPath("$.reads[0].readBy").value("hr.minusca"));
        long demo = jdbc.sql("SELECT id FROM pers_staff WHERE username = 'staff.demo'").query(Long.class).single();
        getAs(mvc, "staff.demo", "/api/v1/personnel/staff/" + demo + "/file").andExpect(status().isForbidden());
    }

    @Test
    void guidance_is_published_in_english_and_french_by_hr_and_read_by_every_staff_member() throws Exception {
        postAs(mvc, "hr.hq", "/api/v1/personnel/guidance", """
                {"kind": "POLICY_ADVICE", "titleEn": "Danger pay", "bodyEn": "Rates change on 1 January."}""")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field").value(hasItem("titleFr")))
                .andExpect(jsonPath("$.errors[*].field").value(hasItem("bodyFr")));
        String title = "Danger pay " + unique();
        String json = """
                {"kind": "CONDITIONS_OF_SERVICE", "missionCode": "MINUSCA", "titleEn": "%s", "titleFr": "Prime de risque",
                 "bodyEn": "Rates change on 1 January.", "bodyFr": "Les taux changent le 1er janvier."}""".formatted(title);
        postAs(mvc, "staff.demo", "/api/v1/personnel/guidance", json).andExpect(status().isForbidden());
        postAs(mvc, "hr.minusca", "/api/v1/personnel/guidance", json.replace("MINUSCA", "UNMISS")).andExpect(status().isForbidden());
        postAs(mvc, "hr.minusca", "/api/v1/personnel/guidance", json).andExpect(status().isCreated())
                .andExpect(jsonPath("$.publishedBy").value("hr.minusca"));
        getAs(mvc, "staff.demo", "/api/v1/personnel/guidance?kind=CONDITIONS_OF_SERVICE").andExpect(status().isOk())
                .andExpect(jsonPath("$[*].titleEn").value(hasItem(title)));
        getAs(mvc, "staff.demo", "/api/v1/personnel/guidance?kind=TRAINING").andExpect(jsonPath("$[0].kind").value("TRAINING"));
    }
}
