package org.fieldsupport.platform.api.internal;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.fieldsupport.platform.api.Idempotent;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * For API writes carrying an Idempotency-Key: keeps the request body (to hash it) and the response (to
 * store it). Whether the call is idempotent at all is decided by {@link IdempotencyInterceptor}, which
 * sees the handler method; after the call this filter stores the answer of a claimed key, or frees the
 * key when the call failed. Runs after Spring Security, so the user is known.
 */
@Component
@Order(Ordered.LOWEST_PRECEDENCE - 100)
class IdempotencyFilter extends OncePerRequestFilter {

    static final String CLAIM_ATTRIBUTE = IdempotencyFilter.class.getName() + ".claim";
    static final int MAX_BODY_BYTES = 10 * 1024 * 1024;

    private final IdempotencyStore store;

    IdempotencyFilter(IdempotencyStore store) {
        this.store = store;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        String method = request.getMethod();
        return request.getHeader(Idempotent.HEADER) == null || !path.startsWith("/api/")
                || method.equals("GET") || method.equals("HEAD") || method.equals("OPTIONS");
    }

    /** Only a textual answer (JSON, problem, text, none) is kept to be replayed; a file is produced again. */
    static boolean textual(String contentType) {
        if (contentType == null) {
            return true;
        }
        String type = contentType.toLowerCase(java.util.Locale.ROOT);
        return type.startsWith("text/") || type.contains("json") || type.contains("xml");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        CachedBodyRequest cachedRequest = new CachedBodyRequest(request, MAX_BODY_BYTES);
        ContentCachingResponseWrapper cachedResponse = new ContentCachingResponseWrapper(response);
        boolean succeeded = false;
        try {
            chain.doFilter(cachedRequest, cachedResponse);
            succeeded = true;
        } finally {
            if (cachedRequest.getAttribute(CLAIM_ATTRIBUTE) instanceof Long claim) {
                int status = cachedResponse.getStatus();
                if (succeeded && status < 500 && textual(cachedResponse.getContentType())) {
                    store.complete(claim, status, cachedResponse.getContentType(),
                            cachedResponse.getHeader("Location"), cachedResponse.getContentAsByteArray());
                } else {
                    store.release(claim);
                }
            }
            cachedResponse.copyBodyToResponse();
        }
    }
}
