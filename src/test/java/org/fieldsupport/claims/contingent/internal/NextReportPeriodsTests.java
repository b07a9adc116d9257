package org.fieldsupport.claims.contingent.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;

/** The months a "compute the report" link pre-fills (issue 12.6). */
class NextReportPeriodsTests {

    static final YearMonth LAST_COMPLETE = YearMonth.of(2026, 11);

    @Test
    void from_the_month_after_the_last_report_to_the_last_complete_month() {
        assertThat(NextReportPeriods.period(LocalDate.of(2025, 3, 10), null, LocalDate.of(2026, 8, 31), LAST_COMPLETE))
                .isEqualTo(new NextReportPeriods.Period(YearMonth.of(2026, 9), LAST_COMPLETE));
    }

    @Test
    void from_the_deployment_month_when_nothing_was_reported() {
        assertThat(NextReportPeriods.period(LocalDate.of(2026, 6, 16), null, null, LAST_COMPLETE))
                .isEqualTo(new NextReportPeriods.Period(YearMonth.of(2026, 6), LAST_COMPLETE));
    }

    @Test
    void up_to_the_repatriation_month_and_nothing_when_every_month_is_reported() {
        assertThat(NextReportPeriods.period(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 9, 15), null, LAST_COMPLETE))
                .isEqualTo(new NextReportPeriods.Period(YearMonth.of(2026, 1), YearMonth.of(2026, 9)));
        assertThat(NextReportPeriods.period(LocalDate.of(2026, 1, 1), null, LocalDate.of(2026, 11, 30), LAST_COMPLETE))
                .isNull();
    }
}
