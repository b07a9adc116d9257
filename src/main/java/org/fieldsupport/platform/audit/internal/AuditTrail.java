package org.fieldsupport.platform.audit.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.fieldsupport.platform.audit.DataChanged;
import org.fieldsupport.platform.ops.RequestIds;
import org.fieldsupport.platform.security.CurrentUser;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.MapperFeature;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Records every {@link DataChanged} synchronously, inside the publisher's transaction (so the change and
 * its record commit or roll back together); without a transaction the record gets its own. Appends are
 * serialised by locking the one row of audit_chain_head, which keeps the hash chain linear when many
 * writers run at once. The application offers no way to change or delete a record.
 */
@Service
public class AuditTrail {

    private final JdbcClient jdbc;
    private final JsonMapper canonicalMapper;
    private final Clock clock;

    public AuditTrail(JdbcClient jdbc, JsonMapper jsonMapper) {
        this.jdbc = jdbc;
        this.canonicalMapper = canonical(jsonMapper);
        this.clock = Clock.systemUTC();
    }

    /** The application's mapper with keys sorted, so the same content always gives the same text. */
    static JsonMapper canonical(JsonMapper jsonMapper) {
        return jsonMapper.rebuild()
                .enable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
                .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
                .disable(SerializationFeature.INDENT_OUTPUT)
                .build();
    }

    JsonMapper canonicalMapper() { return canonicalMapper; }

    @EventListener
    @Transactional(propagation = Propagation.REQUIRED)
    public void on(DataChanged change) {
        record(change);
    }

    AuditRecord record(DataChanged change) {
        ChainHead head = jdbc.sql("SELECT last_sequence, last_hash FROM audit_chain_head WHERE id = 1 FOR UPDATE")
                .query((rs, n) -> new ChainHead(rs.getLong(1), rs.getString(2)))
                .single();
        Instant now = AuditHashing.truncate(clock.instant());
        AuditRecord unsealed = new AuditRecord(0, head.lastSequence() + 1, now,
                truncate(CurrentUser.usernameOrSystem(), 100), change.entityType(), change.entityId(), change.action().name(),
                json(change.before()), json(change.after()), RequestIds.current().orElse(null),
                head.lastHash(), null);
        String hash = AuditHashing.hash(canonicalMapper, unsealed);
        jdbc.sql("""
                INSERT INTO audit_record (sequence_no, occurred_at, actor, entity_type, entity_id, action,
                                          before_json, after_json, request_id, previous_hash, record_hash)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(unsealed.sequence(), now.atOffset(ZoneOffset.UTC), unsealed.actor(),
                        unsealed.entityType(), unsealed.entityId(), unsealed.action(), unsealed.beforeJson(),
                        unsealed.afterJson(), unsealed.requestId(), unsealed.previousHash(), hash)
                .update();
        jdbc.sql("UPDATE audit_chain_head SET last_sequence = ?, last_hash = ? WHERE id = 1")
                .params(unsealed.sequence(), hash).update();
        return unsealed;
    }

    private String json(Object value) {
        return value == null ? null : canonicalMapper.writeValueAsString(value);
    }

    private static String truncate(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max);
    }

    record ChainHead(long lastSequence, String lastHash) { }
}
