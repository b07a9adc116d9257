package org.fieldsupport.property.register.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * Straight-line depreciation by whole months (IPSAS 17, no residual value): the net book value on a date is the
 * acquisition value less value / (life in months) for each full month since acquisition, HALF_EVEN to the cent,
 * never below zero.
 */
public final class Depreciation {

    private Depreciation() { }

    public static BigDecimal netBookValue(BigDecimal acquisitionValue, LocalDate acquiredOn, int usefulLifeYears,
                                          LocalDate asOf) {
        long lifeMonths = usefulLifeYears * 12L;
        long months = asOf.isBefore(acquiredOn) ? 0 : ChronoUnit.MONTHS.between(acquiredOn, asOf);
        if (months >= lifeMonths) {
            return BigDecimal.ZERO.setScale(2);
        }
        BigDecimal depreciated = acquisitionValue.multiply(BigDecimal.valueOf(months))
                .divide(BigDecimal.valueOf(lifeMonths), 10, RoundingMode.HALF_EVEN);
        return acquisitionValue.subtract(depreciated).setScale(2, RoundingMode.HALF_EVEN);
    }
}
