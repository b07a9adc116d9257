package org.fieldsupport.personnel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.fieldsupport.personnel.PersonnelTestSupport.getAs;
import static org.fieldsupport.personnel.PersonnelTestSupport.id;
import static org.fieldsupport.personnel.PersonnelTestSupport.postAs;
import static org.fieldsupport.personnel.PersonnelTestSupport.unique;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.fieldsupport.personnel.recruitment.internal.ApplicantAccounts;
import org.fieldsupport.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Outreach (6.7.a, 6.7.c), careers (6.7.d) and the public careers site: campaigns and their results, career plans
 * in the adviser's scope, field-career pages; registration by e-mail confirmation (throttled), the applicant's own
 * applications only, uploads checked by content.
 */
@IntegrationTest
class RecruitmentOutreachTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    ApplicantAccounts accounts;

    @Test
    void a_campaign_targets_a_profile_and_counts_the_applications_it_produced() throws Exception {
        postAs(mvc, "hr.recruiter", "/api/v1/personnel/outreach/campaigns", """
                {"name": "", "targetGender": "Q", "targetStates": ["ZZZ"], "sources": ["CARRIER_PIGEON"],
                 "startDate": "2026-03-01", "endDate": "2026-01-01", "targetApplications": 0}""")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field", hasItem("name")))
                .andExpect(jsonPath("$.errors[*].field", hasItem("occupationalGroup")))
                .andExpect(jsonPath("$.errors[*].field", hasItem("targetGender")))
                .andExpect(jsonPath("$.errors[*].field", hasItem("targetStates")))
                .andExpect(jsonPath("$.errors[*].field", hasItem("sources")))
                .andExpect(jsonPath("$.errors[*].field", hasItem("endDate")))
                .andExpect(jsonPath("$.errors[*].field", hasItem("targetApplications")));
        postAs(mvc, "hr.assessor", "/api/v1/personnel/outreach/campaigns", "{}").andExpect(status().isBadRequest());
        String body = """
                {"name": "Engineers from under-represented States", "occupationalGroup": "engineering", "targetGender": "F",
                 "targetStates": ["JPN", "BR"], "sources": ["MEMBER_STATE", "PROFESSIONAL_NETWORK"],
                 "partners": "Permanent missions", "startDate": "%s", "endDate": "%s", "targetApplications": 2}"""
                .formatted(LocalDate.now().minusDays(10), LocalDate.now().plusDays(50));
        postAs(mvc, "hr.assessor", "/api/v1/personnel/outreach/campaigns", body).andExpect(status().isForbidden());
        String created = postAs(mvc, "hr.recruiter", "/api/v1/personnel/outreach/campaigns", body)
                .andExpect(status().isCreated()).andExpect(jsonPath("$.targetStates[1]").value("BRA"))
                .andExpect(jsonPath("$.occupationalGroup").value("ENGINEERING"))
                .andExpect(jsonPath("$.results.applications").value(0))
                .andReturn().getResponse().getContentAsString();
        long campaign = ((Number) com.jayway.jsonpath.JsonPath.read(created, "$.id")).longValue();
        String reference = com.jayway.jsonpath.JsonPath.read(created, "$.reference");
        // two applications through the campaign: one woman from a target State, one man from elsewhere
        long opening = id(postAs(mvc, "hr.recruiter", "/api/v1/personnel/recruitment/openings",
                RecruitmentPipelineTests.genericOpening("ENG-" + unique(), null)).andExpect(status().isCreated()));
        for (int i = 0; i < 2; i++) {
            String who = "camp" + unique() + "@test.example";
            accounts.ensureConfirmed(who, who, "Camp " + i, "en");
            String app = RecruitmentPipelineTests.application(opening, List.of(), true, "2012-01-01")
                    .replace("\"gender\": \"F\", \"nationality\": \"SEN\"", i == 0 ? "\"gender\": \"F\", \"nationality\": \"JPN\""
                            : "\"gender\": \"M\", \"nationality\": \"FRA\"")
                    .replace("\"answers\": {}", "\"answers\": {}, \"campaign\": \"" + reference + "\", \"source\": \""
                            + (i == 0 ? "MEMBER_STATE" : "PROFESSIONAL_NETWORK") + "\"");
            postAs(mvc, who, "/api/v1/careers/applications", app).andExpect(status().isCreated());
        }
        getAs(mvc, "hr.recruiter", "/api/v1/personnel/outreach/campaigns/" + campaign).andExpect(status().isOk())
                .andExpect(jsonPath("$.results.applications").value(2))
                .andExpect(jsonPath("$.results.women").value(1))
                .andExpect(jsonPath("$.results.fromTargetStates").value(1))
                .andExpect(jsonPath("$.results.womenPct").value(50.0))
                .andExpect(jsonPath("$.results.targetReachedPct").value(100.0))
                .andExpect(jsonPath("$.results.bySource.length()").value(2));
        // the demo campaigns produced applications
        getAs(mvc, "hr.recruiter", "/api/v1/personnel/outreach/campaigns").andExpect(status().isOk())
                .andExpect(jsonPath("$[?(@.name == 'Women in field human resources and logistics')].results.applications",
                        hasItem(greaterThan(100))));
        getAs(mvc, "hr.assessor", "/api/v1/personnel/outreach/campaigns").andExpect(status().isForbidden());
    }

    @Test
    void a_career_plan_computes_readiness_for_the_target_level_and_is_read_by_its_staff_member_and_advisers()
            throws Exception {
        long staff = jdbc.sql("SELECT id FROM pers_staff WHERE username = 'staff.demo'").query(Long.class).single();
        String grade = jdbc.sql("SELECT grade_code FROM pers_staff WHERE id = ?").param(staff).query(String.class).single();
        postAs(mvc, "hr.minusca", "/api/v1/personnel/careers/plans", """
                {"staffId": %d, "targetFamily": "HR", "targetGrade": "%s", "targetTitle": "HR Officer",
                 "targetDate": "%s"}""".formatted(staff, grade, LocalDate.now().plusYears(2)))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.code").value("recruitment.refused.targetNotAbove"));
        postAs(mvc, "hr.minusca", "/api/v1/personnel/careers/plans", """
                {"staffId": %d, "targetGrade": "Q-9", "targetDate": "2001-01-01", "actions": [{"kind": "NAP"}]}"""
                .formatted(staff)).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field", hasItem("targetGrade")))
                .andExpect(jsonPath("$.errors[*].field", hasItem("targetDate")))
                .andExpect(jsonPath("$.errors[*].field", hasItem("actions[0].kind")))
                .andExpect(jsonPath("$.errors[*].field", hasItem("actions[0].dueDate")));
        String plan = postAs(mvc, "hr.minusca", "/api/v1/personnel/careers/plans", """
                {"staffId": %d, "targetFamily": "human resources", "targetGrade": "P-5", "targetTitle": "Chief HR Officer",
                 "targetDate": "%s", "priorYears": 4.0,
                 "actions": [{"kind": "TRAINING", "description": "Leadership course", "dueDate": "%s"},
                             {"kind": "MENTORING", "description": "Mentor: Chief HR", "dueDate": "%s"}]}"""
                .formatted(staff, LocalDate.now().plusYears(3), LocalDate.now().plusMonths(3), LocalDate.now().plusMonths(6)))
                .andExpect(status().isCreated()).andExpect(jsonPath("$.minimumYears").value(10))
                .andExpect(jsonPath("$.readyOn").exists()).andExpect(jsonPath("$.progressPct").value(0.0))
                .andReturn().getResponse().getContentAsString();
        long planId = ((Number) com.jayway.jsonpath.JsonPath.read(plan, "$.id")).longValue();
        long action = ((Number) com.jayway.jsonpath.JsonPath.read(plan, "$.actions[0].id")).longValue();
        // the staff member reads and updates their own plan; a recruiter of another scope, an UNMISS adviser may not
        getAs(mvc, "staff.demo", "/api/v1/personnel/careers/plans/mine").andExpect(status().isOk())
                .andExpect(jsonPath("$[*].id", hasItem((int) planId)));
        postAs(mvc, "staff.demo", "/api/v1/personnel/careers/plans/" + planId + "/actions/" + action + "/done", "{}")
                .andExpect(status().isOk()).andExpect(jsonPath("$.progressPct").value(50.0));
        getAs(mvc, "hr.assessor", "/api/v1/personnel/careers/plans/" + planId).andExpect(status().isForbidden());
        long unmiss = jdbc.sql("SELECT MIN(id) FROM pers_staff WHERE mission_code = 'UNMISS' AND grade_code = 'P-3'")
                .query(Long.class).single();
        postAs(mvc, "hr.minusca", "/api/v1/personnel/careers/plans", """
                {"staffId": %d, "targetFamily": "X", "targetGrade": "P-4", "targetTitle": "X", "targetDate": "%s"}"""
                .formatted(unmiss, LocalDate.now().plusYears(2))).andExpect(status().isForbidden());
        getAs(mvc, "hr.minusca", "/api/v1/personnel/careers/plans?staffId=" + unmiss).andExpect(status().isForbidden());
        getAs(mvc, "hr.minusca", "/api/v1/personnel/careers/plans?mission=MINUSCA").andExpect(status().isOk())
                .andExpect(jsonPath("$[*].id", hasItem((int) planId)));
        // field-career pages: public, in both languages; published by advisers only
        mvc.perform(get("/api/v1/careers/field-pages").header("Accept-Language", "fr")).andExpect(status().isOk())
                .andExpect(jsonPath("$[*].slug", hasItem("career-paths")));
        postAs(mvc, "staff.demo", "/api/v1/personnel/careers/pages", """
                {"slug": "x-page", "titleEn": "x", "titleFr": "x", "bodyEn": "x", "bodyFr": "x"}""")
                .andExpect(status().isForbidden());
        postAs(mvc, "hr.recruiter", "/api/v1/personnel/careers/pages", "{\"slug\": \"Bad Slug\"}")
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[*].field", hasItem("slug")))
                .andExpect(jsonPath("$.errors[*].field", hasItem("bodyFr")));
    }

    static String token(String mailBody) {
        Matcher m = Pattern.compile("token=([A-Za-z0-9_-]+)").matcher(mailBody);
        assertThat(m.find()).isTrue();
        return m.group(1);
    }

    @Test
    void an_applicant_registers_by_e_mail_confirmation_without_a_staff_account_and_requests_are_throttled()
            throws Exception {
        mvc.perform(get("/api/v1/careers/openings").header("Accept-Language", "fr")).andExpect(status().isOk())
                .andExpect(jsonPath("$.length()", greaterThan(0)))
                .andExpect(jsonPath("$[0].memoText").doesNotExist());
        mvc.perform(get("/careers").header("Accept-Language", "fr")).andExpect(status().isOk());
        String email = "reg" + unique() + "@test.example";
        String register = "{\"email\": \"%s\", \"fullName\": \"Reg Applicant\", \"language\": \"fr\"}".formatted(email);
        mvc.perform(post("/api/v1/careers/register").contentType(MediaType.APPLICATION_JSON).content("{\"email\": \"nope\"}")
                        .header("Accept-Language", "fr"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[*].field", hasItem("email")))
                .andExpect(jsonPath("$.errors[*].field", hasItem("fullName")));
        mvc.perform(post("/api/v1/careers/register").contentType(MediaType.APPLICATION_JSON).content(register)
                .with(r -> { r.setRemoteAddr("10.9.8." + (unique() % 200)); return r; })).andExpect(status().isAccepted());
        String mail = jdbc.sql("SELECT body FROM rec_mail WHERE to_email = ? ORDER BY id DESC").param(email)
                .query(String.class).list().get(0);
        assertThat(mail).contains("Reg Applicant").contains("/careers/confirm?token=");
        String token = token(mail);
        assertThat(jdbc.sql("SELECT token_hash FROM rec_applicant WHERE email = ?").param(email).query(String.class).single())
                .isNotEqualTo(token);
        mvc.perform(post("/api/v1/careers/confirm").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"token\": \"" + token + "\", \"password\": \"short\"}"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("password"));
        mvc.perform(post("/api/v1/careers/confirm").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"token\": \"forged\", \"password\": \"a long enough password\"}"))
                .andExpect(status().isUnprocessableContent()).andExpect(jsonPath("$.code").value("recruitment.refused.token"));
        mvc.perform(post("/api/v1/careers/confirm").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"token\": \"" + token + "\", \"password\": \"a long enough password\"}"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("CONFIRMED"));
        // the applicant account holds the applicant role only
        getAs(mvc, email, "/api/v1/careers/my/applications").andExpect(status().isOk());
        getAs(mvc, email, "/api/v1/personnel/recruitment/openings").andExpect(status().isForbidden());
        getAs(mvc, email, "/api/v1/personnel/rosters").andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/careers/my/applications")).andExpect(status().isUnauthorized());
        // throttled per e-mail address: the 4th request within the hour is refused with 429 in the user's language
        String again = "again" + unique() + "@test.example";
        for (int i = 0; i < ApplicantAccounts.PER_EMAIL_PER_HOUR; i++) {
            mvc.perform(post("/api/v1/careers/register").contentType(MediaType.APPLICATION_JSON)
                    .content("{\"email\": \"%s\", \"fullName\": \"Again\"}".formatted(again))).andExpect(status().isAccepted());
        }
        mvc.perform(post("/api/v1/careers/register").contentType(MediaType.APPLICATION_JSON).header("Accept-Language", "fr")
                        .content("{\"email\": \"%s\", \"fullName\": \"Again\"}".formatted(again)))
                .andExpect(status().isTooManyRequests())
                .andExpect(jsonPath("$.detail", containsString("Trop de demandes")));
    }

    @Test
    void an_applicant_sees_only_their_own_applications_and_uploads_are_checked_by_content() throws Exception {
        long mine = jdbc.sql("""
                SELECT MIN(a.id) FROM rec_application a JOIN rec_applicant p ON p.id = a.applicant_id
                WHERE p.username = 'applicant.demo'""").query(Long.class).single();
        long other = jdbc.sql("""
                SELECT MIN(a.id) FROM rec_application a JOIN rec_applicant p ON p.id = a.applicant_id
                WHERE p.username IS NULL""").query(Long.class).single();
        getAs(mvc, "applicant.demo", "/api/v1/careers/my/applications").andExpect(status().isOk())
                .andExpect(jsonPath("$.length()", greaterThan(1)));
        getAs(mvc, "applicant.demo", "/api/v1/careers/my/applications/" + mine).andExpect(status().isOk());
        getAs(mvc, "applicant.demo", "/api/v1/careers/my/applications/" + other).andExpect(status().isForbidden());
        getAs(mvc, "applicant.demo", "/api/v1/personnel/recruitment/applications/" + other).andExpect(status().isForbidden());
        getAs(mvc, "applicant.demo", "/api/v1/careers/my/roster").andExpect(status().isOk())
                .andExpect(jsonPath("$.length()", greaterThan(0)));
        // the rostered applicant was told
        assertThat(jdbc.sql("SELECT COUNT(*) FROM notice WHERE username = 'applicant.demo'").query(Long.class).single())
                .isGreaterThan(0);
        MockMultipartFile fake = new MockMultipartFile("file", "cv.pdf", "application/pdf",
                "#!/bin/sh\necho not a pdf".getBytes(StandardCharsets.UTF_8));
        mvc.perform(multipart("/api/v1/careers/my/applications/" + mine + "/documents").file(fake)
                        .with(user("applicant.demo")).with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf()))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("file"));
        byte[] pdf = ("%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj 2 0 obj<</Type/Pages/Count 0/Kids[]>>endobj\n"
                + "trailer<</Root 1 0 R>>\n%%EOF\n").getBytes(StandardCharsets.US_ASCII);
        mvc.perform(multipart("/api/v1/careers/my/applications/" + mine + "/documents")
                        .file(new MockMultipartFile("file", "cv.pdf", "application/pdf", pdf))
                        .with(user("applicant.demo")).with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf()))
                .andExpect(status().isCreated()).andExpect(jsonPath("$.contentType").value("application/pdf"));
        mvc.perform(multipart("/api/v1/careers/my/applications/" + other + "/documents")
                        .file(new MockMultipartFile("file", "cv.pdf", "application/pdf", pdf))
                        .with(user("applicant.demo")).with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf()))
                .andExpect(status().isForbidden());
        // a bad application names every field
        long open = jdbc.sql("SELECT MIN(id) FROM rec_opening WHERE opening_type = 'TEMPORARY' AND status = 'POSTED'")
                .query(Long.class).single();
        postAs(mvc, "applicant.demo", "/api/v1/careers/applications", """
                {"openingId": %d, "gender": "?", "nationality": "XX", "dateOfBirth": "2020-01-01",
                 "experience": [{"employer": "", "from": "2020-01-01", "to": "2019-01-01"}],
                 "education": [], "languages": [{"language": "tlh", "level": "GOOD"}]}""".formatted(open))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field", hasItem("gender")))
                .andExpect(jsonPath("$.errors[*].field", hasItem("nationality")))
                .andExpect(jsonPath("$.errors[*].field", hasItem("dateOfBirth")))
                .andExpect(jsonPath("$.errors[*].field", hasItem("experience[0].employer")))
                .andExpect(jsonPath("$.errors[*].field", hasItem("experience[0].to")))
                .andExpect(jsonPath("$.errors[*].field", hasItem("education")))
                .andExpect(jsonPath("$.errors[*].field", hasItem("languages[0].language")))
                .andExpect(jsonPath("$.errors[*].field", hasItem("languages[0].level")));
    }
}
