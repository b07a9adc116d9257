package org.fieldsupport.claims.rates.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import java.math.BigDecimal;
import java.math.MathContext;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/** Properties of the dry and wet monthly rates over generated COE inputs (QuickTheories, 1,000 examples each). */
class LeaseRatesProperties {

    static final int TRIES = 1000;

    /** Money from 0 to 5,000,000.00 with two decimals. */
    static Gen<BigDecimal> money() {
        return Generate.longRange(0, 500_000_000L).map(cents -> BigDecimal.valueOf(cents, 2));
    }

    /** A factor from 0 to 0.999999 with six decimals. */
    static Gen<BigDecimal> factors() {
        return Generate.longRange(0, 999_999L).map(millionths -> BigDecimal.valueOf(millionths, 6));
    }

    static Gen<Integer> life() {
        return Generate.range(1, 60);
    }

    record Pair(BigDecimal a, BigDecimal b) {
        BigDecimal low() { return a.min(b); }
        BigDecimal high() { return a.max(b); }
    }

    static Gen<Pair> moneyPairs() {
        return money().zip(money(), Pair::new);
    }

    @Test
    void wet_is_never_below_dry() {
        qt().withExamples(TRIES).forAll(money(), life(), factors(), money()).checkAssert((gfmv, life, factor, maintenance) -> {
            LeaseRates.Derived d = LeaseRates.derive(gfmv, life, factor, maintenance);
            assertThat(d.wetMonthly()).isGreaterThanOrEqualTo(d.dryMonthly());
            assertThat(d.wetMonthly().subtract(d.dryMonthly())).isEqualByComparingTo(maintenance);
        });
    }

    @Test
    void dry_is_the_exact_formula_within_half_a_cent() {
        qt().withExamples(TRIES).forAll(money(), life(), factors()).checkAssert((gfmv, life, factor) -> {
            MathContext mc = new MathContext(60);
            BigDecimal exact = gfmv.divide(BigDecimal.valueOf(life * 12L), mc)
                    .add(gfmv.multiply(factor).divide(BigDecimal.valueOf(12), mc));
            BigDecimal dry = LeaseRates.dryMonthly(gfmv, life, factor);
            assertThat(dry.scale()).isEqualTo(2);
            assertThat(dry.subtract(exact).abs()).isLessThanOrEqualTo(new BigDecimal("0.005"));
        });
    }

    @Test
    void monotone_in_generic_fair_market_value() {
        qt().withExamples(TRIES).forAll(moneyPairs(), life(), factors(), money()).checkAssert((gfmv, life, factor, maintenance) -> {
            LeaseRates.Derived l = LeaseRates.derive(gfmv.low(), life, factor, maintenance);
            LeaseRates.Derived h = LeaseRates.derive(gfmv.high(), life, factor, maintenance);
            assertThat(h.dryMonthly()).isGreaterThanOrEqualTo(l.dryMonthly());
            assertThat(h.wetMonthly()).isGreaterThanOrEqualTo(l.wetMonthly());
        });
    }

    @Test
    void monotone_in_maintenance_and_dry_independent_of_it() {
        qt().withExamples(TRIES).forAll(money(), life(), factors(), moneyPairs()).checkAssert((gfmv, life, factor, m) -> {
            LeaseRates.Derived l = LeaseRates.derive(gfmv, life, factor, m.low());
            LeaseRates.Derived h = LeaseRates.derive(gfmv, life, factor, m.high());
            assertThat(h.dryMonthly()).isEqualByComparingTo(l.dryMonthly());
            assertThat(h.wetMonthly()).isGreaterThanOrEqualTo(l.wetMonthly());
        });
    }

    @Test
    void monotone_in_the_no_fault_factor() {
        qt().withExamples(TRIES).forAll(money(), life(), factors(), factors()).checkAssert((gfmv, life, f1, f2) ->
                assertThat(LeaseRates.dryMonthly(gfmv, life, f1.max(f2)))
                        .isGreaterThanOrEqualTo(LeaseRates.dryMonthly(gfmv, life, f1.min(f2))));
    }

    @Test
    void a_longer_useful_life_never_raises_the_rate() {
        qt().withExamples(TRIES).forAll(money(), life(), life(), factors()).checkAssert((gfmv, l1, l2, factor) ->
                assertThat(LeaseRates.dryMonthly(gfmv, Math.max(l1, l2), factor))
                        .isLessThanOrEqualTo(LeaseRates.dryMonthly(gfmv, Math.min(l1, l2), factor)));
    }

    @Test
    void twelve_months_of_depreciation_over_the_life_recover_the_value() {
        // with no no-fault factor, life × 12 monthly rates give back the GFMV within half a cent per month
        qt().withExamples(TRIES).forAll(money(), life()).checkAssert((gfmv, life) -> {
            BigDecimal months = BigDecimal.valueOf(life * 12L);
            BigDecimal total = LeaseRates.dryMonthly(gfmv, life, BigDecimal.ZERO).multiply(months);
            assertThat(total.subtract(gfmv).abs()).isLessThanOrEqualTo(new BigDecimal("0.005").multiply(months));
        });
    }
}
