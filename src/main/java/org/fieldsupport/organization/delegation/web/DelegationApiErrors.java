package org.fieldsupport.organization.delegation.web;

import java.util.Locale;
import org.fieldsupport.platform.api.BusinessRuleException;
import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * Refusals of the register's API as 422 problem details carrying the refusal's reason code and its
 * message in the caller's language (the platform's handler does the same for every module; this one
 * adds the {@code reason} the delegation clients switch on).
 */
@RestControllerAdvice(assignableTypes = DelegationApiController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class DelegationApiErrors {

    private final MessageSource messages;

    DelegationApiErrors(MessageSource messages) {
        this.messages = messages;
    }

    @ExceptionHandler(BusinessRuleException.class)
    ProblemDetail refused(BusinessRuleException e, Locale locale) {
        String detail;
        try {
            detail = messages.getMessage(e.messageKey(), e.args(), e.messageKey(), locale);
        } catch (IllegalArgumentException unformattable) {
            detail = e.messageKey();
        }
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_CONTENT, detail);
        problem.setTitle("Business rule violated");
        problem.setProperty("messageKey", e.messageKey());
        String key = e.messageKey();
        problem.setProperty("reason", key.substring(key.lastIndexOf('.') + 1).toUpperCase(Locale.ROOT));
        problem.setProperty("args", e.args());
        return problem;
    }
}
