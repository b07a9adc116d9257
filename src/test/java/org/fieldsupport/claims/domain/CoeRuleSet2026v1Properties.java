package org.fieldsupport.claims.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/** Properties of rule set COE-2026-v1 over generated contingents. */
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

    @Provide
    Arbitrary<Case> contingents() {
        Arbitrary<LocalDate> deployed = Arbitraries.integers().between(-60, 200).map(d -> LocalDate.of(2026, 1, 1).plusDays(d));
        Arbitrary<Integer> stay = Arbitraries.integers().between(0, 400);
        Arbitrary<BigDecimal> factor = Arbitraries.bigDecimals().between(BigDecimal.ZERO, new BigDecimal("0.05")).ofScale(3);
        Arbitrary<MissionFactors> factors = Combinators.combine(factor, factor, factor, factor).as(MissionFactors::new);
        Arbitrary<BigDecimal> rate = Arbitraries.bigDecimals().between(BigDecimal.ZERO, new BigDecimal("50000")).ofScale(2);
        Arbitrary<BigDecimal> ssRate = Arbitraries.bigDecimals().between(BigDecimal.ZERO, new BigDecimal("200")).ofScale(2);
        Arbitrary<BigDecimal> strength = Arbitraries.bigDecimals().between(BigDecimal.ZERO, new BigDecimal("1200")).ofScale(1);
        return Combinators.combine(deployed, stay, Arbitraries.integers().between(0, 1000), factors,
                Arbitraries.of(LeaseType.class), Arbitraries.integers().between(0, 60), rate,
                Arbitraries.integers().between(0, 80)).flatAs((dep, days, auth, f, lease, q, r, s) ->
                Combinators.combine(ssRate, Arbitraries.of(Rating.class), strength,
                        Arbitraries.integers().between(-30, 180), Arbitraries.of(true, false)).as((ss, rating, a, v, open) ->
                        new Case(dep, open ? null : dep.plusDays(days), auth, f, lease, q, r, s, ss, rating, a,
                                LocalDate.of(2026, 1, 1).plusDays(v))));
    }

    private BigDecimal equipment(ContingentInput input) {
        return rules.calculate(input, FROM, TO).months().stream().flatMap(m -> m.lines().stream())
                .filter(l -> l.kind() == LineKind.MAJOR_EQUIPMENT).map(ClaimLine::amount)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    @Property(tries = 300)
    void never_pays_more_than_the_mou_quantity(@ForAll("contingents") Case c) {
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

    @Property(tries = 300)
    void more_serviceable_equipment_never_pays_less(@ForAll("contingents") Case c,
                                                    @ForAll @IntRange(min = 0, max = 20) int more) {
        assertThat(equipment(c.withServiceable(c.serviceable() + more).build()))
                .isGreaterThanOrEqualTo(equipment(c.input()));
    }

    @Property(tries = 300)
    void a_higher_mission_factor_never_pays_less(@ForAll("contingents") Case c,
                                                 @ForAll @IntRange(min = 0, max = 3) int which,
                                                 @ForAll @IntRange(min = 0, max = 50) int raisedPerMille) {
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

    @Property(tries = 300)
    void totals_are_the_sums_of_the_rounded_lines(@ForAll("contingents") Case c) {
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

    @Property(tries = 300)
    void nothing_is_due_in_a_month_without_deployment(@ForAll("contingents") Case c) {
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
