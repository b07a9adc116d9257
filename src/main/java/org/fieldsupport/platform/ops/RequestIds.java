package org.fieldsupport.platform.ops;

import java.util.Optional;
import java.util.regex.Pattern;
import org.slf4j.MDC;

/**
 * The request id that ties a response, its log lines and its audit records together. Every response
 * carries it in {@value #HEADER}; every log line written while the request runs carries it under the
 * MDC key {@value #MDC_KEY}. A well-formed incoming id (1–64 characters of {@code [A-Za-z0-9_-]}) is
 * kept, so a caller or a proxy can correlate across systems; anything else is replaced.
 */
public final class RequestIds {

    public static final String HEADER = "X-Request-Id";
    public static final String MDC_KEY = "requestId";
    /** Request attribute holding the id (survives into error dispatches). */
    public static final String ATTRIBUTE = RequestIds.class.getName() + ".id";

    private static final Pattern WELL_FORMED = Pattern.compile("[A-Za-z0-9_-]{1,64}");

    private RequestIds() { }

    /** The id of the request the current thread works for, if any. */
    public static Optional<String> current() {
        return Optional.ofNullable(MDC.get(MDC_KEY));
    }

    public static boolean isWellFormed(String candidate) {
        return candidate != null && WELL_FORMED.matcher(candidate).matches();
    }
}
