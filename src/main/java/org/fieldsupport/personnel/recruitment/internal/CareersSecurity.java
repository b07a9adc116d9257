package org.fieldsupport.personnel.recruitment.internal;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

/**
 * The public careers pages need no staff account: a filter chain ahead of the platform's two, matching ONLY the
 * public paths (openings, registration, confirmation, field-career pages, senior leadership calls) and letting anyone
 * through. Everything an
 * applicant does signed in (applying, their own applications) stays under the platform's chains. The public JSON
 * calls carry no cookie credentials, so they need no CSRF token; the HTML forms keep it.
 */
@Configuration(proxyBeanMethods = false)
class CareersSecurity {

    static final String[] PUBLIC_PAGES = {"/careers", "/careers/openings", "/careers/openings/*", "/careers/register",
            "/careers/confirm", "/careers/field", "/careers/field/*", "/careers/leadership", "/careers/leadership/*"};
    static final String[] PUBLIC_API = {"/api/v1/careers/openings", "/api/v1/careers/openings/*",
            "/api/v1/careers/register", "/api/v1/careers/confirm", "/api/v1/careers/field-pages",
            "/api/v1/careers/field-pages/*", "/api/v1/careers/leadership-calls", "/api/v1/careers/leadership-calls/*"};
    static final String CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
            + "font-src 'self'; connect-src 'self'; frame-ancestors 'none'; form-action 'self'; base-uri 'self'; "
            + "object-src 'none'";

    @Bean
    @Order(0)
    SecurityFilterChain careersPublicSecurity(HttpSecurity http) throws Exception {
        String[] all = new String[PUBLIC_PAGES.length + PUBLIC_API.length];
        System.arraycopy(PUBLIC_PAGES, 0, all, 0, PUBLIC_PAGES.length);
        System.arraycopy(PUBLIC_API, 0, all, PUBLIC_PAGES.length, PUBLIC_API.length);
        http.securityMatcher(all)
                .authorizeHttpRequests(auth -> auth.anyRequest().permitAll())
                .csrf(csrf -> csrf.ignoringRequestMatchers(PUBLIC_API))
                .requestCache(cache -> cache.disable())
                .headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(CSP))
                        .contentTypeOptions(Customizer.withDefaults())
                        .referrerPolicy(r -> r.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN))
                        .frameOptions(f -> f.deny())
                        .httpStrictTransportSecurity(h -> h.includeSubDomains(true).maxAgeInSeconds(31_536_000)));
        return http.build();
    }
}
