package org.fieldsupport.platform.ops.internal;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.springframework.boot.availability.ApplicationAvailability;
import org.springframework.boot.availability.ReadinessState;
import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.HtmlUtils;

/**
 * Answers 503 with a short "starting" page (or an RFC 9457 problem for the API) until the application is ready:
 * the web server accepts connections before the start-up runners (administrator bootstrap, demo data) have
 * finished, and a login or a page in those seconds would otherwise fail or show empty lists. Health and other
 * actuator endpoints are never held back (a readiness probe must see the state).
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 1)
class StartupGateFilter extends OncePerRequestFilter {

    static final int RETRY_AFTER_SECONDS = 3;

    private final ApplicationAvailability availability;
    private final MessageSource messages;

    StartupGateFilter(ApplicationAvailability availability, MessageSource messages) {
        this.availability = availability;
        this.messages = messages;
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
        Locale locale = request.getLocale();
        String title = messages.getMessage("startup.title", null, "Starting", locale);
        String text = messages.getMessage("startup.text", null, "The system is starting.", locale);
        response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
        response.setHeader(HttpHeaders.RETRY_AFTER, String.valueOf(RETRY_AFTER_SECONDS));
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        String accept = request.getHeader(HttpHeaders.ACCEPT);
        boolean api = request.getRequestURI().startsWith(request.getContextPath() + "/api/")
                || (accept != null && accept.contains("json"));
        if (api) {
            response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
            response.getWriter().write("{\"type\":\"about:blank\",\"title\":\"" + json(title) + "\",\"status\":503,"
                    + "\"detail\":\"" + json(text) + "\"}");
            return;
        }
        response.setContentType(MediaType.TEXT_HTML_VALUE);
        String language = HtmlUtils.htmlEscape(locale.getLanguage(), "UTF-8");
        response.getWriter().write("<!DOCTYPE html><html lang=\"" + language + "\"><head><meta charset=\"utf-8\">"
                + "<meta http-equiv=\"refresh\" content=\"" + RETRY_AFTER_SECONDS + "\"><title>"
                + HtmlUtils.htmlEscape(title, "UTF-8") + "</title></head><body><h1>" + HtmlUtils.htmlEscape(title, "UTF-8")
                + "</h1><p>" + HtmlUtils.htmlEscape(text, "UTF-8") + "</p></body></html>");
    }

    private static String json(String text) {
        return text.replace("\\", "\\\\").replace("\"", "\\\"");
    }
}
