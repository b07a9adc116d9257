package org.fieldsupport.lsd;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.fieldsupport.platform.audit.DataChanged;
import org.fieldsupport.platform.search.SearchContributor;
import org.fieldsupport.platform.search.SearchEntry;
import org.fieldsupport.platform.search.SearchIndex;
import org.fieldsupport.platform.security.Scope;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The division's records in the global search: every {@link SearchSource} the seven modules declare, all re-put at
 * start-up, and one record re-put in the transaction that changed it (the module's {@code DataChanged}, published by
 * its service or by the workflow kit on a move), so the index follows status changes too.
 */
@Component
class SearchSources implements SearchContributor {

    private final JdbcClient jdbc;
    private final SearchIndex index;
    private final Map<String, SearchSource> sources = new LinkedHashMap<>();

    SearchSources(JdbcClient jdbc, SearchIndex index, List<SearchSource.Provider> providers) {
        this.jdbc = jdbc;
        this.index = index;
        providers.forEach(p -> p.searchSources().forEach(s -> sources.put(s.recordType(), s)));
    }

    @Override
    public void contribute(SearchIndex target) {
        for (SearchSource source : sources.values()) {
            target.putAll(jdbc.sql(source.select()).query((rs, n) -> entry(source, rs)).list());
        }
    }

    @EventListener
    void changed(DataChanged event) {
        SearchSource source = sources.get(event.entityType());
        if (source == null || event.entityId() == null) {
            return;
        }
        long id;
        try {
            id = Long.parseLong(event.entityId());
        } catch (NumberFormatException e) {
            return;
        }
        jdbc.sql("SELECT * FROM (" + source.select() + ") s WHERE s.id = ?").param(id)
                .query((rs, n) -> entry(source, rs)).optional().ifPresent(index::put);
    }

    private static SearchEntry entry(SearchSource source, java.sql.ResultSet rs) throws java.sql.SQLException {
        String id = String.valueOf(rs.getLong("id"));
        String mission = rs.getString("mission_code");
        String reference = rs.getString("reference");
        String title = rs.getString("title");
        return new SearchEntry(source.recordType(), id, reference, title == null ? reference : title,
                rs.getString("text"), source.link().replace("{id}", id),
                List.of(SearchEntry.access(source.permission(), mission == null ? Scope.department() : Scope.mission(mission))));
    }
}
