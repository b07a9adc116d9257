package org.fieldsupport.platform.ops.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.util.Locale;
import org.fieldsupport.platform.api.Problems;
import org.junit.jupiter.api.Test;
import org.springframework.boot.availability.ApplicationAvailability;
import org.springframework.boot.availability.ReadinessState;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import tools.jackson.databind.json.JsonMapper;

/** Until the application is ready (start-up runners: administrator, demo data), pages and API answer 503. */
class StartupGateFilterTests {

    private final ApplicationAvailability availability = mock(ApplicationAvailability.class);
    private final StartupGateFilter filter = new StartupGateFilter(availability,
            new Problems(messages(), JsonMapper.builder().build()));

    private static ResourceBundleMessageSource messages() {
        ResourceBundleMessageSource source = new ResourceBundleMessageSource();
        source.setBasenames("i18n/platform");
        source.setDefaultEncoding("UTF-8");
        source.setFallbackToSystemLocale(false);
        return source;
    }

    private MockHttpServletResponse get(String uri, Locale locale, String accept) throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", uri);
        request.addPreferredLocale(locale);
        if (accept != null) {
            request.addHeader("Accept", accept);
        }
        MockHttpServletResponse response = new MockHttpServletResponse();
        MockFilterChain chain = new MockFilterChain();
        filter.doFilter(request, response, chain);
        if (chain.getRequest() != null) {
            response.setStatus(299);   // marks "passed to the application"
        }
        return response;
    }

    @Test
    void while_starting_a_page_says_so_in_the_readers_language_and_reloads() throws Exception {
        when(availability.getReadinessState()).thenReturn(ReadinessState.REFUSING_TRAFFIC);

        MockHttpServletResponse fr = get("/login", Locale.FRENCH, "text/html");
        assertThat(fr.getStatus()).isEqualTo(503);
        assertThat(fr.getHeader("Retry-After")).isEqualTo("3");
        assertThat(fr.getContentAsString()).contains("Démarrage en cours", "Le système démarre et charge ses données",
                "http-equiv=\"refresh\"", "lang=\"fr\"");
        assertThat(get("/login", Locale.ENGLISH, null).getContentAsString()).contains("The system is starting");
    }

    @Test
    void while_starting_the_api_answers_a_problem_and_actuator_is_never_held_back() throws Exception {
        when(availability.getReadinessState()).thenReturn(ReadinessState.REFUSING_TRAFFIC);

        MockHttpServletResponse api = get("/api/v1/claims/verification-reports", Locale.ENGLISH, "application/json");
        assertThat(api.getStatus()).isEqualTo(503);
        assertThat(api.getContentType()).startsWith("application/problem+json");
        assertThat(api.getContentAsString()).contains("\"status\":503", "\"title\":\"Starting\"",
                "https://fieldsupport.org/problems/starting");
        assertThat(get("/actuator/health/readiness", Locale.ENGLISH, null).getStatus()).isEqualTo(299);
    }

    @Test
    void once_ready_everything_passes() throws Exception {
        when(availability.getReadinessState()).thenReturn(ReadinessState.ACCEPTING_TRAFFIC);

        assertThat(get("/login", Locale.FRENCH, null).getStatus()).isEqualTo(299);
        assertThat(get("/api/v1/claims/verification-reports", Locale.ENGLISH, "application/json").getStatus())
                .isEqualTo(299);
    }

    @Test
    void with_a_hold_a_request_waits_for_readiness_and_goes_on_rather_than_being_refused() throws Exception {
        java.util.concurrent.atomic.AtomicReference<ReadinessState> state =
                new java.util.concurrent.atomic.AtomicReference<>(ReadinessState.REFUSING_TRAFFIC);
        when(availability.getReadinessState()).thenAnswer(call -> state.get());
        StartupGateFilter holding = new StartupGateFilter(availability,
                new Problems(messages(), JsonMapper.builder().build()), java.time.Duration.ofSeconds(5));
        Thread ready = new Thread(() -> {
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            state.set(ReadinessState.ACCEPTING_TRAFFIC);
        });
        ready.start();

        MockHttpServletRequest request = new MockHttpServletRequest("POST", "/api/v1/organization/units");
        MockHttpServletResponse response = new MockHttpServletResponse();
        MockFilterChain chain = new MockFilterChain();
        long t0 = System.nanoTime();
        holding.doFilter(request, response, chain);
        ready.join();

        assertThat(chain.getRequest()).as("passed to the application once ready").isNotNull();
        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(java.time.Duration.ofNanos(System.nanoTime() - t0)).isGreaterThanOrEqualTo(
                java.time.Duration.ofMillis(150));
    }

    @Test
    void past_the_hold_the_request_is_refused_with_a_503() throws Exception {
        when(availability.getReadinessState()).thenReturn(ReadinessState.REFUSING_TRAFFIC);
        StartupGateFilter holding = new StartupGateFilter(availability,
                new Problems(messages(), JsonMapper.builder().build()), java.time.Duration.ofMillis(100));
        MockHttpServletRequest request = new MockHttpServletRequest("POST", "/api/v1/organization/units");
        MockHttpServletResponse response = new MockHttpServletResponse();
        MockFilterChain chain = new MockFilterChain();

        holding.doFilter(request, response, chain);

        assertThat(chain.getRequest()).isNull();
        assertThat(response.getStatus()).isEqualTo(503);
        assertThat(response.getHeader("Retry-After")).isEqualTo("3");
    }
}
