package org.fieldsupport.claims.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.MathContext;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/** Properties of the dry and wet monthly rates over generated COE inputs. */
class LeaseRatesProperties {

    @Provide
    Arbitrary<BigDecimal> money() {
        return Arbitraries.bigDecimals().between(BigDecimal.ZERO, new BigDecimal("5000000")).ofScale(2);
    }

    @Provide
    Arbitrary<BigDecimal> factors() {
        return Arbitraries.bigDecimals().between(BigDecimal.ZERO, new BigDecimal("0.999999")).ofScale(6);
    }

    @Property
    void wet_is_never_below_dry(@ForAll("money") BigDecimal gfmv, @ForAll @IntRange(min = 1, max = 60) int life,
                                @ForAll("factors") BigDecimal factor, @ForAll("money") BigDecimal maintenance) {
        LeaseRates.Derived d = LeaseRates.derive(gfmv, life, factor, maintenance);
        assertThat(d.wetMonthly()).isGreaterThanOrEqualTo(d.dryMonthly());
        assertThat(d.wetMonthly().subtract(d.dryMonthly())).isEqualByComparingTo(maintenance);
    }

    @Property
    void dry_is_the_exact_formula_within_half_a_cent(@ForAll("money") BigDecimal gfmv,
                                                     @ForAll @IntRange(min = 1, max = 60) int life,
                                                     @ForAll("factors") BigDecimal factor) {
        MathContext mc = new MathContext(60);
        BigDecimal exact = gfmv.divide(BigDecimal.valueOf(life * 12L), mc)
                .add(gfmv.multiply(factor).divide(BigDecimal.valueOf(12), mc));
        BigDecimal dry = LeaseRates.dryMonthly(gfmv, life, factor);
        assertThat(dry.scale()).isEqualTo(2);
        assertThat(dry.subtract(exact).abs()).isLessThanOrEqualTo(new BigDecimal("0.005"));
    }

    @Property
    void monotone_in_generic_fair_market_value(@ForAll("money") BigDecimal a, @ForAll("money") BigDecimal b,
                                               @ForAll @IntRange(min = 1, max = 60) int life,
                                               @ForAll("factors") BigDecimal factor,
                                               @ForAll("money") BigDecimal maintenance) {
        BigDecimal low = a.min(b);
        BigDecimal high = a.max(b);
        LeaseRates.Derived l = LeaseRates.derive(low, life, factor, maintenance);
        LeaseRates.Derived h = LeaseRates.derive(high, life, factor, maintenance);
        assertThat(h.dryMonthly()).isGreaterThanOrEqualTo(l.dryMonthly());
        assertThat(h.wetMonthly()).isGreaterThanOrEqualTo(l.wetMonthly());
    }

    @Property
    void monotone_in_maintenance_and_dry_independent_of_it(@ForAll("money") BigDecimal gfmv,
                                                          @ForAll @IntRange(min = 1, max = 60) int life,
                                                          @ForAll("factors") BigDecimal factor,
                                                          @ForAll("money") BigDecimal m1, @ForAll("money") BigDecimal m2) {
        LeaseRates.Derived l = LeaseRates.derive(gfmv, life, factor, m1.min(m2));
        LeaseRates.Derived h = LeaseRates.derive(gfmv, life, factor, m1.max(m2));
        assertThat(h.dryMonthly()).isEqualByComparingTo(l.dryMonthly());
        assertThat(h.wetMonthly()).isGreaterThanOrEqualTo(l.wetMonthly());
    }

    @Property
    void monotone_in_the_no_fault_factor(@ForAll("money") BigDecimal gfmv, @ForAll @IntRange(min = 1, max = 60) int life,
                                         @ForAll("factors") BigDecimal f1, @ForAll("factors") BigDecimal f2) {
        assertThat(LeaseRates.dryMonthly(gfmv, life, f1.max(f2)))
                .isGreaterThanOrEqualTo(LeaseRates.dryMonthly(gfmv, life, f1.min(f2)));
    }

    @Property
    void a_longer_useful_life_never_raises_the_rate(@ForAll("money") BigDecimal gfmv,
                                                    @ForAll @IntRange(min = 1, max = 60) int l1,
                                                    @ForAll @IntRange(min = 1, max = 60) int l2,
                                                    @ForAll("factors") BigDecimal factor) {
        assertThat(LeaseRates.dryMonthly(gfmv, Math.max(l1, l2), factor))
                .isLessThanOrEqualTo(LeaseRates.dryMonthly(gfmv, Math.min(l1, l2), factor));
    }

    @Property
    void twelve_months_of_depreciation_over_the_life_recover_the_value(@ForAll("money") BigDecimal gfmv,
                                                                        @ForAll @IntRange(min = 1, max = 60) int life) {
        // with no no-fault factor, life × 12 monthly rates give back the GFMV within half a cent per month
        BigDecimal months = BigDecimal.valueOf(life * 12L);
        BigDecimal total = LeaseRates.dryMonthly(gfmv, life, BigDecimal.ZERO).multiply(months);
        assertThat(total.subtract(gfmv).abs()).isLessThanOrEqualTo(new BigDecimal("0.005").multiply(months));
    }
}
