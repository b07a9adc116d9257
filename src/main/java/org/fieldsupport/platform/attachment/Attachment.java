package org.fieldsupport.platform.attachment;

import java.time.Instant;

/** A stored file of a record (its content is read with {@link Attachments#download}). */
public record Attachment(long id, String recordType, String recordId, String fileName, String contentType, long size,
                         String sha256, String uploadedBy, Instant uploadedAt) {
}
