package org.fieldsupport.platform.api;

import java.time.OffsetDateTime;

/**
 * The record changed since the client read it: answered {@code 412 Precondition Failed} on the API (with the current
 * {@code ETag}, who changed it and when), and by the form fragment {@code platform/fragments/ui :: staleEdit} on
 * screens. {@code modifiedBy}/{@code modifiedAt} may be null when the record does not keep them.
 */
public class StaleVersionException extends RuntimeException {

    private final long currentVersion;
    private final String modifiedBy;
    private final OffsetDateTime modifiedAt;

    public StaleVersionException(long currentVersion, String modifiedBy, OffsetDateTime modifiedAt) {
        super("stale version: current is " + currentVersion);
        this.currentVersion = currentVersion;
        this.modifiedBy = modifiedBy;
        this.modifiedAt = modifiedAt;
    }

    public long currentVersion() { return currentVersion; }

    public String modifiedBy() { return modifiedBy; }

    public OffsetDateTime modifiedAt() { return modifiedAt; }
}
