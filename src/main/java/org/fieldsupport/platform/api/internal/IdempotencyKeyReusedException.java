package org.fieldsupport.platform.api.internal;

/** The Idempotency-Key was already used by this user for another request (other body or path): 422. */
public class IdempotencyKeyReusedException extends RuntimeException {
    public IdempotencyKeyReusedException(String key) {
        super("Idempotency-Key " + key + " was used for another request");
    }
}
