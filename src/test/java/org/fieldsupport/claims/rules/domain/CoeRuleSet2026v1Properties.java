package org.fieldsupport.claims.rules.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/** Properties of rule set COE-2026-v1 over generated contingents (QuickTheories, 300 examples each). */
class CoeRuleSet2026v1Properties {

    private static final YearMonth FROM = YearMonth.of(2026, 1);
    private static final YearMonth TO = YearMonth.of(2026, 6);
    private static final List<String> FACTORS = List.of("environmental", "intensifiedOperational", "hostileAction",
            "transport");
    private final RuleSet rules = new CoeRuleSet2026v1();

    /** A generated contingent over January–June 2026 with one major-equipment line "ME" and one category "SS". */
    record Case(LocalDate deployedOn, LocalDate repatriatedOn, int authorised, MissionFactors factors,
                LeaseType lease, int mouQuantity, BigDecimal rate, int serviceable, BigDecimal ssRate, Rating rating,
                BigDecimal strength, LocalDate verifiedOn) {

        ContingentInput input() {
            return withServiceable(serviceable).withFactors(factors).build();
        }

        Builder withServiceable(int s) { return new Builder(this, s, factors); }

        record Builder(Case c, int serviceable, MissionFactors factors) {
            Builder withFactors(MissionFactors f) { return new Builder(c, serviceable, f); }

            ContingentInput build() {
                List<StrengthReturn> returns = new ArrayList<>();
                for (YearMonth m = FROM; !m.isAfter(TO); m = m.plusMonths(1)) {
                    returns.add(new StrengthReturn(m, c.strength()));
                }
                return new ContingentInput(c.deployedOn(), c.repatriatedOn(), c.authorised(), factors,
                        List.of(new DatedRate(LocalDate.of(2018, 7, 1), new BigDecimal("1428.00"))), returns,
                        List.of(new MajorEquipmentLine("ME", "item", c.lease(), c.mouQuantity(), c.rate())),
                        List.of(new SelfSustainmentCategory("SS", Provider.CONTRIBUTOR, c.ssRate())),
                        List.of(new Verification(c.verifiedOn(), Map.of("ME", serviceable), Map.of("SS", c.rating()))));
            }
        }
    }

    static final int TRIES = 300;

    private static Gen<BigDecimal> decimals(long maxUnscaled, int scale) {
        return Generate.longRange(0, maxUnscaled).map(u -> BigDecimal.valueOf(u, scale));
    }

    static Gen<Case> contingents() {
        Gen<LocalDate> deployed = Generate.range(-60, 200).map(d -> LocalDate.of(2026, 1, 1).plusDays(d));
        Gen<Integer> stay = Generate.range(0, 400);
        Gen<BigDecimal> factor = decimals(50, 3);                       // 0 to 0.050
        Gen<MissionFactors> factors = factor.zip(factor, factor, factor, MissionFactors::new);
        Gen<BigDecimal> rate = decimals(5_000_000, 2);                  // 0 to 50,000.00
        Gen<BigDecimal> ssRate = decimals(20_000, 2);                   // 0 to 200.00
        Gen<BigDecimal> strength = decimals(12_000, 1);                 // 0 to 1,200.0
        record Deployment(LocalDate deployed, int days, boolean open, int authorised) { }
        record Equipment(LeaseType lease, int quantity, BigDecimal rate, int serviceable) { }
        record Support(BigDecimal ssRate, Rating rating, BigDecimal strength, int verifiedDay) { }
        Gen<Deployment> deployment = deployed.zip(stay, Generate.booleans(), Generate.range(0, 1000), Deployment::new);
        Gen<Equipment> equipment = Generate.enumValues(LeaseType.class).zip(Generate.range(0, 60), rate,
                Generate.range(0, 80), Equipment::new);
        Gen<Support> support = ssRate.zip(Generate.enumValues(Rating.class), strength, Generate.range(-30, 180),
                Support::new);
        return deployment.zip(factors, equipment, support, (d, f, e, s) -> new Case(d.deployed(),
                d.open() ? null : d.deployed().plusDays(d.days()), d.authorised(), f, e.lease(), e.quantity(), e.rate(),
                e.serviceable(), s.ssRate(), s.rating(), s.strength(), LocalDate.of(2026, 1, 1).plusDays(s.verifiedDay())));
    }

    private BigDecimal equipment(ContingentInput input) {
        return rules.calculate(input, FROM, TO).months().stream().flatMap(m -> m.lines().stream())
                .filter(l -> l.kind() == LineKind.MAJOR_EQUIPMENT).map(ClaimLine::amount)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    @Test
    void never_pays_more_than_the_mou_quantity() {
        qt().withExamples(TRIES).forAll(contingents()).checkAssert(this::neverPaysMoreThanTheMouQuantity);
    }

    private void neverPaysMoreThanTheMouQuantity(Case c) {
        Statement statement = rules.calculate(c.input(), FROM, TO);
        BigDecimal onePlusF = BigDecimal.ONE.add(c.factors().total());
        for (MonthStatement month : statement.months()) {
            for (ClaimLine line : month.lines()) {
                if (line.kind() == LineKind.MAJOR_EQUIPMENT) {
                    BigDecimal ceiling = c.rate().multiply(BigDecimal.valueOf(c.mouQuantity())).multiply(onePlusF)
                            .multiply(BigDecimal.valueOf(month.deployedDays()))
                            .divide(BigDecimal.valueOf(month.daysInMonth()), 2, RoundingMode.HALF_EVEN);
                    assertThat(line.amount()).isLessThanOrEqualTo(ceiling);
                }
            }
        }
        assertThat(equipment(c.input())).isEqualByComparingTo(
                equipment(c.withServiceable(Math.min(c.serviceable(), c.mouQuantity())).build()));
    }

    @Test
    void more_serviceable_equipment_never_pays_less() {
        qt().withExamples(TRIES).forAll(contingents(), Generate.range(0, 20)).checkAssert((c, more) ->
                assertThat(equipment(c.withServiceable(c.serviceable() + more).build()))
                .isGreaterThanOrEqualTo(equipment(c.input())));
    }

    @Test
    void a_higher_mission_factor_never_pays_less() {
        qt().withExamples(TRIES).forAll(contingents(), Generate.range(0, 3), Generate.range(0, 50))
                .checkAssert(this::aHigherMissionFactorNeverPaysLess);
    }

    private void aHigherMissionFactorNeverPaysLess(Case c, int which, int raisedPerMille) {
        String name = FACTORS.get(which);
        BigDecimal current = c.factors().byName().get(name);
        BigDecimal raised = current.max(BigDecimal.valueOf(raisedPerMille, 3));
        Statement before = rules.calculate(c.input(), FROM, TO);
        Statement after = rules.calculate(c.withServiceable(c.serviceable())
                .withFactors(c.factors().with(name, raised)).build(), FROM, TO);
        for (int m = 0; m < before.months().size(); m++) {
            List<ClaimLine> beforeLines = before.months().get(m).lines();
            List<ClaimLine> afterLines = after.months().get(m).lines();
            for (int i = 0; i < beforeLines.size(); i++) {
                assertThat(afterLines.get(i).amount()).isGreaterThanOrEqualTo(beforeLines.get(i).amount());
            }
        }
    }

    @Test
    void totals_are_the_sums_of_the_rounded_lines() {
        qt().withExamples(TRIES).forAll(contingents()).checkAssert(this::totalsAreTheSumsOfTheRoundedLines);
    }

    private void totalsAreTheSumsOfTheRoundedLines(Case c) {
        Statement statement = rules.calculate(c.input(), FROM, TO);
        BigDecimal sumOfMonths = BigDecimal.ZERO;
        for (MonthStatement month : statement.months()) {
            assertThat(month.lines()).allSatisfy(l -> assertThat(l.amount().scale()).isEqualTo(2));
            assertThat(month.total()).isEqualTo(month.lines().stream().map(ClaimLine::amount)
                    .reduce(BigDecimal.ZERO.setScale(2), BigDecimal::add));
            sumOfMonths = sumOfMonths.add(month.total());
        }
        assertThat(statement.total()).isEqualByComparingTo(sumOfMonths);
    }

    @Test
    void nothing_is_due_in_a_month_without_deployment() {
        qt().withExamples(TRIES).forAll(contingents()).checkAssert(this::nothingIsDueInAMonthWithoutDeployment);
    }

    private void nothingIsDueInAMonthWithoutDeployment(Case c) {
        Statement statement = rules.calculate(c.input(), FROM, TO);
        for (MonthStatement month : statement.months()) {
            boolean deployed = !c.deployedOn().isAfter(month.month().atEndOfMonth())
                    && (c.repatriatedOn() == null || !c.repatriatedOn().isBefore(month.month().atDay(1)));
            if (!deployed) {
                assertThat(month.deployedDays()).isZero();
                assertThat(month.total()).isEqualByComparingTo(BigDecimal.ZERO);
                assertThat(month.lines()).isEmpty();
            } else {
                assertThat(month.deployedDays()).isBetween(1, month.daysInMonth());
            }
        }
    }
}
