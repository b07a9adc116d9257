package org.fieldsupport.claims.report.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.util.List;
import org.fieldsupport.claims.mou.internal.ContingentData;
import org.fieldsupport.platform.work.WorkItem;
import org.fieldsupport.platform.work.WorkItems;
import org.fieldsupport.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** A verification report's steps are work for the next person: submit → technical review → certification. */
@IntegrationTest
class ReportWorkItemsTests {

    @Autowired MockMvc mvc;
    @Autowired WorkItems items;
    @Autowired ContingentData contingents;
    @Autowired org.fieldsupport.platform.security.UserDirectory directory;

    List<WorkItem> open(long report) {
        return items.forRecord("claims.verification-report", String.valueOf(report)).stream()
                .filter(w -> w.state() == WorkItem.State.OPEN).toList();
    }

    @Test
    void the_reviewer_then_the_certifier_find_the_report_in_their_work() throws Exception {
        VerificationReportWorkflowTests setup = new VerificationReportWorkflowTests();   // its data helpers
        setup.mvc = mvc;
        setup.contingents = contingents;
        setup.directory = directory;
        setup.the_claims_staff_hold_their_roles();
        long report = setup.compute(setup.workedExampleContingent("MINUSCA", 850), "2026-06-01", "2026-06-30");
        String base = "/api/v1/claims/verification-reports/" + report;
        assertThat(open(report)).singleElement().satisfies(w -> {
            assertThat(w.titleKey()).isEqualTo("claims.work.report.submit");
            assertThat(w.assignee().name()).isEqualTo("COE_UNIT_MISSION");
        });

        mvc.perform(VerificationReportWorkflowTests.as(post(base + "/submission"), "mission.coe")).andExpect(status().isOk());
        assertThat(open(report)).singleElement()
                .satisfies(w -> assertThat(w.titleKey()).isEqualTo("claims.work.report.review"));
        String reference = open(report).get(0).reference();
        mvc.perform(VerificationReportWorkflowTests.as(get("/api/v1/work-items").param("size", "200"), "hq.reviewer"))
                .andExpect(jsonPath("$.content[*].reference", hasItem(reference)));

        mvc.perform(VerificationReportWorkflowTests.as(post(base + "/technical-review"), "hq.reviewer"))
                .andExpect(status().isOk());
        assertThat(open(report)).singleElement().satisfies(w -> {
            assertThat(w.titleKey()).isEqualTo("claims.work.report.certify");
            assertThat(w.assignee().name()).isEqualTo("CLAIMS_OFFICER");
        });
        mvc.perform(VerificationReportWorkflowTests.as(post(base + "/certification"), VerificationReportWorkflowTests.CERTIFIER))
                .andExpect(status().isOk());
        assertThat(open(report)).isEmpty();
        assertThat(JsonPath.<Integer>read(mvc.perform(VerificationReportWorkflowTests.as(get("/api/v1/work-items")
                .param("state", "closed").param("size", "200"), "mission.coe")).andReturn().getResponse()
                .getContentAsString(), "$.totalElements")).isPositive();
    }
}
