package org.fieldsupport.platform.notice.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.fieldsupport.platform.api.NotFoundException;
import org.fieldsupport.platform.api.PageQuery;
import org.fieldsupport.platform.api.PageResponse;
import org.fieldsupport.platform.notice.Notice;
import org.fieldsupport.platform.notice.Notices;
import org.fieldsupport.platform.work.WorkItem;
import org.fieldsupport.platform.work.internal.JdbcWorkItems;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Notices in table {@code notice}, preferences in {@code notice_preference}. */
@Service
public class NoticeStore implements Notices {

    static final String SEP = "\u001f";

    private final JdbcClient jdbc;
    private final JdbcWorkItems workItems;

    NoticeStore(JdbcClient jdbc, JdbcWorkItems workItems) {
        this.jdbc = jdbc;
        this.workItems = workItems;
    }

    /** One notice of {@code kind} about {@code item} for each user it needs (at most once per user, item and kind). */
    @Transactional
    public int tell(WorkItem item, Notice.Kind kind) {
        int created = 0;
        for (String user : workItems.recipients(item.assignee())) {
            boolean exists = jdbc.sql("SELECT COUNT(*) FROM notice WHERE username = ? AND work_item_id = ? AND kind = ?")
                    .params(user, item.id(), kind.name()).query(Long.class).single() > 0;
            if (!exists) {
                jdbc.sql("""
                                INSERT INTO notice (username, kind, work_item_id, title_key, title_args, link, due_on,
                                    created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)""")
                        .params(user, kind.name(), item.id(), item.titleKey(),
                                item.titleArgs().isEmpty() ? null : String.join(SEP, item.titleArgs()), item.link(),
                                item.dueOn(), Timestamp.from(Instant.now()))
                        .update();
                created++;
            }
        }
        return created;
    }

    @Override
    @Transactional
    public long inform(String username, String titleKey, List<String> titleArgs, String link) {
        var keys = new org.springframework.jdbc.support.GeneratedKeyHolder();
        jdbc.sql("INSERT INTO notice (username, kind, work_item_id, title_key, title_args, link, due_on, created_at)"
                        + " VALUES (?, 'INFORMATION', NULL, ?, ?, ?, NULL, ?)")
                .params(username, titleKey, titleArgs == null || titleArgs.isEmpty() ? null : String.join(SEP, titleArgs),
                        link, Timestamp.from(Instant.now()))
                .update(keys, "id");
        return keys.getKeyAs(Number.class).longValue();
    }

    @Override
    @Transactional(readOnly = true)
    public PageResponse<Notice> of(String username, boolean unreadOnly, PageQuery page) {
        String where = "username = ?" + (unreadOnly ? " AND read_at IS NULL" : "");
        List<Notice> rows = jdbc.sql("SELECT * FROM notice WHERE " + where
                        + " ORDER BY id DESC OFFSET ? ROWS FETCH NEXT ? ROWS ONLY")
                .params(username, page.offset(), page.size()).query(NoticeStore::row).list();
        long total = jdbc.sql("SELECT COUNT(*) FROM notice WHERE " + where).param(username).query(Long.class).single();
        return PageResponse.of(rows, page, total);
    }

    @Override
    @Transactional(readOnly = true)
    public long unreadCount(String username) {
        return jdbc.sql("SELECT COUNT(*) FROM notice WHERE username = ? AND read_at IS NULL").param(username)
                .query(Long.class).single();
    }

    @Override
    @Transactional
    public void markRead(String username, long noticeId) {
        int n = jdbc.sql("UPDATE notice SET read_at = COALESCE(read_at, ?) WHERE id = ? AND username = ?")
                .params(Timestamp.from(Instant.now()), noticeId, username).update();
        if (n == 0) {
            throw new NotFoundException("notice", noticeId);
        }
    }

    @Override
    @Transactional
    public int markAllRead(String username) {
        return jdbc.sql("UPDATE notice SET read_at = ? WHERE username = ? AND read_at IS NULL")
                .params(Timestamp.from(Instant.now()), username).update();
    }

    @Override
    @Transactional(readOnly = true)
    public Preference preference(String username) {
        return jdbc.sql("SELECT digest, email FROM notice_preference WHERE username = ?").param(username)
                .query((rs, n) -> new Preference(rs.getBoolean(1), rs.getBoolean(2))).optional()
                .orElse(Preference.DEFAULT);
    }

    @Override
    @Transactional
    public void setPreference(String username, Preference p) {
        if (jdbc.sql("UPDATE notice_preference SET digest = ?, email = ? WHERE username = ?")
                .params(p.digest(), p.email(), username).update() == 0) {
            jdbc.sql("INSERT INTO notice_preference (username, digest, email) VALUES (?, ?, ?)")
                    .params(username, p.digest(), p.email()).update();
        }
    }

    /** Notices not e-mailed yet (created since {@code since}), oldest first. */
    List<Notice> unmailed(Instant since) {
        return jdbc.sql("SELECT * FROM notice WHERE emailed_at IS NULL AND created_at >= ? ORDER BY username, id")
                .param(Timestamp.from(since)).query(NoticeStore::row).list();
    }

    void markEmailed(List<Long> ids) {
        Timestamp now = Timestamp.from(Instant.now());
        for (Long id : ids) {
            jdbc.sql("UPDATE notice SET emailed_at = ? WHERE id = ?").params(now, id).update();
        }
    }

    static Notice row(ResultSet rs, int n) throws SQLException {
        String args = rs.getString("title_args");
        java.sql.Date due = rs.getDate("due_on");
        Timestamp read = rs.getTimestamp("read_at");
        Timestamp mailed = rs.getTimestamp("emailed_at");
        return new Notice(rs.getLong("id"), rs.getString("username"), Notice.Kind.valueOf(rs.getString("kind")),
                (Long) rs.getObject("work_item_id", Long.class), rs.getString("title_key"),
                args == null ? List.of() : Arrays.asList(args.split(SEP, -1)), rs.getString("link"),
                due == null ? null : due.toLocalDate(), rs.getTimestamp("created_at").toInstant(),
                read == null ? null : read.toInstant(), mailed == null ? null : mailed.toInstant());
    }

    /** Open work items due from {@code from} to {@code to} (inclusive), and those due before {@code overdueBefore}. */
    List<Long> openItemsDueBetween(LocalDate from, LocalDate to) {
        return jdbc.sql("SELECT id FROM work_item WHERE state = 'OPEN' AND due_on >= ? AND due_on <= ? ORDER BY id")
                .params(from, to).query(Long.class).list();
    }

    List<Long> openItemsDueBefore(LocalDate day) {
        return jdbc.sql("SELECT id FROM work_item WHERE state = 'OPEN' AND due_on < ? ORDER BY id")
                .param(day).query(Long.class).list();
    }
}
