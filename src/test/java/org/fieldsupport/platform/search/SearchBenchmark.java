package org.fieldsupport.platform.search;

import java.lang.management.ManagementFactory;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import javax.sql.DataSource;
import org.fieldsupport.FieldSupportApplication;
import org.fieldsupport.platform.api.PageQuery;
import org.fieldsupport.platform.security.AccessPolicy;
import org.fieldsupport.platform.security.PlatformPermissions;
import org.fieldsupport.platform.security.Scope;
import org.fieldsupport.platform.security.UserDirectory;
import org.fieldsupport.platform.security.internal.PermissionCatalogue;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Search benchmark (issue 10 item 6; not a test: surefire skips *Benchmark*): 1,000,000 indexed records on
 * PostgreSQL, the kit's {@link SearchIndex#search} (access filter, count, first page of 20, best first) timed next to
 * the same SQL run directly with JDBC, for queries from very selective (a reference) to very common (one word in an
 * eighth of the records). Pass the datasource as program arguments, so no property file decides for you:
 * <pre>
 * createdb fsp_search_bench
 * java -cp ... org.fieldsupport.platform.search.SearchBenchmark \
 *   --spring.datasource.url=jdbc:postgresql://127.0.0.1:5432/fsp_search_bench --spring.datasource.username=root
 * </pre>
 * ({@code scripts/benchmark-search.sh} does this). Prints the database product measured and the load average.
 * System properties: {@code records} (1000000), {@code iterations} (200 per query).
 */
public final class SearchBenchmark {

    private SearchBenchmark() { }

    static final String TYPE = "bench.record";
    static final String[] KINDS = {"verification report", "inspection", "death and disability claim", "contract",
            "recruitment", "ticket", "conduct case", "liaison"};
    static final String[] MISSIONS = {"MINUSCA", "MONUSCO", "UNMISS", "MINUSMA", "UNIFIL", "UNFICYP", "UNMIK", "UNDOF"};

    public static void main(String[] args) throws Exception {
        int records = Integer.getInteger("records", 1_000_000);
        int iterations = Integer.getInteger("iterations", 200);
        List<String> all = new ArrayList<>(Arrays.asList(args));
        all.addAll(List.of("--fsp.demo-data=false", "--logging.level.root=WARN", "--spring.main.banner-mode=off",
                "--server.port=0", "--spring.task.scheduling.pool.size=1", "--fsp.events.amqp.enabled=false"));
        ConfigurableApplicationContext ctx = new SpringApplicationBuilder(FieldSupportApplication.class)
                .web(WebApplicationType.SERVLET).run(all.toArray(String[]::new));
        try {
            DataSource ds = ctx.getBean(DataSource.class);
            String product;
            try (Connection c = ds.getConnection()) {
                product = c.getMetaData().getDatabaseProductName() + " " + c.getMetaData().getDatabaseProductVersion()
                        + " at " + c.getMetaData().getURL();
            }
            System.out.println("database measured: " + product);
            System.out.println("load average at start: " + loadAverage());
            if (!product.toLowerCase(Locale.ROOT).contains("postgres")) {
                System.out.println("WARNING: not PostgreSQL; the figure the issue asks for is on PostgreSQL");
            }

            // who searches: a department-wide administrator, and a user holding the same role in one mission
            UserDirectory users = ctx.getBean(UserDirectory.class);
            users.ensureUser("bench-hq", "Benchmark HQ", "bench-hq@example.org", "en", "bench-hq-password");
            users.ensureRoleAssignment("bench-hq", PlatformPermissions.ADMINISTRATOR, Scope.department());
            AccessPolicy policy = ctx.getBean(AccessPolicy.class);
            PermissionCatalogue catalogue = ctx.getBean(PermissionCatalogue.class);
            List<String> held = catalogue.permissionNames().stream()
                    .filter(p -> !policy.scopesOf("bench-hq", p).isEmpty()).sorted().toList();
            if (held.isEmpty()) throw new IllegalStateException("the administrator holds no permission");
            // a permission a mission officer holds in one mission (claims' verification reports), so both users count
            String permission = held.contains("claims.verification.read") ? "claims.verification.read" : held.get(0);
            boolean scoped = false;
            try {
                users.ensureUser("bench-mission", "Benchmark mission", "bench-mission@example.org", "en",
                        "bench-mission-password");
                users.ensureRoleAssignment("bench-mission", "COE_UNIT_MISSION", Scope.mission("MINUSCA"));
                scoped = policy.scopesOf("bench-mission", permission).contains(Scope.mission("MINUSCA"));
            } catch (RuntimeException e) {
                System.out.println("no mission-scoped user (" + e.getMessage() + "): its rows are left out");
            }

            long t0 = System.nanoTime();
            int present = generate(ds, records, permission);
            System.out.printf(Locale.ROOT, "%,d records indexed (%s), generated in %.1f s; load average %s%n", present,
                    permission, (System.nanoTime() - t0) / 1e9, loadAverage());

            SearchIndex index = ctx.getBean(SearchIndex.class);
            Map<String, String> queries = new LinkedHashMap<>();
            queries.put("a reference (1 record)", "BR-0424242");
            queries.put("a rare word (1 record)", "w424242");
            queries.put("two words, one mission's inspections (~1.6 %)", "inspection MONUSCO");
            queries.put("a lot number (~0.02 %)", "lot4242");
            queries.put("one common word (12.5 %)", "contract");
            List<String> lines = new ArrayList<>();
            lines.add("| query | who | hits | kit p50 ms | kit p95 ms | kit p99 ms | SQL p50 ms | SQL p95 ms |");
            lines.add("|---|---|---|---|---|---|---|---|");
            List<String> who = scoped ? List.of("bench-hq", "bench-mission") : List.of("bench-hq");
            for (var q : queries.entrySet()) {
                for (String user : who) {
                    lines.add(measure(q.getKey(), q.getValue(), user, index, ds, policy, catalogue, iterations));
                }
            }
            System.out.println();
            lines.forEach(System.out::println);
            System.out.println();
            System.out.println("load average at end: " + loadAverage() + " (" + Runtime.getRuntime().availableProcessors()
                    + " cores)");
        } finally {
            ctx.close();
        }
    }

    static String loadAverage() {
        try {
            return java.nio.file.Files.readString(java.nio.file.Path.of("/proc/loadavg")).trim();
        } catch (Exception e) {
            return String.valueOf(ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        }
    }

    /** 1 M records in one INSERT … SELECT per table (PostgreSQL); kept between runs (re-run: generated once). */
    static int generate(DataSource ds, int records, String permission) throws Exception {
        try (Connection c = ds.getConnection(); var s = c.createStatement()) {
            try (ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM search_entry WHERE record_type = '" + TYPE + "'")) {
                rs.next();
                if (rs.getInt(1) >= records) return rs.getInt(1);
            }
            s.execute("DELETE FROM search_access WHERE record_type = '" + TYPE + "'");
            s.execute("DELETE FROM search_entry WHERE record_type = '" + TYPE + "'");
            String kinds = "ARRAY['" + String.join("','", KINDS) + "']";
            String missions = "ARRAY['" + String.join("','", MISSIONS) + "']";
            s.execute("""
                    INSERT INTO search_entry (record_type, record_id, reference, title, body, link, updated_at,
                                              access_keys)
                    SELECT '%s', 'B' || g, 'BR-' || lpad(g::text, 7, '0'),
                           (%s)[1 + g %% 8] || ' ' || (%s)[1 + (g / 8) %% 8] || ' ' || substr(md5(g::text), 1, 10),
                           'lot' || (g %% 5000) || ' w' || g || ' ' || md5((g * 7)::text) || ' '
                             || (%s)[1 + (g / 64) %% 8] || ' remarks follow-up pending review',
                           '/bench/' || g, now(),
                           ARRAY['%s', '%s|MISSION:' || (%s)[1 + (g / 8) %% 8]]
                    FROM generate_series(1, %d) g""".formatted(TYPE, kinds, missions, kinds, permission, permission,
                    missions, records));
            s.execute("""
                    INSERT INTO search_access (record_type, record_id, permission, scope)
                    SELECT '%s', 'B' || g, '%s', 'MISSION:' || (%s)[1 + (g / 8) %% 8]
                    FROM generate_series(1, %d) g""".formatted(TYPE, permission, missions, records));
            // as an index at rest: the GIN pending list merged (autovacuum's job in production) and statistics taken
            s.execute("VACUUM ANALYZE search_entry");
            s.execute("VACUUM ANALYZE search_access");
            return records;
        }
    }

    static String measure(String label, String q, String user, SearchIndex index, DataSource ds, AccessPolicy policy,
                          PermissionCatalogue catalogue, int iterations) throws Exception {
        PageQuery page = new PageQuery(0, 20, null, null, true);
        long hits = index.search(user, q, page).totalElements();
        for (int i = 0; i < 20; i++) index.search(user, q, page);
        double[] kit = new double[iterations];
        for (int i = 0; i < iterations; i++) {
            long t = System.nanoTime();
            index.search(user, q, page);
            kit[i] = (System.nanoTime() - t) / 1e6;
        }
        // the same SQL, directly with JDBC: the kit's one statement (first matches the user may open, capped, ranked,
        // counted, first page), with the user's access keys
        List<String> keys = new ArrayList<>();
        for (String p : catalogue.permissionNames()) {
            Set<Scope> scopes = policy.scopesOf(user, p);
            if (scopes.stream().anyMatch(s -> s.type() == Scope.ScopeType.DEPARTMENT)) keys.add(p);
            else scopes.forEach(s -> keys.add(p + "|" + s));
        }
        String first = "SELECT c.record_type, c.record_id, c.reference, c.title, c.link, COUNT(*) OVER () FROM ("
                + "SELECT e.record_type, e.record_id, e.reference, e.title, e.link,"
                + " ts_rank(e.document, plainto_tsquery('simple', ?)) AS rank FROM search_entry e"
                + " WHERE e.document @@ plainto_tsquery('simple', ?) AND e.access_keys && ?::text[]"
                + " FETCH FIRST 1001 ROWS ONLY) c ORDER BY c.rank DESC, c.reference OFFSET 0 ROWS FETCH NEXT 20 ROWS ONLY";
        double[] sql = new double[iterations];
        try (Connection c = ds.getConnection(); PreparedStatement pf = c.prepareStatement(first)) {
            try (var st = c.createStatement()) { st.execute("SET plan_cache_mode = force_custom_plan"); } // as the kit
            java.sql.Array array = c.createArrayOf("text", keys.toArray());
            for (int i = -20; i < iterations; i++) {
                long t = System.nanoTime();
                pf.setString(1, q);
                pf.setString(2, q);
                pf.setArray(3, array);
                try (ResultSet rs = pf.executeQuery()) { while (rs.next()) { rs.getString(3); } }
                if (i >= 0) sql[i] = (System.nanoTime() - t) / 1e6;
            }
        }
        var k = org.fieldsupport.support.Timings.of(kit);
        var d = org.fieldsupport.support.Timings.of(sql);
        return String.format(Locale.ROOT, "| %s: `%s` | %s | %,d | %.1f | %.1f | %.1f | %.1f | %.1f |", label, q, user,
                hits, k.p50(), k.p95(), k.p99(), d.p50(), d.p95());
    }

}
