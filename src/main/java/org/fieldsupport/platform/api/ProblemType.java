package org.fieldsupport.platform.api;

import java.net.URI;

/**
 * The problem types the API answers with (RFC 9457). Each has a stable {@code type} URI under
 * {@value #BASE} and a title and detail in the message bundles: {@code problem.<slug>.title} and
 * {@code problem.<slug>.detail}.
 */
public enum ProblemType {

    VALIDATION("validation", 400),
    MALFORMED_REQUEST("malformed-request", 400),
    INVALID_ADDRESS("invalid-address", 400),
    TYPE_MISMATCH("type-mismatch", 400),
    UNAUTHORIZED("unauthorized", 401),
    FORBIDDEN("forbidden", 403),
    NOT_FOUND("not-found", 404),
    CONFLICT("conflict", 409),
    DUPLICATE("duplicate", 409),
    IDEMPOTENCY_IN_PROGRESS("idempotency-in-progress", 409),
    STALE_VERSION("stale-version", 412),
    PAYLOAD_TOO_LARGE("payload-too-large", 413),
    BUSINESS_RULE("business-rule", 422),
    IDEMPOTENCY_KEY_REUSED("idempotency-key-reused", 422),
    VERSION_REQUIRED("version-required", 428),
    INTERNAL_ERROR("internal-error", 500),
    STARTING("starting", 503),
    /** The database cannot be reached or every pooled connection stayed busy past the pool's wait: try again shortly. */
    UNAVAILABLE("unavailable", 503);

    public static final String BASE = "https://fieldsupport.org/problems/";

    private final String slug;
    private final int status;

    ProblemType(String slug, int status) {
        this.slug = slug;
        this.status = status;
    }

    public String slug() { return slug; }

    public int status() { return status; }

    public URI uri() { return URI.create(BASE + slug); }

    public String titleKey() { return "problem." + slug + ".title"; }

    public String detailKey() { return "problem." + slug + ".detail"; }
}
