package org.fieldsupport.platform.workflow;

import java.util.Optional;

/**
 * Where a record's state and version live, when the default ({@link Workflow.Builder#storedIn}: one table
 * with a state and a version column) does not fit. {@link #compareAndSet} must move the record only when it is
 * still in {@code from} at {@code expectedVersion} (and increment the version), in the caller's transaction.
 */
public interface StateStore<S extends Enum<S>> {

    /** @return false when the record moved meanwhile (state or version differ): nothing was written */
    boolean compareAndSet(Object id, S from, S to, long expectedVersion);

    /** The record's state and version now (for the 409 answer); empty when it no longer exists. */
    Optional<Current<S>> current(Object id);

    record Current<S>(S state, long version) { }
}
