package org.fieldsupport.budget.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.time.LocalDate;
import org.fieldsupport.budget.support.BudgetTestUsers;
import org.fieldsupport.platform.security.Scope;
import org.fieldsupport.platform.security.UserDirectory;
import org.fieldsupport.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Questions of the ACABQ and the Fifth Committee registered against a budget and routed through the front office's
 * tasking: a task in the answering unit's queue with the due date, the unit's answer shown on the budget, overdue
 * visible; refusals (403 before validation, 400 naming every field in EN/FR, 422 when answered the other way).
 */
@IntegrationTest
class LegislativeRoutingTests {

    static final String ACTION = "t.action.legislative";

    @Autowired MockMvc mvc;
    @Autowired UserDirectory directory;
    @Autowired JdbcClient jdbc;

    @BeforeEach
    void users() {
        BudgetTestUsers.ensure(directory);
    }

    long demo(String reference) {
        return jdbc.sql("SELECT id FROM bud_budget WHERE reference = ?").param(reference).query(Long.class).single();
    }

    String ask(long budget, String due) throws Exception {
        var r = mvc.perform(post("/api/v1/budget/legislative-questions").with(user(BudgetTestUsers.HQ)).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"body\": \"ACABQ\", \"budgetId\": " + budget
                                + ", \"question\": \"Why more flight hours in the west?\", \"dueOn\": \"" + due + "\"}"))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.answer").doesNotExist())
                .andExpect(jsonPath("$.taskStatus").value("OPEN"))
                .andExpect(jsonPath("$.budgetReference").value("BUD-MINUSCA-2026"))
                .andReturn();
        return r.getResponse().getContentAsString();
    }

    @Test
    void a_question_goes_to_the_responsible_unit_as_a_task_and_its_answer_comes_back_to_the_budget() throws Exception {
        long budget = demo("BUD-MINUSCA-2026");
        LocalDate due = LocalDate.now().plusDays(14);
        String json = ask(budget, due.toString());
        String ref = JsonPath.read(json, "$.reference");
        String task = JsonPath.read(json, "$.taskReference");
        String unit = JsonPath.read(json, "$.leadUnit");
        // the task: in the unit of 7.3.b (the organisation's responsibility lookup), due when the question is due
        var row = jdbc.sql("SELECT id, lead_unit, due_date, status, kind FROM fo_task WHERE reference = ?").param(task)
                .query().singleRow();
        assertThat(row.get("LEAD_UNIT")).isEqualTo(unit);
        assertThat(row.get("DUE_DATE").toString()).isEqualTo(due.toString());
        assertThat(row.get("STATUS")).isEqualTo("OPEN");
        long taskId = ((Number) row.get("ID")).longValue();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM work_item WHERE record_type = 'frontoffice.task' AND record_id = ?"
                + " AND assignee_kind = 'UNIT' AND assignee_name = ? AND state = 'OPEN'").params(String.valueOf(taskId), unit)
                .query(Long.class).single()).isEqualTo(1);
        // answered on the budget directly? no: the unit answers on the task (422 with its type)
        mvc.perform(post("/api/v1/budget/legislative-questions/{r}/answer", ref).with(user(BudgetTestUsers.HQ_FR)).with(csrf())
                        .header("Accept-Language", "fr").contentType(MediaType.APPLICATION_JSON).content("{\"answer\": \"x\"}"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.type").value("https://fieldsupport.org/problems/answered-through-tasking"))
                .andExpect(jsonPath("$.detail").value(containsString("l’unité répond")));
        // the unit's action officer answers through the front office; the answer shows on the budget
        directory.ensureUser(ACTION, ACTION, null, "en", ACTION + "-password-1");
        directory.ensureRoleAssignment(ACTION, "UNIT_ACTION_OFFICER", Scope.unit(unit));
        mvc.perform(post("/api/v1/frontoffice/tasks/{id}/consolidate", taskId).with(user(ACTION)).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"text\": \"Two additional helicopters were deployed for casualty evacuation.\"}"))
                .andExpect(status().isOk());
        mvc.perform(get("/api/v1/budget/budgets/{id}/legislative-questions", budget).with(user(BudgetTestUsers.MINUSCA)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[?(@.reference == '" + ref + "')].answer")
                        .value(org.hamcrest.Matchers.hasItem("Two additional helicopters were deployed for casualty evacuation.")))
                .andExpect(jsonPath("$[?(@.reference == '" + ref + "')].answeredBy").value(org.hamcrest.Matchers.hasItem(ACTION)))
                .andExpect(jsonPath("$[?(@.reference == '" + ref + "')].taskStatus").value(org.hamcrest.Matchers.hasItem("CONSOLIDATED")));
        mvc.perform(get("/budget/budgets/{id}", budget).with(user(BudgetTestUsers.MINUSCA)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(ref)))
                .andExpect(content().string(containsString("Two additional helicopters were deployed for casualty evacuation.")))
                .andExpect(content().string(containsString("awaiting the front office’s clearance")));
        // another mission's officer does not see the budget's questions
        mvc.perform(get("/api/v1/budget/budgets/{id}/legislative-questions", budget).with(user(BudgetTestUsers.UNMISS)))
                .andExpect(status().isNotFound());
    }

    @Test
    void an_open_task_past_its_due_date_is_overdue_on_the_budget_and_the_list() throws Exception {
        long budget = demo("BUD-MINUSCA-2026");
        String json = ask(budget, LocalDate.now().toString());
        String ref = JsonPath.read(json, "$.reference");
        String task = JsonPath.read(json, "$.taskReference");
        jdbc.sql("UPDATE fo_task SET due_date = ? WHERE reference = ?").params(LocalDate.now().minusDays(2), task).update();
        mvc.perform(get("/api/v1/budget/legislative-questions/{r}", ref).with(user(BudgetTestUsers.HQ)))
                .andExpect(jsonPath("$.overdue").value(true)).andExpect(jsonPath("$.taskStatus").value("OPEN"));
        mvc.perform(get("/budget/legislative").with(user(BudgetTestUsers.HQ_FR)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(ref)))
                .andExpect(content().string(containsString("En retard")));
        mvc.perform(get("/budget/budgets/{id}", budget).with(user(BudgetTestUsers.HQ)))
                .andExpect(content().string(containsString("question-" + ref)))
                .andExpect(content().string(containsString("Overdue")));
    }

    @Test
    void registering_is_refused_before_validation_to_whoever_does_not_advise_and_bad_input_names_every_field() throws Exception {
        // a mission officer holds no advisory role: 403 before the body is looked at
        mvc.perform(post("/api/v1/budget/legislative-questions").with(user(BudgetTestUsers.MINUSCA)).with(csrf()))
                .andExpect(status().isForbidden());
        mvc.perform(post("/budget/legislative/questions").with(user(BudgetTestUsers.MINUSCA)).with(csrf()))
                .andExpect(status().isForbidden());
        mvc.perform(post("/api/v1/budget/legislative-questions").with(user(BudgetTestUsers.HQ)).with(csrf())
                        .header("Accept-Language", "en").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"body\": \"UN\", \"budgetId\": 987654321, \"dueOn\": \"2001-01-01\", \"unit\": \"NO-SUCH-UNIT\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field").value(containsInAnyOrder("body", "budgetId", "question", "dueOn", "unit")));
        mvc.perform(post("/api/v1/budget/legislative-questions").with(user(BudgetTestUsers.HQ_FR)).with(csrf())
                        .header("Accept-Language", "fr").contentType(MediaType.APPLICATION_JSON).content("{\"dueOn\": \"soon\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field").value(containsInAnyOrder("body", "budgetId", "question", "dueOn")))
                .andExpect(content().string(containsString("Obligatoire")));
        // the screen: the refusal in words, nothing registered
        long before = jdbc.sql("SELECT COUNT(*) FROM bud_legislative_question").query(Long.class).single();
        var r = mvc.perform(post("/budget/legislative/questions").with(user(BudgetTestUsers.HQ)).with(csrf())
                        .param("body", "ACABQ").param("budgetId", "abc").param("question", "Why?").param("dueOn", "2099-01-01"))
                .andExpect(status().is3xxRedirection()).andReturn();
        assertThat(r.getFlashMap().get("errors").toString()).contains("budgetId");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM bud_legislative_question").query(Long.class).single()).isEqualTo(before);
        // a named unit is used instead of the default
        long budget = demo("BUD-UNMISS-2026");
        mvc.perform(post("/budget/legislative/questions").with(user(BudgetTestUsers.HQ)).with(csrf())
                        .param("body", "FIFTH_COMMITTEE").param("budgetId", String.valueOf(budget)).param("back", String.valueOf(budget))
                        .param("question", "Vacancy rate of national staff?").param("dueOn", LocalDate.now().plusDays(5).toString())
                        .param("unit", "DFS-BPRS-S1"))
                .andExpect(status().is3xxRedirection());
        assertThat(jdbc.sql("SELECT t.lead_unit FROM bud_legislative_question q JOIN fo_task t ON t.reference = q.task_reference"
                + " WHERE q.budget_id = ? ORDER BY q.id DESC FETCH FIRST 1 ROWS ONLY").param(budget).query(String.class).single())
                .isEqualTo("DFS-BPRS-S1");
    }
}
