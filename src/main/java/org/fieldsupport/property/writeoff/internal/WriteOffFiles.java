package org.fieldsupport.property.writeoff.internal;

import java.util.Optional;
import org.fieldsupport.lsd.MissionAccess;
import org.fieldsupport.property.internal.PropertyPermissions;
import org.fieldsupport.platform.attachment.AttachableRecords;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Documents of a write-off case (the survey board's report, photos of the damage, the disposal certificate) through
 * the platform's attachment kit ({@code /api/v1/records/property.write-off/{id}/attachments}): readers of the mission's
 * property read; its property officers and board members add.
 */
@Component
class WriteOffFiles implements AttachableRecords {

    private final JdbcClient jdbc;
    private final MissionAccess access;

    WriteOffFiles(JdbcClient jdbc, MissionAccess access) {
        this.jdbc = jdbc;
        this.access = access;
    }

    @Override
    public String recordType() { return WriteOffCases.ENTITY; }

    @Override
    public boolean mayRead(String recordId) {
        return mission(recordId).map(m -> access.may(PropertyPermissions.READ, m)).orElse(false);
    }

    @Override
    public boolean mayWrite(String recordId) {
        return mission(recordId).map(m -> access.may(PropertyPermissions.MANAGE, m)
                || access.may(PropertyPermissions.BOARD, m)).orElse(false);
    }

    private Optional<String> mission(String recordId) {
        try {
            return jdbc.sql("SELECT mission_code FROM prop_writeoff WHERE id = ?").param(Long.parseLong(recordId))
                    .query(String.class).optional();
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
