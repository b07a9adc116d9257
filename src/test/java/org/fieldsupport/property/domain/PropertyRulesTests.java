package org.fieldsupport.property.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.fieldsupport.property.count.domain.Reconciliation;
import org.fieldsupport.property.register.domain.Depreciation;
import org.fieldsupport.property.writeoff.domain.WriteOffRules;
import org.junit.jupiter.api.Test;

class PropertyRulesTests {

    @Test
    void straight_line_depreciation_by_whole_months_half_even_never_below_zero() {
        LocalDate acquired = LocalDate.of(2024, 1, 15);
        assertThat(Depreciation.netBookValue(new BigDecimal("1000.00"), acquired, 3, LocalDate.of(2024, 2, 14)))
                .isEqualByComparingTo("1000.00");
        assertThat(Depreciation.netBookValue(new BigDecimal("1000.00"), acquired, 3, LocalDate.of(2024, 2, 15)))
                .isEqualByComparingTo("972.22");
        assertThat(Depreciation.netBookValue(new BigDecimal("1000.00"), acquired, 3, LocalDate.of(2030, 1, 1)))
                .isEqualByComparingTo("0.00");
        assertThat(Depreciation.netBookValue(new BigDecimal("45000.00"), acquired, 7, acquired.plusMonths(76)))
                .isEqualByComparingTo("4285.71");
    }

    @Test
    void a_count_shows_missing_misplaced_and_unrecorded_items() {
        Reconciliation.Result r = Reconciliation.reconcile(Set.of("A", "B", "C"), Map.of("X", "Field site"),
                List.of("A", "B", "B", "X", "Z"));
        assertThat(r.expected()).isEqualTo(3);
        assertThat(r.found()).isEqualTo(4);
        assertThat(r.discrepancies()).containsExactlyInAnyOrder(
                new Reconciliation.Discrepancy("C", Reconciliation.Kind.MISSING, null),
                new Reconciliation.Discrepancy("X", Reconciliation.Kind.MISPLACED, "Field site"),
                new Reconciliation.Discrepancy("Z", Reconciliation.Kind.UNRECORDED, null));
    }

    @Test
    void up_to_50000_goes_to_the_local_board_above_to_headquarters() {
        BigDecimal limit = WriteOffRules.LOCAL_LIMIT.defaultValue();
        assertThat(WriteOffRules.board(WriteOffRules.total(List.of(new BigDecimal("25000.00"), new BigDecimal("25000.00"))),
                limit)).isEqualTo(WriteOffRules.Board.LOCAL);
        assertThat(WriteOffRules.board(new BigDecimal("50000.01"), limit)).isEqualTo(WriteOffRules.Board.HEADQUARTERS);
        assertThat(WriteOffRules.available("IN_SERVICE", false)).isTrue();
        assertThat(WriteOffRules.available("IN_SERVICE", true)).isFalse();
        assertThat(WriteOffRules.available("WRITTEN_OFF", false)).isFalse();
    }
}
