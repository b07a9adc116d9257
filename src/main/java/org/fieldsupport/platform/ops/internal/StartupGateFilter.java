package org.fieldsupport.platform.ops.internal;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import org.fieldsupport.platform.api.ProblemType;
import org.fieldsupport.platform.api.Problems;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.availability.ApplicationAvailability;
import org.springframework.boot.availability.ReadinessState;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Holds requests until the application is ready: the web server accepts connections before the start-up runners
 * (administrator bootstrap, demo data, search index) have finished, and a login or a page in those seconds would
 * otherwise fail or show empty lists.
 *
 * <p>A request arriving then waits up to {@code fsp.startup.hold} (default none; 10 s with profile {@code cluster})
 * and goes on as soon as the application is ready. Behind a balancer that is what keeps a restarting node from
 * refusing the writes it is sent between opening its port and being ready (issue 20: nginx does not retry a refused
 * POST elsewhere). Past the hold, or with none, it answers 503 (problem type {@code starting}): screens get a short
 * page that reloads itself, the API the problem detail. Health and other actuator endpoints are never held back (a
 * readiness probe must see the state).
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 1)
class StartupGateFilter extends OncePerRequestFilter {

    static final int RETRY_AFTER_SECONDS = 3;
    private static final long POLL_MILLIS = 25;

    private final ApplicationAvailability availability;
    private final Problems problems;
    private final Duration hold;

    @Autowired
    StartupGateFilter(ApplicationAvailability availability, Problems problems,
            @Value("${fsp.startup.hold:0s}") Duration hold) {
        this.availability = availability;
        this.problems = problems;
        this.hold = hold;
    }

    StartupGateFilter(ApplicationAvailability availability, Problems problems) {
        this(availability, problems, Duration.ZERO);
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return request.getRequestURI().startsWith(request.getContextPath() + "/actuator");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (ready() || awaitReady()) {
            chain.doFilter(request, response);
            return;
        }
        ServiceUnavailableAnswer.write(problems, ProblemType.STARTING, RETRY_AFTER_SECONDS, request, response);
    }

    private boolean ready() {
        return availability.getReadinessState() == ReadinessState.ACCEPTING_TRAFFIC;
    }

    /** Polls the readiness state until ready or the hold runs out; a few hundred waiting requests cost nothing. */
    private boolean awaitReady() {
        long deadline = System.nanoTime() + hold.toNanos();
        while (System.nanoTime() < deadline) {
            try {
                Thread.sleep(POLL_MILLIS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
            if (ready()) {
                return true;
            }
        }
        return false;
    }
}
