package org.fieldsupport.platform.security.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** The users table, with explicit SQL. Usernames are stored in lower case. */
@Repository
public class UserAccounts {

    private static final String COLUMNS = "id, username, display_name, email, preferred_language, password_hash, "
            + "enabled, locked_until, failed_attempts, password_change_required, version, created_by, created_at, "
            + "modified_by, modified_at";

    private final JdbcClient jdbc;

    public UserAccounts(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public static String normalize(String username) {
        return username == null ? null : username.trim().toLowerCase(Locale.ROOT);
    }

    public Optional<UserAccount> findByUsername(String username) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM app_user WHERE username = ?")
                .param(normalize(username)).query(UserAccounts::map).optional();
    }

    public Optional<UserAccount> findById(long id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM app_user WHERE id = ?").param(id).query(UserAccounts::map).optional();
    }

    public Optional<UserAccount> findByEmail(String email) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM app_user WHERE lower(email) = ? ORDER BY id")
                .param(email.trim().toLowerCase(Locale.ROOT)).query(UserAccounts::map).list().stream().findFirst();
    }

    public long count() {
        return jdbc.sql("SELECT COUNT(*) FROM app_user").query(Long.class).single();
    }

    public List<UserAccount> search(String text, int page, int size) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM app_user WHERE " + SEARCH + " ORDER BY username LIMIT ? OFFSET ?")
                .params(like(text), like(text), like(text), size, (long) page * size)
                .query(UserAccounts::map).list();
    }

    public long countSearch(String text) {
        return jdbc.sql("SELECT COUNT(*) FROM app_user WHERE " + SEARCH)
                .params(like(text), like(text), like(text)).query(Long.class).single();
    }

    private static final String SEARCH =
            "(lower(username) LIKE ? OR lower(display_name) LIKE ? OR lower(coalesce(email, '')) LIKE ?)";

    private static String like(String text) {
        String t = text == null ? "" : text.trim().toLowerCase(Locale.ROOT)
                .replace("\\", "").replace("%", "").replace("_", "");
        return "%" + t + "%";
    }

    public long insert(UserAccount u) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO app_user (username, display_name, email, preferred_language, password_hash, enabled, "
                        + "locked_until, failed_attempts, password_change_required, version, created_by, created_at, "
                        + "modified_by, modified_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 0, ?, ?, ?, ?)")
                .params(normalize(u.username()), u.displayName(), u.email(), u.preferredLanguage(), u.passwordHash(),
                        u.enabled(), ts(u.lockedUntil()), u.failedAttempts(), u.passwordChangeRequired(),
                        u.createdBy(), ts(u.createdAt()), u.modifiedBy(), ts(u.modifiedAt()))
                .update(keys, "id");
        return keys.getKeyAs(Number.class).longValue();
    }

    /** Saves every changeable field; fails when someone else changed the row since {@code u} was read. */
    public void update(UserAccount u) {
        int rows = jdbc.sql("UPDATE app_user SET display_name = ?, email = ?, preferred_language = ?, password_hash = ?, "
                        + "enabled = ?, locked_until = ?, failed_attempts = ?, password_change_required = ?, "
                        + "version = version + 1, modified_by = ?, modified_at = ? WHERE id = ? AND version = ?")
                .params(u.displayName(), u.email(), u.preferredLanguage(), u.passwordHash(), u.enabled(),
                        ts(u.lockedUntil()), u.failedAttempts(), u.passwordChangeRequired(), u.modifiedBy(),
                        ts(u.modifiedAt()), u.id(), u.version())
                .update();
        if (rows != 1) {
            throw new OptimisticLockingFailureException("user " + u.username() + " was changed by someone else");
        }
    }

    /** Login bookkeeping, outside the optimistic lock (a failed login must not clash with an admin edit). */
    public void updateLoginState(long id, int failedAttempts, Instant lockedUntil) {
        jdbc.sql("UPDATE app_user SET failed_attempts = ?, locked_until = ? WHERE id = ?")
                .params(failedAttempts, ts(lockedUntil), id).update();
    }

    static OffsetDateTime ts(Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }

    static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }

    static UserAccount map(ResultSet rs, int row) throws SQLException {
        return new UserAccount(rs.getLong("id"), rs.getString("username"), rs.getString("display_name"),
                rs.getString("email"), rs.getString("preferred_language"), rs.getString("password_hash"),
                rs.getBoolean("enabled"), instant(rs, "locked_until"), rs.getInt("failed_attempts"),
                rs.getBoolean("password_change_required"), rs.getLong("version"), rs.getString("created_by"),
                instant(rs, "created_at"), rs.getString("modified_by"), instant(rs, "modified_at"));
    }

}
