package org.fieldsupport.personnel.benchmark;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Supplier;
import org.fieldsupport.FieldSupportApplication;
import org.fieldsupport.personnel.hrdata.internal.IndicatorService;
import org.fieldsupport.personnel.posts.internal.PostService;
import org.fieldsupport.platform.api.PageQuery;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Benchmark of the staffing table screen's reads and the HR indicators on 40 missions × 2,000 posts and 60,000 staff
 * records (not a test: surefire skips *Benchmark*). Starts the application on FSP_BENCH_DATABASE_URL (PostgreSQL
 * for the goal) or an in-memory H2, generates the posts and staff in missions BENCH-01..40 (batch inserts),
 * then times as {@code hr.hq}, single-threaded after a warm-up: one page of a mission's staffing table with its
 * authorised and vacant counts (the screen's three queries), the indicators of all missions and of one mission, and
 * the same vacancy aggregate written directly in SQL (the 2× goal). Run: {@code scripts/benchmark-personnel.sh}.
 */
public final class PersonnelBenchmark {

    private PersonnelBenchmark() { }

    public static void main(String[] args) throws Exception {
        int missions = Integer.getInteger("missions", 40);
        int postsPerMission = Integer.getInteger("posts", 2_000);
        int staff = Integer.getInteger("staff", 60_000);
        int iterations = Integer.getInteger("iterations", 200);
        String url = System.getenv().getOrDefault("FSP_BENCH_DATABASE_URL",
                "jdbc:h2:mem:bench;MODE=PostgreSQL;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1");
        // program arguments, not default properties: application.properties would win over the latter (and the
        // benchmark would measure H2 while meaning PostgreSQL); the arguments given on the command line win over both
        List<String> arguments = new ArrayList<>(List.of("--spring.datasource.url=" + url,
                "--spring.datasource.username=" + System.getenv().getOrDefault("FSP_BENCH_DATABASE_USER", "sa"),
                "--spring.datasource.password=", "--fsp.demo-data=true", "--logging.level.root=WARN",
                "--spring.main.banner-mode=off", "--spring.task.scheduling.pool.size=1", "--server.port=0"));
        arguments.addAll(Arrays.asList(args));
        ConfigurableApplicationContext ctx = new SpringApplicationBuilder(FieldSupportApplication.class)
                .web(WebApplicationType.SERVLET)
                .run(arguments.toArray(String[]::new));
        try {
            JdbcClient jdbc = ctx.getBean(JdbcClient.class);
            JdbcTemplate template = ctx.getBean(JdbcTemplate.class);
            try (java.sql.Connection c = template.getDataSource().getConnection()) {
                System.out.printf("database measured: %s %s at %s%n", c.getMetaData().getDatabaseProductName(),
                        c.getMetaData().getDatabaseProductVersion(), c.getMetaData().getURL());
            }
            long t0 = System.nanoTime();
            generate(jdbc, template, missions, postsPerMission, staff);
            System.out.printf("generated %d posts and %d staff in %.1f s%n", missions * postsPerMission, staff,
                    (System.nanoTime() - t0) / 1e9);
            template.execute("ANALYZE");
            System.out.printf("posts %d, staff %d%n",
                    jdbc.sql("SELECT COUNT(*) FROM pers_post").query(Long.class).single(),
                    jdbc.sql("SELECT COUNT(*) FROM pers_staff").query(Long.class).single());
            SecurityContextHolder.getContext().setAuthentication(
                    UsernamePasswordAuthenticationToken.authenticated("hr.hq", null, List.of()));
            PostService posts = ctx.getBean(PostService.class);
            IndicatorService indicators = ctx.getBean(IndicatorService.class);
            Random r = new Random(1);
            time("staffing table screen (PostService.staffingTable: counts + page of 50)", iterations, () -> {
                String m = String.format("BENCH-%02d", 1 + r.nextInt(missions));
                return posts.staffingTable(m, null, null, new PageQuery(r.nextInt(40), 50, null, null, true));
            });
            time("the same two statements written directly in SQL", iterations, () -> {
                String m = String.format("BENCH-%02d", 1 + r.nextInt(missions));
                jdbc.sql(COUNTS).param(m).query().listOfRows();
                return jdbc.sql(PAGE).params(m, 50 * r.nextInt(40)).query().listOfRows();
            });
            time("staffing table, vacant posts only (counts + page of 50)", iterations, () -> {
                String m = String.format("BENCH-%02d", 1 + r.nextInt(missions));
                return posts.staffingTable(m, null, true, new PageQuery(r.nextInt(5), 50, null, null, true));
            });
            time("before: the screen's three PostService.list calls (6 statements)", Math.max(20, iterations / 4), () -> {
                String m = String.format("BENCH-%02d", 1 + r.nextInt(missions));
                posts.list(m, null, null, null, new PageQuery(r.nextInt(40), 50, null, null, true));
                posts.list(m, null, null, null, new PageQuery(0, 1, null, null, true));
                return posts.list(m, null, null, true, new PageQuery(0, 1, null, null, true));
            });
            if (url.startsWith("jdbc:postgresql")) {
                for (String[] q : new String[][] {{"counts", COUNTS, "0"}, {"page 40 of 40", PAGE, "1950"}}) {
                    System.out.println("plan of the " + q[0] + " statement (BENCH-07):");
                    String sql = "EXPLAIN (ANALYZE, BUFFERS) " + q[1];
                    (q[0].equals("counts") ? jdbc.sql(sql).param("BENCH-07")
                            : jdbc.sql(sql).params("BENCH-07", Integer.parseInt(q[2])))
                            .query(String.class).list().forEach(l -> System.out.println("  " + l));
                }
            }
            time("HR indicators, one mission", iterations, () ->
                    indicators.compute(String.format("BENCH-%02d", 1 + r.nextInt(missions))));
            double all = time("HR indicators, all missions", Math.max(20, iterations / 5), () -> indicators.compute(null));
            double direct = time("the indicators' five aggregates written directly in SQL, all missions",
                    Math.max(20, iterations / 5), () -> directIndicators(jdbc));
            double vacancy = time("vacancy by mission and category only, direct SQL", Math.max(20, iterations / 5), () ->
                    jdbc.sql("""
                            SELECT p.mission_code, p.category, COUNT(*), COUNT(*) - COUNT(s.id)
                              FROM pers_post p LEFT JOIN pers_staff s ON s.post_id = p.id AND s.status = 'ACTIVE'
                             WHERE p.status = 'ACTIVE' GROUP BY p.mission_code, p.category""").query().listOfRows());
            System.out.printf("indicators (all missions) / the same aggregates in direct SQL, p95 ratio: %.2f%n",
                    all / direct);
            System.out.printf("indicators (all missions) / the vacancy aggregate alone, p95 ratio: %.2f%n", all / vacancy);
        } finally {
            ctx.close();
        }
    }

    /** {@code PostService.staffingTable}'s two statements for one mission, without the access check or mapping. */
    static final String COUNTS = """
            SELECT COUNT(*), COALESCE(SUM(CASE WHEN EXISTS (SELECT 1 FROM pers_staff s WHERE s.post_id = p.id
                   AND s.status = 'ACTIVE') THEN 0 ELSE 1 END), 0)
              FROM pers_post p WHERE p.status = 'ACTIVE' AND p.mission_code = ?""";
    static final String PAGE = """
            SELECT p.id, p.post_number, p.unit_name, p.title, p.grade_code, s.index_number, s.full_name
              FROM (SELECT p.* FROM pers_post p WHERE p.status = 'ACTIVE' AND p.mission_code = ?
                     ORDER BY p.mission_code, p.unit_name, p.post_number LIMIT 50 OFFSET ?) p
              LEFT JOIN pers_staff s ON s.post_id = p.id AND s.status = 'ACTIVE'
             ORDER BY p.mission_code, p.unit_name, p.post_number""";

    /** The statements of {@code IndicatorService.compute(null)}, without the access check, mapping or snapshot. */
    static Object directIndicators(JdbcClient jdbc) {
        LocalDate today = LocalDate.now();
        jdbc.sql("SELECT p.mission_code, p.category, COUNT(*) FROM pers_post p WHERE p.status = 'ACTIVE'"
                + " GROUP BY p.mission_code, p.category ORDER BY p.mission_code, p.category").query().listOfRows();
        jdbc.sql("SELECT p.mission_code, p.category, COUNT(*) FROM pers_post p WHERE p.status = 'ACTIVE'"
                + " AND EXISTS (SELECT 1 FROM pers_staff s WHERE s.post_id = p.id AND s.status = 'ACTIVE')"
                + " GROUP BY p.mission_code, p.category").query().listOfRows();
        jdbc.sql("SELECT s.grade_code, s.gender, COUNT(*) FROM pers_staff s WHERE s.status = 'ACTIVE'"
                + " GROUP BY s.grade_code, s.gender").query().listOfRows();
        jdbc.sql("SELECT g.grade_code, SUM(g.staff), COUNT(g.nationality) FROM (SELECT s.grade_code, s.nationality,"
                + " COUNT(*) AS staff FROM pers_staff s WHERE s.status = 'ACTIVE' GROUP BY s.grade_code, s.nationality) g"
                + " GROUP BY g.grade_code").query().listOfRows();
        jdbc.sql("SELECT COUNT(*), COALESCE(SUM(GREATEST(0, v.filled_on - v.vacant_from)), 0) FROM pers_post_vacancy v"
                + " WHERE v.filled_on IS NOT NULL").query().listOfRows();
        return jdbc.sql("SELECT COUNT(*) FROM pers_staff s WHERE s.status = 'ACTIVE' AND s.contract_end BETWEEN ? AND ?")
                .params(today, today.plusDays(90)).query(Long.class).single();
    }

    static void generate(JdbcClient jdbc, JdbcTemplate template, int missions, int perMission, int staff) {
        if (jdbc.sql("SELECT COUNT(*) FROM pers_post WHERE mission_code LIKE 'BENCH-%'").query(Long.class).single() > 0) {
            return;
        }
        String[] grades = {"P-5", "P-4", "P-4", "P-3", "P-3", "P-2", "FS-6", "FS-5", "FS-4", "NO-B", "G-5", "G-4", "G-3", "UNV"};
        String[] categories = {"PROFESSIONAL", "PROFESSIONAL", "PROFESSIONAL", "PROFESSIONAL", "PROFESSIONAL",
                "PROFESSIONAL", "FIELD_SERVICE", "FIELD_SERVICE", "FIELD_SERVICE", "NATIONAL_PROFESSIONAL",
                "GENERAL_SERVICE", "GENERAL_SERVICE", "GENERAL_SERVICE", "VOLUNTEER"};
        OffsetDateTime now = OffsetDateTime.now();
        LocalDate from = LocalDate.of(2024, 7, 1);
        Random r = new Random(7);
        for (int m = 1; m <= missions; m++) {
            String mission = String.format("BENCH-%02d", m);
            List<Object[]> rows = new ArrayList<>();
            for (int i = 0; i < perMission; i++) {
                int g = r.nextInt(grades.length);
                rows.add(new Object[] {mission + "-" + i, mission, "Section " + (i % 25), "Officer", grades[g],
                        categories[g], "ASSESSED", "2026/27", from, from, "bench", now});
            }
            template.batchUpdate("""
                    INSERT INTO pers_post (post_number, mission_code, unit_name, title, grade_code, category, funding_source,
                        budget_period, status, valid_from, vacant_since, created_by, created_at)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, 'ACTIVE', ?, ?, ?, ?)""", rows);
        }
        List<Object[]> ids = jdbc.sql("SELECT id, mission_code, grade_code FROM pers_post WHERE mission_code LIKE 'BENCH-%'"
                        + " ORDER BY id")
                .query((rs, n) -> new Object[] {rs.getLong(1), rs.getString(2), rs.getString(3)}).list();
        List<Object[]> staffRows = new ArrayList<>();
        List<Object[]> vacancies = new ArrayList<>();
        for (int i = 0; i < staff && i < ids.size(); i++) {
            Object[] row = ids.get((int) ((long) i * ids.size() / staff));
            long post = (Long) row[0];
            String[] p = {(String) row[1], (String) row[2]};
            LocalDate eod = from.plusDays(30 + r.nextInt(600));
            staffRows.add(new Object[] {String.valueOf(90_000_000 + i), "Bench Staff " + i, r.nextBoolean() ? "F" : "M",
                    new String[] {"FRA", "SEN", "KEN", "IND", "BRA", "CAN"}[r.nextInt(6)], LocalDate.of(1980, 1, 1), 0,
                    p[0], post, "FIXED_TERM", p[1], 1 + r.nextInt(9), eod, eod.plusYears(2), "bench", now});
            vacancies.add(new Object[] {post, eod.minusDays(30 + r.nextInt(200)), eod});
            if (staffRows.size() == 2_000) {
                flush(template, staffRows, vacancies);
            }
        }
        flush(template, staffRows, vacancies);
    }

    private static void flush(JdbcTemplate template, List<Object[]> staffRows, List<Object[]> vacancies) {
        template.batchUpdate("""
                INSERT INTO pers_staff (index_number, full_name, gender, nationality, date_of_birth, dependants, mission_code,
                    post_id, contract_type, grade_code, step, entry_on_duty, contract_end, status, created_by, created_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'ACTIVE', ?, ?)""", staffRows);
        template.batchUpdate("INSERT INTO pers_post_vacancy (post_id, vacant_from, filled_on) VALUES (?, ?, ?)", vacancies);
        staffRows.clear();
        vacancies.clear();
    }

    /** Runs {@code task} 10 times to warm up, then {@code n} times; prints and returns the p95 in ms. */
    static double time(String label, int n, Supplier<Object> task) {
        for (int i = 0; i < 10; i++) {
            task.get();
        }
        double[] ms = new double[n];
        for (int i = 0; i < n; i++) {
            long t = System.nanoTime();
            task.get();
            ms[i] = (System.nanoTime() - t) / 1e6;
        }
        var timings = org.fieldsupport.support.Timings.of(ms);
        System.out.printf("%-70s n=%d p50=%.1f ms p95=%.1f ms max=%.1f ms%n", label, n, timings.p50(), timings.p95(),
                timings.max());
        return timings.p95();
    }
}
