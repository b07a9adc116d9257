package org.fieldsupport.platform.api.web;

import jakarta.servlet.http.HttpServletRequest;
import org.fieldsupport.platform.api.Problems;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponse;

/** Spring MVC's own errors (405, 406, 415, missing parameter, ...) in the platform's problem form. */
final class StandardErrors {

    private StandardErrors() { }

    static ProblemDetail problem(ErrorResponse ex, HttpServletRequest request, Problems problems,
                                 MessageSource messages) {
        HttpStatusCode status = ex.getStatusCode();
        ProblemDetail body = ex.updateAndGetBody(messages, problems.locale());
        String title = problems.message("problem.status." + status.value());
        if (title.startsWith("problem.status.")) {
            title = body.getTitle();
        }
        ProblemDetail problem = problems.create(status, body.getType(), title, body.getDetail(), request);
        if (body.getProperties() != null) {
            body.getProperties().forEach(problem::setProperty);
        }
        return problem;
    }
}
