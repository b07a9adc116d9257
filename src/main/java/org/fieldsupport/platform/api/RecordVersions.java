package org.fieldsupport.platform.api;

import java.util.OptionalLong;
import java.util.function.Supplier;
import org.springframework.http.ResponseEntity;

/**
 * Concurrent edits, once for every module (issue 10 item 2): a record's version is its {@code ETag}; a write names
 * the version it was based on ({@link IfMatch} on the API, a hidden {@code version} field on forms) and is refused
 * with {@link StaleVersionException} (412 / the stale-edit panel) when the record moved meanwhile.
 * <p>{@link #write} locks the row ({@code SELECT … FOR UPDATE}) in a transaction, compares, runs the module's own
 * write in the same transaction, and advances the version when the write did not (so a module whose service does not
 * keep versions still gets them). Two writers based on the same version: the second waits for the first's lock, then
 * sees the new version and is refused; no update is lost.
 */
public interface RecordVersions {

    /** The {@code ETag} of a version: {@code "<version>"} (quoted, strong). */
    static String etag(long version) {
        return "\"" + version + "\"";
    }

    /** The current version; empty when no row matches (not created yet). */
    OptionalLong current(VersionedRow row);

    /**
     * Runs {@code write} when {@code expected} is the row's current version (a missing row counts as version 0);
     * {@code expected == null} ({@code If-Match: *}, or a form without version) writes unconditionally.
     * @throws StaleVersionException when the row moved meanwhile
     */
    <T> T write(Long expected, VersionedRow row, Supplier<T> write);

    /** {@code 200} with {@code body} and the row's current {@code ETag} (after a write, the new one). */
    default <T> ResponseEntity<T> ok(T body, VersionedRow row) {
        OptionalLong v = current(row);
        return v.isPresent() ? ResponseEntity.ok().eTag(etag(v.getAsLong())).body(body) : ResponseEntity.ok(body);
    }
}
