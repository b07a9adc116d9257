package org.fieldsupport.property.writeoff.internal;

import java.util.Optional;
import org.fieldsupport.lsd.MissionAccess;
import org.fieldsupport.lsd.MissionRecordFiles;
import org.fieldsupport.property.internal.PropertyPermissions;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Documents of a write-off case (the survey board's report, photos of the damage, the disposal certificate) through
 * the platform's attachment kit ({@code /api/v1/records/property.write-off/{id}/attachments}): readers of the mission's
 * property read; its property officers and board members add.
 */
@Component
class WriteOffFiles extends MissionRecordFiles {

    private final JdbcClient jdbc;

    WriteOffFiles(JdbcClient jdbc, MissionAccess access) {
        super(WriteOffCases.ENTITY, access, PropertyPermissions.READ, PropertyPermissions.MANAGE,
                PropertyPermissions.BOARD);
        this.jdbc = jdbc;
    }

    @Override
    protected Optional<String> missionOf(long id) {
        return jdbc.sql("SELECT mission_code FROM prop_writeoff WHERE id = ?").param(id).query(String.class).optional();
    }
}
