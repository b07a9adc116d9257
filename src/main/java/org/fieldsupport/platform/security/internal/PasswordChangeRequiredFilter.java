package org.fieldsupport.platform.security.internal;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.util.List;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * After a login with a one-time password (bootstrap or admin reset), every screen leads to the
 * password change page until the password is changed.
 */
public class PasswordChangeRequiredFilter extends OncePerRequestFilter {

    public static final String SESSION_FLAG = "fsp.passwordChangeRequired";
    public static final String CHANGE_PAGE = "/account/password";
    private static final List<String> ALLOWED = List.of(CHANGE_PAGE, "/logout", "/login", "/error", "/css/",
            "/js/", "/webjars/", "/favicon.ico", "/access-denied");

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        HttpSession session = request.getSession(false);
        if (session != null && Boolean.TRUE.equals(session.getAttribute(SESSION_FLAG))) {
            String path = request.getRequestURI().substring(request.getContextPath().length());
            if (ALLOWED.stream().noneMatch(path::startsWith)) {
                response.sendRedirect(request.getContextPath() + CHANGE_PAGE);
                return;
            }
        }
        chain.doFilter(request, response);
    }
}
