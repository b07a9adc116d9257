package org.fieldsupport.claims.rates.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** Dry and wet monthly rates computed by hand from the COE Manual's formula. */
class LeaseRatesTests {

    @Test
    void apc_wheeled_class_two_by_hand() {
        // 825,000 / (15 × 12) = 4,583.3333…; 825,000 × 0.003 / 12 = 206.25; sum 4,789.5833… → 4,789.58
        LeaseRates.Derived d = LeaseRates.derive(new BigDecimal("825000.00"), 15, new BigDecimal("0.003"),
                new BigDecimal("2900.00"));
        assertThat(d.dryMonthly()).isEqualByComparingTo("4789.58");
        assertThat(d.wetMonthly()).isEqualByComparingTo("7689.58");
        assertThat(d.dryMonthly().scale()).isEqualTo(2);
    }

    @Test
    void hf_radio_by_hand() {
        // 42,000 / 84 = 500.00; 42,000 × 0.002 / 12 = 7.00 → 507.00; wet 507.00 + 310.00
        LeaseRates.Derived d = LeaseRates.derive(new BigDecimal("42000"), 7, new BigDecimal("0.002"),
                new BigDecimal("310"));
        assertThat(d.dryMonthly()).isEqualByComparingTo("507.00");
        assertThat(d.wetMonthly()).isEqualByComparingTo("817.00");
    }

    @Test
    void the_sum_is_rounded_once_not_each_term() {
        // 1,000 / 36 = 27.777…; 1,000 × 0.001 / 12 = 0.08333…; exact sum 27.8611… → 27.86
        assertThat(LeaseRates.dryMonthly(new BigDecimal("1000"), 3, new BigDecimal("0.001")))
                .isEqualByComparingTo("27.86");
        // 0.22 / 12 = 0.018333…; 0.22 × 0.3 / 12 = 0.0055; exact sum 0.023833… → 0.02
        // (rounding each term first would give 0.02 + 0.01 = 0.03)
        assertThat(LeaseRates.dryMonthly(new BigDecimal("0.22"), 1, new BigDecimal("0.3")))
                .isEqualByComparingTo("0.02");
    }

    @Test
    void ties_round_half_even() {
        // 1,234.62 / 12 = 102.885 exactly → 102.88 (half-up would give 102.89)
        assertThat(LeaseRates.dryMonthly(new BigDecimal("1234.62"), 1, BigDecimal.ZERO)).isEqualByComparingTo("102.88");
        // 1,234.74 / 12 = 102.895 exactly → 102.90
        assertThat(LeaseRates.dryMonthly(new BigDecimal("1234.74"), 1, BigDecimal.ZERO)).isEqualByComparingTo("102.90");
    }

    @Test
    void zero_value_gives_zero_dry_and_the_maintenance_as_wet() {
        LeaseRates.Derived d = LeaseRates.derive(BigDecimal.ZERO, 10, new BigDecimal("0.5"), new BigDecimal("12.34"));
        assertThat(d.dryMonthly()).isEqualByComparingTo("0.00");
        assertThat(d.wetMonthly()).isEqualByComparingTo("12.34");
    }

    @Test
    void inputs_out_of_range_are_refused() {
        assertThatThrownBy(() -> LeaseRates.dryMonthly(new BigDecimal("-1"), 10, BigDecimal.ZERO))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> LeaseRates.dryMonthly(BigDecimal.TEN, 0, BigDecimal.ZERO))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> LeaseRates.dryMonthly(BigDecimal.TEN, 5, BigDecimal.ONE))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> LeaseRates.dryMonthly(BigDecimal.TEN, 5, new BigDecimal("-0.001")))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> LeaseRates.wetMonthly(BigDecimal.TEN, new BigDecimal("-0.01")))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
