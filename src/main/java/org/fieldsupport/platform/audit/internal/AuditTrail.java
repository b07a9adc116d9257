package org.fieldsupport.platform.audit.internal;

import java.sql.Types;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.fieldsupport.platform.audit.DataChanged;
import org.fieldsupport.platform.audit.DataChanges;
import org.fieldsupport.platform.ops.RequestIds;
import org.fieldsupport.platform.security.CurrentUser;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
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

    private static final int[] RECORD_TYPES = {Types.BIGINT, Types.TIMESTAMP_WITH_TIMEZONE, Types.VARCHAR,
            Types.VARCHAR, Types.VARCHAR, Types.VARCHAR, Types.VARCHAR, Types.VARCHAR, Types.VARCHAR, Types.VARCHAR,
            Types.VARCHAR};

    private final JdbcClient jdbc;
    private final JdbcTemplate template;
    private final JsonMapper canonicalMapper;
    private final Clock clock;

    public AuditTrail(JdbcClient jdbc, JdbcTemplate template, JsonMapper jsonMapper) {
        this.jdbc = jdbc;
        this.template = template;
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

    @EventListener
    @Transactional(propagation = Propagation.REQUIRED)
    public void on(DataChanges changes) {
        record(changes.changes());
    }

    AuditRecord record(DataChanged change) {
        return record(List.of(change)).get(0);
    }

    /** Appends the changes to the chain in order: one lock of the chain head, one batch of records. */
    List<AuditRecord> record(List<DataChanged> changes) {
        if (changes.isEmpty()) {
            return List.of();
        }
        ChainHead head = jdbc.sql("SELECT last_sequence, last_hash FROM audit_chain_head WHERE id = 1 FOR UPDATE")
                .query((rs, n) -> new ChainHead(rs.getLong(1), rs.getString(2)))
                .single();
        Instant now = AuditHashing.truncate(clock.instant());
        String actor = truncate(CurrentUser.usernameOrSystem(), 100);
        String requestId = RequestIds.current().orElse(null);
        long sequence = head.lastSequence();
        String previousHash = head.lastHash();
        List<AuditRecord> records = new ArrayList<>(changes.size());
        List<Object[]> rows = new ArrayList<>(changes.size());
        for (DataChanged change : changes) {
            AuditRecord unsealed = new AuditRecord(0, ++sequence, now, actor, change.entityType(), change.entityId(),
                    change.action().name(), json(change.before()), json(change.after()), requestId, previousHash, null);
            String hash = AuditHashing.hash(canonicalMapper, unsealed);
            records.add(unsealed);
            rows.add(new Object[] {unsealed.sequence(), now.atOffset(ZoneOffset.UTC), unsealed.actor(),
                    unsealed.entityType(), unsealed.entityId(), unsealed.action(), unsealed.beforeJson(),
                    unsealed.afterJson(), unsealed.requestId(), unsealed.previousHash(), hash});
            previousHash = hash;
        }
        template.batchUpdate("""
                INSERT INTO audit_record (sequence_no, occurred_at, actor, entity_type, entity_id, action,
                                          before_json, after_json, request_id, previous_hash, record_hash)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", rows, RECORD_TYPES);
        jdbc.sql("UPDATE audit_chain_head SET last_sequence = ?, last_hash = ? WHERE id = 1")
                .params(sequence, previousHash).update();
        return records;
    }

    private String json(Object value) {
        return value == null ? null : canonicalMapper.writeValueAsString(value);
    }

    private static String truncate(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max);
    }

    record ChainHead(long lastSequence, String lastHash) { }
}
