package org.fieldsupport.personnel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.fieldsupport.personnel.PersonnelTestSupport.getAs;
import static org.fieldsupport.personnel.PersonnelTestSupport.id;
import static org.fieldsupport.personnel.PersonnelTestSupport.postAs;
import static org.fieldsupport.personnel.PersonnelTestSupport.unique;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.fieldsupport.personnel.recruitment.internal.RecruitmentJobs;
import org.fieldsupport.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Issue 14 leftovers of recruitment: the job opening's lifecycle on the workflow kit (draft → posted → closed by the
 * scheduled job → … → cancelled) with a work item for each next actor and the transition log; the blind list as a PDF
 * that carries no identifying field; the throttle clean-up of the public careers pages under the platform's job lock.
 */
@IntegrationTest
class RecruitmentWorkflowTests {

    static final String API = "/api/v1/personnel/recruitment";

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    RecruitmentJobs jobs;

    long openItems(long opening, String assignee) {
        return jdbc.sql("""
                SELECT COUNT(*) FROM work_item WHERE record_type = 'personnel.recruitment.opening' AND record_id = ?
                   AND assignee_name = ? AND state = 'OPEN'""").params(String.valueOf(opening), assignee)
                .query(Long.class).single();
    }

    @Test
    void an_opening_moves_from_draft_to_posted_closed_and_cancelled_on_the_workflow_kit_with_work_for_the_next_actor()
            throws Exception {
        String family = "WF-" + unique();
        String body = RecruitmentPipelineTests.genericOpening(family, "hr.assessor");
        long opening = id(postAs(mvc, "hr.recruiter", API + "/openings?draft=true", body).andExpect(status().isCreated())
                .andExpect(jsonPath("$.status").value("DRAFT")).andExpect(jsonPath("$.open").value(false)));
        // a draft is not on the public careers page and nobody has work on it yet
        getAs(mvc, "hr.recruiter", "/api/v1/careers/openings").andExpect(status().isOk())
                .andExpect(jsonPath("$[*].id", not(hasItem((int) opening))));
        assertThat(openItems(opening, "hr.assessor")).isZero();
        // posting: the recruiter only; then the named assessor has work
        postAs(mvc, "hr.assessor", API + "/openings/" + opening + "/post", "{}").andExpect(status().isForbidden());
        postAs(mvc, "hr.recruiter", API + "/openings/" + opening + "/post", "{}").andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("POSTED")).andExpect(jsonPath("$.open").value(true));
        postAs(mvc, "hr.recruiter", API + "/openings/" + opening + "/post", "{}")
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.code").value("recruitment.refused.status"));
        assertThat(openItems(opening, "hr.assessor")).isEqualTo(1);
        getAs(mvc, "hr.assessor", "/api/v1/work-items?size=200").andExpect(status().isOk())
                .andExpect(jsonPath("$.content[*].link", hasItem("/personnel/recruitment/openings/" + opening)));

        // the closing job: nothing before the deadline; once it has passed, POSTED → CLOSED and the recruiter's memo
        jobs.closeEndedPostings();
        getAs(mvc, "hr.recruiter", API + "/openings/" + opening).andExpect(jsonPath("$.opening.status").value("POSTED"));
        jdbc.sql("UPDATE rec_opening SET closes_at = ? WHERE id = ?")
                .params(Timestamp.from(Instant.now().minus(1, ChronoUnit.HOURS)), opening).update();
        assertThat(jobs.closeEndedPostings()).isGreaterThanOrEqualTo(1);
        getAs(mvc, "hr.recruiter", API + "/openings/" + opening).andExpect(jsonPath("$.opening.status").value("CLOSED"));
        assertThat(openItems(opening, "RECRUITER")).isEqualTo(1);
        assertThat(openItems(opening, "hr.assessor")).isEqualTo(1);
        getAs(mvc, "hr.recruiter", "/api/v1/work-items?size=200").andExpect(status().isOk())
                .andExpect(jsonPath("$.content[*].link", hasItem("/personnel/recruitment/openings/" + opening)));

        // cancel: a reason is required (400 naming it), the recruiter only, then nobody has work left
        postAs(mvc, "hr.recruiter", API + "/openings/" + opening + "/cancel", "{}")
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("reason"));
        postAs(mvc, "crb.member", API + "/openings/" + opening + "/cancel", "{\"reason\": \"Post abolished\"}")
                .andExpect(status().isForbidden());
        postAs(mvc, "hr.recruiter", API + "/openings/" + opening + "/cancel", "{\"reason\": \"Post abolished\"}")
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("CANCELLED"));
        assertThat(openItems(opening, "RECRUITER") + openItems(opening, "hr.assessor")).isZero();

        // the kit's transition log: who, when, why
        getAs(mvc, "hr.recruiter", API + "/openings/" + opening + "/history").andExpect(status().isOk())
                .andExpect(jsonPath("$[0].action").value("post")).andExpect(jsonPath("$[0].actor").value("hr.recruiter"))
                .andExpect(jsonPath("$[1].action").value("close"))
                .andExpect(jsonPath("$[1].actor").value("recruitment.closing-job"))
                .andExpect(jsonPath("$[2].action").value("cancel")).andExpect(jsonPath("$[2].note").value("Post abolished"));
        getAs(mvc, "hr.reader", API + "/openings/" + opening + "/history").andExpect(status().isForbidden());
    }

    @Test
    void the_selection_is_a_kit_transition_with_the_delegation_used_and_each_stage_gives_the_next_actor_work()
            throws Exception {
        long memo = jdbc.sql("SELECT MIN(id) FROM rec_opening WHERE created_by = 'demo-data' AND status = 'MEMO_SUBMITTED'")
                .query(Long.class).single();
        // the demo memo is with the central review body
        assertThat(openItems(memo, "CENTRAL_REVIEW_BODY")).isEqualTo(1);
        long completed = jdbc.sql("""
                SELECT MIN(id) FROM rec_opening WHERE created_by = 'demo-data' AND opening_type = 'POSITION_SPECIFIC'
                   AND status = 'COMPLETED'""").query(Long.class).single();
        String history = getAs(mvc, "hr.recruiter", API + "/openings/" + completed + "/history").andExpect(status().isOk())
                .andExpect(jsonPath("$[*].action", hasItem("submit-memo")))
                .andExpect(jsonPath("$[*].action", hasItem("endorse")))
                .andExpect(jsonPath("$[*].action", hasItem("select")))
                .andReturn().getResponse().getContentAsString();
        List<Object> used = com.jayway.jsonpath.JsonPath.read(history, "$[?(@.action == 'select')].delegationId");
        assertThat(used).hasSize(1).doesNotContainNull();
        String chain = jdbc.sql("SELECT delegation_chain FROM rec_opening WHERE id = ?").param(completed)
                .query(String.class).single();
        assertThat(chain).isNotBlank();
        // the delegation's use is logged by the register for the opening's reference
        String reference = jdbc.sql("SELECT reference FROM rec_opening WHERE id = ?").param(completed).query(String.class).single();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM org_delegation_use WHERE reference = ? AND allowed = TRUE AND person = 'dir.fpd'")
                .param(reference).query(Long.class).single()).isGreaterThanOrEqualTo(1);
    }

    @Test
    void the_blind_list_pdf_carries_no_identifying_field_in_english_or_french() throws Exception {
        long opening = jdbc.sql("SELECT MIN(id) FROM rec_opening WHERE created_by = 'demo-data' AND opening_type = 'TEMPORARY'")
                .query(Long.class).single();
        List<Map<String, Object>> identities = jdbc.sql("""
                SELECT p.full_name, p.email, p.nationality, p.date_of_birth, p.address, a.candidate_ref
                  FROM rec_application a JOIN rec_applicant p ON p.id = a.applicant_id WHERE a.opening_id = ?""")
                .param(opening).query().listOfRows();
        assertThat(identities).hasSizeGreaterThanOrEqualTo(40);
        Set<String> nationalities = identities.stream().map(r -> (String) r.get("nationality"))
                .filter(java.util.Objects::nonNull).map(String::strip).collect(Collectors.toSet());
        for (String lang : List.of("en", "fr")) {
            byte[] pdf = mvc.perform(get(API + "/openings/" + opening + "/applications/export?format=pdf")
                            .with(user("hr.assessor")).header("Accept-Language", lang))
                    .andExpect(status().isOk()).andExpect(content().contentType(MediaType.APPLICATION_PDF))
                    .andReturn().getResponse().getContentAsByteArray();
            PdfReader reader = new PdfReader(pdf);
            StringBuilder text = new StringBuilder();
            for (int p = 1; p <= reader.getNumberOfPages(); p++) {
                text.append(new PdfTextExtractor(reader).getTextFromPage(p)).append('\n');
            }
            String all = text.toString();
            assertThat(all).contains("fr".equals(lang) ? "Candidat" : "Candidate")
                    .contains("fr".equals(lang) ? "Expérience" : "Experience")
                    .contains((String) identities.get(0).get("candidate_ref"))
                    .doesNotContain("Nationality").doesNotContain("Nationalité").doesNotContain("@");
            String withoutRefs = all;
            for (Map<String, Object> r : identities) {
                withoutRefs = withoutRefs.replace((String) r.get("candidate_ref"), " ");
                assertThat(all).doesNotContain((String) r.get("full_name"));
                assertThat(all).doesNotContain((String) r.get("email"));
                if (r.get("date_of_birth") != null) {
                    assertThat(all).doesNotContain(r.get("date_of_birth").toString());
                }
                if (r.get("address") != null && ((String) r.get("address")).strip().length() > 3) {
                    assertThat(all).doesNotContain((String) r.get("address"));
                }
            }
            // no nationality code as a word (the list shows gender, experience, education, languages, roster, UN status)
            Set<String> words = Arrays.stream(withoutRefs.split("[^\\p{L}\\p{N}]+")).collect(Collectors.toSet());
            assertThat(words).doesNotContainAnyElementsOf(nationalities);
        }
        // the same access as the screen: an opening the assessor is not named on is refused
        long other = id(postAs(mvc, "hr.recruiter", API + "/openings",
                RecruitmentPipelineTests.genericOpening("PDF-" + unique(), null)).andExpect(status().isCreated()));
        mvc.perform(get(API + "/openings/" + other + "/applications/export?format=pdf").with(user("hr.assessor")))
                .andExpect(status().isForbidden());
    }

    @Test
    void the_throttle_clean_up_runs_once_under_the_job_lock_and_keeps_the_last_day() {
        String key = "c:cleanup-test-" + unique();
        jdbc.sql("INSERT INTO rec_public_request (kind, client_key, at) VALUES ('REGISTER', ?, ?)")
                .params(key, Timestamp.from(Instant.now().minus(3, ChronoUnit.DAYS))).update();
        jdbc.sql("INSERT INTO rec_public_request (kind, client_key, at) VALUES ('REGISTER', ?, ?)")
                .params(key, Timestamp.from(Instant.now().minus(10, ChronoUnit.MINUTES))).update();
        jdbc.sql("DELETE FROM job_lock WHERE name = 'personnel.recruitment.throttle-cleanup'").update();
        jobs.cleanThrottleOnSchedule();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM rec_public_request WHERE client_key = ?").param(key)
                .query(Long.class).single()).isEqualTo(1);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM job_lock WHERE name = 'personnel.recruitment.throttle-cleanup'")
                .query(Long.class).single()).isEqualTo(1);
        // another node firing in the same minute skips the round (the lock is held at least one minute)
        jdbc.sql("INSERT INTO rec_public_request (kind, client_key, at) VALUES ('REGISTER', ?, ?)")
                .params(key, Timestamp.from(Instant.now().minus(3, ChronoUnit.DAYS))).update();
        jobs.cleanThrottleOnSchedule();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM rec_public_request WHERE client_key = ?").param(key)
                .query(Long.class).single()).isEqualTo(2);
        assertThat(jobs.cleanThrottle()).isGreaterThanOrEqualTo(1);
        assertThat(LocalDate.now()).isNotNull();
    }
}
