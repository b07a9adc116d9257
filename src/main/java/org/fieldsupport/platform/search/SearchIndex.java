package org.fieldsupport.platform.search;

import java.util.Collection;
import org.fieldsupport.platform.api.PageQuery;
import org.fieldsupport.platform.api.PageResponse;

/**
 * One search over every module's records. A module puts an entry when it writes a record (same transaction) and
 * declares a {@link SearchContributor} that re-puts all its records at start-up (so an index built before the module
 * existed catches up). A user finds only entries they may open: never found, never counted otherwise.
 * PostgreSQL: full-text (tsvector 'simple', GIN index); H2: every word must appear (case-insensitive).
 */
public interface SearchIndex {

    /**
     * How far past the page's start matches are counted: a search with more matches answers
     * {@code totalElements = offset + COUNT_CAP + 1} ("more than …", see {@link #countCapped}).
     */
    int COUNT_CAP = 1_000;

    /** Whether the page's {@code totalElements} is the count's bound rather than the exact number. */
    static boolean countCapped(PageResponse<?> result) {
        return result.totalElements() > (long) result.page() * result.size() + COUNT_CAP;
    }

    void put(SearchEntry entry);

    void putAll(Collection<SearchEntry> entries);

    void remove(String recordType, String recordId);

    /**
     * The entries matching every word of {@code q} that {@code username} may find, best first (ranked among the
     * first 2,000 matches when a word is that common), counted up to {@link #COUNT_CAP} past the page's start.
     */
    PageResponse<Hit> search(String username, String q, PageQuery page);

    record Hit(String recordType, String recordId, String reference, String title, String link) { }
}
