package org.fieldsupport.platform.workflow.web;

import jakarta.servlet.http.HttpServletRequest;
import org.fieldsupport.platform.api.ProblemType;
import org.fieldsupport.platform.api.Problems;
import org.fieldsupport.platform.workflow.IllegalTransitionException;
import org.fieldsupport.platform.workflow.StaleTransitionException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * API answers of the workflow kit: a stale transition is 409 (problem type {@code conflict}) with
 * {@code currentState} and {@code currentVersion}; an action that does not leave the current state is 422 with
 * {@code currentState}. Ordered before the platform's general handler, which would answer both as 422.
 */
@RestControllerAdvice(annotations = RestController.class)
@Order(Ordered.HIGHEST_PRECEDENCE + 5)
class WorkflowProblemAdvice {

    private final Problems problems;

    WorkflowProblemAdvice(Problems problems) {
        this.problems = problems;
    }

    @ExceptionHandler(StaleTransitionException.class)
    ResponseEntity<ProblemDetail> stale(StaleTransitionException ex, HttpServletRequest request) {
        ProblemDetail problem = problems.create(ProblemType.CONFLICT, request);
        problem.setDetail(problems.message(ex.messageKey(), ex.args()));
        problem.setProperty("code", "platform.workflow.stale");   // one code, whether or not the detail names the state
        problem.setProperty("currentState", ex.currentState());
        problem.setProperty("currentVersion", ex.currentVersion());
        return respond(problem);
    }

    @ExceptionHandler(IllegalTransitionException.class)
    ResponseEntity<ProblemDetail> illegal(IllegalTransitionException ex, HttpServletRequest request) {
        ProblemDetail problem = problems.create(ProblemType.BUSINESS_RULE, request);
        problem.setDetail(problems.message(ex.messageKey(), ex.args()));
        problem.setProperty("code", ex.messageKey());
        problem.setProperty("currentState", ex.currentState());
        return respond(problem);
    }

    private static ResponseEntity<ProblemDetail> respond(ProblemDetail problem) {
        return ResponseEntity.status(problem.getStatus()).contentType(Problems.PROBLEM_JSON).body(problem);
    }
}
