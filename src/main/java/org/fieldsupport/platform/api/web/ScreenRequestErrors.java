package org.fieldsupport.platform.api.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.stereotype.Component;
import org.springframework.web.ErrorResponse;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerExceptionResolver;
import org.springframework.web.servlet.ModelAndView;

/**
 * A browser that asks a screen for something malformed ({@code /claims/contingents/abc}: a letter where the record
 * number goes, a missing or unreadable parameter) gets the shell's error page in its language, not a JSON problem.
 * {@code spring.mvc.problemdetails.enabled} makes Spring's own exception handler answer every controller's
 * standard 4xx errors with {@code application/problem+json}, screens included; this resolver runs before it (and
 * after Boot's {@code DefaultErrorAttributes}, which only records the exception) and, for a handler method that
 * renders a view (not {@code @ResponseBody}) outside {@code /api}, sends the status to the container's error page
 * (Boot's {@code /error}, the {@code error} template). API requests and REST controllers are left to
 * {@link ApiExceptionHandler}, unchanged. Issue 12 item 6.
 */
@Component
class ScreenRequestErrors implements HandlerExceptionResolver, Ordered {

    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE + 1;
    }

    @Override
    public ModelAndView resolveException(HttpServletRequest request, HttpServletResponse response, Object handler,
                                         Exception ex) {
        if (!(handler instanceof HandlerMethod method) || ApiPaths.isApi(request) || rendersBody(method)
                || response.isCommitted()) {
            return null;
        }
        int status;
        if (ex instanceof ErrorResponse error) {
            status = error.getStatusCode().value();
            error.getHeaders().forEach((name, values) -> values.forEach(value -> response.addHeader(name, value)));
        } else if (ex instanceof org.springframework.beans.TypeMismatchException
                || ex instanceof org.springframework.http.converter.HttpMessageNotReadableException) {
            status = 400;   // not ErrorResponse, yet answered as problem details by Spring's handler: "abc" for an id
        } else {
            return null;
        }
        if (status < 400 || status >= 500) {
            return null;
        }
        try {
            response.sendError(status);
        } catch (IOException e) {
            return null;
        }
        return new ModelAndView();
    }

    private static boolean rendersBody(HandlerMethod method) {
        return AnnotatedElementUtils.hasAnnotation(method.getBeanType(), ResponseBody.class)
                || method.hasMethodAnnotation(ResponseBody.class)
                || org.springframework.http.HttpEntity.class.isAssignableFrom(method.getMethod().getReturnType());
    }
}
