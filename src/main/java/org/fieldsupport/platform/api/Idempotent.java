package org.fieldsupport.platform.api;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a controller method (under {@code /api}) whose retry could duplicate money or records. When the
 * request carries an {@code Idempotency-Key} header, the first call executes and its answer (status,
 * body, Location) is kept 24 hours; the same key with the same body from the same user replays that
 * answer with {@code Idempotent-Replayed: true}; the same key with another body is refused with 422;
 * a duplicate arriving while the first is still running gets 409. Without the header the call just
 * executes.
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
@Documented
public @interface Idempotent {

    String HEADER = "Idempotency-Key";
    String REPLAYED_HEADER = "Idempotent-Replayed";
}
