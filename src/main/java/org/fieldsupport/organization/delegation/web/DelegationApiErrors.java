package org.fieldsupport.organization.delegation.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Locale;
import org.fieldsupport.platform.api.BusinessRuleException;
import org.fieldsupport.platform.api.ProblemType;
import org.fieldsupport.platform.api.Problems;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * Refusals of the register's API: the platform's 422 problem details, plus the refusal's
 * {@code reason} code (e.g. {@code WIDER_LIMIT_THAN_PARENT}) and {@code args}, which clients switch on.
 */
@RestControllerAdvice(assignableTypes = DelegationApiController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class DelegationApiErrors {

    private final Problems problems;

    DelegationApiErrors(Problems problems) {
        this.problems = problems;
    }

    @ExceptionHandler(BusinessRuleException.class)
    ResponseEntity<ProblemDetail> refused(BusinessRuleException e, HttpServletRequest request) {
        ProblemDetail problem = problems.create(ProblemType.BUSINESS_RULE, request);
        String detail;
        try {
            detail = problems.message(e.messageKey(), e.args());
        } catch (IllegalArgumentException unformattable) {
            detail = e.messageKey();
        }
        problem.setDetail(detail);
        String key = e.messageKey();
        problem.setProperty("code", key);
        problem.setProperty("messageKey", key);
        problem.setProperty("reason", key.substring(key.lastIndexOf('.') + 1).toUpperCase(Locale.ROOT));
        problem.setProperty("args", e.args());
        return ResponseEntity.status(problem.getStatus()).contentType(Problems.PROBLEM_JSON).body(problem);
    }
}
