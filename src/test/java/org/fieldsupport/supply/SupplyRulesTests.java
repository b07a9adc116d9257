package org.fieldsupport.supply;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.fieldsupport.supply.fuel.domain.FuelRules;
import org.fieldsupport.supply.rations.domain.RationRules;
import org.junit.jupiter.api.Test;

class SupplyRulesTests {

    @Test
    void the_invoice_is_matched_with_the_order_and_the_accepted_quantity_at_the_order_price() {
        assertThat(RationRules.match(100, 100, 0, 100, new BigDecimal("9.80"), new BigDecimal("980.00"))).isEmpty();
        assertThat(RationRules.match(100, 100, 10, 100, new BigDecimal("9.80"), new BigDecimal("980.00")))
                .containsExactly("OVER_ACCEPTED");
        assertThat(RationRules.match(100, 120, 0, 110, new BigDecimal("9.80"), new BigDecimal("1078.01")))
                .containsExactly("OVER_ORDER", "PRICE");
        assertThat(RationRules.personDays(1850, 7)).isEqualTo(12950);
    }

    @Test
    void consumption_more_than_25_percent_over_the_norm_is_an_anomaly() {
        BigDecimal c = FuelRules.consumption("VEHICLE", new BigDecimal("95"), new BigDecimal("41700"), new BigDecimal("42100"));
        assertThat(c).isEqualByComparingTo("23.75");
        assertThat(FuelRules.anomaly(c, new BigDecimal("14"), new BigDecimal("25"))).isTrue();
        assertThat(FuelRules.anomaly(new BigDecimal("17.50"), new BigDecimal("14"), new BigDecimal("25"))).isFalse();
        assertThat(FuelRules.anomaly(new BigDecimal("17.51"), new BigDecimal("14"), new BigDecimal("25"))).isTrue();
        // a tighter margin in force (rule parameter supply.fuel.anomaly-percent)
        assertThat(FuelRules.anomaly(new BigDecimal("15.41"), new BigDecimal("14"), new BigDecimal("10"))).isTrue();
        assertThat(FuelRules.anomaly(new BigDecimal("15.40"), new BigDecimal("14"), new BigDecimal("10"))).isFalse();
        assertThat(FuelRules.consumption("GENERATOR", new BigDecimal("950"), new BigDecimal("10500"), new BigDecimal("10524")))
                .isEqualByComparingTo("39.58");
        assertThat(FuelRules.consumption("VEHICLE", BigDecimal.TEN, null, BigDecimal.ONE)).isNull();
    }
}
