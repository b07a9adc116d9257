package org.fieldsupport.lsd;

import java.util.List;

/**
 * One record type of the division found by the platform's global search ({@code platform.search}), declared by the
 * module that owns the table: {@code select} returns one row per record with the columns {@code id}, {@code reference},
 * {@code title}, {@code text} (words to find it by) and {@code mission_code} (null = headquarters: department scope);
 * the record's screen is {@code link} with {@code {id}} replaced; it is found by holders of {@code permission} in its
 * mission (or the department). {@link SearchSources} re-indexes every record at start-up and one record whenever the
 * module records a change of it ({@code DataChanged} with the same record type, workflow moves included).
 */
public record SearchSource(String recordType, String select, String link, String permission) {

    /** A module's search sources (a bean of the module: its permissions' component, for instance). */
    public interface Provider {
        List<SearchSource> searchSources();
    }
}
