package org.fieldsupport.claims.analytics.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.fieldsupport.claims.rules.domain.CoeRuleSet2026v1;
import org.fieldsupport.claims.rules.domain.InputProblem;
import org.fieldsupport.claims.rules.domain.Inputs;
import org.fieldsupport.claims.rules.domain.LeaseType;
import org.fieldsupport.claims.rules.domain.MajorEquipmentLine;
import org.fieldsupport.claims.rules.domain.Provider;
import org.fieldsupport.claims.rules.domain.Rating;
import org.fieldsupport.claims.rules.domain.RuleSet;
import org.fieldsupport.claims.rules.domain.SelfSustainmentCategory;
import org.fieldsupport.claims.rules.domain.Verification;
import org.junit.jupiter.api.Test;

/** Shortfalls read through the rule set (8.3.k); figures hand-checked from the spec's worked example. */
class ShortfallsTests {

    private static final YearMonth JUNE = YearMonth.of(2026, 6);
    private final RuleSet rules = new CoeRuleSet2026v1();

    /** The worked example (deployed 16 June: D/N = 15/30, F = 0.035, P = 850) with ME-1 found at {@code found}. */
    private static Inputs example(int found) {
        Inputs in = Inputs.workedExample();
        in.verifications = new ArrayList<>(List.of(new Verification(LocalDate.of(2026, 6, 20),
                Map.of("ME-1", found), Map.of("CATERING", Rating.SATISFACTORY))));
        return in;
    }

    private static Shortfalls.Shortfall only(Shortfalls.Result result, String reference) {
        return result.shortfalls().stream().filter(s -> s.reference().equals(reference)).findFirst().orElseThrow();
    }

    @Test
    void a_wet_line_at_8_of_10_is_below_the_mou_and_below_standard_and_costs_two_units() {
        Shortfalls.Result result = Shortfalls.of(rules, example(8).build(), JUNE);

        Shortfalls.Shortfall me1 = only(result, "ME-1");
        assertThat(me1.types()).containsExactly(Shortfalls.Type.BELOW_MOU, Shortfalls.Type.BELOW_STANDARD);
        assertThat(me1.mouQuantity()).isEqualTo(10);
        assertThat(me1.serviceable()).isEqualTo(8);
        // paid: 5000 × 8 × 1.035 × 15/30 = 20700.00; full: 5000 × 10 × 1.035 × 15/30 = 25875.00
        assertThat(me1.amount()).isEqualByComparingTo("20700.00");
        assertThat(me1.effect()).isEqualByComparingTo("5175.00");
        assertThat(result.amountProblems()).isEmpty();
        assertThat(result.shortfalls()).hasSize(1);   // catering is satisfactory
    }

    @Test
    void a_wet_line_at_9_of_10_is_below_the_mou_but_meets_the_standard() {
        Shortfalls.Shortfall me1 = only(Shortfalls.of(rules, example(9).build(), JUNE), "ME-1");

        assertThat(me1.types()).containsExactly(Shortfalls.Type.BELOW_MOU);
        assertThat(me1.effect()).isEqualByComparingTo("2587.50");   // 5000 × 1 × 1.035 × 15/30
    }

    @Test
    void a_line_at_its_mou_quantity_or_above_is_no_shortfall() {
        assertThat(Shortfalls.of(rules, example(10).build(), JUNE).shortfalls()).isEmpty();
        assertThat(Shortfalls.of(rules, example(12).build(), JUNE).shortfalls()).isEmpty();   // surplus
    }

    @Test
    void unverified_lines_and_categories_rated_below_satisfactory_are_listed_un_provided_ones_never() {
        Inputs in = example(10);
        in.majorEquipment.add(new MajorEquipmentLine("ME-3", "HF radio", LeaseType.DRY, 6, new BigDecimal("650.00")));
        in.selfSustainment.add(new SelfSustainmentCategory("COMMUNICATIONS", Provider.CONTRIBUTOR, new BigDecimal("12.50")));
        in.selfSustainment.add(new SelfSustainmentCategory("MEDICAL_BASIC", Provider.CONTRIBUTOR, new BigDecimal("9.00")));
        in.selfSustainment.add(new SelfSustainmentCategory("ACCOMMODATION", Provider.UN, null));
        in.verifications.add(new Verification(LocalDate.of(2026, 6, 25), Map.of(),
                Map.of("CATERING", Rating.PARTIALLY_SATISFACTORY, "COMMUNICATIONS", Rating.UNSATISFACTORY)));

        Shortfalls.Result result = Shortfalls.of(rules, in.build(), JUNE);

        assertThat(result.shortfalls()).extracting(Shortfalls.Shortfall::reference)
                .containsExactly("ME-3", "CATERING", "COMMUNICATIONS", "MEDICAL_BASIC");
        Shortfalls.Shortfall radio = only(result, "ME-3");
        assertThat(radio.types()).containsExactly(Shortfalls.Type.NOT_VERIFIED);
        assertThat(radio.amount()).isEqualByComparingTo("0.00");
        assertThat(radio.effect()).isEqualByComparingTo("2018.25");   // 650 × 6 × 1.035 × 15/30
        // catering: 28 × 850 × 0.5 × 1.035 × 15/30 = 6158.25 lost of 12316.50
        assertThat(only(result, "CATERING").types()).containsExactly(Shortfalls.Type.PARTIALLY_SATISFACTORY);
        assertThat(only(result, "CATERING").effect()).isEqualByComparingTo("6158.25");
        assertThat(only(result, "COMMUNICATIONS").types()).containsExactly(Shortfalls.Type.UNSATISFACTORY);
        assertThat(only(result, "COMMUNICATIONS").effect()).isEqualByComparingTo("5498.44");
        assertThat(only(result, "MEDICAL_BASIC").types()).containsExactly(Shortfalls.Type.NOT_VERIFIED);
    }

    @Test
    void without_a_strength_return_the_shortfalls_are_listed_without_amounts() {
        Inputs in = example(8);
        in.strengthReturns.clear();

        Shortfalls.Result result = Shortfalls.of(rules, in.build(), JUNE);

        assertThat(only(result, "ME-1").types()).contains(Shortfalls.Type.BELOW_STANDARD);
        assertThat(only(result, "ME-1").effect()).isNull();
        assertThat(result.amountProblems()).extracting(InputProblem::messageKey)
                .contains("claims.input.strengthReturn.missing");
    }

    @Test
    void a_month_outside_the_deployment_has_no_shortfalls() {
        assertThat(Shortfalls.of(rules, example(8).build(), YearMonth.of(2026, 5)).shortfalls()).isEmpty();
    }

    @Test
    void a_later_verification_is_the_one_in_force() {
        Inputs in = example(8);
        in.verifications.add(new Verification(LocalDate.of(2026, 7, 3), Map.of("ME-1", 10), Map.of()));
        in.strength(YearMonth.of(2026, 7), "850");

        assertThat(Shortfalls.of(rules, in.build(), JUNE).shortfalls()).hasSize(1);
        assertThat(Shortfalls.of(rules, in.build(), YearMonth.of(2026, 7)).shortfalls()).isEmpty();
    }

    /** Below standard exactly when 10 × S < 9 × Q (wet); below the MOU exactly when S < Q; the effect is never negative. */
    @Test
    void flags_follow_the_rule_set_and_effects_are_never_negative() {
        org.quicktheories.QuickTheory.qt().withExamples(300)
                .forAll(org.quicktheories.generators.Generate.range(1, 60),
                        org.quicktheories.generators.Generate.range(0, 70))
                .checkAssert(this::flagsFollowTheRuleSet);
    }

    private void flagsFollowTheRuleSet(int quantity, int found) {
        Inputs in = Inputs.workedExample();
        in.majorEquipment = new ArrayList<>(List.of(new MajorEquipmentLine("ME-1", "APC", LeaseType.WET, quantity,
                new BigDecimal("5000.00"))));
        in.verifications = new ArrayList<>(List.of(new Verification(LocalDate.of(2026, 6, 20), Map.of("ME-1", found),
                Map.of("CATERING", Rating.SATISFACTORY))));

        List<Shortfalls.Shortfall> shortfalls = Shortfalls.of(rules, in.build(), JUNE).shortfalls();

        boolean belowMou = found < quantity;
        boolean belowStandard = 10 * found < 9 * quantity;
        assertThat(shortfalls).hasSize(belowMou ? 1 : 0);
        if (belowMou) {
            Shortfalls.Shortfall s = shortfalls.get(0);
            assertThat(s.types().contains(Shortfalls.Type.BELOW_STANDARD)).isEqualTo(belowStandard);
            assertThat(s.effect().signum()).isPositive();
            assertThat(s.amount().add(s.effect())).isEqualByComparingTo(new BigDecimal("5000.00")
                    .multiply(BigDecimal.valueOf(quantity)).multiply(new BigDecimal("1.035"))
                    .divide(BigDecimal.valueOf(2), 2, java.math.RoundingMode.HALF_EVEN));
        }
    }
}
