package org.fieldsupport.platform.ops.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.util.Locale;
import org.fieldsupport.platform.api.Problems;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import tools.jackson.databind.json.JsonMapper;

/** A request that found no usable database connection answers 503 with Retry-After, whatever threw; others pass. */
class DatabaseUnavailableFilterTests {

    private final DatabaseUnavailableFilter filter = new DatabaseUnavailableFilter(
            new Problems(messages(), JsonMapper.builder().build()));

    private static ResourceBundleMessageSource messages() {
        ResourceBundleMessageSource source = new ResourceBundleMessageSource();
        source.setBasenames("i18n/platform");
        source.setDefaultEncoding("UTF-8");
        source.setFallbackToSystemLocale(false);
        return source;
    }

    private MockHttpServletResponse run(String uri, Locale locale, FilterChain chain) throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", uri);
        request.addPreferredLocale(locale);
        MockHttpServletResponse response = new MockHttpServletResponse();
        filter.doFilter(request, response, chain);
        return response;
    }

    private static FilterChain throwing(Exception failure) {
        return (request, response) -> {
            if (failure instanceof ServletException servlet) {
                throw servlet;
            }
            throw (RuntimeException) failure;
        };
    }

    @Test
    void a_screen_whose_pool_wait_ran_out_gets_a_page_in_its_language_that_retries() throws Exception {
        Exception poolTimeout = new ServletException("Request processing failed",
                new CannotGetJdbcConnectionException("Failed to obtain JDBC Connection",
                        new SQLTransientConnectionException("HikariPool-1 - Connection is not available")));

        MockHttpServletResponse page = run("/organization/units/DFS", Locale.FRENCH, throwing(poolTimeout));

        assertThat(page.getStatus()).isEqualTo(503);
        assertThat(page.getHeader("Retry-After")).isEqualTo("2");
        assertThat(page.getContentAsString()).contains("Occupé, réessayez", "Rien n’a été enregistré",
                "http-equiv=\"refresh\"").doesNotContain("Hikari");
    }

    @Test
    void the_api_gets_the_problem_when_the_database_is_restarting() throws Exception {
        RuntimeException restarting = new org.springframework.dao.DataAccessResourceFailureException("session",
                new SQLException("the database system is starting up", "57P03"));

        MockHttpServletResponse api = run("/api/v1/organization/units", Locale.ENGLISH, throwing(restarting));

        assertThat(api.getStatus()).isEqualTo(503);
        assertThat(api.getContentType()).startsWith("application/problem+json");
        assertThat(api.getContentAsString()).contains("https://fieldsupport.org/problems/unavailable",
                "\"title\":\"Busy, try again\"");
    }

    @Test
    void any_other_failure_is_left_to_the_error_handling() {
        RuntimeException bug = new IllegalStateException("a bug");
        assertThatThrownBy(() -> run("/organization/units", Locale.ENGLISH, throwing(bug))).isSameAs(bug);
        RuntimeException constraint = new org.springframework.dao.DataAccessResourceFailureException("x",
                new SQLException("value too long", "22001"));
        assertThatThrownBy(() -> run("/organization/units", Locale.ENGLISH, throwing(constraint)))
                .isSameAs(constraint);
    }
}
