package org.fieldsupport.platform.workflow;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What the user gives with a transition: named values (a {@code reason}, a {@code note}, an amount computed by
 * the module...) and, optionally, the record version the user saw (from a form's hidden field or the API's
 * {@code If-Match}): when it differs from the record's, the transition is stale (409).
 */
public final class TransitionInput {

    /** The input field whose text the kit keeps as the transition's note (history, audit, event). */
    public static final String REASON = "reason";
    public static final String NOTE = "note";

    private final Map<String, Object> values;
    private final Long expectedVersion;

    private TransitionInput(Map<String, Object> values, Long expectedVersion) {
        this.values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
        this.expectedVersion = expectedVersion;
    }

    public static TransitionInput none() {
        return new TransitionInput(Map.of(), null);
    }

    /** Values may be null (= not given). */
    public static TransitionInput of(Map<String, ?> values) {
        Map<String, Object> copy = new LinkedHashMap<>();
        values.forEach((k, v) -> { if (v != null) copy.put(k, v); });
        return new TransitionInput(copy, null);
    }

    public static TransitionInput of(String name, Object value) {
        return value == null ? none() : of(Map.of(name, value));
    }

    public TransitionInput with(String name, Object value) {
        Map<String, Object> copy = new LinkedHashMap<>(values);
        if (value != null) {
            copy.put(name, value);
        }
        return new TransitionInput(copy, expectedVersion);
    }

    /** The version the user saw; null = not known (the record's version as loaded is used). */
    public TransitionInput expectingVersion(Long version) {
        return new TransitionInput(values, version);
    }

    public Long expectedVersion() { return expectedVersion; }

    public Object value(String name) { return values.get(name); }

    /** The value as stripped text; null when absent or blank. */
    public String text(String name) {
        Object v = values.get(name);
        if (v == null) {
            return null;
        }
        String s = String.valueOf(v).strip();
        return s.isEmpty() ? null : s;
    }

    public BigDecimal decimal(String name) {
        Object v = values.get(name);
        if (v == null || v instanceof BigDecimal) {
            return (BigDecimal) v;
        }
        return new BigDecimal(String.valueOf(v).strip());
    }

    /** The note kept with the transition: the {@code reason}, else the {@code note}. */
    public String noteText() {
        String reason = text(REASON);
        return reason != null ? reason : text(NOTE);
    }

    public Map<String, Object> values() { return values; }
}
