package org.fieldsupport.platform.ops.internal;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.fieldsupport.platform.api.ProblemType;
import org.fieldsupport.platform.api.Problems;
import org.fieldsupport.platform.api.internal.DatabaseUnavailable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Answers 503 with {@code Retry-After} (problem type {@code unavailable}) when a request failed because the database
 * could not be used just then — the pool's wait ran out under load, or the database is restarting — wherever the
 * failure came from: a screen, the session store (Spring Session reads the session before any controller), a
 * security filter. Such a request wrote nothing (it never had a connection). The API's controllers get the same answer
 * from their exception handler; this filter catches what escapes Spring MVC. Runs outside the session and security
 * filters, just after the start-up gate.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 2)
class DatabaseUnavailableFilter extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(DatabaseUnavailableFilter.class);

    private final Problems problems;

    DatabaseUnavailableFilter(Problems problems) {
        this.problems = problems;
    }

    @Override
    protected boolean shouldNotFilterErrorDispatch() {
        return true;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        try {
            chain.doFilter(request, response);
        } catch (ServletException | IOException | RuntimeException failure) {
            if (!DatabaseUnavailable.isCause(failure) || response.isCommitted()) {
                throw failure;
            }
            log.warn("Request {} {}: database unavailable ({})", request.getMethod(), request.getRequestURI(),
                    failure.getMessage());
            response.reset();
            ServiceUnavailableAnswer.write(problems, ProblemType.UNAVAILABLE, DatabaseUnavailable.RETRY_AFTER_SECONDS,
                    request, response);
        }
    }
}
