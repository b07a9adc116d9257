package org.fieldsupport.platform.security.internal;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.web.filter.OncePerRequestFilter;

/** {@code Authorization: Bearer <personal access token>} on /api/**; a bad token is answered 401 at once. */
public class PersonalAccessTokenFilter extends OncePerRequestFilter {

    private final TokenService tokens;
    private final AccessDecisions access;
    private final AuthenticationEntryPoint entryPoint;
    private final SecurityContextHolderStrategy contexts = SecurityContextHolder.getContextHolderStrategy();

    public PersonalAccessTokenFilter(TokenService tokens, AccessDecisions access,
                                     AuthenticationEntryPoint entryPoint) {
        this.tokens = tokens;
        this.access = access;
        this.entryPoint = entryPoint;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String header = request.getHeader("Authorization");
        if (header == null || !header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            chain.doFilter(request, response);
            return;
        }
        Optional<TokenService.TokenOwner> owner = tokens.authenticate(header.substring(7).trim());
        if (owner.isEmpty() || !access.mayLogIn(owner.get().user().username())) {
            contexts.clearContext();
            entryPoint.commence(request, response, new BadCredentialsException("invalid, expired or revoked token"));
            return;
        }
        String username = owner.get().user().username();
        var authentication = UsernamePasswordAuthenticationToken.authenticated(username, null,
                access.authorities(username));
        SecurityContext context = contexts.createEmptyContext();
        context.setAuthentication(authentication);
        contexts.setContext(context);
        chain.doFilter(request, response);
    }
}
