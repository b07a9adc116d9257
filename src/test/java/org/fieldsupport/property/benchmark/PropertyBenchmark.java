package org.fieldsupport.property.benchmark;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.fieldsupport.FieldSupportApplication;
import org.fieldsupport.property.count.internal.PhysicalCounts;
import org.fieldsupport.property.register.internal.PropertyRegister;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Benchmark of the property register at volume (issue 17: 500,000 assets, a physical count of 50,000 items reconciled
 * in ≤ 10 s on PostgreSQL, register pages ≤ 300 ms p95). Not a test (surefire skips *Benchmark*).
 *
 * <p>The datasource is given as program arguments, passed to Spring as command-line properties (they win over any
 * property file): {@code --spring.datasource.url=jdbc:postgresql://127.0.0.1:5432/fsp_bench
 * --spring.datasource.username=root}. Without them: an in-memory H2. The database measured is printed (product and
 * version from the JDBC metadata), with the machine's load average before and after.
 *
 * <p>Generates {@code -Dassets=500000} assets (one INSERT … SELECT; half MINUSCA, half UNMISS; MINUSCA's in five
 * locations of 50,000), then times, after a warm-up: a count of 50,000 scanned tags at one location through
 * {@link PhysicalCounts#record} as {@code property.minusca} (scope check, reads, reconciliation, discrepancies
 * stored) beside the same reads in plain SQL; the register's first page and its 100th page of 50 through
 * {@link PropertyRegister#list} beside the same statement in plain SQL. Run: {@code scripts/benchmark-property.sh}.
 */
public final class PropertyBenchmark {

    private PropertyBenchmark() { }

    public static void main(String[] args) throws Exception {
        int assets = Integer.getInteger("assets", 500_000);
        int iterations = Integer.getInteger("iterations", 100);
        int countIterations = Integer.getInteger("countIterations", 10);
        List<String> arguments = new ArrayList<>(List.of("--fsp.demo-data=true", "--logging.level.root=WARN",
                "--spring.main.banner-mode=off", "--spring.task.scheduling.pool.size=1", "--server.port=0"));
        boolean given = false;
        for (String a : args) {
            given |= a.startsWith("--spring.datasource.url=");
            arguments.add(a);
        }
        if (!given) {
            arguments.add("--spring.datasource.url=jdbc:h2:mem:propbench;MODE=PostgreSQL;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1");
            arguments.add("--spring.datasource.username=sa");
            arguments.add("--spring.datasource.password=");
        }
        System.out.println("load average before: " + loadAverage());
        ConfigurableApplicationContext ctx = new SpringApplicationBuilder(FieldSupportApplication.class)
                .web(WebApplicationType.SERVLET).run(arguments.toArray(String[]::new));
        try {
            JdbcClient jdbc = ctx.getBean(JdbcClient.class);
            DataSource ds = ctx.getBean(DataSource.class);
            String product;
            try (Connection c = ds.getConnection()) {
                product = c.getMetaData().getDatabaseProductName() + " " + c.getMetaData().getDatabaseProductVersion()
                        + " at " + c.getMetaData().getURL();
            }
            boolean postgres = product.startsWith("PostgreSQL");
            System.out.println("database measured: " + product);
            long existing = jdbc.sql("SELECT COUNT(*) FROM prop_asset WHERE tag LIKE 'BA-%'").query(Long.class).single();
            if (existing < assets) {
                long t0 = System.nanoTime();
                jdbc.sql("DELETE FROM prop_asset WHERE tag LIKE 'BA-%' AND id NOT IN (SELECT asset_id FROM prop_writeoff_asset)").update();
                generate(jdbc, postgres, assets);
                if (postgres) jdbc.sql("ANALYZE prop_asset").update();
                System.out.printf("generated %d assets in %.1f s%n", assets, (System.nanoTime() - t0) / 1e9);
            }
            System.out.printf("assets: %d, MINUSCA Bench-0 in service: %d%n",
                    jdbc.sql("SELECT COUNT(*) FROM prop_asset").query(Long.class).single(),
                    jdbc.sql("SELECT COUNT(*) FROM prop_asset WHERE mission_code = 'MINUSCA' AND location = 'Bench-0' "
                            + "AND status = 'IN_SERVICE'").query(Long.class).single());
            SecurityContextHolder.getContext().setAuthentication(
                    UsernamePasswordAuthenticationToken.authenticated("property.minusca", null, List.of()));
            PhysicalCounts counts = ctx.getBean(PhysicalCounts.class);
            PropertyRegister register = ctx.getBean(PropertyRegister.class);
            List<String> scanned = scan(assets);
            PhysicalCounts.NewCount count = new PhysicalCounts.NewCount("MINUSCA", "Bench-0",
                    LocalDate.now(ZoneOffset.UTC), scanned);
            PhysicalCounts.Count first = counts.record(count);
            System.out.printf("count of %d tags: expected %d, found %d, missing %d, misplaced %d, unrecorded %d%n",
                    scanned.size(), first.expected(), first.found(), first.missing(), first.misplaced(), first.unrecorded());
            report("count of 50,000 tags reconciled (PhysicalCounts.record)", 2, countIterations,
                    () -> counts.record(count).expected());
            report("same reads in plain SQL (expected tags, others by IN)", 2, countIterations, () -> plainCount(ds, scanned));
            report("register, first page of 50 (PropertyRegister.list)", 10, iterations,
                    () -> register.list("MINUSCA", null, null, 0, 50).size());
            report("register, first page, plain SQL", 10, iterations, () -> plainPage(ds, 0));
            report("register, page 100 of 50 (PropertyRegister.list)", 10, iterations,
                    () -> register.list("MINUSCA", null, null, 100, 50).size());
            report("register, page 100, plain SQL", 10, iterations, () -> plainPage(ds, 100));
            report("register, one location's first page (PropertyRegister.list)", 10, iterations,
                    () -> register.list("MINUSCA", "Bench-3", "IN_SERVICE", 0, 50).size());
        } finally {
            ctx.close();
            System.out.println("load average after: " + loadAverage());
        }
    }

    static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).strip() + " (" + Runtime.getRuntime().availableProcessors()
                    + " processors)";
        } catch (Exception e) {
            return "unknown";
        }
    }

    /** Assets BA-1 … BA-n: even numbers MINUSCA (locations Bench-0 … Bench-4 by (g/2) mod 5), odd UNMISS. */
    static void generate(JdbcClient jdbc, boolean postgres, int n) {
        String g = postgres ? "g" : "X";
        String source = postgres ? "generate_series(1, " + n + ") AS s(g)" : "SYSTEM_RANGE(1, " + n + ")";
        String acquired = postgres ? "DATE '2022-01-01' + (" + g + " % 1000)::int"
                : "DATEADD('DAY', MOD(" + g + ", 1000), DATE '2022-01-01')";
        jdbc.sql("INSERT INTO prop_asset (mission_code, tag, serial_number, description, category, location, custodian,"
                + " acquired_on, acquisition_value, useful_life_years, status, created_by, created_at) SELECT"
                + " CASE WHEN MOD(" + g + ", 2) = 0 THEN 'MINUSCA' ELSE 'UNMISS' END, 'BA-' || " + g + ", 'SN-' || " + g + ","
                + " 'Benchmark asset', CASE MOD(" + g + ", 4) WHEN 0 THEN 'IT' WHEN 1 THEN 'VEHICLE' WHEN 2 THEN 'GENERATOR'"
                + " ELSE 'FURNITURE' END, 'Bench-' || MOD(" + g + " / 2, 5), 'bench.custodian', " + acquired + ","
                + " 1000 + MOD(" + g + ", 5000), 5, 'IN_SERVICE', 'bench', CURRENT_TIMESTAMP FROM " + source).update();
    }

    /**
     * 50,000 scanned tags at MINUSCA's Bench-0 (tags BA-10k): 49,000 of the 50,000 the register places there (1,000
     * missing), 800 from Bench-1 (misplaced) and 200 unknown tags (unrecorded).
     */
    static List<String> scan(int assets) {
        List<String> tags = new ArrayList<>(50_000);
        for (int k = 1; tags.size() < 49_000 && 10L * k <= assets; k++) {
            tags.add("BA-" + (10 * k));
        }
        for (int k = 1; k <= 800; k++) {
            tags.add("BA-" + (10 * k + 2));
        }
        for (int k = 1; k <= 200; k++) {
            tags.add("XX-" + k);
        }
        return tags;
    }

    static int plainCount(DataSource ds, List<String> scanned) {
        try (Connection c = ds.getConnection()) {
            Set<String> expected = new HashSet<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT tag FROM prop_asset WHERE mission_code = 'MINUSCA'"
                    + " AND location = 'Bench-0' AND status = 'IN_SERVICE'"); ResultSet rs = ps.executeQuery()) {
                while (rs.next()) expected.add(rs.getString(1));
            }
            List<String> others = scanned.stream().filter(t -> !expected.contains(t)).toList();
            int elsewhere = 0;
            for (int i = 0; i < others.size(); i += 1000) {
                List<String> chunk = others.subList(i, Math.min(others.size(), i + 1000));
                try (PreparedStatement ps = c.prepareStatement("SELECT tag, location FROM prop_asset WHERE mission_code ="
                        + " 'MINUSCA' AND status = 'IN_SERVICE' AND tag IN (" + String.join(",",
                        java.util.Collections.nCopies(chunk.size(), "?")) + ")")) {
                    for (int p = 0; p < chunk.size(); p++) ps.setString(p + 1, chunk.get(p));
                    try (ResultSet rs = ps.executeQuery()) {
                        while (rs.next()) elsewhere++;
                    }
                }
            }
            return expected.size() + elsewhere;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    static int plainPage(DataSource ds, int page) {
        try (Connection c = ds.getConnection(); PreparedStatement ps = c.prepareStatement(
                "SELECT * FROM prop_asset WHERE mission_code = 'MINUSCA' ORDER BY tag LIMIT 50 OFFSET " + page * 50);
             ResultSet rs = ps.executeQuery()) {
            int n = 0;
            while (rs.next()) n++;
            return n;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    static void report(String label, int warmup, int iterations, Supplier<Integer> work) {
        for (int i = 0; i < warmup; i++) work.get();
        List<Double> ms = new ArrayList<>();
        int result = 0;
        for (int i = 0; i < iterations; i++) {
            long t = System.nanoTime();
            result = work.get();
            ms.add((System.nanoTime() - t) / 1e6);
        }
        var timings = org.fieldsupport.support.Timings.of(ms);
        System.out.printf("%-62s n=%3d p50 %9.1f ms  p95 %9.1f ms  max %9.1f ms  (result %d)%n", label, iterations,
                timings.p50(), timings.p95(), timings.max(), result);
    }
}
