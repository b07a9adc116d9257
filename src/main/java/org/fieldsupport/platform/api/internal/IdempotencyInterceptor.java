package org.fieldsupport.platform.api.internal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;
import org.fieldsupport.platform.api.Idempotent;
import org.fieldsupport.platform.security.CurrentUser;
import org.springframework.stereotype.Component;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.util.WebUtils;

/**
 * Decides, for a handler method annotated {@link Idempotent} called with an Idempotency-Key: replay the
 * stored answer (same user, key, method, path and body hash), refuse (same key, another request → 422;
 * the first still running → 409), or claim the key and let the call execute.
 */
@Component
class IdempotencyInterceptor implements HandlerInterceptor {

    static final int MAX_KEY_LENGTH = 255;

    private final IdempotencyStore store;

    IdempotencyInterceptor(IdempotencyStore store) {
        this.store = store;
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler)
            throws Exception {
        // Every write under /api honours the key (the filter wraps only writes that carry one); @Idempotent documents
        // the endpoints where a duplicate would cost most. Since session 5 (issue 20): the balancer retries a keyed
        // write on the other node when the first died under it, which is safe only if every keyed write is checked.
        if (!(handler instanceof HandlerMethod)) {
            return true;
        }
        String key = request.getHeader(Idempotent.HEADER);
        CachedBodyRequest cached = WebUtils.getNativeRequest(request, CachedBodyRequest.class);
        if (key == null || key.isBlank() || cached == null) {
            return true;
        }
        if (key.length() > MAX_KEY_LENGTH) {
            throw org.fieldsupport.platform.api.InvalidInputException.of(Idempotent.HEADER, "Size",
                    "problem.field.idempotency-key.size", MAX_KEY_LENGTH);
        }
        String user = CurrentUser.usernameOrSystem();
        String path = request.getRequestURI();
        String hash = sha256(cached.body());
        Optional<IdempotencyStore.Entry> existing = store.find(user, key);
        if (existing.isEmpty()) {
            Optional<Long> claim = store.claim(user, key, request.getMethod(), path, hash);
            if (claim.isPresent()) {
                request.setAttribute(IdempotencyFilter.CLAIM_ATTRIBUTE, claim.get());
                return true;
            }
            existing = store.find(user, key);
            if (existing.isEmpty()) { // claimed and released between our two looks: let the client retry
                throw new IdempotencyKeyInProgressException(key);
            }
        }
        IdempotencyStore.Entry entry = existing.get();
        if (!entry.requestHash().equals(hash) || !entry.method().equals(request.getMethod())
                || !entry.path().equals(path)) {
            throw new IdempotencyKeyReusedException(key);
        }
        if (!entry.completed()) {
            throw new IdempotencyKeyInProgressException(key);
        }
        replay(entry, response);
        return false;
    }

    private static void replay(IdempotencyStore.Entry entry, HttpServletResponse response) throws Exception {
        response.setStatus(entry.status());
        response.setHeader(Idempotent.REPLAYED_HEADER, "true");
        if (entry.contentType() != null) {
            response.setContentType(entry.contentType());
        }
        if (entry.location() != null) {
            response.setHeader("Location", entry.location());
        }
        if (entry.body() != null) {
            response.getOutputStream().write(entry.body().getBytes(StandardCharsets.UTF_8));
        }
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
