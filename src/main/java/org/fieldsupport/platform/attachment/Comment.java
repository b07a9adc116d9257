package org.fieldsupport.platform.attachment;

import java.time.Instant;

/** A comment on a record: who, when, what. Comments are never edited nor removed. */
public record Comment(long id, String recordType, String recordId, String author, Instant at, String text) {
}
