package org.fieldsupport.claims.rates.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;

/**
 * Monthly lease rates of a major-equipment type derived from its COE Manual inputs (COE Manual, chapter 8 and
 * the annex of major-equipment rates):
 * <pre>
 *   dry monthly = GFMV / (estimated useful life in years × 12) + GFMV × no-fault incident factor / 12
 *   wet monthly = dry monthly + monthly maintenance rate
 * </pre>
 * computed in exact decimals: the dry rate is the exact quotient {@code GFMV × (1 + life × factor) / (12 × life)}
 * rounded once to cents, half-even (no intermediate rounding); the wet rate adds the maintenance rate to the
 * rounded dry rate and is rounded to cents, half-even. Mission factors are not part of the rate: the rule set
 * applies them to the amount.
 */
public final class LeaseRates {

    private static final BigDecimal TWELVE = BigDecimal.valueOf(12);

    private LeaseRates() { }

    /** Inputs and derived rates of one equipment type. */
    public record Derived(BigDecimal dryMonthly, BigDecimal wetMonthly) { }

    /**
     * @param gfmv              generic fair market value, USD, ≥ 0
     * @param usefulLifeYears   estimated useful life in years, &gt; 0
     * @param noFaultFactor     no-fault incident factor, in [0, 1)
     * @param maintenanceMonthly monthly maintenance rate, USD, ≥ 0
     * @throws IllegalArgumentException when an input is outside its range (callers validate first, with row
     *                                  and column; this is the last guard)
     */
    public static Derived derive(BigDecimal gfmv, int usefulLifeYears, BigDecimal noFaultFactor,
                                 BigDecimal maintenanceMonthly) {
        BigDecimal dry = dryMonthly(gfmv, usefulLifeYears, noFaultFactor);
        return new Derived(dry, wetMonthly(dry, maintenanceMonthly));
    }

    public static BigDecimal dryMonthly(BigDecimal gfmv, int usefulLifeYears, BigDecimal noFaultFactor) {
        Objects.requireNonNull(gfmv, "gfmv");
        Objects.requireNonNull(noFaultFactor, "noFaultFactor");
        if (gfmv.signum() < 0) {
            throw new IllegalArgumentException("generic fair market value must not be negative: " + gfmv);
        }
        if (usefulLifeYears <= 0) {
            throw new IllegalArgumentException("useful life must be more than 0 years: " + usefulLifeYears);
        }
        if (noFaultFactor.signum() < 0 || noFaultFactor.compareTo(BigDecimal.ONE) >= 0) {
            throw new IllegalArgumentException("no-fault incident factor must be in [0, 1): " + noFaultFactor);
        }
        BigDecimal life = BigDecimal.valueOf(usefulLifeYears);
        // GFMV/(12 L) + GFMV f/12 = GFMV (1 + L f) / (12 L): one exact quotient, rounded once
        BigDecimal numerator = gfmv.multiply(BigDecimal.ONE.add(life.multiply(noFaultFactor)));
        return numerator.divide(TWELVE.multiply(life), 2, RoundingMode.HALF_EVEN);
    }

    public static BigDecimal wetMonthly(BigDecimal dryMonthly, BigDecimal maintenanceMonthly) {
        Objects.requireNonNull(dryMonthly, "dryMonthly");
        Objects.requireNonNull(maintenanceMonthly, "maintenanceMonthly");
        if (maintenanceMonthly.signum() < 0) {
            throw new IllegalArgumentException("maintenance rate must not be negative: " + maintenanceMonthly);
        }
        return dryMonthly.add(maintenanceMonthly).setScale(2, RoundingMode.HALF_EVEN);
    }
}
