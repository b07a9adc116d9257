package org.fieldsupport.platform.security.internal;

import jakarta.servlet.DispatcherType;
import org.fieldsupport.platform.security.PlatformPermissions;
import org.fieldsupport.platform.security.Scope;
import org.fieldsupport.platform.security.StaffOnlyPaths;
import org.fieldsupport.platform.security.web.ApiAccessDeniedHandler;
import org.fieldsupport.platform.security.web.ApiAuthenticationEntryPoint;
import org.fieldsupport.platform.security.web.ProblemResponses;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.HeadersConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.Authentication;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandlerImpl;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;
import org.springframework.security.web.authentication.logout.SimpleUrlLogoutSuccessHandler;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

/**
 * Two filter chains: {@code /api/**} (HTTP Basic or personal access token, problem JSON for 401/403,
 * CSRF only for cookie sessions) and everything else (form login, optional OIDC, HTML pages).
 */
@Configuration(proxyBeanMethods = false)
public class SecurityConfiguration {

    public static final String CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
            + "font-src 'self'; connect-src 'self'; frame-ancestors 'none'; form-action 'self'; base-uri 'self'; "
            + "object-src 'none'";

    public static final String OIDC_ENABLED = "fsp.security.oidc.enabled";

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    /** The one password authentication provider (also the global one, so Boot adds no default user). */
    @Bean
    ThrottlingAuthenticationProvider passwordAuthenticationProvider(UserAccounts users, AccessDecisions access,
                                                                    PasswordEncoder encoder, LoginThrottle throttle,
                                                                    Environment environment) {
        DaoAuthenticationProvider dao = new DaoAuthenticationProvider(new AccountUserDetailsService(users, access));
        dao.setPasswordEncoder(encoder);
        java.time.Duration ttl = environment.getProperty("fsp.security.basic-cache.ttl", java.time.Duration.class,
                java.time.Duration.ofSeconds(60));
        int max = environment.getProperty("fsp.security.basic-cache.max-entries", Integer.class, 10_000);
        return new ThrottlingAuthenticationProvider(dao, throttle,
                new VerifiedCredentialCache(ttl, max, java.time.Clock.systemUTC()), access);
    }

    @Bean
    @Order(1)
    SecurityFilterChain apiSecurity(HttpSecurity http, ProblemResponses problems, TokenService tokens,
                                    AccessDecisions access, ObjectProvider<StaffOnlyPaths> staffOnly) throws Exception {
        ApiAuthenticationEntryPoint entryPoint = new ApiAuthenticationEntryPoint(problems);
        String[] internal = staffOnly(staffOnly, true);
        String[] open = openInStaffOnly(staffOnly, true);
        http.securityMatcher("/api/**")
                .authorizeHttpRequests(auth -> {
                    if (open.length > 0) auth.requestMatchers(open).authenticated();
                    if (internal.length > 0) auth.requestMatchers(internal).access(staff(access));
                    auth.anyRequest().authenticated();
                })
                .httpBasic(basic -> basic.authenticationEntryPoint(entryPoint))
                .addFilterBefore(new PersonalAccessTokenFilter(tokens, access, entryPoint), BasicAuthenticationFilter.class)
                // Basic/Bearer callers send credentials a foreign site cannot forge; cookie sessions still need the token
                .csrf(csrf -> csrf.ignoringRequestMatchers(request -> request.getHeader("Authorization") != null))
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.NEVER))
                .requestCache(cache -> cache.disable())
                .exceptionHandling(e -> e.authenticationEntryPoint(entryPoint)
                        .accessDeniedHandler(new ApiAccessDeniedHandler(problems)))
                .headers(SecurityConfiguration::headers);
        if (!basicEnabled(http)) http.httpBasic(basic -> basic.disable());
        return http.build();
    }

    /** {@code fsp.security.http-basic.enabled=false}: API callers use tokens only (docs/api-conventions.md). */
    private static boolean basicEnabled(HttpSecurity http) {
        Environment env = http.getSharedObject(org.springframework.context.ApplicationContext.class).getEnvironment();
        return env.getProperty("fsp.security.http-basic.enabled", Boolean.class, true);
    }

    @Bean
    @Order(2)
    SecurityFilterChain webSecurity(HttpSecurity http, Environment environment, UserAccounts users,
                                    AccessDecisions access, OidcAccountLinker linker,
                                    ObjectProvider<StaffOnlyPaths> staffOnly) throws Exception {
        AccessDeniedHandlerImpl denied = new AccessDeniedHandlerImpl();
        denied.setErrorPage("/access-denied");
        String[] internal = staffOnly(staffOnly, false);
        String[] open = openInStaffOnly(staffOnly, false);
        http.authorizeHttpRequests(auth -> {
                    auth.dispatcherTypeMatchers(DispatcherType.FORWARD, DispatcherType.ERROR).permitAll()
                        .requestMatchers("/login", "/css/**", "/js/**", "/webjars/**", "/favicon.ico", "/error",
                                "/access-denied", "/actuator/health", "/actuator/health/**", "/actuator/info").permitAll()
                        .requestMatchers("/v3/api-docs", "/v3/api-docs/**", "/swagger-ui.html", "/swagger-ui/**")
                        .authenticated()
                        .requestMatchers("/actuator/**").access(permission(access, PlatformPermissions.ACTUATOR_READ));
                    if (open.length > 0) auth.requestMatchers(open).authenticated();
                    if (internal.length > 0) auth.requestMatchers(internal).access(staff(access));
                    auth.anyRequest().authenticated();
                })
                .formLogin(form -> form.loginPage("/login")
                        .successHandler(new LoginHandlers.Success(users))
                        .failureHandler(new LoginHandlers.Failure())
                        .permitAll())
                .httpBasic(Customizer.withDefaults())
                .logout(logout -> logout.logoutUrl("/logout").logoutSuccessHandler(logoutSuccess()))
                .sessionManagement(s -> s.sessionFixation(fixation -> fixation.migrateSession()))
                .exceptionHandling(e -> e.accessDeniedHandler(denied))
                .headers(SecurityConfiguration::headers)
                .addFilterAfter(new PasswordChangeRequiredFilter(), AuthorizationFilter.class);
        if (!environment.getProperty("fsp.security.http-basic.enabled", Boolean.class, true)) {
            http.httpBasic(basic -> basic.disable());
        }
        if (environment.getProperty(OIDC_ENABLED, Boolean.class, false)) {
            http.oauth2Login(oidc -> oidc.loginPage("/login")
                    .userInfoEndpoint(info -> info.oidcUserService(new LocalOidcUserService(linker, access)))
                    .failureUrl("/login?error"));
        }
        return http.build();
    }

    /** Always back to the login page (without this, HTTP Basic makes non-HTML clients get 204). */
    static SimpleUrlLogoutSuccessHandler logoutSuccess() {
        SimpleUrlLogoutSuccessHandler handler = new SimpleUrlLogoutSuccessHandler();
        handler.setDefaultTargetUrl("/login?logout");
        return handler;
    }

    static void headers(HeadersConfigurer<HttpSecurity> headers) {
        headers.contentSecurityPolicy(csp -> csp.policyDirectives(CSP))
                .contentTypeOptions(Customizer.withDefaults())
                .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN))
                .frameOptions(frame -> frame.deny())
                // written only on HTTPS requests (Spring Security's default matcher)
                .httpStrictTransportSecurity(hsts -> hsts.includeSubDomains(true).maxAgeInSeconds(31_536_000));
    }

    /** The modules' staff-only patterns for one chain: those under {@code /api/} for the API chain, the rest for screens. */
    static String[] staffOnly(ObjectProvider<StaffOnlyPaths> contributors, boolean api) {
        return contributors.orderedStream().flatMap(c -> c.staffOnlyPaths().stream())
                .filter(p -> p.startsWith("/api/") == api).distinct().toArray(String[]::new);
    }

    /** The exceptions inside staff-only families ({@link StaffOnlyPaths#openToAnySignedInUser()}), matched first. */
    static String[] openInStaffOnly(ObjectProvider<StaffOnlyPaths> contributors, boolean api) {
        return contributors.orderedStream().flatMap(c -> c.openToAnySignedInUser().stream())
                .filter(p -> p.startsWith("/api/") == api).distinct().toArray(String[]::new);
    }

    /**
     * A URL rule for {@link StaffOnlyPaths}: signed in and staff (a role held today outside a Member State scope).
     * Anonymous callers are not refused here but sent to sign in (401 / the login page), like every other address.
     */
    static AuthorizationManager<RequestAuthorizationContext> staff(AccessDecisions access) {
        return (authentication, context) -> {
            Authentication a = authentication.get();
            boolean signedIn = a != null && a.isAuthenticated() && !(a instanceof AnonymousAuthenticationToken);
            return new AuthorizationDecision(signedIn && access.isStaff(a.getName()));
        };
    }

    /** A URL rule by permission at department scope, decided by the AccessPolicy. */
    static AuthorizationManager<RequestAuthorizationContext> permission(AccessDecisions access, String permission) {
        return (authentication, context) -> {
            Authentication a = authentication.get();
            boolean signedIn = a != null && a.isAuthenticated() && !(a instanceof AnonymousAuthenticationToken);
            return new AuthorizationDecision(signedIn && access.may(a.getName(), permission, Scope.department()));
        };
    }
}
