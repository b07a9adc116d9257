package org.fieldsupport.claims.shortfall.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class ShortfallCaseRulesTests {

    @Test
    void a_case_closes_once_at_least_one_action_was_recorded_and_every_action_is_done() {
        assertThat(ShortfallCaseRules.closeRefusal(List.of())).isEqualTo("claimsplanning.shortfall.close.noAction");
        assertThat(ShortfallCaseRules.closeRefusal(List.of(true, false)))
                .isEqualTo("claimsplanning.shortfall.close.openActions");
        assertThat(ShortfallCaseRules.closeRefusal(List.of(true, true))).isNull();
    }

    @Test
    void an_action_is_reminded_from_fourteen_days_before_its_due_date() {
        LocalDate today = LocalDate.of(2026, 12, 5);
        assertThat(ShortfallCaseRules.remind(LocalDate.of(2026, 12, 19), today)).isTrue();
        assertThat(ShortfallCaseRules.remind(LocalDate.of(2026, 12, 20), today)).isFalse();
        assertThat(ShortfallCaseRules.remind(LocalDate.of(2026, 11, 1), today)).isTrue();
    }
}
