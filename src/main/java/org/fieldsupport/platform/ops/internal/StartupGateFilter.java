package org.fieldsupport.platform.ops.internal;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.fieldsupport.platform.api.ProblemType;
import org.fieldsupport.platform.api.Problems;
import org.springframework.boot.availability.ApplicationAvailability;
import org.springframework.boot.availability.ReadinessState;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.HtmlUtils;

/**
 * Answers 503 (problem type {@code starting}) until the application is ready: the web server accepts connections
 * before the start-up runners (administrator bootstrap, demo data) have finished, and a login or a page in those
 * seconds would otherwise fail or show empty lists. Screens get a short page that reloads itself, the API the
 * problem detail. Health and other actuator endpoints are never held back (a readiness probe must see the state).
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 1)
class StartupGateFilter extends OncePerRequestFilter {

    static final int RETRY_AFTER_SECONDS = 3;

    private final ApplicationAvailability availability;
    private final Problems problems;

    StartupGateFilter(ApplicationAvailability availability, Problems problems) {
        this.availability = availability;
        this.problems = problems;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return request.getRequestURI().startsWith(request.getContextPath() + "/actuator");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (availability.getReadinessState() == ReadinessState.ACCEPTING_TRAFFIC) {
            chain.doFilter(request, response);
            return;
        }
        // before Spring's request-context filter: the problem's language is the request's
        LocaleContextHolder.setLocale(request.getLocale());
        try {
            ProblemDetail problem = problems.create(ProblemType.STARTING, request);
            response.setHeader(HttpHeaders.RETRY_AFTER, String.valueOf(RETRY_AFTER_SECONDS));
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
                    + "<meta http-equiv=\"refresh\" content=\"" + RETRY_AFTER_SECONDS + "\"><title>" + title
                    + "</title></head><body><h1>" + title + "</h1><p>"
                    + HtmlUtils.htmlEscape(problem.getDetail(), "UTF-8") + "</p></body></html>");
        } finally {
            LocaleContextHolder.resetLocaleContext();
        }
    }
}
