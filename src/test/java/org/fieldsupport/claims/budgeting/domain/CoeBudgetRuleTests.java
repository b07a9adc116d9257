package org.fieldsupport.claims.budgeting.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Rule set COE-BUDGET-2026-v1, computed by hand. */
class CoeBudgetRuleTests {

    static final BigDecimal F = new BigDecimal("0.035");

    static CoeBudgetRule.Version version(LocalDate from, LocalDate deployed, LocalDate repatriated, int strength,
                                         int apcs) {
        return new CoeBudgetRule.Version(from, deployed, repatriated, strength, F,
                List.of(new CoeBudgetRule.Equipment("APC", apcs, new BigDecimal("5000.00")),
                        new CoeBudgetRule.Equipment("APC", 2, new BigDecimal("1000.00")),
                        new CoeBudgetRule.Equipment("Truck", 5, new BigDecimal("1200.00"))),
                List.of(new CoeBudgetRule.Category("CATERING", true, new BigDecimal("28.00")),
                        new CoeBudgetRule.Category("MEDICAL", false, null)));
    }

    @Test
    void a_year_of_a_deployed_contingent_counts_quantity_times_rate_times_factors_per_category() {
        CoeBudgetRule.Contingent c = new CoeBudgetRule.Contingent(1, "C-1", "SEN",
                List.of(version(LocalDate.of(2026, 6, 1), LocalDate.of(2026, 6, 16), null, 850, 10)));

        CoeBudgetRule.Estimate e = CoeBudgetRule.estimate(YearMonth.of(2026, 7), YearMonth.of(2027, 6), List.of(c));

        assertThat(e.ruleSet()).isEqualTo("COE-BUDGET-2026-v1");
        // APC lines grouped: (10 × 5000 + 2 × 1000) × 1.035 × 12 = 645,840.00; trucks 5 × 1200 × 1.035 × 12 = 74,520.00
        assertThat(e.lines()).extracting(CoeBudgetRule.Line::category, CoeBudgetRule.Line::amount,
                        CoeBudgetRule.Line::months)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("APC", new BigDecimal("645840.00"), 12),
                        org.assertj.core.groups.Tuple.tuple("Truck", new BigDecimal("74520.00"), 12),
                        // 28 × 850 × 1.035 × 12; the UN-provided category costs nothing and has no line
                        org.assertj.core.groups.Tuple.tuple("CATERING", new BigDecimal("295596.00"), 12));
        assertThat(e.lines().get(0).unitMonths()).isEqualByComparingTo("144");
        assertThat(e.majorEquipment()).isEqualByComparingTo("720360.00");
        assertThat(e.selfSustainment()).isEqualByComparingTo("295596.00");
        assertThat(e.total()).isEqualByComparingTo("1015956.00");
    }

    @Test
    void each_month_takes_the_version_in_force_on_its_first_day_and_only_months_in_service_count() {
        CoeBudgetRule.Contingent c = new CoeBudgetRule.Contingent(1, "C-1", "SEN", List.of(
                version(LocalDate.of(2026, 6, 1), LocalDate.of(2026, 6, 16), LocalDate.of(2026, 12, 10), 850, 10),
                // an amendment from October: 14 APCs
                version(LocalDate.of(2026, 10, 1), LocalDate.of(2026, 6, 16), LocalDate.of(2026, 12, 10), 850, 14)));

        CoeBudgetRule.Estimate e = CoeBudgetRule.estimate(YearMonth.of(2026, 7), YearMonth.of(2027, 6), List.of(c));

        CoeBudgetRule.Line apc = e.lines().get(0);
        // July–September: 10 APCs, October–December (repatriated 10 December): 14 APCs; 2 × 1000 every month
        assertThat(apc.months()).isEqualTo(6);
        assertThat(apc.unitMonths()).isEqualByComparingTo("84");    // 3 × 12 + 3 × 16
        assertThat(apc.amount()).isEqualByComparingTo(
                new BigDecimal("52000").multiply(new BigDecimal(3)).add(new BigDecimal("72000").multiply(new BigDecimal(3)))
                        .multiply(new BigDecimal("1.035")).setScale(2, java.math.RoundingMode.HALF_EVEN));
    }

    @Test
    void a_contingent_not_yet_under_an_mou_or_not_deployed_in_the_period_adds_nothing() {
        CoeBudgetRule.Contingent later = new CoeBudgetRule.Contingent(2, "C-2", "NPL",
                List.of(version(LocalDate.of(2027, 8, 1), LocalDate.of(2027, 8, 1), null, 70, 3)));
        assertThat(CoeBudgetRule.estimate(YearMonth.of(2026, 7), YearMonth.of(2027, 6), List.of(later)).lines())
                .isEmpty();
    }

    @Test
    void a_payment_counts_against_a_kind_in_proportion_to_its_certified_share() {
        assertThat(CoeBudgetRule.paidShare(new BigDecimal("1000.00"), new BigDecimal("300.00"),
                new BigDecimal("900.00"))).isEqualByComparingTo("333.33");
        assertThat(CoeBudgetRule.paidShare(new BigDecimal("1000.00"), BigDecimal.ONE, BigDecimal.ZERO))
                .isEqualByComparingTo("0.00");
    }
}
