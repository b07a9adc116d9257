package org.fieldsupport.ict.operations;

import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;

import org.fieldsupport.platform.api.ProblemType;
import org.fieldsupport.platform.api.Problems;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** The module's rule refusals as 422 problem details with the type the rule names . */
@RestControllerAdvice(basePackages = {"org.fieldsupport.ict.infrastructure", "org.fieldsupport.ict.continuity", "org.fieldsupport.ict.projects", "org.fieldsupport.ict.standards", "org.fieldsupport.ict.security", "org.fieldsupport.ict.budgetreview"})
@Order(Ordered.HIGHEST_PRECEDENCE)
class IctInfraProblems {

    private final Problems problems;

    IctInfraProblems(Problems problems) {
        this.problems = problems;
    }

    @ExceptionHandler(RuleRefusal.class)
    ResponseEntity<ProblemDetail> refused(RuleRefusal ex, HttpServletRequest request) {
        ProblemDetail problem = problems.create(HttpStatus.UNPROCESSABLE_CONTENT, URI.create(ProblemType.BASE + ex.type()),
                problems.message("problem.business-rule.title"), problems.message(ex.messageKey(), ex.args()), request);
        problem.setProperty("code", ex.messageKey());
        return ResponseEntity.status(HttpStatus.UNPROCESSABLE_CONTENT).contentType(Problems.PROBLEM_JSON).body(problem);
    }
}
