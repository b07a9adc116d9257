package org.fieldsupport.platform.security.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

@Repository
public class PersonalAccessTokens {

    private static final String SELECT = "SELECT t.id, t.user_id, u.username, t.name, t.token_prefix, t.token_hash, "
            + "t.created_at, t.expires_at, t.last_used_at, t.revoked_at FROM personal_access_token t "
            + "JOIN app_user u ON u.id = t.user_id ";

    private final JdbcClient jdbc;

    public PersonalAccessTokens(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<PersonalAccessToken> findByHash(String hash) {
        return jdbc.sql(SELECT + "WHERE t.token_hash = ?").param(hash).query(PersonalAccessTokens::map).optional();
    }

    public Optional<PersonalAccessToken> findById(long id) {
        return jdbc.sql(SELECT + "WHERE t.id = ?").param(id).query(PersonalAccessTokens::map).optional();
    }

    public List<PersonalAccessToken> ofUser(long userId) {
        return jdbc.sql(SELECT + "WHERE t.user_id = ? ORDER BY t.revoked_at DESC, t.created_at DESC, t.id DESC")
                .param(userId).query(PersonalAccessTokens::map).list();
    }

    public long insert(long userId, String name, String prefix, String hash, Instant createdAt, Instant expiresAt) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO personal_access_token (user_id, name, token_prefix, token_hash, created_at, expires_at) "
                        + "VALUES (?, ?, ?, ?, ?, ?)")
                .params(userId, name, prefix, hash, UserAccounts.ts(createdAt), UserAccounts.ts(expiresAt))
                .update(keys, "id");
        return keys.getKeyAs(Number.class).longValue();
    }

    public void revoke(long id, Instant at) {
        jdbc.sql("UPDATE personal_access_token SET revoked_at = ? WHERE id = ? AND revoked_at IS NULL")
                .params(UserAccounts.ts(at), id).update();
    }

    /** Records a use, at most once per minute per token (one cheap UPDATE that usually touches nothing). */
    public void touch(long id, Instant now) {
        jdbc.sql("UPDATE personal_access_token SET last_used_at = ? WHERE id = ? "
                        + "AND (last_used_at IS NULL OR last_used_at < ?)")
                .params(UserAccounts.ts(now), id, UserAccounts.ts(now.minusSeconds(60))).update();
    }

    static PersonalAccessToken map(ResultSet rs, int row) throws SQLException {
        return new PersonalAccessToken(rs.getLong("id"), rs.getLong("user_id"), rs.getString("username"),
                rs.getString("name"), rs.getString("token_prefix"), rs.getString("token_hash"),
                UserAccounts.instant(rs, "created_at"), UserAccounts.instant(rs, "expires_at"),
                UserAccounts.instant(rs, "last_used_at"), UserAccounts.instant(rs, "revoked_at"));
    }
}
