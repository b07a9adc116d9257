package org.fieldsupport.claims.deathdisability.internal;

import java.util.Optional;
import org.fieldsupport.claims.deathdisability.domain.DndClaim;
import org.fieldsupport.claims.shared.internal.ClaimsAccess;
import org.fieldsupport.claims.shared.internal.ClaimsPermissions;
import org.fieldsupport.platform.attachment.AttachableRecords;
import org.fieldsupport.platform.security.Scope;
import org.springframework.stereotype.Component;

/**
 * Attachments and comments on death-and-disability claims through the platform kit: readers of the claim (its
 * Member State's portal users, claims staff of its mission) see them; staff who manage the claim add to them.
 */
@Component
class DndClaimFiles implements AttachableRecords {

    private final DndClaimStore store;
    private final ClaimsAccess access;

    DndClaimFiles(DndClaimStore store, ClaimsAccess access) {
        this.store = store;
        this.access = access;
    }

    @Override
    public String recordType() {
        return DndClaimService.ENTITY;
    }

    @Override
    public boolean mayRead(String recordId) {
        return claim(recordId).map(c -> {
            try {
                access.requireDndRead(c.missionCode(), c.memberState());
                return true;
            } catch (org.springframework.security.access.AccessDeniedException e) {
                return false;
            }
        }).orElse(false);
    }

    @Override
    public boolean mayWrite(String recordId) {
        return claim(recordId).map(c -> access.may(ClaimsPermissions.DND_MANAGE, Scope.mission(c.missionCode())))
                .orElse(false);
    }

    private Optional<DndClaim> claim(String recordId) {
        try {
            return store.find(Long.parseLong(recordId));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
