package org.fieldsupport.ict.continuity.internal;

import static org.fieldsupport.ict.operations.IctInfraPermissions.BCDR_MANAGE;
import static org.fieldsupport.ict.operations.IctInfraPermissions.BCDR_READ;

import org.fieldsupport.ict.shared.internal.IctAccess;
import org.fieldsupport.platform.attachment.AttachableRecords;
import org.fieldsupport.platform.attachment.AttachmentPolicy;
import org.springframework.stereotype.Component;

/** Opens the kit's attachment and comment endpoints for BC/DR plans: readers of the mission read, managers write. */
@Component
class BcdrPlanFiles implements AttachableRecords {

    private final Continuity continuity;
    private final IctAccess access;

    BcdrPlanFiles(Continuity continuity, IctAccess access) {
        this.continuity = continuity;
        this.access = access;
    }

    @Override
    public String recordType() { return Continuity.RECORD_TYPE; }

    @Override
    public boolean mayRead(String recordId) {
        return mission(recordId).map(m -> access.may(BCDR_READ, m)).orElse(false);
    }

    @Override
    public boolean mayWrite(String recordId) {
        return mission(recordId).map(m -> access.may(BCDR_MANAGE, m)).orElse(false);
    }

    @Override
    public AttachmentPolicy policy() { return Continuity.RUNBOOK_POLICY; }

    private java.util.Optional<String> mission(String recordId) {
        try {
            return continuity.missionOf(Long.parseLong(recordId));
        } catch (NumberFormatException e) {
            return java.util.Optional.empty();
        }
    }
}
