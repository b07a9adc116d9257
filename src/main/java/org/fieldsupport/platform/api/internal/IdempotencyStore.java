package org.fieldsupport.platform.api.internal;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** The api_idempotency table. Each call runs in its own short transaction, apart from the business one. */
@Repository
class IdempotencyStore {

    static final Duration RETENTION = Duration.ofHours(24);

    private final JdbcClient jdbc;
    private final Clock clock;

    IdempotencyStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
        this.clock = Clock.systemUTC();
    }

    record Entry(long id, String method, String path, String requestHash, Integer status, String contentType,
                 String location, String body) {
        boolean completed() { return status != null; }
    }

    @Transactional(propagation = Propagation.REQUIRES_NEW, readOnly = true)
    public Optional<Entry> find(String username, String key) {
        return jdbc.sql("""
                SELECT id, request_method, request_path, request_hash, status_code, content_type, location, response_body
                  FROM api_idempotency WHERE username = ? AND idem_key = ? AND created_at > ?""")
                .params(username, key, now().minus(RETENTION))
                .query((rs, n) -> new Entry(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        (Integer) rs.getObject(5, Integer.class), rs.getString(6), rs.getString(7), rs.getString(8)))
                .optional();
    }

    /** Claims the key; empty when another request holds it already (the unique constraint said so). */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public Optional<Long> claim(String username, String key, String method, String path, String requestHash) {
        // an expired row for the same key may still be there until the cleanup runs
        jdbc.sql("DELETE FROM api_idempotency WHERE username = ? AND idem_key = ? AND created_at <= ?")
                .params(username, key, now().minus(RETENTION)).update();
        try {
            jdbc.sql("""
                    INSERT INTO api_idempotency (username, idem_key, request_method, request_path, request_hash, created_at)
                    VALUES (?, ?, ?, ?, ?, ?)""")
                    .params(username, key, method, path, requestHash, now()).update();
        } catch (DuplicateKeyException taken) {
            return Optional.empty();
        }
        return jdbc.sql("SELECT id FROM api_idempotency WHERE username = ? AND idem_key = ?")
                .params(username, key).query(Long.class).optional();
    }

    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void complete(long id, int status, String contentType, String location, byte[] body) {
        jdbc.sql("""
                UPDATE api_idempotency SET status_code = ?, content_type = ?, location = ?, response_body = ?, completed_at = ?
                 WHERE id = ?""")
                .params(status, contentType, location, new String(body, StandardCharsets.UTF_8), now(), id).update();
    }

    /** The call failed (5xx or exception): free the key so a retry executes again. */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void release(long id) {
        jdbc.sql("DELETE FROM api_idempotency WHERE id = ?").param(id).update();
    }

    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public int deleteExpired() {
        return jdbc.sql("DELETE FROM api_idempotency WHERE created_at <= ?").param(now().minus(RETENTION)).update();
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC);
    }
}
