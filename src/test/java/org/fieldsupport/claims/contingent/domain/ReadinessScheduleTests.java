package org.fieldsupport.claims.contingent.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The six-month operational readiness schedule and the months a strength return is expected, without Spring. */
class ReadinessScheduleTests {

    static final LocalDate DEPLOYED = LocalDate.of(2025, 11, 3);

    @Test
    void the_next_inspection_is_due_six_months_after_the_last_one_and_overdue_only_the_day_after() {
        LocalDate due = ReadinessSchedule.nextDue(DEPLOYED, LocalDate.of(2025, 11, 10), LocalDate.of(2026, 5, 27));
        assertThat(due).isEqualTo(LocalDate.of(2026, 11, 27));
        assertThat(ReadinessSchedule.overdue(due, LocalDate.of(2026, 11, 26))).isFalse();
        assertThat(ReadinessSchedule.overdue(due, LocalDate.of(2026, 11, 27))).isFalse();
        assertThat(ReadinessSchedule.overdue(due, LocalDate.of(2026, 11, 28))).isTrue();
    }

    @Test
    void without_a_readiness_inspection_the_arrival_inspection_and_then_the_deployment_date_are_the_basis() {
        assertThat(ReadinessSchedule.nextDue(DEPLOYED, LocalDate.of(2025, 11, 10), null))
                .isEqualTo(LocalDate.of(2026, 5, 10));
        assertThat(ReadinessSchedule.nextDue(DEPLOYED, null, null)).isEqualTo(LocalDate.of(2026, 5, 3));
    }

    @Test
    void six_months_after_the_31st_of_august_is_the_end_of_february() {
        assertThat(ReadinessSchedule.nextDue(DEPLOYED, null, LocalDate.of(2026, 8, 31)))
                .isEqualTo(LocalDate.of(2027, 2, 28));
    }

    @Test
    void strength_returns_are_expected_for_every_deployed_month_and_gaps_are_named() {
        List<YearMonth> missing = ReadinessSchedule.missingReturns(LocalDate.of(2026, 6, 16), null,
                YearMonth.of(2026, 10), List.of(YearMonth.of(2026, 6), YearMonth.of(2026, 8)));
        assertThat(missing).containsExactly(YearMonth.of(2026, 7), YearMonth.of(2026, 9), YearMonth.of(2026, 10));
        assertThat(ReadinessSchedule.deployedMonths(LocalDate.of(2026, 6, 16), LocalDate.of(2026, 8, 2),
                YearMonth.of(2026, 10))).containsExactly(YearMonth.of(2026, 6), YearMonth.of(2026, 7),
                YearMonth.of(2026, 8));
        assertThat(ReadinessSchedule.deployedOn(LocalDate.of(2026, 6, 16), LocalDate.of(2026, 8, 2),
                LocalDate.of(2026, 8, 3))).isFalse();
    }

    @Test
    void overdue_exactly_when_today_is_past_six_months_after_the_basis() {
        org.quicktheories.QuickTheory.qt().withExamples(1000)
                .forAll(org.quicktheories.generators.Generate.range(0, 3000),
                        org.quicktheories.generators.Generate.range(0, 400))
                .checkAssert(ReadinessScheduleTests::overdueExactlyWhenPastSixMonths);
    }

    private static void overdueExactlyWhenPastSixMonths(int basisDay, int elapsed) {
        LocalDate basis = LocalDate.of(2020, 1, 1).plusDays(basisDay);
        LocalDate today = basis.plusDays(elapsed);
        LocalDate due = ReadinessSchedule.nextDue(DEPLOYED, null, basis);
        assertThat(due).isAfter(basis.plusDays(180)).isBefore(basis.plusDays(185));
        assertThat(ReadinessSchedule.overdue(due, today)).isEqualTo(today.isAfter(basis.plusMonths(6)));
    }
}
