package org.fieldsupport.platform.ops.internal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.fieldsupport.platform.api.ProblemType;
import org.fieldsupport.platform.api.Problems;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.web.util.HtmlUtils;

/**
 * The 503 answer of a filter, outside Spring MVC, in the request's language: the problem detail for the API and JSON
 * clients, a short page that reloads itself for browsers; {@code Retry-After} on both.
 */
final class ServiceUnavailableAnswer {

    private ServiceUnavailableAnswer() {
    }

    static void write(Problems problems, ProblemType type, int retryAfterSeconds, HttpServletRequest request,
            HttpServletResponse response) throws IOException {
        // before Spring's request-context filter: the problem's language is the request's
        LocaleContextHolder.setLocale(request.getLocale());
        try {
            ProblemDetail problem = problems.create(type, request);
            response.setHeader(HttpHeaders.RETRY_AFTER, String.valueOf(retryAfterSeconds));
            String accept = request.getHeader(HttpHeaders.ACCEPT);
            if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")
                    || (accept != null && accept.contains("json"))) {
                problems.write(problem, response);
                return;
            }
            response.setStatus(problem.getStatus());
            response.setContentType(MediaType.TEXT_HTML_VALUE);
            response.setCharacterEncoding(StandardCharsets.UTF_8.name());
            String title = HtmlUtils.htmlEscape(problem.getTitle(), "UTF-8");
            response.getWriter().write("<!DOCTYPE html><html lang=\""
                    + HtmlUtils.htmlEscape(problems.locale().getLanguage(), "UTF-8") + "\"><head><meta charset=\"utf-8\">"
                    + "<meta http-equiv=\"refresh\" content=\"" + retryAfterSeconds + "\"><title>" + title
                    + "</title></head><body><h1>" + title + "</h1><p>"
                    + HtmlUtils.htmlEscape(problem.getDetail(), "UTF-8") + "</p></body></html>");
        } finally {
            LocaleContextHolder.resetLocaleContext();
        }
    }
}
