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
 * The search index in {@code search_entry}/{@code search_access}/{@code search_user_access}. A user finds an entry
 * when they hold one of its permissions in (a scope equal to, or the department covering) its scope, or when they are
 * named on it (entry-level access: the addressees of a strictly confidential item), so a page and its count only ever
 * include entries the user may open. Scopes match exactly or through the department; a unit's sub-units are not
 * expanded (contributors index such records under the scope their readers hold). On PostgreSQL the same access is
 * kept as keys in the entry's own row ({@code access_keys}, GIN: {@code permission}, {@code permission|scope},
 * {@code user:name}) and matched with {@code &&}; on H2 by {@code EXISTS} probes of the two access tables.
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
        if (postgres && (!seen.isEmpty() || !e.users().isEmpty())) {
            // The same access as keys in the entry's own row (V59_1): the search filters in the row it reads anyway.
            Set<String> keys = new LinkedHashSet<>();
            for (SearchEntry.Access a : e.access()) {
                keys.add(a.permission());
                keys.add(a.permission() + "|" + a.scope());
            }
            for (String user : e.users()) {
                keys.add(userKey(cut(user, 100)));
            }
            jdbc.sql("UPDATE search_entry SET access_keys = string_to_array(?, chr(31))"
                            + " WHERE record_type = ? AND record_id = ?")
                    .params(String.join("\u001f", keys), e.recordType(), e.recordId()).update();
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
        if (username == null || username.isBlank()) {
            return PageResponse.of(List.of(), page, 0);
        }
        Map<String, Object> params = new LinkedHashMap<>();
        String access = postgres ? accessKeysFilter(username, params) : accessFilter(username, params);
        String match;
        String rank;
        if (postgres) {
            match = "e.document @@ plainto_tsquery('simple', :q)";
            params.put("q", text);
            rank = "ts_rank(e.document, plainto_tsquery('simple', :q))";
        } else {
            List<String> words = words(text);
            List<String> likes = new ArrayList<>();
            for (int i = 0; i < words.size(); i++) {
                likes.add("LOWER(e.reference || ' ' || e.title || ' ' || COALESCE(e.body, '')) LIKE :w" + i);
                params.put("w" + i, "%" + words.get(i).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
                        + "%");
            }
            match = String.join(" AND ", likes);
            rank = "0";
        }
        if (postgres) {
            // The best plan depends on the words (a reference: the text index; a common word: read in order and stop
            // at the cap): plan each search with its values, never the driver's generic plan after five executions.
            jdbc.sql("SET LOCAL plan_cache_mode = force_custom_plan").update();
        }
        String where = " FROM search_entry e WHERE " + match + " AND " + access;
        // One statement: the first matches the user may open, at most COUNT_CAP past the page's start (a common word
        // must not cost a count and a ranking of all its 200,000 matches), ranked best first, counted, paged.
        long candidates = page.offset() + COUNT_CAP + 1L;
        params.put("candidates", candidates);
        params.put("offset", page.offset());
        params.put("size", page.size());
        long[] found = {-1};
        List<Hit> hits = jdbc.sql("SELECT c.record_type, c.record_id, c.reference, c.title, c.link, COUNT(*) OVER ()"
                        + " FROM (SELECT e.record_type, e.record_id, e.reference, e.title, e.link, " + rank + " AS rank"
                        + where + " FETCH FIRST :candidates ROWS ONLY) c"
                        + " ORDER BY c.rank DESC, c.reference OFFSET :offset ROWS FETCH NEXT :size ROWS ONLY")
                .params(params)
                .query((rs, n) -> {
                    found[0] = rs.getLong(6);
                    return new Hit(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5));
                })
                .list();
        if (found[0] < 0) { // a page past the last match: count them (still capped) for the pager
            found[0] = jdbc.sql("SELECT COUNT(*) FROM (SELECT 1 AS one" + where + " FETCH FIRST :candidates ROWS ONLY) c")
                    .params(params).query(Long.class).single();
        }
        return PageResponse.of(hits, page, found[0]);
    }

    /**
     * PostgreSQL: what the user may find as access keys matched against the entry's own {@code access_keys} (GIN):
     * the permission alone where held department-wide, {@code permission|scope} for each scope where held.
     */
    private String accessKeysFilter(String username, Map<String, Object> params) {
        List<String> keys = new ArrayList<>();
        for (String permission : catalogue.permissionNames()) {
            Set<Scope> scopes = policy.scopesOf(username, permission);
            if (scopes.stream().anyMatch(s -> s.type() == Scope.ScopeType.DEPARTMENT)) {
                keys.add(permission);
            } else {
                scopes.forEach(s -> keys.add(permission + "|" + s));
            }
        }
        keys.add(userKey(username)); // entries naming the user (e.g. the addressees of a strictly confidential item)
        params.put("keys", String.join("\u001f", keys));
        return "e.access_keys && string_to_array(:keys, chr(31))";
    }

    /** H2: the condition on the entry {@code e} through its {@code search_access} rows or the user named on it. */
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
        params.put("me", username);
        String named = "EXISTS (SELECT 1 FROM search_user_access u WHERE u.record_type = e.record_type"
                + " AND u.record_id = e.record_id AND u.username = :me)";
        return clauses.isEmpty() ? named
                : "(EXISTS (SELECT 1 FROM search_access a WHERE a.record_type = e.record_type"
                + " AND a.record_id = e.record_id AND (" + String.join(" OR ", clauses) + ")) OR " + named + ")";
    }

    /** The access key naming one user (never a permission name: those hold a dot and no colon prefix). */
    static String userKey(String username) {
        return "user:" + username;
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
