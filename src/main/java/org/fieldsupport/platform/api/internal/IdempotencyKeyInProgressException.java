package org.fieldsupport.platform.api.internal;

/** A request with the same Idempotency-Key is still being processed: 409, retry later. */
public class IdempotencyKeyInProgressException extends RuntimeException {
    public IdempotencyKeyInProgressException(String key) {
        super("A request with Idempotency-Key " + key + " is still being processed");
    }
}
