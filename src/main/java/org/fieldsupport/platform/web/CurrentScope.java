package org.fieldsupport.platform.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import org.fieldsupport.platform.security.Scope;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * The mission/unit scope the user chose in the shell (the department when none was chosen, or
 * outside a web request). Controllers inject this bean and pass {@link #get()} to their queries and
 * to {@code AccessPolicy.may(...)}. The choice lives in the HTTP session.
 */
@Component
public class CurrentScope {

    static final String SESSION_ATTRIBUTE = CurrentScope.class.getName() + ".scope";

    /** The session attribute holding the choice (the shell sets it to the user's own scope at the first page). */
    public static final String SESSION_ATTRIBUTE_NAME = SESSION_ATTRIBUTE;

    /** The chosen scope, or the department. */
    public Scope get() {
        HttpServletRequest request = currentRequest();
        if (request == null) {
            return Scope.department();
        }
        return of(request);
    }

    /** The chosen scope of {@code request}'s session, or the department. */
    public static Scope of(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        Object stored = session == null ? null : session.getAttribute(SESSION_ATTRIBUTE);
        if (stored instanceof String text) {
            try {
                return Scope.parse(text);
            } catch (IllegalArgumentException ignored) {
                // a value from an older version: fall back to the department
            }
        }
        return Scope.department();
    }

    /** Remembers {@code scope} in the request's session (the shell's scope form calls this). */
    public static void remember(HttpServletRequest request, Scope scope) {
        request.getSession(true).setAttribute(SESSION_ATTRIBUTE, scope.toString());
    }

    private static HttpServletRequest currentRequest() {
        return RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes
                ? attributes.getRequest() : null;
    }
}
