package org.fieldsupport.platform.api;

/**
 * A validated page request: zero-based {@code page}, {@code size} within the maximum, and an optional
 * sort on a whitelisted field. Build it with {@link Paging#read}; use {@link #offset()} and
 * {@link #orderBy()} in SQL ({@code orderBy()} only ever returns a column from the whitelist).
 */
public record PageQuery(int page, int size, String sortField, String sortColumn, boolean ascending) {

    public long offset() { return (long) page * size; }

    /** {@code "column ASC"} / {@code "column DESC"}, or {@code null} when unsorted. */
    public String orderBy() {
        return sortColumn == null ? null : sortColumn + (ascending ? " ASC" : " DESC");
    }

    /** {@code orderBy()} or the given default (which must itself be a constant, never user input). */
    public String orderByOr(String defaultOrder) {
        String orderBy = orderBy();
        return orderBy == null ? defaultOrder : orderBy;
    }

    /** The applied sort as the API spells it: {@code "field,asc"}. */
    public String sortParameter() {
        return sortField == null ? null : sortField + (ascending ? ",asc" : ",desc");
    }
}
