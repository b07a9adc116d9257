package org.fieldsupport.platform.attachment;

/**
 * A module's bean that opens the kit's generic attachment and comment endpoints
 * ({@code /api/v1/records/{recordType}/{recordId}/attachments|comments} and the screen panel
 * {@code /records/{recordType}/{recordId}/files}) for one of its record types. The kit asks it who may read
 * and write (the current user; false = 404, so a record outside one's scope is not even confirmed to exist).
 */
public interface AttachableRecords {

    String recordType();

    boolean mayRead(String recordId);

    boolean mayWrite(String recordId);

    default AttachmentPolicy policy() {
        return AttachmentPolicy.documents(10L * 1024 * 1024);
    }
}
