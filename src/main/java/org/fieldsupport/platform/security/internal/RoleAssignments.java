package org.fieldsupport.platform.security.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.fieldsupport.platform.security.Scope;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** Role assignments; the department scope is stored with an empty key. */
@Repository
public class RoleAssignments {

    private static final String SELECT = "SELECT ra.id, ra.user_id, u.username, ra.role_name, ra.scope_type, ra.scope_key, "
            + "ra.valid_from, ra.valid_to, ra.created_by, ra.created_at FROM role_assignment ra "
            + "JOIN app_user u ON u.id = ra.user_id ";

    private final JdbcClient jdbc;

    public RoleAssignments(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<RoleAssignment> ofUser(long userId) {
        return jdbc.sql(SELECT + "WHERE ra.user_id = ? ORDER BY ra.role_name, ra.scope_type, ra.scope_key")
                .param(userId).query(RoleAssignments::map).list();
    }

    public Optional<RoleAssignment> findById(long id) {
        return jdbc.sql(SELECT + "WHERE ra.id = ?").param(id).query(RoleAssignments::map).optional();
    }

    public Optional<RoleAssignment> find(long userId, String role, Scope scope) {
        return jdbc.sql(SELECT + "WHERE ra.user_id = ? AND ra.role_name = ? AND ra.scope_type = ? AND ra.scope_key = ?")
                .params(userId, role, scope.type().name(), key(scope)).query(RoleAssignments::map).optional();
    }

    public List<RoleAssignment> search(String role, String text, int page, int size) {
        return jdbc.sql(SELECT + "WHERE " + FILTER + " ORDER BY u.username, ra.role_name, ra.scope_type, ra.scope_key "
                        + "LIMIT ? OFFSET ?")
                .params(role, role, like(text), like(text), size, (long) page * size)
                .query(RoleAssignments::map).list();
    }

    public long countSearch(String role, String text) {
        return jdbc.sql("SELECT COUNT(*) FROM role_assignment ra JOIN app_user u ON u.id = ra.user_id WHERE " + FILTER)
                .params(role, role, like(text), like(text)).query(Long.class).single();
    }

    private static final String FILTER = "(CAST(? AS VARCHAR(100)) IS NULL OR ra.role_name = ?) "
            + "AND (lower(u.username) LIKE ? OR lower(ra.scope_key) LIKE ?)";

    private static String like(String text) {
        String t = text == null ? "" : text.trim().toLowerCase(java.util.Locale.ROOT).replace("%", "").replace("_", "");
        return "%" + t + "%";
    }

    public long insert(long userId, String role, Scope scope, LocalDate from, LocalDate to, String by, Instant at) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO role_assignment (user_id, role_name, scope_type, scope_key, valid_from, valid_to, "
                        + "created_by, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")
                .params(userId, role, scope.type().name(), key(scope), from, to, by, UserAccounts.ts(at))
                .update(keys, "id");
        return keys.getKeyAs(Number.class).longValue();
    }

    public void delete(long id) {
        jdbc.sql("DELETE FROM role_assignment WHERE id = ?").param(id).update();
    }

    private static String key(Scope scope) {
        return scope.key() == null ? "" : scope.key();
    }

    static RoleAssignment map(ResultSet rs, int row) throws SQLException {
        String type = rs.getString("scope_type");
        String key = rs.getString("scope_key");
        Scope scope = new Scope(Scope.ScopeType.valueOf(type), key == null || key.isEmpty() ? null : key);
        return new RoleAssignment(rs.getLong("id"), rs.getLong("user_id"), rs.getString("username"),
                rs.getString("role_name"), scope, rs.getObject("valid_from", LocalDate.class),
                rs.getObject("valid_to", LocalDate.class), rs.getString("created_by"),
                UserAccounts.instant(rs, "created_at"));
    }
}
