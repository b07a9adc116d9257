package org.fieldsupport.platform.attachment;

import java.util.List;
import java.util.Optional;

/**
 * Attachments and comments on any record ({@code recordType} + {@code recordId}, as the module names them). The
 * module checks who may read or write its record first; the kit checks the file (not empty, within the size limit,
 * its type decided from the bytes with Apache Tika and among the policy's types, the declared type, when given,
 * the same), keeps the SHA-256, audits every upload, comment and download. A refused file is a 400 naming
 * {@code file}; nothing is written.
 * <pre>{@code
 * Attachment a = attachments.attach("claims.inspection", String.valueOf(id), file.getOriginalFilename(),
 *         file.getContentType(), file.getBytes(), AttachmentPolicy.documents(maxBytes));
 * }</pre>
 */
public interface Attachments {

    Attachment attach(String recordType, String recordId, String fileName, String declaredType, byte[] content,
                      AttachmentPolicy policy);

    List<Attachment> list(String recordType, String recordId);

    Optional<Attachment> find(String recordType, String recordId, long attachmentId);

    /** The file and its content; the download is recorded (who, when) and audited. 404 when not of this record. */
    Download download(String recordType, String recordId, long attachmentId);

    /** Deletes the record's attachments (a discarded draft); audited. */
    int deleteAll(String recordType, String recordId);

    /** Adds a comment by the current user (400 naming {@code text} when blank or longer than 4000). */
    Comment comment(String recordType, String recordId, String text);

    List<Comment> comments(String recordType, String recordId);

    record Download(Attachment attachment, byte[] content) { }
}
