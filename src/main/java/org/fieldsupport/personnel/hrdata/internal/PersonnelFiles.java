package org.fieldsupport.personnel.hrdata.internal;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.fieldsupport.personnel.shared.PersonnelAccess;
import org.fieldsupport.personnel.shared.PersonnelPermissions;
import org.fieldsupport.personnel.staff.domain.StaffMember;
import org.fieldsupport.personnel.staff.internal.StaffService;
import org.fieldsupport.platform.api.FieldErrors;
import org.fieldsupport.platform.api.NotFoundException;
import org.fieldsupport.platform.audit.DataChanged;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Electronic personnel files (6.6.e): documents per staff member, open only to HR of the staff member's mission
 * ({@code personnel.files.manage}); every read of a document is logged (who, when) and audited.
 */
@Service
public class PersonnelFiles {

    static final long MAX_BYTES = 10L * 1024 * 1024;

    private final JdbcClient jdbc;
    private final PersonnelAccess access;
    private final StaffService staff;
    private final ApplicationEventPublisher events;

    PersonnelFiles(JdbcClient jdbc, PersonnelAccess access, StaffService staff, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.access = access;
        this.staff = staff;
        this.events = events;
    }

    public record Document(long id, String title, String fileName, String contentType, long sizeBytes,
                           String uploadedBy, Instant uploadedAt, long reads) { }

    public record Read(String documentTitle, String readBy, Instant readAt) { }

    public record Content(String fileName, String contentType, byte[] bytes) { }

    private StaffMember staffInScope(long staffId) {
        StaffMember s = staff.get(staffId);
        access.require(PersonnelPermissions.FILES_MANAGE, s.missionCode());
        return s;
    }

    public List<Document> documents(long staffId) {
        staffInScope(staffId);
        return jdbc.sql("""
                SELECT d.id, d.title, d.file_name, d.content_type, d.size_bytes, d.uploaded_by, d.uploaded_at,
                       (SELECT COUNT(*) FROM pers_file_read r WHERE r.document_id = d.id)
                  FROM pers_file_document d WHERE d.staff_id = ? ORDER BY d.uploaded_at DESC, d.id DESC""").param(staffId)
                .query((rs, n) -> new Document(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getLong(5), rs.getString(6), rs.getObject(7, OffsetDateTime.class).toInstant(), rs.getLong(8)))
                .list();
    }

    public List<Read> reads(long staffId) {
        staffInScope(staffId);
        return jdbc.sql("""
                SELECT d.title, r.read_by, r.read_at FROM pers_file_read r JOIN pers_file_document d ON d.id = r.document_id
                 WHERE d.staff_id = ? ORDER BY r.read_at DESC, r.id DESC LIMIT 200""").param(staffId)
                .query((rs, n) -> new Read(rs.getString(1), rs.getString(2), rs.getObject(3, OffsetDateTime.class).toInstant()))
                .list();
    }

    /** The type of a document by its first bytes: PDF, PNG or JPEG; null otherwise. */
    static String sniff(byte[] b) {
        if (b.length >= 5 && b[0] == '%' && b[1] == 'P' && b[2] == 'D' && b[3] == 'F' && b[4] == '-') {
            return "application/pdf";
        }
        if (b.length >= 8 && (b[0] & 0xFF) == 0x89 && b[1] == 'P' && b[2] == 'N' && b[3] == 'G') {
            return "image/png";
        }
        if (b.length >= 3 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xD8 && (b[2] & 0xFF) == 0xFF) {
            return "image/jpeg";
        }
        return null;
    }

    @Transactional
    public Document upload(long staffId, String title, String fileName, byte[] content) {
        StaffMember s = staffInScope(staffId);
        FieldErrors errors = new FieldErrors();
        if (title == null || title.isBlank()) {
            errors.add("title", "Required", "personnel.input.required");
        }
        String type = content == null ? null : sniff(content);
        if (content == null || content.length == 0) {
            errors.add("file", "Required", "personnel.input.required");
        } else if (content.length > MAX_BYTES) {
            errors.add("file", "TooLarge", "personnel.file.input.tooLarge", MAX_BYTES / (1024 * 1024));
        } else if (type == null) {
            errors.add("file", "ContentType", "personnel.file.input.type");
        }
        errors.throwIfAny();
        String user = access.user();
        org.springframework.jdbc.support.GeneratedKeyHolder keys = new org.springframework.jdbc.support.GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO pers_file_document (staff_id, title, file_name, content_type, size_bytes, content, uploaded_by,
                    uploaded_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(staffId, title.strip(), fileName == null ? "document" : fileName, type, content.length, content,
                        user, OffsetDateTime.now()).update(keys, "id");
        long id = keys.getKey().longValue();
        events.publishEvent(DataChanged.created("personnel.file-document", id, Map.of("staff", s.indexNumber(),
                "title", title.strip(), "contentType", type, "sizeBytes", content.length)));
        return documents(staffId).stream().filter(d -> d.id() == id).findFirst().orElseThrow();
    }

    /** Reads a document: HR of the mission only; the read is logged and audited. */
    @Transactional
    public Content read(long staffId, long documentId) {
        StaffMember s = staffInScope(staffId);
        Content c = jdbc.sql("SELECT file_name, content_type, content FROM pers_file_document WHERE id = ? AND staff_id = ?")
                .params(documentId, staffId)
                .query((rs, n) -> new Content(rs.getString(1), rs.getString(2), rs.getBytes(3))).optional()
                .orElseThrow(() -> new NotFoundException("PersonnelFileDocument", documentId));
        String user = access.user();
        jdbc.sql("INSERT INTO pers_file_read (document_id, read_by, read_at) VALUES (?, ?, ?)")
                .params(documentId, user, OffsetDateTime.now()).update();
        events.publishEvent(DataChanged.created("personnel.file-read", documentId + ":" + user,
                Map.of("staff", s.indexNumber(), "document", documentId)));
        return c;
    }
}
