package org.fieldsupport.reporting.calendar.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.fieldsupport.reporting.calendar.domain.CalendarRules.InputStatus;
import org.fieldsupport.reporting.calendar.domain.CalendarRules.ReportStatus;
import org.junit.jupiter.api.Test;

class CalendarRulesTests {

    LocalDate today = LocalDate.of(2026, 12, 5);

    @Test
    void inputs_are_due_before_the_report_and_the_report_goes_once_all_are_cleared() {
        assertThat(CalendarRules.mayRequest(ReportStatus.PLANNED, today.plusDays(10), today.plusDays(10))).isEmpty();
        assertThat(CalendarRules.mayRequest(ReportStatus.PLANNED, today.plusDays(11), today.plusDays(10))).isPresent();
        assertThat(CalendarRules.mayRequest(ReportStatus.SUBMITTED, today, today.plusDays(10))).isPresent();
        assertThat(CalendarRules.mayClear(InputStatus.REQUESTED)).isPresent();
        assertThat(CalendarRules.mayClear(InputStatus.SUBMITTED)).isEmpty();
        assertThat(CalendarRules.maySubmitReport(ReportStatus.COLLECTING, List.of(InputStatus.CLEARED, InputStatus.SUBMITTED))).isPresent();
        assertThat(CalendarRules.maySubmitReport(ReportStatus.COLLECTING, List.of())).isPresent();
        assertThat(CalendarRules.maySubmitReport(ReportStatus.COLLECTING, List.of(InputStatus.CLEARED))).isEmpty();
        assertThat(CalendarRules.late(InputStatus.REQUESTED, today.minusDays(1), today)).isTrue();
        assertThat(CalendarRules.late(InputStatus.SUBMITTED, today.minusDays(1), today)).isFalse();
    }
}
