package org.fieldsupport.claims.rules.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Rule set COE-2026-v1 by hand-computed cases (shared/spec/coe-rules.md). */
class CoeRuleSet2026v1Tests {

    private static final YearMonth JUNE = YearMonth.of(2026, 6);
    private final RuleSet rules = RuleSets.builtIn().get("COE-2026-v1");

    private static ClaimLine line(MonthStatement month, LineKind kind, String reference) {
        return month.lines().stream()
                .filter(l -> l.kind() == kind && java.util.Objects.equals(l.reference(), reference))
                .findFirst().orElseThrow();
    }

    @Test
    void the_worked_example_of_the_spec_pays_23287_50_for_me_1_in_june_2026() {
        Statement statement = rules.calculate(Inputs.workedExample().build(), JUNE, JUNE);

        MonthStatement june = statement.months().get(0);
        assertThat(june.daysInMonth()).isEqualTo(30);
        assertThat(june.deployedDays()).isEqualTo(15);
        ClaimLine me1 = line(june, LineKind.MAJOR_EQUIPMENT, "ME-1");
        assertThat(me1.amount()).isEqualByComparingTo("23287.50");
        assertThat(me1.amount().scale()).isEqualTo(2);
        assertThat(me1.explanation()).isEqualTo(Explanation.of("claims.explain.majorEquipment",
                new BigDecimal("5000.00"), 10, 9, new BigDecimal("0.035"), 15, 30));
        // 9 / 10 = 0.90 is not below the 90 % standard: the spec's sample response shows BELOW_STANDARD,
        // but its rule (S / Q < 0.90) does not flag it. The rule wins (see docs/decisions).
        assertThat(me1.flags()).isEmpty();
    }

    @Test
    void the_worked_example_pays_catering_and_troop_cost_on_the_authorised_strength() {
        MonthStatement june = rules.calculate(Inputs.workedExample().build(), JUNE, JUNE).months().get(0);

        // 28.00 × min(870, 850) × 1.0 × 1.035 × 15/30 = 12316.50
        assertThat(line(june, LineKind.SELF_SUSTAINMENT, "CATERING").amount()).isEqualByComparingTo("12316.50");
        // 1428.00 × min(870, 850) × 15/30 = 606900.00 (no mission factors on troop cost)
        assertThat(line(june, LineKind.TROOP_COST, null).amount()).isEqualByComparingTo("606900.00");
        assertThat(june.total()).isEqualByComparingTo("642504.00");
    }

    @Test
    void the_worked_example_request_over_three_months_is_refused_naming_the_months_without_strength_return() {
        ContingentInput input = Inputs.workedExample().build();

        assertThat(rules.check(input, JUNE, YearMonth.of(2026, 8))).containsExactly(
                InputProblem.of("strengthReturns", "claims.input.strengthReturn.missing", YearMonth.of(2026, 7)),
                InputProblem.of("strengthReturns", "claims.input.strengthReturn.missing", YearMonth.of(2026, 8)));
        assertThatThrownBy(() -> rules.calculate(input, JUNE, YearMonth.of(2026, 8)))
                .isInstanceOf(IncompleteInputException.class);
    }

    @Test
    void a_quarter_is_the_sum_of_its_months_with_the_june_verification_in_force_afterwards() {
        ContingentInput input = Inputs.workedExample().strength(YearMonth.of(2026, 7), "840")
                .strength(YearMonth.of(2026, 8), "845.5").build();

        Statement quarter = rules.calculate(input, JUNE, YearMonth.of(2026, 8));

        MonthStatement july = quarter.months().get(1);
        assertThat(july.deployedDays()).isEqualTo(31);
        // 5000.00 × 9 × 1.035 = 46575.00; 28.00 × 840 × 1.035 = 24343.20; 1428.00 × 840 = 1199520.00
        assertThat(line(july, LineKind.MAJOR_EQUIPMENT, "ME-1").amount()).isEqualByComparingTo("46575.00");
        assertThat(line(july, LineKind.SELF_SUSTAINMENT, "CATERING").amount()).isEqualByComparingTo("24343.20");
        assertThat(line(july, LineKind.TROOP_COST, null).amount()).isEqualByComparingTo("1199520.00");
        MonthStatement august = quarter.months().get(2);
        // 28.00 × 845.5 × 1.035 = 24502.59; 1428.00 × 845.5 = 1207374.00
        assertThat(line(august, LineKind.SELF_SUSTAINMENT, "CATERING").amount()).isEqualByComparingTo("24502.59");
        assertThat(line(august, LineKind.TROOP_COST, null).amount()).isEqualByComparingTo("1207374.00");
        assertThat(quarter.total()).isEqualByComparingTo(quarter.months().stream().map(MonthStatement::total)
                .reduce(BigDecimal.ZERO, BigDecimal::add));
        assertThat(quarter.total()).isEqualByComparingTo(
                new BigDecimal("642504.00").add(new BigDecimal("1270438.20"))
                        .add(new BigDecimal("46575.00").add(new BigDecimal("24502.59")).add(new BigDecimal("1207374.00"))));
    }

    @Test
    void each_line_is_rounded_to_cents_half_even() {
        Inputs in = new Inputs();
        in.deployedOn = LocalDate.of(2027, 2, 22);                // D = 7 of N = 28
        in.factors = MissionFactors.NONE;
        in.strengthReturns.add(new StrengthReturn(YearMonth.of(2027, 2), new BigDecimal("1")));
        in.majorEquipment = List.of(
                new MajorEquipmentLine("A", "", LeaseType.DRY, 1, new BigDecimal("1000.10")),  // 250.025
                new MajorEquipmentLine("B", "", LeaseType.DRY, 1, new BigDecimal("1000.30")));  // 250.075
        in.selfSustainment = List.of();
        in.verifications = List.of(new Verification(LocalDate.of(2027, 2, 22), Map.of("A", 1, "B", 1), Map.of()));

        MonthStatement feb = rules.calculate(in.build(), YearMonth.of(2027, 2), YearMonth.of(2027, 2)).months().get(0);

        assertThat(line(feb, LineKind.MAJOR_EQUIPMENT, "A").amount()).isEqualByComparingTo("250.02");
        assertThat(line(feb, LineKind.MAJOR_EQUIPMENT, "B").amount()).isEqualByComparingTo("250.08");
        // troop cost 1428.00 × 1 × 7/28 = 357.00; the total is the sum of the rounded lines
        assertThat(feb.total()).isEqualByComparingTo("857.10");
    }

    @Test
    void surplus_equipment_is_flagged_and_never_paid() {
        Inputs in = Inputs.workedExample();
        in.majorEquipment = List.of(new MajorEquipmentLine("ME-1", "Truck", LeaseType.DRY, 10, new BigDecimal("1000.00")));
        in.verifications = List.of(new Verification(LocalDate.of(2026, 6, 1), Map.of("ME-1", 12), Map.of()));

        ClaimLine me1 = line(rules.calculate(in.build(), JUNE, JUNE).months().get(0), LineKind.MAJOR_EQUIPMENT, "ME-1");

        // 1000.00 × min(10, 12) × 1.035 × 15/30 = 5175.00
        assertThat(me1.amount()).isEqualByComparingTo("5175.00");
        assertThat(me1.flags()).containsExactly(Flag.SURPLUS);
    }

    @Test
    void a_wet_lease_line_below_ninety_percent_is_flagged_and_paid_on_what_was_found() {
        Inputs in = Inputs.workedExample();
        in.verifications = List.of(new Verification(LocalDate.of(2026, 6, 20), Map.of("ME-1", 8),
                Map.of("CATERING", Rating.SATISFACTORY)));

        ClaimLine me1 = line(rules.calculate(in.build(), JUNE, JUNE).months().get(0), LineKind.MAJOR_EQUIPMENT, "ME-1");

        // 5000.00 × 8 × 1.035 × 15/30 = 20700.00
        assertThat(me1.amount()).isEqualByComparingTo("20700.00");
        assertThat(me1.flags()).containsExactly(Flag.BELOW_STANDARD);
    }

    @Test
    void a_dry_lease_line_below_ninety_percent_is_not_a_wet_lease_shortfall() {
        Inputs in = Inputs.workedExample();
        in.majorEquipment = List.of(new MajorEquipmentLine("ME-1", "APC", LeaseType.DRY, 10, new BigDecimal("5000.00")));
        in.verifications = List.of(new Verification(LocalDate.of(2026, 6, 20), Map.of("ME-1", 5), Map.of()));

        ClaimLine me1 = line(rules.calculate(in.build(), JUNE, JUNE).months().get(0), LineKind.MAJOR_EQUIPMENT, "ME-1");

        assertThat(me1.amount()).isEqualByComparingTo("12937.50");
        assertThat(me1.flags()).isEmpty();
    }

    @Test
    void a_line_without_verification_in_force_pays_nothing_and_says_so() {
        Inputs in = Inputs.workedExample().strength(YearMonth.of(2026, 7), "850");
        in.verifications = List.of(new Verification(LocalDate.of(2026, 7, 3), Map.of("ME-1", 10),
                Map.of("CATERING", Rating.PARTIALLY_SATISFACTORY)));

        Statement statement = rules.calculate(in.build(), JUNE, YearMonth.of(2026, 7));

        MonthStatement june = statement.months().get(0);
        ClaimLine me1 = line(june, LineKind.MAJOR_EQUIPMENT, "ME-1");
        assertThat(me1.amount()).isEqualByComparingTo("0.00");
        assertThat(me1.flags()).containsExactly(Flag.NOT_VERIFIED);
        assertThat(me1.explanation().messageKey()).isEqualTo("claims.explain.majorEquipment.notVerified");
        assertThat(line(june, LineKind.SELF_SUSTAINMENT, "CATERING").flags()).containsExactly(Flag.NOT_VERIFIED);
        // in July the verification of 3 July is in force: 5000.00 × 10 × 1.035 = 51750.00,
        // 28.00 × 850 × 0.5 × 1.035 = 12316.50
        MonthStatement july = statement.months().get(1);
        assertThat(line(july, LineKind.MAJOR_EQUIPMENT, "ME-1").amount()).isEqualByComparingTo("51750.00");
        assertThat(line(july, LineKind.SELF_SUSTAINMENT, "CATERING").amount()).isEqualByComparingTo("12316.50");
    }

    @Test
    void the_most_recent_verification_covering_a_line_is_in_force_even_when_a_later_one_skips_it() {
        Inputs in = Inputs.workedExample();
        in.majorEquipment = List.of(
                new MajorEquipmentLine("ME-1", "APC", LeaseType.DRY, 10, new BigDecimal("100.00")),
                new MajorEquipmentLine("ME-2", "Truck", LeaseType.DRY, 10, new BigDecimal("100.00")));
        in.factors = MissionFactors.NONE;
        in.deployedOn = LocalDate.of(2026, 1, 1);
        in.verifications = List.of(
                new Verification(LocalDate.of(2026, 3, 1), Map.of("ME-1", 4, "ME-2", 4), Map.of()),
                new Verification(LocalDate.of(2026, 6, 10), Map.of("ME-1", 7), Map.of()),
                new Verification(LocalDate.of(2026, 7, 1), Map.of("ME-1", 1, "ME-2", 1), Map.of()));

        MonthStatement june = rules.calculate(in.build(), JUNE, JUNE).months().get(0);

        assertThat(line(june, LineKind.MAJOR_EQUIPMENT, "ME-1").amount()).isEqualByComparingTo("700.00");
        assertThat(line(june, LineKind.MAJOR_EQUIPMENT, "ME-2").amount()).isEqualByComparingTo("400.00");
    }

    @Test
    void self_sustainment_pays_by_rating_and_nothing_when_the_un_provides_it() {
        Inputs in = Inputs.workedExample();
        in.selfSustainment = List.of(
                new SelfSustainmentCategory("CATERING", Provider.CONTRIBUTOR, new BigDecimal("28.00")),
                new SelfSustainmentCategory("MEDICAL", Provider.CONTRIBUTOR, new BigDecimal("20.00")),
                new SelfSustainmentCategory("TENTAGE", Provider.CONTRIBUTOR, new BigDecimal("10.00")),
                new SelfSustainmentCategory("COMMS", Provider.UN, null));
        in.verifications = List.of(new Verification(LocalDate.of(2026, 6, 20), Map.of("ME-1", 9),
                Map.of("CATERING", Rating.PARTIALLY_SATISFACTORY, "MEDICAL", Rating.UNSATISFACTORY,
                        "TENTAGE", Rating.NOT_PROVIDED, "COMMS", Rating.SATISFACTORY)));

        MonthStatement june = rules.calculate(in.build(), JUNE, JUNE).months().get(0);

        // 28.00 × 850 × 0.5 × 1.035 × 15/30 = 6158.25
        assertThat(line(june, LineKind.SELF_SUSTAINMENT, "CATERING").amount()).isEqualByComparingTo("6158.25");
        assertThat(line(june, LineKind.SELF_SUSTAINMENT, "MEDICAL").amount()).isEqualByComparingTo("0.00");
        assertThat(line(june, LineKind.SELF_SUSTAINMENT, "TENTAGE").amount()).isEqualByComparingTo("0.00");
        ClaimLine comms = line(june, LineKind.SELF_SUSTAINMENT, "COMMS");
        assertThat(comms.amount()).isEqualByComparingTo("0.00");
        assertThat(comms.explanation().messageKey()).isEqualTo("claims.explain.selfSustainment.un");
    }

    @Test
    void troop_cost_uses_the_rate_in_force_on_the_first_day_of_the_month_and_the_strength_below_authorised() {
        Inputs in = Inputs.workedExample();
        in.deployedOn = LocalDate.of(2018, 1, 1);
        in.troopCostRates = List.of(
                new DatedRate(LocalDate.of(2014, 7, 1), new BigDecimal("1332.00")),
                new DatedRate(LocalDate.of(2016, 7, 1), new BigDecimal("1365.00")),
                new DatedRate(LocalDate.of(2017, 7, 1), new BigDecimal("1410.00")),
                new DatedRate(LocalDate.of(2018, 7, 1), new BigDecimal("1428.00")),
                new DatedRate(LocalDate.of(2018, 8, 2), new BigDecimal("9999.00")));
        in.strengthReturns = List.of(new StrengthReturn(YearMonth.of(2018, 6), new BigDecimal("800")),
                new StrengthReturn(YearMonth.of(2018, 7), new BigDecimal("800")),
                new StrengthReturn(YearMonth.of(2018, 8), new BigDecimal("800")));
        in.majorEquipment = List.of();
        in.selfSustainment = List.of();
        in.verifications = List.of();

        Statement statement = rules.calculate(in.build(), YearMonth.of(2018, 6), YearMonth.of(2018, 8));

        assertThat(statement.months()).extracting(MonthStatement::total).map(BigDecimal::toPlainString)
                .containsExactly("1128000.00", "1142400.00", "1142400.00");
    }

    @Test
    void nothing_is_due_after_repatriation_and_no_strength_return_is_needed_then() {
        Inputs in = Inputs.workedExample().strength(YearMonth.of(2026, 7), "850");
        in.repatriatedOn = LocalDate.of(2026, 7, 10);

        Statement statement = rules.calculate(in.build(), JUNE, YearMonth.of(2026, 9));

        MonthStatement july = statement.months().get(1);
        assertThat(july.deployedDays()).isEqualTo(10);
        // 1428.00 × 850 × 10/31 = 391548.387... → 391548.39
        assertThat(line(july, LineKind.TROOP_COST, null).amount()).isEqualByComparingTo("391548.39");
        assertThat(statement.months().subList(2, 4)).allSatisfy(m -> {
            assertThat(m.deployedDays()).isZero();
            assertThat(m.lines()).isEmpty();
            assertThat(m.total()).isEqualByComparingTo("0.00");
        });
    }

    @Test
    void every_offending_field_is_named_and_nothing_is_computed() {
        Inputs in = Inputs.workedExample();
        in.factors = new MissionFactors(new BigDecimal("0.06"), new BigDecimal("-0.01"), BigDecimal.ZERO,
                new BigDecimal("0.05"));
        in.authorisedStrength = -1;
        in.majorEquipment = List.of(new MajorEquipmentLine("ME-1", "APC", LeaseType.WET, -3, null));
        in.selfSustainment = List.of(new SelfSustainmentCategory("CATERING", Provider.CONTRIBUTOR, null));
        in.troopCostRates = List.of();
        in.verifications = List.of(new Verification(LocalDate.of(2026, 6, 20), Map.of("ME-9", -1), Map.of()));

        List<InputProblem> problems = rules.check(in.build(), JUNE, YearMonth.of(2026, 7));

        assertThat(problems).extracting(InputProblem::field).containsExactlyInAnyOrder(
                "authorisedStrength", "missionFactors.environmental", "missionFactors.intensifiedOperational",
                "majorEquipment[0].mouQuantity", "majorEquipment[0].monthlyRate",
                "selfSustainment[0].ratePerPersonPerMonth", "verifications[0].majorEquipment",
                "verifications[0].majorEquipment", "strengthReturns", "troopCostRates", "troopCostRates");
        assertThatThrownBy(() -> rules.calculate(in.build(), JUNE, JUNE))
                .isInstanceOfSatisfying(IncompleteInputException.class,
                        e -> assertThat(e.problems()).isNotEmpty());
    }

    @Test
    void death_is_paid_at_the_standard_amount_and_disability_at_its_impairment_percentage() {
        List<DatedRate> standard = List.of(new DatedRate(LocalDate.of(2009, 7, 1), new BigDecimal("70000.00")));

        Compensation death = rules.compensate(new DeathAndDisability(LocalDate.of(2026, 3, 4),
                DeathAndDisability.Kind.DEATH, null, standard));
        Compensation disability = rules.compensate(new DeathAndDisability(LocalDate.of(2026, 3, 4),
                DeathAndDisability.Kind.DISABILITY, 35, standard));

        assertThat(death.amount()).isEqualByComparingTo("70000.00");
        assertThat(disability.amount()).isEqualByComparingTo("24500.00");
        assertThat(disability.explanation()).isEqualTo(Explanation.of("claims.explain.disability",
                new BigDecimal("70000.00"), 35, LocalDate.of(2026, 3, 4)));
        assertThat(rules.check(new DeathAndDisability(LocalDate.of(2008, 1, 1), DeathAndDisability.Kind.DISABILITY,
                0, standard))).extracting(InputProblem::field).containsExactly("impairmentPercent", "standardAmounts");
    }

    @Test
    void rule_sets_are_found_by_id_and_new_editions_sit_beside_the_old() {
        RuleSet later = new DelegatingRuleSet("COE-2029-v1", rules);
        RuleSets registry = RuleSets.of(List.of(rules, later));

        assertThat(registry.find("COE-2026-v1")).containsSame(rules);
        assertThat(registry.find("COE-2029-v1")).containsSame(later);
        assertThat(registry.find("COE-1999-v1")).isEmpty();
        assertThat(registry.ids()).containsExactly("COE-2026-v1", "COE-2029-v1");
        assertThat(Set.copyOf(RuleSets.builtIn().ids())).containsExactly("COE-2026-v1");
    }

    /** Stands in for a future edition. */
    private record DelegatingRuleSet(String id, RuleSet base) implements RuleSet {
        public String currency() { return base.currency(); }
        public List<InputProblem> check(ContingentInput in, YearMonth from, YearMonth to) { return base.check(in, from, to); }
        public Statement calculate(ContingentInput in, YearMonth from, YearMonth to) { return base.calculate(in, from, to); }
        public MonthFindings findings(ContingentInput in, YearMonth month) { return base.findings(in, month); }
        public List<InputProblem> check(DeathAndDisability claim) { return base.check(claim); }
        public Compensation compensate(DeathAndDisability claim) { return base.compensate(claim); }
    }
}
