package org.fieldsupport.platform.api.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.fieldsupport.platform.api.ProblemType;
import org.fieldsupport.platform.api.Problems;
import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponse;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.NoHandlerFoundException;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * Requests that reach no controller method (unknown path, wrong HTTP method, unsupported media type, an upload
 * over the multipart limits refused before any controller runs):
 * under /api a problem detail like every other API error; elsewhere the servlet container's error page
 * (Boot's /error, which the web shell styles), exactly as without this handler. Errors inside REST
 * controllers are {@link ApiExceptionHandler}'s.
 */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE + 20)
class ApiRoutingErrors {

    private final Problems problems;
    private final MessageSource messages;

    ApiRoutingErrors(Problems problems, MessageSource messages) {
        this.problems = problems;
        this.messages = messages;
    }

    @ExceptionHandler({NoResourceFoundException.class, NoHandlerFoundException.class,
            HttpRequestMethodNotSupportedException.class, HttpMediaTypeNotSupportedException.class,
            HttpMediaTypeNotAcceptableException.class, MaxUploadSizeExceededException.class})
    ModelAndView noRoute(Exception ex, HttpServletRequest request, HttpServletResponse response) throws IOException {
        ErrorResponse error = (ErrorResponse) ex;
        error.getHeaders().forEach((name, values) -> values.forEach(value -> response.addHeader(name, value)));
        if (!ApiPaths.isApi(request)) {
            response.sendError(error.getStatusCode().value());
            return new ModelAndView();
        }
        ProblemDetail problem = error.getStatusCode().value() == 404
                ? problems.create(ProblemType.NOT_FOUND, request, problems.message("problem.not-found.resource"),
                        request.getRequestURI())
                : StandardErrors.problem(error, request, problems, messages);
        problems.write(problem, response);
        return new ModelAndView();
    }

    /**
     * A post to an upload screen that is not multipart (or whose multipart body is unreadable) is the client's
     * mistake: 400 (the error page, or a problem under /api), not a 500. Found by EndpointAccessMatrixTests.
     */
    @ExceptionHandler(org.springframework.web.multipart.MultipartException.class)
    ModelAndView notMultipart(Exception ex, HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        if (ex instanceof MaxUploadSizeExceededException tooLarge) {
            return noRoute(tooLarge, request, response);
        }
        if (!ApiPaths.isApi(request)) {
            response.sendError(HttpServletResponse.SC_BAD_REQUEST);
            return new ModelAndView();
        }
        problems.write(problems.create(ProblemType.MALFORMED_REQUEST, request), response);
        return new ModelAndView();
    }
}
