package org.fieldsupport.procurement.contract.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CallOffRuleTests {

    static final CallOffRule.Terms TERMS = new CallOffRule.Terms(new BigDecimal("1000000.00"),
            LocalDate.of(2026, 1, 1), LocalDate.of(2028, 12, 31), Set.of("MINUSCA"));

    static BigDecimal d(String s) { return new BigDecimal(s); }

    @Test
    void a_call_off_up_to_the_remaining_amount_is_allowed() {
        assertThat(CallOffRule.check(TERMS, d("600000.00"), "MINUSCA", LocalDate.of(2026, 7, 1), d("400000.00"))).isEmpty();
        assertThat(CallOffRule.remaining(TERMS.ceiling(), d("600000.00"))).isEqualByComparingTo("400000.00");
    }

    @Test
    void above_the_remaining_amount_is_ceiling_exceeded() {
        assertThat(CallOffRule.check(TERMS, d("600000.00"), "MINUSCA", LocalDate.of(2026, 7, 1), d("400000.01")))
                .contains(CallOffRule.Refusal.CEILING_EXCEEDED);
    }

    @Test
    void outside_validity_is_contract_not_valid_on_the_bounds_it_is_valid() {
        assertThat(CallOffRule.check(TERMS, d("0"), "MINUSCA", LocalDate.of(2025, 12, 31), d("1")))
                .contains(CallOffRule.Refusal.CONTRACT_NOT_VALID);
        assertThat(CallOffRule.check(TERMS, d("0"), "MINUSCA", LocalDate.of(2029, 1, 1), d("1")))
                .contains(CallOffRule.Refusal.CONTRACT_NOT_VALID);
        assertThat(CallOffRule.check(TERMS, d("0"), "MINUSCA", LocalDate.of(2026, 1, 1), d("1"))).isEmpty();
        assertThat(CallOffRule.check(TERMS, d("0"), "MINUSCA", LocalDate.of(2028, 12, 31), d("1"))).isEmpty();
    }

    @Test
    void a_mission_not_listed_is_not_covered() {
        assertThat(CallOffRule.check(TERMS, d("0"), "UNMISS", LocalDate.of(2026, 7, 1), d("1")))
                .contains(CallOffRule.Refusal.MISSION_NOT_COVERED);
        assertThat(CallOffRule.Refusal.MISSION_NOT_COVERED.type()).isEqualTo("mission-not-covered");
    }
}
