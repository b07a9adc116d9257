package org.fieldsupport.platform.api;

import java.util.List;

/**
 * Where a record's version lives: {@code SELECT <versionColumn> FROM <table> WHERE <where>} must find at most one row.
 * {@code modifiedBy}/{@code modifiedAt} name the columns saying who changed it last (null when the table has none).
 * {@code versionColumn == null}: the table has no version column; the version is kept in {@code platform_record_version}
 * keyed by table and key values (the row itself is still locked). Table and column names are the module's own
 * constants, never user input.
 */
public record VersionedRow(String table, String versionColumn, String modifiedByColumn, String modifiedAtColumn,
                           String where, List<Object> args) {

    /** A table with {@code version}, {@code modified_by} and {@code modified_at} columns (the organisation's shape). */
    public static Kind standard(String table, String where) {
        return new Kind(table, "version", "modified_by", "modified_at", where);
    }

    /** Any shape: null audit columns when the table keeps none. */
    public static Kind of(String table, String versionColumn, String modifiedByColumn, String modifiedAtColumn,
                          String where) {
        return new Kind(table, versionColumn, modifiedByColumn, modifiedAtColumn, where);
    }

    /** A kind of record (table, columns, key condition with {@code ?} placeholders); {@link #row} binds the key. */
    public record Kind(String table, String versionColumn, String modifiedByColumn, String modifiedAtColumn,
                       String where) {
        public VersionedRow row(Object... args) {
            return new VersionedRow(table, versionColumn, modifiedByColumn, modifiedAtColumn, where, List.of(args));
        }
    }
}
