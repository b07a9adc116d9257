package org.fieldsupport.organization.delegation.domain;

import java.util.function.Function;

/**
 * The answer of a delegation rule: {@link Allowed} with its value, or {@link Refused} with the reason.
 * Expected "no"s are values, never exceptions.
 */
public sealed interface Decision<T> {

    record Allowed<T>(T value) implements Decision<T> { }

    record Refused<T>(Refusal refusal) implements Decision<T> { }

    static <T> Decision<T> allowed(T value) { return new Allowed<>(value); }

    static <T> Decision<T> refused(RefusalReason reason, Object... args) {
        return new Refused<>(Refusal.of(reason, args));
    }

    static <T> Decision<T> refused(Refusal refusal) { return new Refused<>(refusal); }

    default boolean isAllowed() { return this instanceof Allowed; }

    default <U> Decision<U> map(Function<T, U> f) {
        if (this instanceof Allowed<T> a) {
            return new Allowed<>(f.apply(a.value()));
        }
        return new Refused<>(((Refused<T>) this).refusal());
    }

    /** The refusal, or null when allowed (handy in tests and views). */
    default Refusal refusalOrNull() {
        return this instanceof Refused<T> r ? r.refusal() : null;
    }
}
