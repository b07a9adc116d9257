package org.fieldsupport.platform.api.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.fieldsupport.platform.api.ProblemType;
import org.fieldsupport.platform.api.Problems;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.NoHandlerFoundException;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * Unknown paths: under /api a 404 problem detail; elsewhere the servlet container's error page
 * (Boot's /error, which the web shell styles), exactly as without this handler.
 */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE + 20)
class ApiNotFoundHandler {

    private final Problems problems;

    ApiNotFoundHandler(Problems problems) {
        this.problems = problems;
    }

    @ExceptionHandler({NoResourceFoundException.class, NoHandlerFoundException.class})
    ModelAndView unknownPath(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (ApiPaths.isApi(request)) {
            problems.write(problems.create(ProblemType.NOT_FOUND, request,
                    problems.message("problem.not-found.resource"), request.getRequestURI()), response);
        } else {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
        }
        return new ModelAndView();
    }
}
