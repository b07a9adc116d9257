package org.fieldsupport.platform.security.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.fieldsupport.platform.api.ProblemType;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.csrf.CsrfException;

/** 403 problem details for /api/** (missing permission, or a missing CSRF token on a cookie session). */
public class ApiAccessDeniedHandler implements AccessDeniedHandler {

    private final ProblemResponses problems;

    public ApiAccessDeniedHandler(ProblemResponses problems) {
        this.problems = problems;
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException e)
            throws IOException {
        problems.write(request, response, ProblemType.FORBIDDEN,
                e instanceof CsrfException ? "security.problem.csrf" : "security.problem.forbidden");
    }
}
