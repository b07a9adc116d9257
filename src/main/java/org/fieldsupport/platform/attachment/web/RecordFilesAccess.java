package org.fieldsupport.platform.attachment.web;

import java.util.List;
import org.fieldsupport.platform.api.NotFoundException;
import org.fieldsupport.platform.attachment.AttachableRecords;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/** Finds the module's {@link AttachableRecords} of a record type and asks it (404 when unknown or not readable). */
@Component
class RecordFilesAccess {

    private final List<AttachableRecords> records;

    RecordFilesAccess(List<AttachableRecords> records) {
        this.records = records;
    }

    AttachableRecords read(String recordType, String recordId) {
        AttachableRecords r = records.stream().filter(x -> x.recordType().equals(recordType)).findFirst()
                .orElseThrow(() -> new NotFoundException("record", recordType + "/" + recordId));
        if (!r.mayRead(recordId)) {
            throw new NotFoundException("record", recordType + "/" + recordId);
        }
        return r;
    }

    AttachableRecords write(String recordType, String recordId) {
        AttachableRecords r = read(recordType, recordId);
        if (!r.mayWrite(recordId)) {
            throw new AccessDeniedException("may not add to " + recordType + "/" + recordId);
        }
        return r;
    }
}
