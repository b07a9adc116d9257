package org.fieldsupport.movements.transport.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class TransportRulesTests {

    @Test
    void a_trip_takes_passengers_and_cargo_within_seats_and_payload() {
        assertThat(TransportRules.fits(20, 3000, 18, new BigDecimal("1000"), 2, BigDecimal.ZERO)).isTrue();
        assertThat(TransportRules.fits(20, 3000, 18, new BigDecimal("1000"), 3, BigDecimal.ZERO)).isFalse();
        assertThat(TransportRules.fits(20, 3000, 0, new BigDecimal("2500"), 0, new BigDecimal("500.1"))).isFalse();
    }

    @Test
    void utilisation_is_hours_flown_over_contract_half_even_to_one_decimal_and_under_80_is_low() {
        BigDecimal pct = TransportRules.utilisation(new BigDecimal("47.5"), new BigDecimal("60"));
        assertThat(pct).isEqualByComparingTo("79.2");
        assertThat(TransportRules.lowUtilisation(pct)).isTrue();
        assertThat(TransportRules.lowUtilisation(new BigDecimal("80.0"))).isFalse();
        assertThat(TransportRules.utilisation(BigDecimal.TEN, null)).isNull();
    }

    @Test
    void rotations_come_every_6_or_12_months_and_are_due_within_60_days() {
        LocalDate next = TransportRules.nextRotation(LocalDate.of(2026, 1, 31), 6);
        assertThat(next).isEqualTo(LocalDate.of(2026, 7, 31));
        assertThat(TransportRules.rotationDue(next, LocalDate.of(2026, 6, 1))).isTrue();
        assertThat(TransportRules.rotationDue(next, LocalDate.of(2026, 5, 31))).isFalse();
        assertThatThrownBy(() -> TransportRules.nextRotation(LocalDate.of(2026, 1, 1), 9))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void a_letter_of_assist_is_charged_up_to_its_not_to_exceed_amount() {
        assertThat(TransportRules.withinNte(new BigDecimal("1000.00"), new BigDecimal("600.00"), new BigDecimal("400.00"))).isTrue();
        assertThat(TransportRules.withinNte(new BigDecimal("1000.00"), new BigDecimal("600.00"), new BigDecimal("400.01"))).isFalse();
        assertThat(TransportRules.percentUsed(new BigDecimal("3.00"), new BigDecimal("2.00"))).isEqualByComparingTo("66.7");
    }

    @Test
    void acquisition_starts_by_the_route_lead_time_in_its_plan_quarter() {
        LocalDate start = TransportRules.latestStart(LocalDate.of(2027, 5, 1), TransportRules.Route.LOA);
        assertThat(start).isEqualTo(LocalDate.of(2027, 1, 1));
        assertThat(TransportRules.planQuarter(start)).isEqualTo("2027-Q1");
        assertThat(TransportRules.latestStart(LocalDate.of(2027, 5, 1), TransportRules.Route.SYSTEMS_CONTRACT))
                .isEqualTo(LocalDate.of(2027, 4, 1));
    }
}
