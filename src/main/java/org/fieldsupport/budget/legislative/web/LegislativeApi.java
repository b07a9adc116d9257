package org.fieldsupport.budget.legislative.web;

import java.net.URI;
import java.util.List;
import org.fieldsupport.budget.legislative.internal.Legislative;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Support visits to missions (7.3.a) and questions of the legislative bodies with their answers (7.3.b). */
@RestController("budgetLegislativeApi")
@RequestMapping("/api/v1/budget")
class LegislativeApi {

    private final Legislative legislative;
    private final org.fieldsupport.budget.estimate.internal.Budgets budgets;

    LegislativeApi(Legislative legislative, org.fieldsupport.budget.estimate.internal.Budgets budgets) {
        this.legislative = legislative;
        this.budgets = budgets;
    }

    record VisitRequest(String missionCode, String from, String to, String purpose, String findings, String recommendations) { }

    /** {@code unit}: the organisation unit that answers (default: the holder of 7.3.b for the budget's mission). */
    record QuestionRequest(String body, Long budgetId, String question, String dueOn, String unit) { }

    record AnswerRequest(String answer) { }

    @GetMapping("/support-visits")
    List<Legislative.Visit> visits() {
        return legislative.visits();
    }

    @PostMapping("/support-visits")
    ResponseEntity<Legislative.Visit> visit(@RequestBody VisitRequest r) {
        Legislative.Visit v = legislative.recordVisit(r.missionCode(), r.from(), r.to(), r.purpose(), r.findings(),
                r.recommendations());
        return ResponseEntity.created(URI.create("/api/v1/budget/support-visits")).body(v);
    }

    @GetMapping("/legislative-questions")
    List<Legislative.Question> questions() {
        return legislative.questions();
    }

    /** Registers a question against a budget; a task goes to the answering unit through the front office. */
    @PostMapping("/legislative-questions")
    ResponseEntity<Legislative.Question> ask(@RequestBody(required = false) QuestionRequest body) {
        QuestionRequest r = body == null ? new QuestionRequest(null, null, null, null, null) : body;
        Legislative.Question q = legislative.ask(r.body(), r.budgetId(), r.question(), r.dueOn(), r.unit());
        return ResponseEntity.created(URI.create("/api/v1/budget/legislative-questions/" + q.reference())).body(q);
    }

    @GetMapping("/legislative-questions/{reference}")
    Legislative.Question question(@PathVariable String reference) {
        return legislative.question(reference);
    }

    @PostMapping("/legislative-questions/{reference}/answer")
    Legislative.Question answer(@PathVariable String reference, @RequestBody(required = false) AnswerRequest r) {
        return legislative.answer(reference, r == null ? null : r.answer());
    }

    /** The questions registered against a budget, with their tasks' states and answers. */
    @GetMapping("/budgets/{id}/legislative-questions")
    List<Legislative.Question> ofBudget(@PathVariable long id) {
        return legislative.questionsOf(budgets.get(id).id());
    }
}
