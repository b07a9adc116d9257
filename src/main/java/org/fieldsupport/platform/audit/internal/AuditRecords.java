package org.fieldsupport.platform.audit.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.fieldsupport.platform.api.PageQuery;
import org.fieldsupport.platform.api.PageResponse;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/** Reads the audit trail: filtered pages for the viewer, and ordered slices for verification. */
@Repository
public class AuditRecords {

    /** Sortable fields of the record list (API name → column). */
    public static final Map<String, String> SORT_COLUMNS = Map.of(
            "sequence", "sequence_no", "occurredAt", "occurred_at", "actor", "actor",
            "entityType", "entity_type", "entityId", "entity_id");

    private static final String COLUMNS = """
            id, sequence_no, occurred_at, actor, entity_type, entity_id, action, before_json, after_json,
            request_id, previous_hash, record_hash""";

    private final JdbcClient jdbc;

    public AuditRecords(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Filters of the viewer; {@code null} or blank = no filter. Dates are whole UTC days, inclusive. */
    public record Filter(String entityType, String entityId, String actor, LocalDate from, LocalDate to) {

        public boolean isEmpty() {
            return blank(entityType) && blank(entityId) && blank(actor) && from == null && to == null;
        }

        private static boolean blank(String s) { return s == null || s.isBlank(); }
    }

    @Transactional(readOnly = true)
    public PageResponse<AuditRecord> search(Filter filter, PageQuery page) {
        StringBuilder where = new StringBuilder(" WHERE 1 = 1");
        List<Object> params = new ArrayList<>();
        if (!Filter.blank(filter.entityType())) {
            where.append(" AND entity_type = ?");
            params.add(filter.entityType().trim());
        }
        if (!Filter.blank(filter.entityId())) {
            where.append(" AND entity_id = ?");
            params.add(filter.entityId().trim());
        }
        if (!Filter.blank(filter.actor())) {
            where.append(" AND actor = ?");
            params.add(filter.actor().trim());
        }
        if (filter.from() != null) {
            where.append(" AND occurred_at >= ?");
            params.add(filter.from().atStartOfDay().atOffset(ZoneOffset.UTC));
        }
        if (filter.to() != null) {
            where.append(" AND occurred_at < ?");
            params.add(filter.to().plusDays(1).atStartOfDay().atOffset(ZoneOffset.UTC));
        }
        long total = jdbc.sql("SELECT COUNT(*) FROM audit_record" + where).params(params).query(Long.class).single();
        List<Object> pageParams = new ArrayList<>(params);
        pageParams.add(page.size());
        pageParams.add(page.offset());
        List<AuditRecord> content = jdbc.sql("SELECT " + COLUMNS + " FROM audit_record" + where
                        + " ORDER BY " + page.orderByOr("sequence_no DESC") + ", id DESC LIMIT ? OFFSET ?")
                .params(pageParams).query(AuditRecords::map).list();
        return PageResponse.of(content, page, total);
    }

    /** Up to {@code limit} records with sequence in ({@code afterSequence}, {@code upTo}], in order. */
    List<AuditRecord> slice(long afterSequence, long upTo, int limit) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM audit_record WHERE sequence_no > ? AND sequence_no <= ?"
                        + " ORDER BY sequence_no LIMIT ?")
                .params(afterSequence, upTo, limit).query(AuditRecords::map).list();
    }

    AuditTrail.ChainHead head() {
        return jdbc.sql("SELECT last_sequence, last_hash FROM audit_chain_head WHERE id = 1")
                .query((rs, n) -> new AuditTrail.ChainHead(rs.getLong(1), rs.getString(2))).single();
    }

    /** Records beyond the chain head's sequence: rows the application did not append through the chain. */
    long countBeyond(long sequence) {
        return jdbc.sql("SELECT COUNT(*) FROM audit_record WHERE sequence_no > ?").param(sequence)
                .query(Long.class).single();
    }

    static AuditRecord map(ResultSet rs, int row) throws SQLException {
        OffsetDateTime occurred = rs.getObject("occurred_at", OffsetDateTime.class);
        Instant occurredAt = occurred == null ? null : occurred.toInstant();
        return new AuditRecord(rs.getLong("id"), rs.getLong("sequence_no"), occurredAt, rs.getString("actor"),
                rs.getString("entity_type"), rs.getString("entity_id"), rs.getString("action"),
                rs.getString("before_json"), rs.getString("after_json"), rs.getString("request_id"),
                rs.getString("previous_hash"), rs.getString("record_hash"));
    }
}
