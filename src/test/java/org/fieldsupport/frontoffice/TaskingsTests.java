package org.fieldsupport.frontoffice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.fieldsupport.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The tasking API other modules use (the budget's legislative questions): a task in a unit's queue, its state read back. */
@IntegrationTest
class TaskingsTests {

    @Autowired Taskings taskings;
    @Autowired JdbcClient jdbc;

    @Test
    void a_task_goes_to_the_unit_with_its_due_date_and_a_work_item_and_its_state_is_read_back() {
        LocalDate due = LocalDate.now().plusDays(7);
        Taskings.Assigned a = taskings.assign("Question of the ACABQ on air operations", "Full text and link", "DFS-BPRS",
                "MINUSCA", due);
        assertThat(a.reference()).startsWith("FO/T/");
        assertThat(jdbc.sql("SELECT kind FROM fo_task WHERE id = ?").param(a.id()).query(String.class).single()).isEqualTo("ADVICE");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM work_item WHERE record_type = 'frontoffice.task' AND record_id = ?"
                + " AND assignee_name = 'DFS-BPRS' AND state = 'OPEN'").param(String.valueOf(a.id())).query(Long.class).single())
                .isEqualTo(1);
        Taskings.TaskState s = taskings.states(List.of(a.reference(), "FO-T-NO-SUCH")).get(a.reference());
        assertThat(s.status()).isEqualTo("OPEN");
        assertThat(s.dueDate()).isEqualTo(due);
        assertThat(s.leadUnit()).isEqualTo("DFS-BPRS");
        assertThat(s.answered()).isFalse();
        assertThat(s.overdue()).isFalse();
        assertThat(s.link()).isEqualTo("/frontoffice/tasks/" + a.id());
        assertThat(taskings.states(List.of("FO-T-NO-SUCH"))).isEmpty();
        // past its due date and still open: overdue; consolidated: answered with the unit's text
        jdbc.sql("UPDATE fo_task SET due_date = ? WHERE id = ?").params(LocalDate.now().minusDays(1), a.id()).update();
        assertThat(taskings.states(List.of(a.reference())).get(a.reference()).overdue()).isTrue();
        jdbc.sql("UPDATE fo_task SET status = 'CONSOLIDATED', consolidated_text = 'The answer', consolidated_by = 'x' WHERE id = ?")
                .param(a.id()).update();
        Taskings.TaskState answered = taskings.states(List.of(a.reference())).get(a.reference());
        assertThat(answered.answer()).isEqualTo("The answer");
        assertThat(answered.overdue()).isFalse();
    }

    @Test
    void a_task_needs_a_known_unit_a_title_and_a_due_date() {
        assertThatThrownBy(() -> taskings.assign("Q", null, "NO-SUCH-UNIT", null, LocalDate.now()))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> taskings.assign(" ", null, "DFS-BPRS", null, LocalDate.now()))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> taskings.assign("Q", null, "DFS-BPRS", null, null))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
