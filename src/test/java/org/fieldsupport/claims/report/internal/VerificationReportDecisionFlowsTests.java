package org.fieldsupport.claims.report.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.fieldsupport.claims.report.internal.VerificationReportWorkflowTests.as;
import static org.fieldsupport.claims.report.internal.VerificationReportWorkflowTests.json;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import org.fieldsupport.claims.mou.internal.ContingentData;
import org.fieldsupport.platform.security.Scope;
import org.fieldsupport.platform.security.UserDirectory;
import org.fieldsupport.platform.work.Assignee;
import org.fieldsupport.platform.work.WorkItem;
import org.fieldsupport.platform.work.WorkItems;
import org.fieldsupport.platform.workflow.RecordTransitioned;
import org.fieldsupport.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Issue 12 item 5 and issue 10 item 1: the verification report's decisions on the platform workflow kit — return
 * with a reason to the previous actor (a work item for that person), reject before certification, stale moves
 * refused with the current state, one transition event per move, and payments by treasury only, never by the
 * person who certified (segregation of duties, 422 naming the rule in EN and FR).
 */
@IntegrationTest
@RecordApplicationEvents
class VerificationReportDecisionFlowsTests {

    static final String CERTIFIER = VerificationReportWorkflowTests.CERTIFIER;

    @Autowired MockMvc mvc;
    @Autowired ContingentData contingents;
    @Autowired JdbcClient jdbc;
    @Autowired UserDirectory directory;
    @Autowired WorkItems items;

    VerificationReportWorkflowTests setup;

    @BeforeEach
    void staff() {
        setup = VerificationReportWorkflowTests.with(mvc, contingents, directory);
        // a certifier who also holds the treasury role: the rule, not the role, must stop them paying what they certified
        directory.ensureUser("certifier.and.treasurer", "certifier.and.treasurer", null, "en", "c-and-t-test-password");
        directory.ensureRoleAssignment("certifier.and.treasurer", "TREASURY_OFFICER", Scope.department());
    }

    private long report() throws Exception {
        return setup.compute(setup.workedExampleContingent("MINUSCA", 850), "2026-06-01", "2026-06-30");
    }

    private List<WorkItem> open(long report) {
        return items.forRecord("claims.verification-report", String.valueOf(report)).stream()
                .filter(w -> w.state() == WorkItem.State.OPEN).toList();
    }

    private String base(long report) {
        return "/api/v1/claims/verification-reports/" + report;
    }

    @Test
    void a_reviewer_returns_a_submitted_report_to_the_person_who_submitted_it_with_a_reason(
            @Autowired ApplicationEvents events) throws Exception {
        long report = report();
        mvc.perform(as(post(base(report) + "/submission"), "mission.coe")).andExpect(status().isOk());

        mvc.perform(json(post(base(report) + "/return"), "{}", "hq.reviewer"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("reason"));
        mvc.perform(json(post(base(report) + "/return"), "{\"reason\": \"Strength return of June to be checked\"}",
                        "mission.coe"))
                .andExpect(status().isForbidden());   // the mission cannot send its own report back
        mvc.perform(json(post(base(report) + "/return"), "{\"reason\": \"Strength return of June to be checked\"}",
                        "hq.reviewer"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("COMPUTED"))
                .andExpect(jsonPath("$.workflow.submittedBy").doesNotExist());

        assertThat(open(report)).singleElement().satisfies(w -> {
            assertThat(w.assignee()).isEqualTo(Assignee.user("mission.coe"));
            assertThat(w.titleKey()).isEqualTo("claims.work.report.returned");
            assertThat(w.titleArgs()).contains("Strength return of June to be checked");
        });
        assertThat(jdbc.sql("""
                SELECT note FROM workflow_transition WHERE record_type = 'claims.verification-report' AND record_id = ?
                AND action = 'return'""").param(String.valueOf(report)).query(String.class).single())
                .isEqualTo("Strength return of June to be checked");
        // one transition event per move: submit, return
        assertThat(events.stream(RecordTransitioned.class).filter(e -> e.recordId().equals(String.valueOf(report))))
                .extracting(RecordTransitioned::action).containsExactly("submit", "return");

        // submitted again, it goes to review again
        mvc.perform(as(post(base(report) + "/submission"), "mission.coe"))
                .andExpect(jsonPath("$.status").value("SUBMITTED"));
        assertThat(open(report)).singleElement()
                .satisfies(w -> assertThat(w.titleKey()).isEqualTo("claims.work.report.review"));
    }

    @Test
    void a_certifier_returns_a_reviewed_report_to_its_reviewer() throws Exception {
        long report = report();
        mvc.perform(as(post(base(report) + "/submission"), "mission.coe")).andExpect(status().isOk());
        mvc.perform(as(post(base(report) + "/technical-review"), "hq.reviewer")).andExpect(status().isOk());

        mvc.perform(json(post(base(report) + "/return"), "{\"reason\": \"Catering rating not justified\"}", CERTIFIER))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("SUBMITTED"))
                .andExpect(jsonPath("$.workflow.submittedBy").value("mission.coe"))
                .andExpect(jsonPath("$.workflow.reviewedBy").doesNotExist());
        assertThat(open(report)).singleElement().satisfies(w -> {
            assertThat(w.assignee()).isEqualTo(Assignee.user("hq.reviewer"));
            assertThat(w.titleKey()).isEqualTo("claims.work.report.returned");
        });
        mvc.perform(as(get("/api/v1/work-items").param("size", "200"), "hq.reviewer"))
                .andExpect(jsonPath("$.content[?(@.recordId == '" + report + "')]").isNotEmpty());
    }

    @Test
    void a_report_is_rejected_only_before_certification_and_never_moves_again() throws Exception {
        long report = report();
        mvc.perform(json(post(base(report) + "/rejection"), "{\"reason\": \"x\"}", "hq.reviewer"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.currentState").value("COMPUTED"));   // not submitted: nothing to reject
        mvc.perform(as(post(base(report) + "/submission"), "mission.coe")).andExpect(status().isOk());
        mvc.perform(json(post(base(report) + "/rejection"), "{\"reason\": \"Duplicate of the report for June\"}",
                        "hq.reviewer"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("REJECTED"))
                .andExpect(jsonPath("$.certified").value("0.00"));
        assertThat(open(report)).isEmpty();
        mvc.perform(as(post(base(report) + "/technical-review"), "hq.reviewer"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.currentState").value("REJECTED"));

        long certified = report();
        mvc.perform(as(post(base(certified) + "/submission"), "mission.coe")).andExpect(status().isOk());
        mvc.perform(as(post(base(certified) + "/technical-review"), "hq.reviewer")).andExpect(status().isOk());
        mvc.perform(as(post(base(certified) + "/certification"), CERTIFIER)).andExpect(status().isOk());
        mvc.perform(json(post(base(certified) + "/rejection"), "{\"reason\": \"late\"}", "hq.reviewer"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.currentState").value("CERTIFIED"));
        mvc.perform(json(post(base(certified) + "/return"), "{\"reason\": \"late\"}", "hq.reviewer"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.currentState").value("CERTIFIED"));
    }

    @Test
    void a_stale_move_is_refused_with_the_current_state_and_changes_nothing() throws Exception {
        long report = report();
        long seen = jdbc.sql("SELECT version FROM claims_verification_report WHERE id = ?").param(report)
                .query(Long.class).single();
        mvc.perform(as(post(base(report) + "/submission"), "mission.coe").header("If-Match", "\"" + seen + "\""))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.version").value(seen + 1));
        // the reviewer acts on what they saw before the submission
        mvc.perform(json(post(base(report) + "/return"), "{\"reason\": \"x\"}", "hq.reviewer")
                        .header("If-Match", "\"" + seen + "\""))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.currentState").value("SUBMITTED"))
                .andExpect(jsonPath("$.currentVersion").value(seen + 1));
        mvc.perform(as(post(base(report) + "/technical-review"), "hq.reviewer").header("If-Match", "nonsense"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("If-Match"));
        assertThat(jdbc.sql("SELECT status FROM claims_verification_report WHERE id = ?").param(report)
                .query(String.class).single()).isEqualTo("SUBMITTED");
    }

    @Test
    void the_certification_records_the_delegation_used_in_the_transition_log() throws Exception {
        long report = report();
        mvc.perform(as(post(base(report) + "/submission"), "mission.coe")).andExpect(status().isOk());
        mvc.perform(as(post(base(report) + "/technical-review"), "hq.reviewer")).andExpect(status().isOk());
        mvc.perform(as(post(base(report) + "/certification"), CERTIFIER)).andExpect(status().isOk());
        assertThat(jdbc.sql("""
                SELECT delegation_id FROM workflow_transition WHERE record_type = 'claims.verification-report'
                AND record_id = ? AND action = 'certify'""").param(String.valueOf(report)).query(Long.class).single())
                .isNotNull();
        assertThat(jdbc.sql("SELECT certified_at FROM claims_verification_report WHERE id = ?").param(report)
                .query(java.time.OffsetDateTime.class).optional()).isPresent();
    }

    @Test
    void payments_are_treasurys_and_never_by_the_person_who_certified() throws Exception {
        long report = report();
        mvc.perform(as(post(base(report) + "/submission"), "mission.coe")).andExpect(status().isOk());
        mvc.perform(as(post(base(report) + "/technical-review"), "hq.reviewer")).andExpect(status().isOk());
        mvc.perform(as(post(base(report) + "/certification"), CERTIFIER)).andExpect(status().isOk());

        String payment = "{\"amount\": \"1000.00\", \"paidOn\": \"2026-11-20\"}";
        mvc.perform(json(post(base(report) + "/payments"), payment, CERTIFIER))
                .andExpect(status().isForbidden());   // CLAIMS_OFFICER no longer records payments
        mvc.perform(json(post(base(report) + "/payments"), payment, "treasury"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.paid").value("1000.00"));

        // segregation of duties: a certifier holding the treasury role too may not pay what they certified
        jdbc.sql("UPDATE claims_verification_report SET certified_by = ? WHERE id = ?")
                .params("certifier.and.treasurer", report).update();
        mvc.perform(json(post(base(report) + "/payments"), payment, "certifier.and.treasurer"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.code").value(org.hamcrest.Matchers.containsStringIgnoringCase(
                        "segregationOfDuties")))
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("Segregation of duties")));
        mvc.perform(json(post(base(report) + "/payments"), payment, "certifier.and.treasurer")
                        .header("Accept-Language", "fr"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("Séparation des fonctions")));
        assertThat(jdbc.sql("SELECT COUNT(*) FROM claims_payment WHERE report_id = ?").param(report)
                .query(Long.class).single()).isEqualTo(1);
    }
}
