package org.fieldsupport.platform.api.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.OptionalLong;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import org.fieldsupport.platform.api.RecordVersions;
import org.fieldsupport.platform.api.StaleVersionException;
import org.fieldsupport.platform.api.VersionedRow;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

@Component
class JdbcRecordVersions implements RecordVersions {

    private static final Pattern NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

    private final JdbcClient jdbc;
    private final TransactionTemplate tx;

    JdbcRecordVersions(JdbcClient jdbc, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.tx = new TransactionTemplate(transactions);
    }

    private record Current(long version, String modifiedBy, OffsetDateTime modifiedAt) { }

    @Override
    public OptionalLong current(VersionedRow row) {
        List<Current> rows = read(row, false);
        return rows.isEmpty() ? OptionalLong.empty() : OptionalLong.of(rows.get(0).version());
    }

    @Override
    public <T> T write(Long expected, VersionedRow row, Supplier<T> write) {
        return tx.execute(status -> {
            List<Current> before = read(row, true);
            long version = before.isEmpty() ? 0 : before.get(0).version();
            if (expected != null && expected != version) {
                Current c = before.isEmpty() ? new Current(0, null, null) : before.get(0);
                throw new StaleVersionException(c.version(), c.modifiedBy(), c.modifiedAt());
            }
            T result = write.get();
            if (row.versionColumn() == null) {
                advanceSideVersion(row, version);
            } else if (!before.isEmpty()) {
                List<Current> after = read(row, false);
                if (!after.isEmpty() && after.get(0).version() == version) {
                    jdbc.sql("UPDATE " + row.table() + " SET " + row.versionColumn() + " = " + row.versionColumn()
                                    + " + 1 WHERE " + row.where())
                            .params(row.args()).update();
                }
            }
            return result;
        });
    }

    /** Tables without a version column: the version lives in platform_record_version (0 until the first write). */
    private void advanceSideVersion(VersionedRow row, long version) {
        int n = jdbc.sql("UPDATE platform_record_version SET version = ? WHERE table_name = ? AND record_key = ?")
                .params(version + 1, row.table(), key(row)).update();
        if (n == 0) {
            jdbc.sql("INSERT INTO platform_record_version (table_name, record_key, version) VALUES (?, ?, ?)")
                    .params(row.table(), key(row), version + 1).update();
        }
    }

    private static String key(VersionedRow row) {
        return row.args().stream().map(String::valueOf).collect(java.util.stream.Collectors.joining("/"));
    }

    private List<Current> read(VersionedRow row, boolean lock) {
        check(row.table());
        String by = row.modifiedByColumn() == null ? "NULL" : check(row.modifiedByColumn());
        String at = row.modifiedAtColumn() == null ? "NULL" : check(row.modifiedAtColumn());
        if (row.versionColumn() == null) {
            List<Current> rows = jdbc.sql("SELECT 0, " + by + ", " + at + " FROM " + row.table() + " WHERE " + row.where()
                            + (lock ? " FOR UPDATE" : ""))
                    .params(row.args()).query(JdbcRecordVersions::current).list();
            if (rows.isEmpty()) return rows;
            long v = jdbc.sql("SELECT version FROM platform_record_version WHERE table_name = ? AND record_key = ?"
                            + (lock ? " FOR UPDATE" : ""))
                    .params(row.table(), key(row)).query(Long.class).optional().orElse(0L);
            Current c = rows.get(0);
            return List.of(new Current(v, c.modifiedBy(), c.modifiedAt()));
        }
        check(row.versionColumn());
        String sql = "SELECT " + row.versionColumn() + ", " + by + ", " + at + " FROM " + row.table()
                + " WHERE " + row.where() + (lock ? " FOR UPDATE" : "");
        return jdbc.sql(sql).params(row.args()).query(JdbcRecordVersions::current).list();
    }

    private static Current current(ResultSet rs, int n) throws SQLException {
        Object at = rs.getObject(3);
        OffsetDateTime when = null;
        if (at instanceof OffsetDateTime o) when = o;
        else if (at instanceof Timestamp t) when = t.toInstant().atOffset(ZoneOffset.UTC);
        else if (at instanceof java.time.LocalDateTime l) when = l.atOffset(ZoneOffset.UTC);
        else if (at instanceof java.time.Instant i) when = i.atOffset(ZoneOffset.UTC);
        return new Current(rs.getLong(1), rs.getString(2), when);
    }

    private static String check(String name) {
        if (!NAME.matcher(name).matches()) throw new IllegalArgumentException("not a column or table name: " + name);
        return name;
    }
}
