package org.fieldsupport.platform.security.web;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;

/**
 * Lets security exceptions raised in controllers ({@code requireCurrentUser}) reach Spring Security's
 * ExceptionTranslationFilter, which answers 401/403 problem JSON on /api/** and the login page or the
 * HTML 403 page on screens, even when a catch-all {@code @ExceptionHandler(Exception.class)} exists.
 */
@ControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
public class SecurityExceptionPassThrough {

    @ExceptionHandler({AccessDeniedException.class, AuthenticationException.class})
    public void rethrow(RuntimeException e) {
        throw e;
    }
}
