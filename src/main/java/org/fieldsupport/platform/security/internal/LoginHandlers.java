package org.fieldsupport.platform.security.internal;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;

/** Where a form login leads: the password change page when required; a precise message on failure. */
final class LoginHandlers {

    private LoginHandlers() { }

    static final class Success extends SavedRequestAwareAuthenticationSuccessHandler {
        private final UserAccounts users;

        Success(UserAccounts users) {
            this.users = users;
        }

        @Override
        public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response,
                                            Authentication authentication) throws ServletException, IOException {
            boolean mustChange = users.findByUsername(authentication.getName())
                    .map(UserAccount::passwordChangeRequired).orElse(false);
            if (mustChange) {
                request.getSession().setAttribute(PasswordChangeRequiredFilter.SESSION_FLAG, Boolean.TRUE);
                getRedirectStrategy().sendRedirect(request, response, PasswordChangeRequiredFilter.CHANGE_PAGE);
                return;
            }
            super.onAuthenticationSuccess(request, response, authentication);
        }
    }

    static final class Failure implements AuthenticationFailureHandler {
        @Override
        public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
                                            AuthenticationException e) throws IOException {
            String reason = e instanceof LockedException ? "locked" : e instanceof DisabledException ? "disabled" : "error";
            response.sendRedirect(request.getContextPath() + "/login?" + reason);
        }
    }
}
