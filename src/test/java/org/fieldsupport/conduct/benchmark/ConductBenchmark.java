package org.fieldsupport.conduct.benchmark;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.fieldsupport.FieldSupportApplication;
import org.fieldsupport.conduct.cases.internal.CaseService;
import org.fieldsupport.conduct.statistics.internal.StatisticsService;
import org.fieldsupport.platform.api.PageQuery;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Benchmark of a 200,000-case conduct register (issue 19; not a test: surefire skips *Benchmark*). The datasource
 * comes as program arguments, which win over any property file, e.g.
 * {@code --spring.datasource.url=jdbc:postgresql://127.0.0.1:5432/fsp_desk_conduct --spring.datasource.username=root};
 * without them an in-memory H2. Prints the database product measured and the load average. Generates
 * {@code -Dcases=200000} cases over ten years in four missions with one to two allegations each (one INSERT ... SELECT
 * each), then times single-threaded after a warm-up the register's list and filters through {@link CaseService#list}
 * (need-to-know clause, count, page, allegation counts, the read log written for every row shown) as the head of the
 * unit ({@code conduct.hq}) and a mission officer ({@code conduct.minusca}), and the published statistics with
 * suppression ({@link StatisticsService#publish}) for a year by each breakdown; each beside plain SQL.
 */
public final class ConductBenchmark {

    private ConductBenchmark() { }

    public static void main(String[] args) throws Exception {
        int cases = Integer.getInteger("cases", 200_000);
        int iterations = Integer.getInteger("iterations", 60);
        List<String> run = new ArrayList<>(List.of("--fsp.demo-data=true", "--logging.level.root=WARN",
                "--spring.main.banner-mode=off", "--spring.task.scheduling.pool.size=1", "--server.port=0"));
        if (Arrays.stream(args).noneMatch(a -> a.startsWith("--spring.datasource.url="))) {
            run.add("--spring.datasource.url=jdbc:h2:mem:bench;MODE=PostgreSQL;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1");
        }
        run.addAll(Arrays.asList(args));
        ConfigurableApplicationContext ctx = new SpringApplicationBuilder(FieldSupportApplication.class)
                .web(WebApplicationType.SERVLET).run(run.toArray(String[]::new));
        try {
            JdbcClient jdbc = ctx.getBean(JdbcClient.class);
            DataSource ds = ctx.getBean(DataSource.class);
            boolean postgres;
            try (Connection c = ds.getConnection()) {
                var md = c.getMetaData();
                postgres = md.getDatabaseProductName().toLowerCase(Locale.ROOT).contains("postgres");
                System.out.printf("database measured: %s %s (%s)%n", md.getDatabaseProductName(),
                        md.getDatabaseProductVersion(), md.getURL());
            }
            long existing = jdbc.sql("SELECT COUNT(*) FROM conduct_case").query(Long.class).single();
            if (existing < cases) {
                long t0 = System.nanoTime();
                generate(jdbc, postgres, cases - (int) existing);
                if (postgres) {
                    jdbc.sql("ANALYZE conduct_case").update();
                    jdbc.sql("ANALYZE conduct_allegation").update();
                }
                System.out.printf("generated %d cases in %.1f s%n", cases - existing, (System.nanoTime() - t0) / 1e9);
            }
            System.out.printf("cases: %d, allegations: %d, MINUSCA cases: %d%n",
                    jdbc.sql("SELECT COUNT(*) FROM conduct_case").query(Long.class).single(),
                    jdbc.sql("SELECT COUNT(*) FROM conduct_allegation").query(Long.class).single(),
                    jdbc.sql("SELECT COUNT(*) FROM conduct_case WHERE mission_code = 'MINUSCA'").query(Long.class).single());
            System.out.printf("load average at start: %s%n", loadAverage());
            CaseService register = ctx.getBean(CaseService.class);
            StatisticsService statistics = ctx.getBean(StatisticsService.class);
            PageQuery first = new PageQuery(0, 50, null, null, true);
            PageQuery page100 = new PageQuery(99, 50, null, null, true);
            as("conduct.hq");
            report("list, first page of 50, head of unit (CaseService.list)", iterations,
                    () -> register.list(null, first).content().size());
            report("list, page 100, head of unit", iterations, () -> register.list(null, page100).content().size());
            report("list, first page, plain SQL", iterations, () -> plainList(ds, null, null, null, 0));
            report("filter UNMISS + INVESTIGATING, head of unit", iterations,
                    () -> register.list(new CaseService.Filter("UNMISS", "INVESTIGATING", null, null), first).content().size());
            report("filter UNMISS + INVESTIGATING, plain SQL", iterations, () -> plainList(ds, "UNMISS", "INVESTIGATING", null, 0));
            report("filter year 2024 + SEA, head of unit", iterations,
                    () -> register.list(new CaseService.Filter(null, null, "SEA", 2024), first).content().size());
            report("filter year 2024 + SEA, plain SQL", iterations, () -> plainList(ds, null, null, 2024, 0));
            as("conduct.minusca");
            report("list, first page, MINUSCA officer", iterations, () -> register.list(null, first).content().size());
            report("filter year 2024, MINUSCA officer", iterations,
                    () -> register.list(new CaseService.Filter(null, null, null, 2024), first).content().size());
            report("list, first page MINUSCA, plain SQL", iterations, () -> plainList(ds, "MINUSCA", null, null, 0));
            for (StatisticsService.By by : StatisticsService.By.values()) {
                report("statistics 2024 by " + by.name().toLowerCase(Locale.ROOT) + " (publish, suppression)", iterations,
                        () -> statistics.publish(2024, by, Locale.ENGLISH).cells().size());
            }
            report("statistics 2024 by mission, plain SQL aggregate", iterations, () -> plainStatistics(ds, 2024));
            System.out.printf("load average at end: %s%n", loadAverage());
        } finally {
            ctx.close();
        }
    }

    static void as(String user) {
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(user, null, List.of()));
    }

    static void generate(JdbcClient jdbc, boolean postgres, int n) {
        String g = postgres ? "g" : "X";
        String source = postgres ? "generate_series(1, " + n + ") AS s(g)" : "SYSTEM_RANGE(1, " + n + ")";
        String received = postgres ? "(DATE '2026-11-30' - (" + g + " % 3600)::int)" : "DATEADD('DAY', -MOD(" + g + ", 3600), DATE '2026-11-30')";
        String mission = "CASE MOD(" + g + ", 4) WHEN 0 THEN 'MINUSCA' WHEN 1 THEN 'UNMISS' WHEN 2 THEN 'UNIFIL' ELSE 'MONUSCO' END";
        String status = "CASE MOD(" + g + ", 7) WHEN 0 THEN 'RECEIVED' WHEN 1 THEN 'ASSESSED' WHEN 2 THEN 'REFERRED'"
                + " WHEN 3 THEN 'INVESTIGATING' ELSE 'CLOSED' END";
        String channel = "CASE MOD(" + g + ", 5) WHEN 0 THEN 'HOTLINE' WHEN 1 THEN 'EMAIL' WHEN 2 THEN 'COMPLAINT_BOX' WHEN 3 THEN 'CBCM' ELSE 'IN_PERSON' END";
        String year = postgres ? "EXTRACT(YEAR FROM " + received + ")::int" : "YEAR(" + received + ")";
        jdbc.sql("INSERT INTO conduct_case (reference, mission_code, kind, received_on, report_year, channel, source, origin,"
                + " summary, status, paternity_status, reconciled, version, created_by, created_at, modified_by, modified_at)"
                + " SELECT 'BENCH-' || " + g + ", " + mission + ", CASE WHEN MOD(" + g + ", 3) = 0 THEN 'SEA' ELSE 'OTHER' END, "
                + received + ", " + year + ", " + channel + ", 'bench', 'MISSION', 'benchmark case', " + status
                + ", 'NONE', MOD(" + g + ", 10) <> 0, 0, 'bench', CURRENT_TIMESTAMP, 'bench', CURRENT_TIMESTAMP FROM " + source).update();
        String category = "CASE MOD(c.id, 5) WHEN 0 THEN 'MILITARY' WHEN 1 THEN 'POLICE' WHEN 2 THEN 'CIVILIAN' WHEN 3 THEN 'VOLUNTEER' ELSE 'CONTRACTOR' END";
        String country = "CASE WHEN MOD(c.id, 5) < 2 THEN CASE MOD(c.id, 6) WHEN 0 THEN 'BGD' WHEN 1 THEN 'PAK' WHEN 2 THEN 'NPL'"
                + " WHEN 3 THEN 'RWA' WHEN 4 THEN 'GHA' ELSE 'ZMB' END ELSE NULL END";
        String type = "CASE WHEN c.kind = 'SEA' THEN CASE MOD(c.id, 4) WHEN 0 THEN 'SEA_EXPLOITATIVE_RELATIONSHIP'"
                + " WHEN 1 THEN 'SEA_TRANSACTIONAL_SEX' WHEN 2 THEN 'SEA_SEXUAL_ASSAULT' ELSE 'SEA_RAPE' END ELSE :other END";
        String other = jdbc.sql("SELECT code FROM conduct_misconduct_type WHERE kind = 'OTHER' ORDER BY code FETCH FIRST 1 ROWS ONLY")
                .query(String.class).single();
        for (String extra : List.of("1 = 1", "MOD(c.id, 3) = 0")) {
            jdbc.sql("INSERT INTO conduct_allegation (case_id, subject_seq, category, contributing_country, type_code,"
                    + " mission_code, report_year, rule_set) SELECT c.id, NULL, " + category + ", " + country + ", " + type
                    + ", c.mission_code, c.report_year, 'CONDUCT-2026-v1' FROM conduct_case c WHERE c.created_by = 'bench' AND "
                    + extra).param("other", other).update();
        }
    }

    static int plainList(DataSource ds, String mission, String status, Integer year, long offset) {
        StringBuilder where = new StringBuilder(" WHERE 1 = 1");
        List<Object> params = new ArrayList<>();
        if (mission != null) { where.append(" AND c.mission_code = ?"); params.add(mission); }
        if (status != null) { where.append(" AND c.status = ?"); params.add(status); }
        if (year != null) { where.append(" AND c.report_year = ? AND c.kind = 'SEA'"); params.add(year); }
        String count = "SELECT COUNT(*) FROM conduct_case c" + where;
        String page = "SELECT c.id, c.reference, c.mission_code, c.kind, c.received_on, c.channel, c.status,"
                + " (SELECT COUNT(*) FROM conduct_allegation a WHERE a.case_id = c.id), c.reconciled, c.merged_into"
                + " FROM conduct_case c" + where + " ORDER BY c.received_on DESC, c.id DESC LIMIT 50 OFFSET " + offset;
        try (Connection c = ds.getConnection()) {
            try (PreparedStatement ps = c.prepareStatement(count)) {
                for (int i = 0; i < params.size(); i++) ps.setObject(i + 1, params.get(i));
                try (ResultSet rs = ps.executeQuery()) { rs.next(); }
            }
            int n = 0;
            try (PreparedStatement ps = c.prepareStatement(page)) {
                for (int i = 0; i < params.size(); i++) ps.setObject(i + 1, params.get(i));
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) n++;
                }
            }
            return n;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    static int plainStatistics(DataSource ds, int year) {
        String sql = "SELECT a.mission_code, COUNT(*) FROM conduct_allegation a JOIN conduct_case c ON c.id = a.case_id"
                + " WHERE a.report_year = ? AND c.reconciled = TRUE AND c.merged_into IS NULL GROUP BY a.mission_code";
        try (Connection c = ds.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setInt(1, year);
            int n = 0;
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) n++;
            }
            return n;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    static String loadAverage() {
        try {
            return java.nio.file.Files.readString(java.nio.file.Path.of("/proc/loadavg")).strip();
        } catch (Exception e) {
            return "unknown";
        }
    }

    static void report(String label, int iterations, Supplier<Integer> work) {
        for (int i = 0; i < 5; i++) work.get();
        List<Double> ms = new ArrayList<>();
        int result = 0;
        for (int i = 0; i < iterations; i++) {
            long t = System.nanoTime();
            result = work.get();
            ms.add((System.nanoTime() - t) / 1e6);
        }
        var timings = org.fieldsupport.support.Timings.of(ms);
        System.out.printf("%-62s p50 %8.1f ms  p95 %8.1f ms  (rows %d)%n", label, timings.p50(), timings.p95(), result);
    }
}
