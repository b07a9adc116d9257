package org.fieldsupport.personnel;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.fieldsupport.personnel.hrdata.domain.SelfAssessmentChecklist;
import org.fieldsupport.personnel.posts.domain.Post;
import org.fieldsupport.personnel.posts.domain.PostRequest;
import org.fieldsupport.personnel.posts.domain.PostRules;
import org.fieldsupport.personnel.posts.domain.StaffingTableFile;
import org.fieldsupport.personnel.staff.domain.ContractRules;
import org.fieldsupport.platform.api.FieldErrors;
import org.fieldsupport.platform.api.TabularFile;
import org.junit.jupiter.api.Test;

/** The personnel rules as plain Java: contracts, post requests, the staffing-table file, the checklist. */
class PersonnelRulesTests {

    static final Set<String> GRADES = Set.of("P-3", "P-4", "P-5", "FS-5", "G-5");

    static Post post(String grade, String status, String incumbent) {
        return new Post(1, "M-1", "MINUSCA", "Unit", null, "Officer", grade, "PROFESSIONAL", "ASSESSED", "2026/27",
                status, LocalDate.of(2024, 1, 1), null, null, incumbent, null, 0);
    }

    @Test
    void contract_terms() {
        FieldErrors e = new FieldErrors();
        ContractRules.checkTerm(e, "TEMPORARY", LocalDate.of(2026, 1, 1), LocalDate.of(2027, 1, 1));
        assertThat(e.list()).extracting(FieldErrors.FieldError::rule).containsExactly("Temporary");   // 365 days
        e = new FieldErrors();
        ContractRules.checkTerm(e, "TEMPORARY", LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31));   // 364 days
        assertThat(e.isEmpty()).isTrue();
        e = new FieldErrors();
        ContractRules.checkTerm(e, "CONTINUING", LocalDate.of(2026, 1, 1), LocalDate.of(2027, 1, 1));
        assertThat(e.list()).extracting(FieldErrors.FieldError::field).containsExactly("contractEnd");
        e = new FieldErrors();
        ContractRules.checkTerm(e, "FIXED_TERM", LocalDate.of(2026, 1, 1), LocalDate.of(2026, 1, 1));
        assertThat(e.list()).extracting(FieldErrors.FieldError::rule).containsExactly("AfterEntry");
        assertThat(ContractRules.extensionRefusal("ACTIVE", "FIXED_TERM", LocalDate.of(2025, 1, 1),
                LocalDate.of(2026, 6, 30), LocalDate.of(2026, 6, 30))).isEqualTo("personnel.staff.refused.extensionEarlier");
        assertThat(ContractRules.extensionRefusal("ACTIVE", "CONTINUING", LocalDate.of(2025, 1, 1), null,
                LocalDate.of(2027, 6, 30))).isEqualTo("personnel.staff.refused.continuing");
        assertThat(ContractRules.extensionRefusal("ACTIVE", "TEMPORARY", LocalDate.of(2026, 1, 1),
                LocalDate.of(2026, 6, 30), LocalDate.of(2027, 1, 1))).isEqualTo("personnel.staff.refused.temporaryTooLong");
        assertThat(ContractRules.extensionRefusal("ACTIVE", "FIXED_TERM", LocalDate.of(2025, 1, 1),
                LocalDate.of(2026, 6, 30), LocalDate.of(2027, 6, 30))).isNull();
        assertThat(ContractRules.nextStepDate(LocalDate.of(2026, 2, 28), 3)).isEqualTo(LocalDate.of(2027, 2, 28));
        assertThat(ContractRules.nextStepDate(LocalDate.of(2026, 2, 28), ContractRules.MAX_STEP)).isNull();
        assertThat(ContractRules.expiresWithin(LocalDate.of(2026, 3, 31), LocalDate.of(2026, 1, 1), 90)).isEqualTo(89);
        assertThat(ContractRules.expiresWithin(LocalDate.of(2026, 4, 2), LocalDate.of(2026, 1, 1), 90)).isEqualTo(-1);
    }

    @Test
    void appointment_regularity_review_lists_every_finding() {
        assertThat(ContractRules.appointmentFindings(true, "MINUSCA", "P-3", true, LocalDate.of(2024, 1, 1), null,
                "MINUSCA", "P-3", LocalDate.of(2026, 1, 1), LocalDate.of(2027, 1, 1))).isEmpty();
        assertThat(ContractRules.appointmentFindings(false, "UNMISS", "P-4", false, LocalDate.of(2026, 6, 1),
                LocalDate.of(2026, 12, 31), "MINUSCA", "P-3", LocalDate.of(2026, 1, 1), LocalDate.of(2027, 1, 1)))
                .containsExactly("personnel.review.postAbolished", "personnel.review.otherMission",
                        "personnel.review.postEncumbered", "personnel.review.gradeMismatch",
                        "personnel.review.beforePost", "personnel.review.afterPost");
    }

    @Test
    void post_requests_need_what_their_kind_needs_and_are_decided_by_the_right_authority_and_grade() {
        FieldErrors e = PostRules.check(PostRequest.Kind.CREATION, null, "", null, "P-9", "SOMETIMES", null, null, null,
                "", GRADES);
        assertThat(e.list()).extracting(FieldErrors.FieldError::field)
                .containsExactlyInAnyOrder("justification", "unitName", "title", "gradeCode", "fundingSource");
        assertThat(PostRules.check(PostRequest.Kind.RECLASSIFICATION, post("P-4", "ACTIVE", null), null, null, "P-4",
                null, null, null, "jd", "why", GRADES).list()).extracting(FieldErrors.FieldError::rule)
                .containsExactly("Different");
        assertThat(PostRules.refusal(PostRequest.Kind.ABOLITION, post("P-4", "ACTIVE", "8100001")))
                .isEqualTo("personnel.post.refused.encumbered");
        assertThat(PostRules.refusal(PostRequest.Kind.REDEPLOYMENT, post("P-4", "ABOLISHED", null)))
                .isEqualTo("personnel.post.refused.abolished");
        assertThat(PostRules.refusal(PostRequest.Kind.RECLASSIFICATION, post("P-4", "ACTIVE", "8100001"))).isNull();
        assertThat(PostRules.authorityFor(PostRequest.Kind.RECLASSIFICATION)).isEqualTo("POST_CLASSIFICATION");
        assertThat(PostRules.authorityFor(PostRequest.Kind.ABOLITION)).isEqualTo("POST_ESTABLISHMENT");
        Map<String, Integer> rank = Map.of("P-3", 21, "P-4", 22, "P-5", 23);
        assertThat(PostRules.gradeForAuthority("P-4", "P-3", rank::get)).isEqualTo("P-4");
        assertThat(PostRules.gradeForAuthority("P-4", "P-5", rank::get)).isEqualTo("P-5");
        assertThat(PostRules.gradeForAuthority(null, "P-3", rank::get)).isEqualTo("P-3");
        assertThat(PostRules.budgetPeriod("2026/27")).isTrue();
        assertThat(PostRules.budgetPeriod("2026/28")).isFalse();
        assertThat(PostRules.budgetPeriod("2099/00")).isTrue();
    }

    @Test
    void the_staffing_table_file_is_checked_whole() {
        List<String> header = List.of("post_number", "mission", "unit", "title", "grade", "funding_source",
                "budget_period", "valid_from", "valid_to");
        Map<String, String> ok = new LinkedHashMap<>();
        for (String[] kv : new String[][] {{"post_number", "A-1"}, {"mission", "MINUSCA"}, {"unit", "U"}, {"title", "T"},
                {"grade", "P-3"}, {"funding_source", "ASSESSED"}, {"budget_period", "2026/27"}, {"valid_from", "2026-07-01"},
                {"valid_to", ""}}) {
            ok.put(kv[0], kv[1]);
        }
        Map<String, String> bad = new LinkedHashMap<>(ok);
        bad.put("valid_to", "2026-01-01");
        bad.put("mission", "UNMISS");
        StaffingTableFile.Checked checked = StaffingTableFile.check(new TabularFile.Table(header, List.of(ok, ok, bad)),
                Set.of("MINUSCA"), GRADES);
        assertThat(checked.rows()).isEmpty();
        assertThat(checked.problems()).extracting(p -> p.row() + ":" + p.column())
                .containsExactlyInAnyOrder("2:post_number", "3:post_number", "3:mission", "3:valid_to");
        assertThat(StaffingTableFile.check(new TabularFile.Table(header, List.of(ok)), Set.of("MINUSCA"), GRADES).rows())
                .hasSize(1);
    }

    @Test
    void a_self_assessment_closes_when_answered_with_action_plans_for_shortfalls() {
        var yes = new SelfAssessmentChecklist.Item("A", true, null, null, null, false);
        var unanswered = new SelfAssessmentChecklist.Item("B", null, null, null, null, false);
        var noPlan = new SelfAssessmentChecklist.Item("C", false, "f", null, null, false);
        var planned = new SelfAssessmentChecklist.Item("C", false, "f", "plan", LocalDate.of(2027, 1, 1), false);
        assertThat(SelfAssessmentChecklist.closingRefusal(List.of(yes, unanswered))).isEqualTo("personnel.qa.refused.unanswered");
        assertThat(SelfAssessmentChecklist.closingRefusal(List.of(yes, noPlan))).isEqualTo("personnel.qa.refused.noActionPlan");
        assertThat(SelfAssessmentChecklist.closingRefusal(List.of(yes, planned))).isNull();
    }
}
