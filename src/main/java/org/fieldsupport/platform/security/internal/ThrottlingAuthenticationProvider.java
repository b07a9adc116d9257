package org.fieldsupport.platform.security.internal;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;

/**
 * Password authentication (form login and HTTP Basic) with the failed-login throttle around it, and a short cache of
 * verified credentials ({@link VerifiedCredentialCache}) so HTTP Basic does not hash the password on every request.
 */
public class ThrottlingAuthenticationProvider implements AuthenticationProvider {

    private final DaoAuthenticationProvider delegate;
    private final LoginThrottle throttle;

    private final VerifiedCredentialCache cache;
    private final AccessDecisions access;

    public ThrottlingAuthenticationProvider(DaoAuthenticationProvider delegate, LoginThrottle throttle) {
        this(delegate, throttle, null, null);
    }

    ThrottlingAuthenticationProvider(DaoAuthenticationProvider delegate, LoginThrottle throttle,
                                     VerifiedCredentialCache cache, AccessDecisions access) {
        this.delegate = delegate;
        this.throttle = throttle;
        this.cache = cache;
        this.access = access;
    }

    /** Drops the cached credentials of an account (called when its password changes or it is locked here). */
    public void evict(String username) {
        if (cache != null) cache.evict(username);
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        String username = UserAccounts.normalize(authentication.getName());
        UsernamePasswordAuthenticationToken normalized = UsernamePasswordAuthenticationToken.unauthenticated(
                username, authentication.getCredentials());
        normalized.setDetails(authentication.getDetails());
        boolean caching = cache != null && cache.enabled() && authentication.getCredentials() != null;
        String hmac = caching ? cache.keyOf(username, authentication.getCredentials()) : null;
        if (caching) {
            Authentication hit = cache.get(hmac, access.grants(username).user());
            if (hit != null) return hit;
            return cache.verifyOnce(hmac, () -> verify(normalized, username, hmac));
        }
        return verify(normalized, username, null);
    }

    private Authentication verify(UsernamePasswordAuthenticationToken normalized, String username, String hmac) {
        try {
            Authentication result = delegate.authenticate(normalized);
            throttle.succeeded(username);
            if (hmac != null) cache.put(hmac, access.grants(username).user(), result);
            return result;
        } catch (BadCredentialsException e) {
            throttle.failed(username);
            throw e;
        }
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
