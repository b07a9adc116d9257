package org.fieldsupport.budget.estimate.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.fieldsupport.budget.estimate.domain.CostEstimator.RawLine;
import org.fieldsupport.platform.api.FieldErrors;
import org.junit.jupiter.api.Test;

class CostEstimatorTests {

    static BigDecimal d(String s) { return new BigDecimal(s); }

    @Test
    void the_spec_example_costs_each_group_by_its_formula() {
        var e = CostEstimator.estimate(List.of(
                CostEstimator.Line.groupI(ExpenditureClass.MILITARY_CONTINGENTS, d("850"), d("1428.00"), 12, d("0.05")),
                CostEstimator.Line.groupII(ExpenditureClass.INTERNATIONAL_STAFF, d("10"), d("250000.00"), 12, d("0.10")),
                CostEstimator.Line.groupIII(ExpenditureClass.AIR_OPERATIONS, d("1200"), d("4500.00"))));
        assertThat(e.ruleSet()).isEqualTo("BUDGET-2026-v1");
        assertThat(e.lines()).extracting(l -> l.amount().toPlainString())
                .containsExactly("13837320.00", "2250000.00", "5400000.00");
        assertThat(e.groups().get(CostGroup.I)).isEqualByComparingTo("13837320.00");
        assertThat(e.groups().get(CostGroup.II)).isEqualByComparingTo("2250000.00");
        assertThat(e.groups().get(CostGroup.III)).isEqualByComparingTo("5400000.00");
        assertThat(e.total().toPlainString()).isEqualTo("21487320.00");
    }

    @Test
    void each_line_is_rounded_half_even_and_the_total_sums_rounded_lines() {
        // 1 post x 100.10 x 1 / 12 = 8.341666.. -> 8.34 ; 3 x 0.125 = 0.375 -> 0.38 ; 1 x 0.125 = 0.125 -> 0.12
        var e = CostEstimator.estimate(List.of(
                CostEstimator.Line.groupII(ExpenditureClass.NATIONAL_STAFF, d("1"), d("100.10"), 1, d("0")),
                CostEstimator.Line.groupIII(ExpenditureClass.MEDICAL, d("3"), d("0.125")),
                CostEstimator.Line.groupIII(ExpenditureClass.MEDICAL, d("1"), d("0.125"))));
        assertThat(e.lines()).extracting(l -> l.amount().toPlainString()).containsExactly("8.34", "0.38", "0.12");
        assertThat(e.total().toPlainString()).isEqualTo("8.84");
        assertThat(e.groups().get(CostGroup.III).toPlainString()).isEqualTo("0.50");
    }

    @Test
    void total_is_always_the_sum_of_the_rounded_lines_for_random_lines() {
        Random random = new Random(42);
        for (int run = 0; run < 500; run++) {
            List<CostEstimator.Line> lines = new ArrayList<>();
            for (int i = 0; i < 1 + random.nextInt(8); i++) {
                lines.add(CostEstimator.Line.groupII(ExpenditureClass.UN_VOLUNTEERS,
                        BigDecimal.valueOf(random.nextInt(500)), BigDecimal.valueOf(random.nextInt(30_000_000), 2),
                        1 + random.nextInt(12), BigDecimal.valueOf(random.nextInt(1000), 3)));
            }
            var e = CostEstimator.estimate(lines);
            BigDecimal sum = e.lines().stream().map(CostEstimator.LineAmount::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
            assertThat(e.total()).isEqualByComparingTo(sum);
            assertThat(e.lines()).allSatisfy(l -> assertThat(l.amount().scale()).isEqualTo(2));
        }
    }

    @Test
    void every_bad_field_is_listed_and_fields_of_another_group_are_refused() {
        FieldErrors errors = new FieldErrors();
        var lines = CostEstimator.parse(List.of(
                new RawLine("MILITARY_CONTINGENTS", "850", "1428.00", "13", "1", "5", null, null, null, null),
                new RawLine("NOPE", null, null, null, null, null, null, null, null, null),
                new RawLine("AIR_OPERATIONS", null, null, null, null, null, null, null, "-1", "abc")), "lines", errors);
        assertThat(errors.list()).extracting(FieldErrors.FieldError::field).containsExactlyInAnyOrder(
                "lines[0].posts", "lines[0].months", "lines[0].delayedDeploymentFactor", "lines[1].class",
                "lines[2].quantity", "lines[2].unitCost");
        assertThat(lines).isEmpty();
    }

    @Test
    void a_good_line_parses_into_its_group() {
        FieldErrors errors = new FieldErrors();
        var lines = CostEstimator.parse(List.of(
                new RawLine("INTERNATIONAL_STAFF", null, null, "12", null, "10", "250000.00", "0.10", null, null)),
                "lines", errors);
        assertThat(errors.isEmpty()).isTrue();
        assertThat(CostEstimator.amount(lines.get(0)).toPlainString()).isEqualTo("2250000.00");
    }

    @Test
    void no_lines_is_refused() {
        FieldErrors errors = new FieldErrors();
        CostEstimator.parse(List.of(), "lines", errors);
        assertThat(errors.list()).extracting(FieldErrors.FieldError::field).containsExactly("lines");
    }
}
