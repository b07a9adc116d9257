package org.fieldsupport.personnel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.fieldsupport.personnel.PersonnelTestSupport.getAs;
import static org.fieldsupport.personnel.PersonnelTestSupport.id;
import static org.fieldsupport.personnel.PersonnelTestSupport.postAs;
import static org.fieldsupport.personnel.PersonnelTestSupport.unique;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.fieldsupport.personnel.recruitment.domain.ExperienceRule;
import org.fieldsupport.personnel.recruitment.domain.ExperienceRule.Period;
import org.fieldsupport.personnel.recruitment.domain.PostingWindow;
import org.fieldsupport.personnel.recruitment.internal.ApplicantAccounts;
import org.fieldsupport.platform.security.Scope;
import org.fieldsupport.platform.security.UserDirectory;
import org.fieldsupport.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Recruitment (6.7.a, 6.7.b): the rules (total experience, posting window), blind review on every path, the
 * pipeline from application to selection under a delegation, rostering of the endorsed not selected, and the
 * recruit-from-roster selection — with the refusals.
 */
@IntegrationTest
class RecruitmentPipelineTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    ApplicantAccounts accounts;
    @Autowired
    UserDirectory users;

    static final String API = "/api/v1/personnel/recruitment";

    @Test
    void total_experience_is_the_union_of_the_periods_in_years_half_even_to_one_decimal() {
        LocalDate asOf = LocalDate.of(2026, 12, 5);
        // 2020 whole year + overlapping 2020-07-01..2021-06-30 → 2020-01-01..2021-06-30 = 547 days → 1.4976 → 1.5
        assertThat(ExperienceRule.days(List.of(new Period(LocalDate.of(2020, 1, 1), LocalDate.of(2020, 12, 31)),
                new Period(LocalDate.of(2020, 7, 1), LocalDate.of(2021, 6, 30))), asOf)).isEqualTo(547);
        assertThat(ExperienceRule.years(List.of(new Period(LocalDate.of(2020, 1, 1), LocalDate.of(2020, 12, 31)),
                new Period(LocalDate.of(2020, 7, 1), LocalDate.of(2021, 6, 30))), asOf)).isEqualByComparingTo("1.5");
        // a period inside another counts nothing more; an open period runs to the as-of date; adjacent periods join
        assertThat(ExperienceRule.days(List.of(new Period(LocalDate.of(2024, 1, 1), null),
                new Period(LocalDate.of(2025, 3, 1), LocalDate.of(2025, 4, 1))), LocalDate.of(2024, 1, 10))).isEqualTo(10);
        assertThat(ExperienceRule.days(List.of(new Period(LocalDate.of(2024, 1, 1), LocalDate.of(2024, 1, 31)),
                new Period(LocalDate.of(2024, 2, 1), LocalDate.of(2024, 2, 29))), asOf)).isEqualTo(60);
        // 365.25 days × 3 = 1095.75 → 1096 days = 3.0007 → 3.0; 1 day → 0.0
        assertThat(ExperienceRule.years(List.of(new Period(LocalDate.of(2020, 1, 1), LocalDate.of(2022, 12, 31))), asOf))
                .isEqualByComparingTo(new BigDecimal("3.0"));
        assertThat(ExperienceRule.years(List.of(), asOf)).isEqualByComparingTo("0.0");
    }

    @Test
    void a_posting_closes_at_midnight_new_york_time_at_the_end_of_the_deadline_date_daylight_saving_included() {
        assertThat(PostingWindow.closesAt(LocalDate.of(2026, 12, 15))).isEqualTo(Instant.parse("2026-12-16T05:00:00Z"));
        assertThat(PostingWindow.closesAt(LocalDate.of(2026, 7, 15))).isEqualTo(Instant.parse("2026-07-16T04:00:00Z"));
        assertThat(PostingWindow.isOpen(Instant.parse("2026-12-16T05:00:00Z"), Instant.parse("2026-12-16T04:59:59Z"))).isTrue();
        assertThat(PostingWindow.isOpen(Instant.parse("2026-12-16T05:00:00Z"), Instant.parse("2026-12-16T05:00:00Z"))).isFalse();
    }

    long demoOpening(String type, String status) {
        return jdbc.sql("SELECT MIN(id) FROM rec_opening WHERE created_by = 'demo-data' AND opening_type = ? AND status = ?")
                .params(type, status).query(Long.class).single();
    }

    @Test
    void demo_data_has_six_openings_of_every_type_with_40_to_120_applications_and_two_rosters() {
        List<Long> counts = jdbc.sql("""
                SELECT COUNT(a.id) FROM rec_opening o LEFT JOIN rec_application a ON a.opening_id = o.id
                WHERE o.created_by = 'demo-data' GROUP BY o.id""").query(Long.class).list();
        assertThat(counts).hasSize(6).allMatch(n -> n >= 40 && n <= 120);
        assertThat(jdbc.sql("SELECT COUNT(DISTINCT opening_type) FROM rec_opening WHERE created_by = 'demo-data'")
                .query(Long.class).single()).isEqualTo(4);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM rec_roster WHERE job_code IN ('HUMAN RESOURCES/P-3/HUMAN RESOURCES OFFICER/FIELD', 'LOGISTICS/P-4/LOGISTICS OFFICER/FIELD')")
                .query(Long.class).single()).isEqualTo(2);
    }

    @Test
    void an_assessor_sees_no_identity_on_any_path_and_only_the_openings_they_are_named_on() throws Exception {
        long opening = demoOpening("TEMPORARY", "POSTED");
        List<String> names = jdbc.sql("""
                SELECT p.full_name FROM rec_application a JOIN rec_applicant p ON p.id = a.applicant_id WHERE a.opening_id = ?""")
                .param(opening).query(String.class).list();
        List<String> emails = jdbc.sql("""
                SELECT p.email FROM rec_application a JOIN rec_applicant p ON p.id = a.applicant_id WHERE a.opening_id = ?""")
                .param(opening).query(String.class).list();
        String list = getAs(mvc, "hr.assessor", API + "/openings/" + opening + "/applications?size=200")
                .andExpect(status().isOk()).andExpect(jsonPath("$.totalElements").value(names.size()))
                .andExpect(jsonPath("$.content[0].candidateRef").exists())
                .andExpect(jsonPath("$.content[0].totalExperience").exists())
                .andExpect(jsonPath("$.content[0].fullName").doesNotExist())
                .andExpect(jsonPath("$.content[0].nationality").doesNotExist())
                .andReturn().getResponse().getContentAsString();
        long appId = ((Number) JsonPath.read(list, "$.content[0].id")).longValue();
        String detail = getAs(mvc, "hr.assessor", API + "/applications/" + appId).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        String profile = getAs(mvc, "hr.assessor", API + "/applications/" + appId + "/profile").andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        String csv = mvc.perform(get(API + "/openings/" + opening + "/applications/export").with(user("hr.assessor")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        String page = mvc.perform(get("/personnel/recruitment/openings/" + opening).with(user("hr.assessor")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        String detailPage = mvc.perform(get("/personnel/recruitment/applications/" + appId).with(user("hr.assessor")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        String audit = String.join("\n", jdbc.sql("SELECT COALESCE(after_json, '') FROM audit_record WHERE entity_type LIKE 'personnel.recruitment.%'")
                .query(String.class).list());
        for (String n : names) {
            for (String body : List.of(list, detail, profile, csv, page, detailPage, audit)) {
                assertThat(body).doesNotContain(n);
            }
            String search = getAs(mvc, "hr.assessor", "/api/v1/search?q=" + n.split(" ")[1]).andReturn().getResponse()
                    .getContentAsString();
            assertThat(search).doesNotContain(n);
        }
        for (String e : emails) {
            assertThat(list + detail + csv + page + detailPage + audit).doesNotContain(e);
        }
        assertThat(csv.lines().findFirst().orElseThrow()).isEqualTo("candidate_ref,gender,total_experience,education,"
                + "languages,on_roster,un_status,screening_passed,status,test_score,interview_score,submitted_at");
        // an opening the assessor is not named on: refused, and absent from their list
        long other = id(postAs(mvc, "hr.recruiter", API + "/openings", genericOpening("NOT-NAMED-" + unique(), null))
                .andExpect(status().isCreated()));
        getAs(mvc, "hr.assessor", API + "/openings/" + other).andExpect(status().isForbidden());
        getAs(mvc, "hr.assessor", API + "/openings/" + other + "/applications").andExpect(status().isForbidden());
        getAs(mvc, "hr.assessor", API + "/openings").andExpect(status().isOk())
                .andExpect(jsonPath("$[*].id", not(hasItem((int) other))))
                .andExpect(jsonPath("$[*].id", hasItem((int) opening)));
        mvc.perform(get("/personnel/recruitment/openings/" + other).with(user("hr.assessor")))
                .andExpect(status().isForbidden());
    }

    static String genericOpening(String family, String assessor) {
        return """
                {"type": "GENERIC", "jobFamily": "%s", "gradeCode": "P-3", "functionalTitle": "Test Officer",
                 "summaryEn": "Summary", "summaryFr": "Résumé", "deadlineDate": "%s"%s}"""
                .formatted(family, LocalDate.now().plusDays(20),
                        assessor == null ? "" : ", \"assessors\": [\"" + assessor + "\"]");
    }

    @Test
    void only_the_recruiter_unblinds_with_a_reason_and_the_unblinding_is_recorded_and_audited() throws Exception {
        long opening = demoOpening("TEMPORARY", "POSTED");
        long app = jdbc.sql("SELECT MIN(id) FROM rec_application WHERE opening_id = ?").param(opening).query(Long.class).single();
        String name = jdbc.sql("SELECT p.full_name FROM rec_application a JOIN rec_applicant p ON p.id = a.applicant_id WHERE a.id = ?")
                .param(app).query(String.class).single();
        postAs(mvc, "hr.assessor", API + "/applications/" + app + "/unblind", "{\"reason\": \"I would like to know who this is\"}")
                .andExpect(status().isForbidden());
        postAs(mvc, "crb.member", API + "/applications/" + app + "/unblind", "{\"reason\": \"I would like to know who this is\"}")
                .andExpect(status().isForbidden());
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post(API + "/applications/" + app + "/unblind")
                        .with(user("hr.recruiter")).with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf())
                        .contentType("application/json").header("Accept-Language", "fr").content("{\"reason\": \"why\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("reason"))
                .andExpect(jsonPath("$.errors[0].message", containsString("motif")));
        postAs(mvc, "hr.recruiter", API + "/applications/" + app + "/unblind",
                "{\"reason\": \"Reference checks before the offer\"}").andExpect(status().isOk())
                .andExpect(jsonPath("$.fullName").value(name))
                .andExpect(jsonPath("$.reason").value("Reference checks before the offer"));
        assertThat(jdbc.sql("SELECT COUNT(*) FROM rec_unblinding WHERE application_id = ? AND username = 'hr.recruiter'")
                .param(app).query(Long.class).single()).isGreaterThanOrEqualTo(1);
        assertThat(String.join("", jdbc.sql("SELECT after_json FROM audit_record WHERE entity_type = 'personnel.recruitment.unblinding' AND entity_id = ?")
                .param(String.valueOf(app)).query(String.class).list())).contains("Reference checks before the offer")
                .doesNotContain(name);
        getAs(mvc, "hr.recruiter", API + "/openings/" + opening + "/unblindings").andExpect(status().isOk())
                .andExpect(jsonPath("$[0].reason").value("Reference checks before the offer"));
        getAs(mvc, "hr.assessor", API + "/openings/" + opening + "/unblindings").andExpect(status().isForbidden());
    }

    static String application(long opening, List<Long> questions, boolean passing, String fromDate) {
        StringBuilder answers = new StringBuilder();
        for (Long q : questions) {
            answers.append(answers.isEmpty() ? "" : ", ").append('"').append(q).append("\": ").append(passing);
        }
        return """
                {"openingId": %d, "gender": "F", "nationality": "SEN", "dateOfBirth": "1985-03-02", "address": "Dakar",
                 "experience": [{"employer": "Ministry", "jobTitle": "Officer", "from": "%s", "to": "2021-12-31"},
                                {"employer": "NGO", "jobTitle": "Adviser", "from": "2021-06-01"}],
                 "education": [{"level": "MASTER", "field": "Law", "institution": "UCAD", "yearCompleted": 2009}],
                 "languages": [{"language": "fr", "level": "FLUENT"}, {"language": "en", "level": "KNOWLEDGE"}],
                 "answers": {%s}}""".formatted(opening, fromDate, answers);
    }

    static String scores(String stage, int score) {
        StringBuilder b = new StringBuilder("{\"scores\": [");
        String[] c = {"PROFESSIONALISM", "COMMUNICATION", "TEAMWORK", "PLANNING_ORGANIZING", "ACCOUNTABILITY", "CLIENT_ORIENTATION"};
        for (int i = 0; i < c.length; i++) {
            b.append(i == 0 ? "" : ", ").append("{\"stage\": \"").append(stage).append("\", \"competency\": \"").append(c[i])
                    .append("\", \"score\": ").append(score).append('}');
        }
        return b.append("]}").toString();
    }

    @Test
    void the_pipeline_runs_from_application_to_selection_under_a_delegation_and_rosters_the_endorsed_not_selected()
            throws Exception {
        long post = PersonnelTestSupport.newPost(mvc, jdbc, "MINUSCA", "P-3");
        String family = "PIPE-" + unique();
        String body = """
                {"type": "POSITION_SPECIFIC", "postId": %d, "jobFamily": "%s", "summaryEn": "Summary", "summaryFr": "Résumé",
                 "deadlineDate": "%s", "assessors": ["hr.assessor"],
                 "questions": [{"textEn": "Degree?", "textFr": "Diplôme ?", "requiredAnswer": true}]}"""
                .formatted(post, family, LocalDate.now().plusDays(16));
        long opening = id(postAs(mvc, "hr.recruiter", API + "/openings", body).andExpect(status().isCreated())
                .andExpect(jsonPath("$.missionCode").value("MINUSCA")).andExpect(jsonPath("$.reviewBody").value("CRB"))
                .andExpect(jsonPath("$.open").value(true)));
        long question = jdbc.sql("SELECT id FROM rec_question WHERE opening_id = ?").param(opening).query(Long.class).single();
        String[] who = new String[4];
        long[] apps = new long[4];
        for (int i = 0; i < 4; i++) {
            who[i] = "appl" + unique() + "@test.example";
            accounts.ensureConfirmed(who[i], who[i], "Candidate " + who[i], "en");
            apps[i] = id(postAs(mvc, who[i], "/api/v1/careers/applications", application(opening, List.of(question), i < 3,
                    "2015-01-01")).andExpect(status().isCreated()).andExpect(jsonPath("$.totalExperience").exists()));
        }
        // experience: 2015-01-01..2021-12-31 ∪ 2021-06-01..today
        BigDecimal expected = ExperienceRule.years(List.of(new Period(LocalDate.of(2015, 1, 1), LocalDate.of(2021, 12, 31)),
                new Period(LocalDate.of(2021, 6, 1), null)), LocalDate.now(PostingWindow.NEW_YORK));
        assertThat(jdbc.sql("SELECT total_experience FROM rec_application WHERE id = ?").param(apps[0]).query(BigDecimal.class)
                .single()).isEqualByComparingTo(expected);
        assertThat(jdbc.sql("SELECT status FROM rec_application WHERE id = ?").param(apps[3]).query(String.class).single())
                .isEqualTo("SCREENED_OUT");
        postAs(mvc, who[0], "/api/v1/careers/applications", application(opening, List.of(question), true, "2015-01-01"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.code").value("recruitment.refused.duplicate"));
        // scores: the interview needs a passed test
        postAs(mvc, "hr.assessor", API + "/applications/" + apps[2] + "/scores", scores("TEST", 2)).andExpect(status().isOk());
        postAs(mvc, "hr.assessor", API + "/applications/" + apps[2] + "/scores", scores("INTERVIEW", 5))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.code").value("recruitment.refused.testNotPassed"));
        postAs(mvc, "hr.assessor", API + "/applications/" + apps[3] + "/scores", scores("TEST", 5))
                .andExpect(status().isUnprocessableContent());
        postAs(mvc, "hr.recruiter", API + "/applications/" + apps[0] + "/scores", scores("TEST", 5))
                .andExpect(status().isForbidden());
        postAs(mvc, "hr.assessor", API + "/applications/" + apps[0] + "/scores", "{\"scores\": [{\"stage\": \"TEST\", "
                + "\"competency\": \"CHARM\", \"score\": 9}]}").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field", hasItem("scores[0].competency")))
                .andExpect(jsonPath("$.errors[*].field", hasItem("scores[0].score")));
        for (int i = 0; i < 2; i++) {
            postAs(mvc, "hr.assessor", API + "/applications/" + apps[i] + "/scores", scores("TEST", 4)).andExpect(status().isOk());
            postAs(mvc, "hr.assessor", API + "/applications/" + apps[i] + "/scores", scores("INTERVIEW", 4 - i))
                    .andExpect(status().isOk());
        }
        String refs = "[\"%s\", \"%s\"]".formatted(ref(apps[0]), ref(apps[1]));
        postAs(mvc, "hr.recruiter", API + "/openings/" + opening + "/memo", "{\"text\": \"The panel recommends two candidates.\", \"recommended\": " + refs + "}")
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.code").value("recruitment.refused.stillPosted"));
        // the deadline passes
        jdbc.sql("UPDATE rec_opening SET closes_at = ? WHERE id = ?")
                .params(Timestamp.from(Instant.now().minus(1, ChronoUnit.HOURS)), opening).update();
        postAs(mvc, who[1], "/api/v1/careers/applications", application(opening, List.of(question), true, "2015-01-01"))
                .andExpect(status().isUnprocessableContent());
        String late = "late" + unique() + "@test.example";
        accounts.ensureConfirmed(late, late, "Late", "en");
        postAs(mvc, late, "/api/v1/careers/applications", application(opening, List.of(question), true, "2015-01-01"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.code").value("recruitment.refused.closed"));
        postAs(mvc, "hr.recruiter", API + "/openings/" + opening + "/memo", "{\"text\": \"The panel recommends three.\", \"recommended\": [\"" + ref(apps[2]) + "\"]}")
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.code").value("recruitment.refused.interviewNotPassed"));
        postAs(mvc, "hr.assessor", API + "/openings/" + opening + "/memo", "{\"text\": \"The panel recommends two candidates.\", \"recommended\": " + refs + "}")
                .andExpect(status().isForbidden());
        postAs(mvc, "hr.recruiter", API + "/openings/" + opening + "/memo", "{\"text\": \"The panel recommends two candidates.\", \"recommended\": " + refs + "}")
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("MEMO_SUBMITTED"));
        // the review body endorses; the recruiter may not
        postAs(mvc, "hr.recruiter", API + "/openings/" + opening + "/review", "{\"decision\": \"ENDORSE\"}")
                .andExpect(status().isForbidden());
        postAs(mvc, "crb.member", API + "/openings/" + opening + "/review", "{\"decision\": \"MAYBE\"}")
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("decision"));
        postAs(mvc, "crb.member", API + "/openings/" + opening + "/review", "{\"decision\": \"ENDORSE\", \"note\": \"Criteria applied.\"}")
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("ENDORSED"));
        // selection: the review body may not select; a head without a delegation is refused with the reason
        postAs(mvc, "crb.member", API + "/openings/" + opening + "/selection", "{\"candidateRef\": \"" + ref(apps[0]) + "\"}")
                .andExpect(status().isForbidden());
        postAs(mvc, "dir.fpd", API + "/openings/" + opening + "/selection", "{\"candidateRef\": \"" + ref(apps[2]) + "\"}")
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.code").value("recruitment.refused.notEndorsed"));
        users.ensureUser("head.nodelegation", "Head without delegation", "head.nodelegation@test.example", "en", "head.nodelegation");
        users.ensureRoleAssignment("head.nodelegation", "HIRING_HEAD", Scope.department());
        postAs(mvc, "head.nodelegation", API + "/openings/" + opening + "/selection", "{\"candidateRef\": \"" + ref(apps[0]) + "\"}")
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.detail", containsString("delegation")));
        postAs(mvc, "dir.fpd", API + "/openings/" + opening + "/selection", "{\"candidateRef\": \"" + ref(apps[0]) + "\"}")
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("COMPLETED"))
                .andExpect(jsonPath("$.delegationChain").isNotEmpty());
        assertThat(jdbc.sql("SELECT status FROM rec_application WHERE id = ?").param(apps[0]).query(String.class).single())
                .isEqualTo("SELECTED");
        assertThat(jdbc.sql("SELECT status FROM rec_application WHERE id = ?").param(apps[1]).query(String.class).single())
                .isEqualTo("ROSTERED");
        // the endorsed not selected is on the roster of the job code and told (a notice through a work item)
        long rosterId = jdbc.sql("SELECT id FROM rec_roster WHERE job_family = ?").param(family).query(Long.class).single();
        getAs(mvc, "hr.recruiter", "/api/v1/personnel/rosters/" + rosterId + "/members").andExpect(status().isOk())
                .andExpect(jsonPath("$.length()").value(1))
                .andExpect(jsonPath("$[0].candidateRef").value(ref(apps[1])))
                .andExpect(jsonPath("$[0].availability").value("AVAILABLE"));
        assertThat(jdbc.sql("SELECT COUNT(*) FROM work_item WHERE record_type = 'personnel.recruitment.rostered' AND assignee_name = ?")
                .param(who[1]).query(Long.class).single()).isEqualTo(1);
        getAs(mvc, who[1], "/api/v1/careers/my/roster").andExpect(status().isOk()).andExpect(jsonPath("$.length()").value(1));
        // the time to recruit shows on the dashboard
        getAs(mvc, "hr.recruiter", API + "/dashboard?mission=MINUSCA").andExpect(status().isOk())
                .andExpect(jsonPath("$.timeToRecruit[0].missionCode").value("MINUSCA"))
                .andExpect(jsonPath("$.representation.length()", greaterThan(0)));
    }

    String ref(long app) {
        return jdbc.sql("SELECT candidate_ref FROM rec_application WHERE id = ?").param(app).query(String.class).single();
    }

    @Test
    void a_return_needs_a_note_and_a_selection_before_endorsement_is_refused() throws Exception {
        long opening = demoOpening("POSITION_SPECIFIC", "MEMO_SUBMITTED");
        postAs(mvc, "crb.member", API + "/openings/" + opening + "/review", "{\"decision\": \"RETURN\"}")
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("note"));
        postAs(mvc, "chief.fpos-rhr1", API + "/openings/" + opening + "/selection", "{\"candidateRef\": \"X\"}")
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.code").value("recruitment.refused.status"));
        postAs(mvc, "hr.assessor", API + "/openings/" + opening + "/selection", "{\"candidateRef\": \"X\"}")
                .andExpect(status().isForbidden());
    }

    @Test
    void a_recruit_from_roster_opening_searches_the_roster_and_selects_without_a_new_competition() throws Exception {
        long post = PersonnelTestSupport.newPost(mvc, jdbc, "MINUSCA", "P-3");
        long opening = id(postAs(mvc, "hr.recruiter", API + "/openings", """
                {"type": "RECRUIT_FROM_ROSTER", "postId": %d, "jobFamily": "HUMAN RESOURCES", "functionalTitle":
                 "Human Resources Officer", "summaryEn": "Roster only", "summaryFr": "Fichier seulement",
                 "deadlineDate": "%s"}""".formatted(post, LocalDate.now().plusDays(8))).andExpect(status().isCreated()));
        String matches = getAs(mvc, "dir.fpd", API + "/openings/" + opening + "/roster-matches?minExperience=0")
                .andExpect(status().isOk()).andExpect(jsonPath("$.length()", greaterThan(0)))
                .andExpect(jsonPath("$[*].availability", everyItem(is("AVAILABLE"))))
                .andExpect(jsonPath("$[0].fullName").doesNotExist())
                .andReturn().getResponse().getContentAsString();
        long member = ((Number) JsonPath.read(matches, "$[0].id")).longValue();
        // only rostered candidates may apply
        String outsider = "outsider" + unique() + "@test.example";
        accounts.ensureConfirmed(outsider, outsider, "Outsider", "en");
        List<Long> qs = jdbc.sql("SELECT id FROM rec_question WHERE opening_id = ?").param(opening).query(Long.class).list();
        postAs(mvc, outsider, "/api/v1/careers/applications", application(opening, qs, true, "2010-01-01"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.code").value("recruitment.refused.notRostered"));
        long generic = demoOpening("GENERIC", "COMPLETED");
        getAs(mvc, "dir.fpd", API + "/openings/" + generic + "/roster-matches").andExpect(status().isUnprocessableContent());
        postAs(mvc, "hr.recruiter", API + "/openings/" + opening + "/roster-selection", "{\"rosterMemberId\": " + member + "}")
                .andExpect(status().isForbidden());
        postAs(mvc, "dir.fpd", API + "/openings/" + opening + "/roster-selection", "{}")
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("rosterMemberId"));
        postAs(mvc, "dir.fpd", API + "/openings/" + opening + "/roster-selection", "{\"rosterMemberId\": " + member + "}")
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("COMPLETED"))
                .andExpect(jsonPath("$.selectedRosterMember").value((int) member));
        assertThat(jdbc.sql("SELECT availability FROM rec_roster_member WHERE id = ?").param(member).query(String.class)
                .single()).isEqualTo("UNAVAILABLE");
    }

    @Test
    void an_opening_with_bad_fields_is_refused_naming_each_and_the_closing_time_is_shown_in_the_readers_zone()
            throws Exception {
        postAs(mvc, "hr.recruiter", API + "/openings", """
                {"type": "POSITION_SPECIFIC", "postId": 999999999, "deadlineDate": "%s", "rosterType": "MOON"}"""
                .formatted(LocalDate.now().plusDays(3)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field", hasItem("postId")))
                .andExpect(jsonPath("$.errors[*].field", hasItem("jobFamily")))
                .andExpect(jsonPath("$.errors[*].field", hasItem("rosterType")))
                .andExpect(jsonPath("$.errors[*].field", hasItem("summaryEn")));
        postAs(mvc, "hr.recruiter", API + "/openings", """
                {"type": "GENERIC", "jobFamily": "X", "gradeCode": "P-3", "functionalTitle": "T", "summaryEn": "s",
                 "summaryFr": "s", "deadlineDate": "%s"}""".formatted(LocalDate.now().plusDays(5)))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("deadlineDate"));
        postAs(mvc, "hr.assessor", API + "/openings", genericOpening("ASSESSOR-" + unique(), null))
                .andExpect(status().isForbidden());
        long opening = id(postAs(mvc, "hr.recruiter", API + "/openings", genericOpening("TZ-" + unique(), "hr.assessor"))
                .andExpect(status().isCreated()));
        getAs(mvc, "hr.recruiter", API + "/openings/" + opening + "?tz=Asia/Tokyo").andExpect(status().isOk())
                .andExpect(jsonPath("$.readerZone").value("Asia/Tokyo"))
                .andExpect(jsonPath("$.closesAtNewYork", containsString("T00:00")))
                .andExpect(jsonPath("$.closesAtReader", containsString("+09:00")));
        mvc.perform(get("/personnel/recruitment/openings/" + opening + "?tz=Asia/Tokyo").with(user("hr.recruiter")))
                .andExpect(status().isOk()).andExpect(content().string(containsString("Asia/Tokyo")));
    }
}
