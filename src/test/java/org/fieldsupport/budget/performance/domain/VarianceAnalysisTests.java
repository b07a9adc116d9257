package org.fieldsupport.budget.performance.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import org.fieldsupport.budget.estimate.domain.CostGroup;
import org.fieldsupport.budget.estimate.domain.ExpenditureClass;
import org.fieldsupport.budget.performance.domain.VarianceAnalysis.Thresholds;
import org.junit.jupiter.api.Test;

class VarianceAnalysisTests {

    static BigDecimal d(String s) { return new BigDecimal(s); }

    @Test
    void the_spec_example() {
        var r = VarianceAnalysis.analyse(List.of(
                new VarianceAnalysis.Input(ExpenditureClass.MILITARY_CONTINGENTS, d("258965700.00"), d("235814900.00")),
                new VarianceAnalysis.Input(ExpenditureClass.OFFICIAL_TRAVEL, d("1200000.00"), d("1150000.00"))),
                Thresholds.DEFAULT);
        assertThat(r.ruleSet()).isEqualTo("BUDGET-2026-v1");
        var mc = r.lines().get(0).figure();
        assertThat(mc.variance().toPlainString()).isEqualTo("23150800.00");
        assertThat(mc.percentText()).isEqualTo("8.9");
        assertThat(mc.explanationRequired()).isTrue();
        var travel = r.lines().get(1).figure();
        assertThat(travel.variance().toPlainString()).isEqualTo("50000.00");
        assertThat(travel.percentText()).isEqualTo("4.2");
        assertThat(travel.explanationRequired()).isFalse();
        assertThat(r.groups().get(CostGroup.I).variance().toPlainString()).isEqualTo("23150800.00");
        assertThat(r.groups()).doesNotContainKey(CostGroup.II);
        assertThat(r.total().variance().toPlainString()).isEqualTo("23200800.00");
        assertThat(r.total().explanationRequired()).isTrue();
    }

    @Test
    void both_thresholds_are_needed_and_compared_unrounded() {
        // 100,000 of 2,000,000 = exactly 5 % : required (both ≥)
        assertThat(VarianceAnalysis.figure(d("2000000"), d("1900000"), Thresholds.DEFAULT).explanationRequired()).isTrue();
        // 99,999.99 : under the amount
        assertThat(VarianceAnalysis.figure(d("2000000"), d("1900000.01"), Thresholds.DEFAULT).explanationRequired()).isFalse();
        // 4.96 % shown 5.0 but compared unrounded: not required
        var f = VarianceAnalysis.figure(d("10000000"), d("9504000"), Thresholds.DEFAULT);
        assertThat(f.percentText()).isEqualTo("5.0");
        assertThat(f.explanationRequired()).isFalse();
        // overspending counts the same (negative variance)
        var over = VarianceAnalysis.figure(d("35960400.00"), d("50317100.00"), Thresholds.DEFAULT);
        assertThat(over.variance().toPlainString()).isEqualTo("-14356700.00");
        assertThat(over.percentText()).isEqualTo("-39.9");
        assertThat(over.explanationRequired()).isTrue();
    }

    @Test
    void zero_apportionment_has_no_percent_and_uses_the_amount_alone() {
        var f = VarianceAnalysis.figure(d("0"), d("150000"), Thresholds.DEFAULT);
        assertThat(f.percent()).isNull();
        assertThat(f.percentText()).isNull();
        assertThat(f.explanationRequired()).isTrue();
        assertThat(VarianceAnalysis.figure(d("0"), d("99999.99"), Thresholds.DEFAULT).explanationRequired()).isFalse();
    }

    @Test
    void percent_is_half_even_to_one_decimal() {
        // 0.25 % -> 0.2 ; 0.35 % -> 0.4
        assertThat(VarianceAnalysis.figure(d("10000"), d("9975"), Thresholds.DEFAULT).percentText()).isEqualTo("0.2");
        assertThat(VarianceAnalysis.figure(d("10000"), d("9965"), Thresholds.DEFAULT).percentText()).isEqualTo("0.4");
    }

    @Test
    void configured_thresholds_apply() {
        var t = new Thresholds(d("1000"), d("1"));
        assertThat(VarianceAnalysis.figure(d("100000"), d("98900"), t).explanationRequired()).isTrue();
    }
}
