package org.fieldsupport.claims.workinggroup.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import org.fieldsupport.claims.workinggroup.domain.WorkingGroupRules.AdoptedChange;
import org.fieldsupport.claims.workinggroup.domain.WorkingGroupRules.Kind;
import org.fieldsupport.claims.workinggroup.domain.WorkingGroupRules.Status;
import org.junit.jupiter.api.Test;

class WorkingGroupRulesTests {

    @Test
    void sessions_are_at_least_three_years_apart() {
        assertThat(WorkingGroupRules.tooClose(2026, List.of(2020, 2023))).isEmpty();
        assertThat(WorkingGroupRules.tooClose(2025, List.of(2020, 2023))).contains(2023);
        assertThat(WorkingGroupRules.tooClose(2023, List.of(2023))).contains(2023);
    }

    @Test
    void a_session_is_planned_then_in_session_then_closed() {
        assertThat(WorkingGroupRules.mayMove(Status.PLANNED, Status.IN_SESSION)).isTrue();
        assertThat(WorkingGroupRules.mayMove(Status.IN_SESSION, Status.CLOSED)).isTrue();
        assertThat(WorkingGroupRules.mayMove(Status.PLANNED, Status.CLOSED)).isFalse();
        assertThat(WorkingGroupRules.mayMove(Status.CLOSED, Status.IN_SESSION)).isFalse();
    }

    @Test
    void adopted_rate_changes_make_the_next_tables_and_manual_changes_leave_them_alone() {
        var equipment = List.of(new WorkingGroupRules.EquipmentRow("APC-W2", "APC", "APC, wheeled",
                new BigDecimal("600000.00"), 20, new BigDecimal("0.004"), new BigDecimal("1500.00"), null, null));
        var categories = List.of(new WorkingGroupRules.CategoryRow("CATERING", "Catering", new BigDecimal("28.00")));

        WorkingGroupRules.NewTables t = WorkingGroupRules.apply(equipment, categories, List.of(
                new AdoptedChange("P1", Kind.RATE_REVISION, "APC-W2", "APC", new BigDecimal("650000")),
                new AdoptedChange("P2", Kind.RATE_REVISION, "CATERING", "Catering", new BigDecimal("30.5")),
                new AdoptedChange("P3", Kind.NEW_CATEGORY, "WELFARE", "Welfare", new BigDecimal("4")),
                new AdoptedChange("P4", Kind.NEW_CATEGORY, "CATERING", "Catering again", new BigDecimal("99")),
                new AdoptedChange("P5", Kind.MANUAL_CHANGE, null, "Chapter 3", null)));

        assertThat(t.applied()).containsExactly("P1", "P2", "P3");
        assertThat(t.equipment().get(0).gfmv()).isEqualByComparingTo("650000.00");
        assertThat(t.equipment().get(0).usefulLifeYears()).isEqualTo(20);
        assertThat(t.selfSustainment()).extracting(WorkingGroupRules.CategoryRow::category,
                        WorkingGroupRules.CategoryRow::perPersonPerMonth)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("CATERING", new BigDecimal("30.50")),
                        org.assertj.core.groups.Tuple.tuple("WELFARE", new BigDecimal("4.00")));
    }
}
