package org.fieldsupport.budget.shared.web;

import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import org.fieldsupport.platform.api.ProblemType;
import org.fieldsupport.platform.api.Problems;
import org.fieldsupport.budget.shared.domain.RuleRefusal;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatusCode;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.method.HandlerMethod;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** The budget API's rule refusals: 422 with the refusal's own problem type, title and reason in the user's language. */
@RestControllerAdvice(basePackages = "org.fieldsupport.budget")
@Order(Ordered.HIGHEST_PRECEDENCE)
class BudgetApiErrors {

    private final Problems problems;

    BudgetApiErrors(Problems problems) {
        this.problems = problems;
    }

    @ExceptionHandler(RuleRefusal.class)
    ResponseEntity<ProblemDetail> refused(RuleRefusal e, HttpServletRequest request, HandlerMethod handler) {
        if (!handler.getBeanType().isAnnotationPresent(RestController.class)) {
            throw e; // screens show their refusals themselves
        }
        ProblemDetail problem = problems.create(HttpStatusCode.valueOf(422), URI.create(ProblemType.BASE + e.type()),
                problems.message("budget.problem." + e.type() + ".title"), problems.message(e.messageKey(), e.args()),
                request);
        problem.setProperty("code", e.messageKey());
        problem.setProperty("reason", e.type());
        return ResponseEntity.status(problem.getStatus()).contentType(Problems.PROBLEM_JSON).body(problem);
    }
}
