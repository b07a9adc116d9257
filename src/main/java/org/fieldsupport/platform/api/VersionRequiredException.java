package org.fieldsupport.platform.api;

/** A {@code PUT}/{@code PATCH} without {@code If-Match}: answered {@code 428 Precondition Required}. */
public class VersionRequiredException extends RuntimeException {
    public VersionRequiredException() {
        super("If-Match required");
    }
}
