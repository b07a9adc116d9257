package org.fieldsupport.platform.attachment.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.apache.tika.Tika;
import org.fieldsupport.platform.api.FieldErrors;
import org.fieldsupport.platform.api.NotFoundException;
import org.fieldsupport.platform.attachment.Attachment;
import org.fieldsupport.platform.attachment.AttachmentPolicy;
import org.fieldsupport.platform.attachment.Attachments;
import org.fieldsupport.platform.attachment.Comment;
import org.fieldsupport.platform.audit.DataChanged;
import org.fieldsupport.platform.security.CurrentUser;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Attachments (table {@code attachment}, content in the database), downloads log, comments. */
@Service
class JdbcAttachments implements Attachments {

    static final int COMMENT_MAX = 4000;
    private static final Tika TIKA = new Tika();

    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;

    JdbcAttachments(JdbcClient jdbc, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.events = events;
    }

    /** The type of the bytes (magic numbers), e.g. {@code application/pdf}; never from the file name. */
    static String detect(byte[] content) {
        return TIKA.detect(content);
    }

    @Override
    @Transactional
    public Attachment attach(String recordType, String recordId, String fileName, String declaredType, byte[] content,
                             AttachmentPolicy policy) {
        String declared = declaredType == null ? "" : declaredType.split(";")[0].trim().toLowerCase(Locale.ROOT);
        if (declared.equals("application/octet-stream")) {
            declared = "";
        }
        String prefix = policy.messagePrefix();
        FieldErrors errors = new FieldErrors();
        String type = null;
        if (content == null || content.length == 0) {
            errors.add("file", "NotEmpty", prefix + ".empty");
        } else if (content.length > policy.maxBytes()) {
            errors.add("file", "MaxSize", prefix + ".tooLarge", megabytes(policy.maxBytes()));
        } else if (!declared.isEmpty() && !policy.types().contains(declared)) {
            errors.add("file", "ContentType", prefix + ".type", declared);
        } else {
            type = detect(content);
            if (!declared.isEmpty() && !declared.equals(type)) {
                errors.add("file", "ContentMismatch", prefix + ".mismatch", declared);
            } else if (!policy.types().contains(type)) {
                errors.add("file", "ContentType", prefix + ".type", type);
            }
        }
        errors.throwIfAny();
        String name = safeFileName(fileName, type);
        String sha = sha256(content);
        String user = CurrentUser.usernameOrSystem();
        Instant at = Instant.now();
        var keys = new GeneratedKeyHolder();
        jdbc.sql("""
                        INSERT INTO attachment (record_type, record_id, file_name, content_type, size_bytes, sha256,
                            content, uploaded_by, uploaded_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(recordType, recordId, name, type, content.length, sha, content, user, Timestamp.from(at))
                .update(keys, "id");
        long id = keys.getKeyAs(Number.class).longValue();
        Attachment saved = find(recordType, recordId, id).orElseThrow();
        events.publishEvent(DataChanged.created("platform.attachment", id, audit(saved)));
        return saved;
    }

    @Override
    @Transactional(readOnly = true)
    public List<Attachment> list(String recordType, String recordId) {
        return jdbc.sql("""
                        SELECT id, record_type, record_id, file_name, content_type, size_bytes, sha256, uploaded_by,
                               uploaded_at FROM attachment WHERE record_type = ? AND record_id = ? ORDER BY id""")
                .params(recordType, recordId).query(JdbcAttachments::row).list();
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<Attachment> find(String recordType, String recordId, long attachmentId) {
        return jdbc.sql("""
                        SELECT id, record_type, record_id, file_name, content_type, size_bytes, sha256, uploaded_by,
                               uploaded_at FROM attachment WHERE id = ? AND record_type = ? AND record_id = ?""")
                .params(attachmentId, recordType, recordId).query(JdbcAttachments::row).optional();
    }

    @Override
    @Transactional
    public Download download(String recordType, String recordId, long attachmentId) {
        Attachment a = find(recordType, recordId, attachmentId)
                .orElseThrow(() -> new NotFoundException("attachment", attachmentId));
        byte[] content = jdbc.sql("SELECT content FROM attachment WHERE id = ?").param(attachmentId)
                .query((rs, n) -> rs.getBytes(1)).single();
        String user = CurrentUser.usernameOrSystem();
        var keys = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO attachment_download (attachment_id, downloaded_by, downloaded_at) VALUES (?, ?, ?)")
                .params(attachmentId, user, Timestamp.from(Instant.now())).update(keys, "id");
        Map<String, Object> audit = audit(a);
        audit.put("attachmentId", attachmentId);
        events.publishEvent(DataChanged.created("platform.attachment-download",
                keys.getKeyAs(Number.class).longValue(), audit));
        return new Download(a, content);
    }

    @Override
    @Transactional
    public int deleteAll(String recordType, String recordId) {
        List<Attachment> all = list(recordType, recordId);
        for (Attachment a : all) {
            jdbc.sql("DELETE FROM attachment_download WHERE attachment_id = ?").param(a.id()).update();
            jdbc.sql("DELETE FROM attachment WHERE id = ?").param(a.id()).update();
            events.publishEvent(DataChanged.deleted("platform.attachment", a.id(), audit(a)));
        }
        return all.size();
    }

    @Override
    @Transactional
    public Comment comment(String recordType, String recordId, String text) {
        String t = text == null ? "" : text.strip();
        FieldErrors errors = new FieldErrors();
        if (t.isEmpty()) {
            errors.add("text", "Required", "platform.comment.input.required");
        } else if (t.length() > COMMENT_MAX) {
            errors.add("text", "Size", "platform.comment.input.size", COMMENT_MAX);
        }
        errors.throwIfAny();
        String user = CurrentUser.usernameOrSystem();
        var keys = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO record_comment (record_type, record_id, author, created_at, body) VALUES (?, ?, ?, ?, ?)")
                .params(recordType, recordId, user, Timestamp.from(Instant.now()), t).update(keys, "id");
        long id = keys.getKeyAs(Number.class).longValue();
        Comment c = jdbc.sql("SELECT id, record_type, record_id, author, created_at, body FROM record_comment WHERE id = ?")
                .param(id).query(JdbcAttachments::comment).single();
        events.publishEvent(DataChanged.created("platform.comment", id, Map.of("recordType", recordType,
                "recordId", recordId, "text", t)));
        return c;
    }

    @Override
    @Transactional(readOnly = true)
    public List<Comment> comments(String recordType, String recordId) {
        return jdbc.sql("""
                        SELECT id, record_type, record_id, author, created_at, body FROM record_comment
                        WHERE record_type = ? AND record_id = ? ORDER BY id""")
                .params(recordType, recordId).query(JdbcAttachments::comment).list();
    }

    private static Attachment row(ResultSet rs, int n) throws SQLException {
        return new Attachment(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                rs.getLong(6), rs.getString(7), rs.getString(8), rs.getTimestamp(9).toInstant());
    }

    private static Comment comment(ResultSet rs, int n) throws SQLException {
        return new Comment(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                rs.getTimestamp(5).toInstant(), rs.getString(6));
    }

    private static Map<String, Object> audit(Attachment a) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("recordType", a.recordType());
        m.put("recordId", a.recordId());
        m.put("fileName", a.fileName());
        m.put("contentType", a.contentType());
        m.put("size", a.size());
        m.put("sha256", a.sha256());
        return m;
    }

    static String megabytes(long bytes) {
        return BigDecimal.valueOf(bytes).divide(BigDecimal.valueOf(1024L * 1024L), 1, RoundingMode.HALF_UP)
                .stripTrailingZeros().toPlainString();
    }

    /** The last path segment, control characters and quotes replaced, at most 200 characters. */
    static String safeFileName(String fileName, String type) {
        String name = fileName == null ? "" : fileName.replace('\\', '/');
        name = name.substring(name.lastIndexOf('/') + 1).replaceAll("[\\p{Cntrl}\"]", "_").strip();
        if (name.isEmpty()) {
            name = "attachment" + switch (type == null ? "" : type) {
                case "application/pdf" -> ".pdf";
                case "image/png" -> ".png";
                case "image/jpeg" -> ".jpg";
                default -> "";
            };
        }
        return name.length() > 200 ? name.substring(name.length() - 200) : name;
    }

    static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

}
