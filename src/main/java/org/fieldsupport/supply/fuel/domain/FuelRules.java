package org.fieldsupport.supply.fuel.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Fuel: consumption since the previous issue — litres per 100 km for vehicles (odometer), litres per hour for
 * generators and aircraft (hour meter) — is an anomaly when it exceeds the fleet's norm by more than 25%.
 */
public final class FuelRules {

    public static final BigDecimal TOLERANCE = new BigDecimal("1.25");

    private FuelRules() { }

    /** Null when there is no earlier reading or the meter did not move. */
    public static BigDecimal consumption(String kind, BigDecimal litres, BigDecimal previousMeter, BigDecimal meter) {
        if (previousMeter == null || meter.compareTo(previousMeter) <= 0) {
            return null;
        }
        BigDecimal distance = meter.subtract(previousMeter);
        BigDecimal per = "VEHICLE".equals(kind) ? litres.multiply(BigDecimal.valueOf(100)) : litres;
        return per.divide(distance, 2, RoundingMode.HALF_EVEN);
    }

    public static boolean anomaly(BigDecimal consumption, BigDecimal norm) {
        return consumption != null && consumption.compareTo(norm.multiply(TOLERANCE)) > 0;
    }
}
