package org.fieldsupport.supply.fuel.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.fieldsupport.lsd.RuleParameter;

/**
 * Fuel: consumption since the previous issue — litres per 100 km for vehicles (odometer), litres per hour for
 * generators and aircraft (hour meter) — is an anomaly when it exceeds the fleet's norm by more than
 * {@link #ANOMALY_PERCENT} (25% by default; the value in force on the date).
 */
public final class FuelRules {

    /** The margin over the norm, in percent, above which a consumption is an anomaly. */
    public static final RuleParameter ANOMALY_PERCENT = RuleParameter.whole("supply.fuel.anomaly-percent", "supply",
            "issue 17, 8.7.b", 25, 1, 200, "percent", "supply.read");

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

    /** Whether {@code consumption} exceeds {@code norm} by more than {@code percent}. */
    public static boolean anomaly(BigDecimal consumption, BigDecimal norm, BigDecimal percent) {
        BigDecimal tolerance = BigDecimal.ONE.add(percent.movePointLeft(2));
        return consumption != null && consumption.compareTo(norm.multiply(tolerance)) > 0;
    }
}
