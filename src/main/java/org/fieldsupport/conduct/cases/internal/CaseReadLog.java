package org.fieldsupport.conduct.cases.internal;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.List;
import org.fieldsupport.platform.api.PageQuery;
import org.fieldsupport.platform.api.PageResponse;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Every read of a case, and the review of those reads by the head of the conduct unit. */
@Component
public class CaseReadLog {

    public enum Kind { LIST, DETAIL, VICTIM_IDENTITY, EXPORT }

    public record Entry(long caseId, String reference, String missionCode, String username, OffsetDateTime readAt,
                        String kind) { }

    private final JdbcTemplate template;
    private final JdbcClient jdbc;
    private final ConductAccess access;

    CaseReadLog(JdbcTemplate template, JdbcClient jdbc, ConductAccess access) {
        this.template = template;
        this.jdbc = jdbc;
        this.access = access;
    }

    @Transactional
    public void log(Collection<Long> caseIds, Kind kind) {
        if (caseIds.isEmpty()) {
            return;
        }
        String user = access.user();
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        List<Object[]> rows = caseIds.stream().map(id -> new Object[] {id, user, now, kind.name()}).toList();
        template.batchUpdate("INSERT INTO conduct_case_read (case_id, username, read_at, kind) VALUES (?, ?, ?, ?)", rows);
    }

    /** The log, newest first, optionally for one case reference or one user; only the head of the conduct unit. */
    @Transactional(readOnly = true)
    public PageResponse<Entry> review(String reference, String username, PageQuery page) {
        if (!access.isHead()) {
            throw new AccessDeniedException("only the head of the conduct unit reviews the read log");
        }
        String where = " WHERE (CAST(? AS VARCHAR(40)) IS NULL OR c.reference = ?) AND (CAST(? AS VARCHAR(100)) IS NULL OR r.username = ?)";
        String ref = blankToNull(reference);
        String usr = blankToNull(username);
        long total = jdbc.sql("SELECT COUNT(*) FROM conduct_case_read r JOIN conduct_case c ON c.id = r.case_id" + where)
                .params(ref, ref, usr, usr).query(Long.class).single();
        List<Entry> entries = jdbc.sql("SELECT r.case_id, c.reference, c.mission_code, r.username, r.read_at, r.kind "
                        + "FROM conduct_case_read r JOIN conduct_case c ON c.id = r.case_id" + where
                        + " ORDER BY r.id DESC LIMIT ? OFFSET ?")
                .params(ref, ref, usr, usr, page.size(), page.offset())
                .query((rs, n) -> new Entry(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getObject(5, OffsetDateTime.class), rs.getString(6))).list();
        return PageResponse.of(entries, page, total);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
