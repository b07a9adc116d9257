package org.fieldsupport.claims.report.internal;

import static org.fieldsupport.claims.report.internal.VerificationReportWorkflowTests.as;
import static org.fieldsupport.claims.report.internal.VerificationReportWorkflowTests.json;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.fieldsupport.claims.mou.internal.ContingentData;
import org.fieldsupport.platform.security.UserDirectory;
import org.fieldsupport.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Issue 12 (left by the third session), over the API on the verification report's flow: a refusal names the state and
 * the action in the reader's language (never "TECHNICALLY_REVIEWED"), and a user who may take the action in another
 * state of the flow is told why not now (422), while only a user who could never take it is refused (403).
 */
@IntegrationTest
class VerificationReportRefusalWordsTests {

    static final String CERTIFIER = VerificationReportWorkflowTests.CERTIFIER;

    @Autowired MockMvc mvc;
    @Autowired ContingentData contingents;
    @Autowired JdbcClient jdbc;
    @Autowired UserDirectory directory;

    VerificationReportWorkflowTests setup;

    @BeforeEach
    void staff() {
        setup = VerificationReportWorkflowTests.with(mvc, contingents, directory);
    }

    private long reviewedReport() throws Exception {
        long report = setup.compute(setup.workedExampleContingent("MINUSCA", 850), "2026-06-01", "2026-06-30");
        mvc.perform(as(post(base(report) + "/submission"), "mission.coe")).andExpect(status().isOk());
        mvc.perform(as(post(base(report) + "/technical-review"), "hq.reviewer")).andExpect(status().isOk());
        return report;
    }

    private static String base(long report) {
        return "/api/v1/claims/verification-reports/" + report;
    }

    @Test
    void a_refusal_names_the_state_and_the_action_in_english_and_in_french() throws Exception {
        long report = reviewedReport();
        mvc.perform(as(post(base(report) + "/technical-review"), "hq.reviewer"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.currentState").value("TECHNICALLY_REVIEWED"))   // the machine-readable field
                .andExpect(jsonPath("$.detail").value(allOf(containsString("technically reviewed"),
                        containsString("Record the technical review"), not(containsString("TECHNICALLY_REVIEWED")))));
        mvc.perform(as(post(base(report) + "/technical-review"), "hq.reviewer").header("Accept-Language", "fr"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.detail").value(allOf(containsString("examiné techniquement"),
                        containsString("Enregistrer l'examen technique"), not(containsString("TECHNICALLY_REVIEWED")))));
        // the stale answer too
        long seen = jdbc.sql("SELECT version FROM claims_verification_report WHERE id = ?").param(report)
                .query(Long.class).single();
        mvc.perform(json(post(base(report) + "/return"), "{\"reason\": \"x\"}", CERTIFIER)
                        .header("If-Match", "\"" + (seen - 1) + "\"").header("Accept-Language", "fr"))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.code").value("platform.workflow.stale"))
                .andExpect(jsonPath("$.detail").value(allOf(containsString("examiné techniquement"),
                        not(containsString("TECHNICALLY_REVIEWED")))));
    }

    @Test
    void who_may_take_the_action_in_another_state_gets_422_and_only_who_never_may_gets_403() throws Exception {
        long report = reviewedReport();
        // "return" from a reviewed report is the certifier's; the reviewer returns submitted reports: told why not now
        mvc.perform(json(post(base(report) + "/return"), "{\"reason\": \"x\"}", "hq.reviewer"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.currentState").value("TECHNICALLY_REVIEWED"))
                .andExpect(jsonPath("$.detail").value(allOf(containsString("technically reviewed"),
                        containsString("Return with a reason"))));
        // the mission never returns a report: refused
        mvc.perform(json(post(base(report) + "/return"), "{\"reason\": \"x\"}", "mission.coe"))
                .andExpect(status().isForbidden());

        // a computed report has no "return" at all; the certifier (who returns reviewed reports) is told the state
        long computed = setup.compute(setup.workedExampleContingent("MINUSCA", 850), "2026-07-01", "2026-07-31");
        mvc.perform(json(post(base(computed) + "/return"), "{\"reason\": \"x\"}", CERTIFIER)
                        .header("Accept-Language", "fr"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.currentState").value("COMPUTED"))
                .andExpect(jsonPath("$.detail").value(allOf(containsString("calculé"), not(containsString("COMPUTED")))));
        mvc.perform(json(post(base(computed) + "/return"), "{\"reason\": \"x\"}", "mission.coe"))
                .andExpect(status().isForbidden());
        mvc.perform(json(post(base(computed) + "/rejection"), "{\"reason\": \"x\"}", "treasury"))
                .andExpect(status().isForbidden());
    }
}
