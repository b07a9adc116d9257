package org.fieldsupport.guidance.library.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.fieldsupport.guidance.library.domain.PolicyRules.VersionStatus;
import org.fieldsupport.guidance.training.domain.TrainingRules;
import org.fieldsupport.guidance.training.domain.TrainingRules.NominationStatus;
import org.junit.jupiter.api.Test;

class PolicyRulesTests {

    LocalDate today = LocalDate.of(2026, 12, 5);

    @Test
    void a_version_is_drafted_submitted_approved_and_only_then_disseminated_and_acknowledged() {
        assertThat(PolicyRules.maySubmit(VersionStatus.DRAFT)).isEmpty();
        assertThat(PolicyRules.maySubmit(VersionStatus.APPROVED)).isPresent();
        assertThat(PolicyRules.mayApprove(VersionStatus.DRAFT, null, "x")).isPresent();
        assertThat(PolicyRules.mayApprove(VersionStatus.SUBMITTED, "a", "b")).isEmpty();
        assertThat(PolicyRules.mayDisseminate(VersionStatus.SUBMITTED)).isPresent();
        assertThat(PolicyRules.mayAcknowledge(false, false)).contains("guidance.ack.notDisseminated");
        assertThat(PolicyRules.mayAcknowledge(true, true)).contains("guidance.ack.already");
        assertThat(PolicyRules.mayAcknowledge(true, false)).isEmpty();
        assertThat(PolicyRules.maySupersede("A", "A", true)).isPresent();
        assertThat(PolicyRules.maySupersede("A", "B", false)).isPresent();
    }

    @Test
    void review_is_due_thirty_days_ahead() {
        assertThat(PolicyRules.reviewDue(VersionStatus.APPROVED, today.plusDays(30), today)).isTrue();
        assertThat(PolicyRules.reviewDue(VersionStatus.APPROVED, today.plusDays(31), today)).isFalse();
        assertThat(PolicyRules.reviewDue(VersionStatus.SUPERSEDED, today, today)).isFalse();
    }

    @Test
    void sessions_fill_up_and_attendance_comes_before_completion() {
        assertThat(TrainingRules.mayNominate(today, today, 11, 12)).isEmpty();
        assertThat(TrainingRules.mayNominate(today, today, 12, 12)).contains("guidance.training.sessionFull");
        assertThat(TrainingRules.mayNominate(today.minusDays(1), today, 0, 12)).contains("guidance.training.sessionStarted");
        assertThat(TrainingRules.mayRecord(NominationStatus.NOMINATED, NominationStatus.COMPLETED, today, today)).isPresent();
        assertThat(TrainingRules.mayRecord(NominationStatus.ATTENDED, NominationStatus.COMPLETED, today, today)).isEmpty();
        assertThat(TrainingRules.mayRecord(NominationStatus.NOMINATED, NominationStatus.ATTENDED, today.plusDays(1), today)).isPresent();
    }

    @Test
    void a_mandatory_course_is_overdue_after_the_grace_period_without_a_valid_completion() {
        assertThat(TrainingRules.overdue(today.minusDays(89), List.of(), null, today)).isFalse();
        assertThat(TrainingRules.overdue(today.minusDays(91), List.of(), null, today)).isTrue();
        assertThat(TrainingRules.overdue(today.minusDays(400), List.of(today.minusMonths(13)), 12, today)).isTrue();
        assertThat(TrainingRules.overdue(today.minusDays(400), List.of(today.minusMonths(11)), 12, today)).isFalse();
        assertThat(TrainingRules.overdue(today.minusDays(400), List.of(today.minusYears(5)), null, today)).isFalse();
    }
}
