package org.fieldsupport.lsd;

import java.util.List;
import java.util.Optional;
import org.fieldsupport.platform.attachment.AttachableRecords;

/**
 * The attachment kit's access to one record type of a mission (the division's records all belong to a mission):
 * readers of {@code readPermission} in the record's mission read its files, holders of any of
 * {@code writePermissions} there add to them; an unknown record or a bad id is read by nobody (404).
 */
public abstract class MissionRecordFiles implements AttachableRecords {

    private final String recordType;
    private final MissionAccess access;
    private final String readPermission;
    private final List<String> writePermissions;

    protected MissionRecordFiles(String recordType, MissionAccess access, String readPermission,
                                 String... writePermissions) {
        this.recordType = recordType;
        this.access = access;
        this.readPermission = readPermission;
        this.writePermissions = List.of(writePermissions);
    }

    /** The record's mission, when the record exists. */
    protected abstract Optional<String> missionOf(long id);

    @Override
    public String recordType() { return recordType; }

    @Override
    public boolean mayRead(String recordId) {
        return mission(recordId).map(m -> access.may(readPermission, m)).orElse(false);
    }

    @Override
    public boolean mayWrite(String recordId) {
        return mission(recordId).map(m -> writePermissions.stream().anyMatch(p -> access.may(p, m))).orElse(false);
    }

    private Optional<String> mission(String recordId) {
        try {
            return missionOf(Long.parseLong(recordId));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
