package org.fieldsupport.frontoffice.correspondence.internal;

import org.fieldsupport.platform.attachment.AttachableRecords;
import org.fieldsupport.platform.attachment.AttachmentPolicy;
import org.springframework.stereotype.Component;

/**
 * Opens the platform kit's attachment and comment endpoints for correspondence items under the register's own
 * classification rule: who may not see the item gets 404 (a strictly confidential item stays with its addressees);
 * the registry adds files.
 */
@Component
class CorrespondenceFiles implements AttachableRecords {

    private final CorrespondenceRegister register;

    CorrespondenceFiles(CorrespondenceRegister register) {
        this.register = register;
    }

    @Override
    public String recordType() { return CorrespondenceRegister.ENTITY; }

    @Override
    public boolean mayRead(String recordId) {
        Long id = id(recordId);
        return id != null && register.visible(id);
    }

    @Override
    public boolean mayWrite(String recordId) {
        Long id = id(recordId);
        return id != null && register.mayAttach(id);
    }

    @Override
    public AttachmentPolicy policy() { return CorrespondenceRegister.FILE_POLICY; }

    private static Long id(String recordId) {
        try {
            return Long.parseLong(recordId);
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
