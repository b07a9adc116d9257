package org.fieldsupport.hardening;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The row count of every business table, in one statement: what the fuzz tests compare before and after a refused
 * request (a 4xx must leave no row behind). The platform's bookkeeping tables are left out: their rows change on any
 * request or outside the request's transaction, by design (idempotency records, audit trail, search index, event
 * publications, jobs, sessions).
 */
final class TableCounts {

    static final List<String> BOOKKEEPING = List.of("api_", "audit", "search", "event_publication", "job",
            "spring_session", "flyway", "platform_reference_counter", "notice",
            // the register logs every check of a delegation, refusals included, in its own transaction (by design)
            "org_delegation_use");

    private final JdbcClient jdbc;
    private final String sql;

    TableCounts(JdbcClient jdbc) {
        this.jdbc = jdbc;
        List<String> tables = jdbc.sql("SELECT table_name FROM information_schema.tables"
                        + " WHERE LOWER(table_schema) = LOWER(CURRENT_SCHEMA) AND table_type IN ('BASE TABLE', 'TABLE')")
                .query(String.class).list().stream()
                .filter(t -> BOOKKEEPING.stream().noneMatch(b -> t.toLowerCase(Locale.ROOT).startsWith(b)))
                .sorted().toList();
        StringBuilder union = new StringBuilder();
        for (String t : tables) {
            if (!union.isEmpty()) {
                union.append(" UNION ALL ");
            }
            union.append("SELECT '").append(t).append("', COUNT(*) FROM ").append(t);
        }
        this.sql = union.toString();
    }

    /** Table → rows now. */
    Map<String, Long> now() {
        Map<String, Long> counts = new TreeMap<>();
        jdbc.sql(sql).query(rs -> {
            counts.put(rs.getString(1), rs.getLong(2));
        });
        return counts;
    }

    /** The tables whose count differs, with the difference. */
    static Map<String, Long> changed(Map<String, Long> before, Map<String, Long> after) {
        Map<String, Long> changed = new TreeMap<>();
        before.forEach((t, n) -> {
            Long m = after.get(t);
            if (!n.equals(m)) {
                changed.put(t, (m == null ? 0 : m) - n);
            }
        });
        return changed;
    }
}
