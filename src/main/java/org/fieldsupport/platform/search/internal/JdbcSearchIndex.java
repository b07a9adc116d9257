package org.fieldsupport.platform.search.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import javax.sql.DataSource;
import org.fieldsupport.platform.api.FieldErrors;
import org.fieldsupport.platform.api.PageQuery;
import org.fieldsupport.platform.api.PageResponse;
import org.fieldsupport.platform.search.SearchEntry;
import org.fieldsupport.platform.search.SearchIndex;
import org.fieldsupport.platform.security.AccessPolicy;
import org.fieldsupport.platform.security.Scope;
import org.fieldsupport.platform.security.internal.PermissionCatalogue;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The search index in {@code search_entry}/{@code search_access}/{@code search_user_access}. The access filter is
 * SQL: for each permission of the catalogue, the scopes where the user holds it (all of them when held
 * department-wide), or the user named on the entry, so a page and its count only ever include entries the user may
 * open. Scopes match exactly or through the department; a unit's sub-units are not expanded (contributors index such
 * records under the scope their readers hold). Both conditions are probes of a primary key ({@code EXISTS} on
 * {@code (record_type, record_id, …)}), so the text match stays the query's driving (indexed) condition.
 */
@Service
class JdbcSearchIndex implements SearchIndex {

    static final int MAX_QUERY = 200;
    static final int MAX_WORDS = 8;

    private final JdbcClient jdbc;
    private final AccessPolicy policy;
    private final PermissionCatalogue catalogue;
    private final boolean postgres;

    JdbcSearchIndex(JdbcClient jdbc, AccessPolicy policy, PermissionCatalogue catalogue, DataSource dataSource)
            throws java.sql.SQLException {
        this.jdbc = jdbc;
        this.policy = policy;
        this.catalogue = catalogue;
        try (var c = dataSource.getConnection()) {
            this.postgres = c.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT).contains("postgres");
        }
    }

    @Override
    @Transactional
    public void put(SearchEntry e) {
        remove(e.recordType(), e.recordId());
        jdbc.sql("""
                        INSERT INTO search_entry (record_type, record_id, reference, title, body, link, updated_at)
                        VALUES (?, ?, ?, ?, ?, ?, ?)""")
                .params(e.recordType(), e.recordId(), cut(e.reference(), 200), cut(e.title(), 500),
                        cut(e.text(), 4000), e.link(), Timestamp.from(Instant.now()))
                .update();
        Set<String> seen = new LinkedHashSet<>();
        for (SearchEntry.Access a : e.access()) {
            if (seen.add(a.permission() + "|" + a.scope())) {
                jdbc.sql("INSERT INTO search_access (record_type, record_id, permission, scope) VALUES (?, ?, ?, ?)")
                        .params(e.recordType(), e.recordId(), a.permission(), a.scope().toString()).update();
            }
        }
        for (String user : e.users()) {
            jdbc.sql("INSERT INTO search_user_access (record_type, record_id, username) VALUES (?, ?, ?)")
                    .params(e.recordType(), e.recordId(), cut(user, 100)).update();
        }
    }

    @Override
    @Transactional
    public void putAll(Collection<SearchEntry> entries) {
        entries.forEach(this::put);
    }

    @Override
    @Transactional
    public void remove(String recordType, String recordId) {
        jdbc.sql("DELETE FROM search_user_access WHERE record_type = ? AND record_id = ?").params(recordType, recordId)
                .update();
        jdbc.sql("DELETE FROM search_access WHERE record_type = ? AND record_id = ?").params(recordType, recordId)
                .update();
        jdbc.sql("DELETE FROM search_entry WHERE record_type = ? AND record_id = ?").params(recordType, recordId)
                .update();
    }

    @Override
    @Transactional(readOnly = true)
    public PageResponse<Hit> search(String username, String q, PageQuery page) {
        String text = q == null ? "" : q.strip();
        FieldErrors errors = new FieldErrors();
        if (text.isEmpty()) {
            errors.add("q", "Required", "platform.search.input.required");
        } else if (text.length() > MAX_QUERY) {
            errors.add("q", "Size", "platform.search.input.size", MAX_QUERY);
        }
        errors.throwIfAny();
        Map<String, Object> params = new LinkedHashMap<>();
        if (username == null || username.isBlank()) {
            return PageResponse.of(List.of(), page, 0);
        }
        String access = accessFilter(username, params);
        params.put("me", username);
        String match;
        String order;
        if (postgres) {
            match = "e.document @@ plainto_tsquery('simple', :q)";
            params.put("q", text);
            order = "ts_rank(e.document, plainto_tsquery('simple', :q)) DESC, e.reference";
        } else {
            List<String> words = words(text);
            List<String> likes = new ArrayList<>();
            for (int i = 0; i < words.size(); i++) {
                likes.add("LOWER(e.reference || ' ' || e.title || ' ' || COALESCE(e.body, '')) LIKE :w" + i);
                params.put("w" + i, "%" + words.get(i).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
                        + "%");
            }
            match = String.join(" AND ", likes);
            order = "e.reference";
        }
        String named = "EXISTS (SELECT 1 FROM search_user_access u WHERE u.record_type = e.record_type"
                + " AND u.record_id = e.record_id AND u.username = :me)";
        String where = " FROM search_entry e WHERE " + match + " AND ("
                + (access == null ? "" : "EXISTS (SELECT 1 FROM search_access a WHERE a.record_type = e.record_type"
                        + " AND a.record_id = e.record_id AND (" + access + ")) OR ")
                + named + ")";
        long total = jdbc.sql("SELECT COUNT(*)" + where).params(params).query(Long.class).single();
        params.put("offset", page.offset());
        params.put("size", page.size());
        List<Hit> hits = jdbc.sql("SELECT e.record_type, e.record_id, e.reference, e.title, e.link" + where
                        + " ORDER BY " + order + " OFFSET :offset ROWS FETCH NEXT :size ROWS ONLY")
                .params(params)
                .query((rs, n) -> new Hit(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getString(5)))
                .list();
        return PageResponse.of(hits, page, total);
    }

    /** The SQL condition on {@code a} for what the user may find; null when nothing. */
    private String accessFilter(String username, Map<String, Object> params) {
        List<String> anywhere = new ArrayList<>();
        List<String> clauses = new ArrayList<>();
        int i = 0;
        for (String permission : catalogue.permissionNames()) {
            Set<Scope> scopes = policy.scopesOf(username, permission);
            if (scopes.isEmpty()) {
                continue;
            }
            if (scopes.stream().anyMatch(s -> s.type() == Scope.ScopeType.DEPARTMENT)) {
                anywhere.add(permission);
            } else {
                clauses.add("(a.permission = :p" + i + " AND a.scope IN (:s" + i + "))");
                params.put("p" + i, permission);
                params.put("s" + i, scopes.stream().map(Scope::toString).toList());
                i++;
            }
        }
        if (!anywhere.isEmpty()) {
            clauses.add("a.permission IN (:anywhere)");
            params.put("anywhere", anywhere);
        }
        return clauses.isEmpty() ? null : String.join(" OR ", clauses);
    }

    static List<String> words(String text) {
        List<String> words = new ArrayList<>();
        for (String w : text.toLowerCase(Locale.ROOT).split("\\s+")) {
            if (!w.isBlank() && words.size() < MAX_WORDS) {
                words.add(w);
            }
        }
        return words;
    }

    private static String cut(String s, int max) {
        return s == null ? null : s.length() <= max ? s : s.substring(0, max);
    }
}
