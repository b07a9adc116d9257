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

    LegislativeApi(Legislative legislative) {
        this.legislative = legislative;
    }

    record VisitRequest(String missionCode, String from, String to, String purpose, String findings, String recommendations) { }

    record QuestionRequest(String body, String missionCode, String question, String dueOn) { }

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

    @PostMapping("/legislative-questions")
    ResponseEntity<Legislative.Question> ask(@RequestBody QuestionRequest r) {
        Legislative.Question q = legislative.ask(r.body(), r.missionCode(), r.question(), r.dueOn());
        return ResponseEntity.created(URI.create("/api/v1/budget/legislative-questions/" + q.reference())).body(q);
    }

    @GetMapping("/legislative-questions/{reference}")
    Legislative.Question question(@PathVariable String reference) {
        return legislative.question(reference);
    }

    @PostMapping("/legislative-questions/{reference}/answer")
    Legislative.Question answer(@PathVariable String reference, @RequestBody AnswerRequest r) {
        return legislative.answer(reference, r.answer());
    }
}
