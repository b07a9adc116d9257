package org.fieldsupport.ict.desk.benchmark;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.fieldsupport.FieldSupportApplication;
import org.fieldsupport.ict.desk.internal.DeskService;
import org.fieldsupport.ict.desk.internal.ServiceLevels;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Benchmark of a 2-million-ticket service desk (not a test: surefire skips *Benchmark*). Starts the application on
 * FSP_BENCH_DATABASE_URL (PostgreSQL for the goal, e.g. jdbc:postgresql://127.0.0.1:5432/fsp_bench) or an
 * in-memory H2, generates {@code -Dtickets=2000000} tickets over 24 months in the three demo desks (one INSERT ...
 * SELECT), then times single-threaded after a warm-up: the MINUSCA desk's queue (first page of 50 open tickets,
 * through {@link DeskService#queue} as servicedesk.minusca: scope check, SQL, mapping) and a month's service-level
 * report ({@link ServiceLevels#report}); each beside the same work in plain SQL over JDBC (no scope check, no
 * mapping). Prints p50/p95. Run: {@code scripts/benchmark-ict-desk.sh}.
 */
public final class IctDeskBenchmark {

    private IctDeskBenchmark() { }

    public static void main(String[] args) throws Exception {
        int tickets = Integer.getInteger("tickets", 2_000_000);
        int iterations = Integer.getInteger("iterations", 100);
        String url = System.getenv().getOrDefault("FSP_BENCH_DATABASE_URL",
                "jdbc:h2:mem:bench;MODE=PostgreSQL;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1");
        boolean postgres = url.startsWith("jdbc:postgresql");
        ConfigurableApplicationContext ctx = new SpringApplicationBuilder(FieldSupportApplication.class)
                .web(WebApplicationType.SERVLET)
                // command-line arguments: application.properties would override builder defaults
                .run("--spring.datasource.url=" + url,
                        "--spring.datasource.username=" + System.getenv().getOrDefault("FSP_BENCH_DATABASE_USER", "sa"),
                        "--spring.datasource.password=", "--fsp.demo-data=true", "--logging.level.root=WARN",
                        "--spring.main.banner-mode=off", "--spring.task.scheduling.pool.size=1", "--server.port=0");
        try {
            JdbcClient jdbc = ctx.getBean(JdbcClient.class);
            DataSource ds = ctx.getBean(DataSource.class);
            long existing = jdbc.sql("SELECT COUNT(*) FROM ict_ticket").query(Long.class).single();
            if (existing < tickets) {
                long t0 = System.nanoTime();
                generate(jdbc, postgres, tickets - (int) existing);
                if (postgres) jdbc.sql("ANALYZE ict_ticket").update();
                System.out.printf("generated %d tickets in %.1f s%n", tickets - existing, (System.nanoTime() - t0) / 1e9);
            }
            System.out.printf("tickets: %d, MINUSCA open: %d%n", jdbc.sql("SELECT COUNT(*) FROM ict_ticket").query(Long.class).single(),
                    jdbc.sql("SELECT COUNT(*) FROM ict_ticket WHERE mission_code = 'MINUSCA' AND status IN ('NEW','IN_PROGRESS','WAITING')")
                            .query(Long.class).single());
            SecurityContextHolder.getContext().setAuthentication(
                    UsernamePasswordAuthenticationToken.authenticated("servicedesk.minusca", null, List.of()));
            DeskService desk = ctx.getBean(DeskService.class);
            ServiceLevels levels = ctx.getBean(ServiceLevels.class);
            YearMonth month = YearMonth.now(ZoneOffset.UTC).minusMonths(2);
            var from = month.atDay(1).atStartOfDay().atOffset(ZoneOffset.UTC);
            var to = month.plusMonths(1).atDay(1).atStartOfDay().atOffset(ZoneOffset.UTC);
            report("mission queue, first page of 50 (DeskService.queue)", iterations, () -> desk.queue("MINUSCA", null, 0, 50).size());
            report("mission queue, same rows in plain SQL", iterations, () -> plainQueue(ds));
            report("service-level report of a month (ServiceLevels.report)", iterations,
                    () -> (int) levels.report("MINUSCA", month).total().tickets());
            report("service-level report, same aggregate in plain SQL", iterations, () -> plainReport(ds, from, to));
        } finally {
            ctx.close();
        }
    }

    static void generate(JdbcClient jdbc, boolean postgres, int n) {
        String g = postgres ? "g" : "X";
        String source = postgres ? "generate_series(1, " + n + ") AS s(g)" : "SYSTEM_RANGE(1, " + n + ")";
        String opened = postgres ? "now() - make_interval(mins => (" + g + " % 1051200)::int)"
                : "DATEADD('MINUTE', -MOD(" + g + ", 1051200), CURRENT_TIMESTAMP)";
        String plus = postgres ? "%s + make_interval(mins => %s)" : "DATEADD('MINUTE', %2$s, %1$s)";
        String mission = "CASE MOD(" + g + ", 3) WHEN 0 THEN 'MINUSCA' WHEN 1 THEN 'UNMISS' ELSE 'MONUSCO' END";
        String open = "MOD(" + g + ", 33) = 0";
        jdbc.sql("INSERT INTO ict_ticket (reference, mission_code, kind, service_code, title, impact, urgency, priority, status,"
                + " line, requester, opened_at, responded_at, resolved_at, closed_at, response_minutes, resolution_minutes,"
                + " paused_minutes, resolution_due_at, response_breached, resolution_breached, breach_notified, reopenings,"
                + " satisfaction, sla_rule_set, version) SELECT 'B-' || " + g + ", " + mission + ", 'INCIDENT', 'EMAIL', 'bench',"
                + " 1 + MOD(" + g + ", 3), 1 + MOD(" + g + " / 3, 3), 'P' || (1 + MOD(" + g + ", 4)),"
                + " CASE WHEN " + open + " THEN 'IN_PROGRESS' ELSE 'CLOSED' END, 'FIRST', 'bench.requester', " + opened + ","
                + " " + plus.formatted(opened, "10") + ", CASE WHEN " + open + " THEN NULL ELSE " + plus.formatted(opened, "MOD(" + g + ", 600)") + " END,"
                + " CASE WHEN " + open + " THEN NULL ELSE " + plus.formatted(opened, "2000") + " END, 10, MOD(" + g + ", 600), 0,"
                + " CASE WHEN " + open + " THEN " + plus.formatted(opened, "480") + " ELSE NULL END, MOD(" + g + ", 17) = 0,"
                + " MOD(" + g + ", 600) > 480, TRUE, 0, CASE WHEN MOD(" + g + ", 2) = 0 THEN 1 + MOD(" + g + ", 5) ELSE NULL END,"
                + " 'ICT-SLA-2026-v1', 0 FROM " + source).update();
    }

    static final String PLAIN_QUEUE = "SELECT id, reference, priority, status, resolution_due_at FROM ict_ticket"
            + " WHERE mission_code = 'MINUSCA' AND status IN ('NEW', 'IN_PROGRESS', 'WAITING')"
            + " ORDER BY resolution_breached DESC, resolution_due_at, opened_at DESC, id DESC FETCH FIRST 50 ROWS ONLY";

    static int plainQueue(DataSource ds) {
        try (Connection c = ds.getConnection(); PreparedStatement ps = c.prepareStatement(PLAIN_QUEUE); ResultSet rs = ps.executeQuery()) {
            int n = 0;
            while (rs.next()) n++;
            return n;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    static int plainReport(DataSource ds, OffsetDateTime from, OffsetDateTime to) {
        try (Connection c = ds.getConnection(); PreparedStatement ps = c.prepareStatement(ServiceLevels.SQL)) {
            ps.setString(1, "MINUSCA");
            ps.setObject(2, from);
            ps.setObject(3, to);
            try (ResultSet rs = ps.executeQuery()) {
                int n = 0;
                while (rs.next()) n += rs.getInt(2);
                return n;
            }
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    static void report(String label, int iterations, Supplier<Integer> work) {
        for (int i = 0; i < 10; i++) work.get();
        List<Double> ms = new ArrayList<>();
        int result = 0;
        for (int i = 0; i < iterations; i++) {
            long t = System.nanoTime();
            result = work.get();
            ms.add((System.nanoTime() - t) / 1e6);
        }
        var timings = org.fieldsupport.support.Timings.of(ms);
        System.out.printf("%-60s p50 %8.1f ms  p95 %8.1f ms  (result %d)%n", label, timings.p50(), timings.p95(), result);
    }
}
