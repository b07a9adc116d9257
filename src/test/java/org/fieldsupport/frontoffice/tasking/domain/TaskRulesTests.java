package org.fieldsupport.frontoffice.tasking.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TaskRulesTests {

    @Test
    void consolidation_waits_for_every_contribution() {
        Map<String, Boolean> submitted = new LinkedHashMap<>();
        submitted.put("DFS-LSD", true);
        submitted.put("DFS-FBFD", false);
        assertThat(TaskRules.mayConsolidate(TaskRules.Kind.ADVICE, TaskRules.Status.OPEN, submitted))
                .get().satisfies(r -> assertThat(r.args()).containsExactly("DFS-FBFD"));
        submitted.put("DFS-FBFD", true);
        assertThat(TaskRules.mayConsolidate(TaskRules.Kind.ADVICE, TaskRules.Status.OPEN, submitted)).isEmpty();
        assertThat(TaskRules.mayConsolidate(TaskRules.Kind.CORRESPONDENCE, TaskRules.Status.OPEN, Map.of())).isPresent();
    }

    @Test
    void only_a_consolidated_task_is_cleared() {
        assertThat(TaskRules.mayClear(TaskRules.Kind.ADVICE, TaskRules.Status.OPEN)).isPresent();
        assertThat(TaskRules.mayClear(TaskRules.Kind.ADVICE, TaskRules.Status.CONSOLIDATED)).isEmpty();
    }

    @Test
    void the_week_runs_monday_to_sunday() {
        LocalDate saturday = LocalDate.of(2026, 12, 5);
        assertThat(TaskRules.horizon(saturday.minusDays(1), saturday)).isEqualTo(TaskRules.Horizon.OVERDUE);
        assertThat(TaskRules.horizon(saturday, saturday)).isEqualTo(TaskRules.Horizon.THIS_WEEK);
        assertThat(TaskRules.horizon(saturday.plusDays(1), saturday)).isEqualTo(TaskRules.Horizon.THIS_WEEK);
        assertThat(TaskRules.horizon(saturday.plusDays(2), saturday)).isEqualTo(TaskRules.Horizon.LATER);
    }
}
