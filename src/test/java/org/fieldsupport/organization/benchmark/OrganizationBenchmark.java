package org.fieldsupport.organization.benchmark;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.function.IntConsumer;
import javax.sql.DataSource;
import org.fieldsupport.FieldSupportApplication;
import org.fieldsupport.organization.AttributionSummary;
import org.fieldsupport.organization.Attributions;
import org.fieldsupport.organization.MissionSummary;
import org.fieldsupport.organization.Missions;
import org.fieldsupport.organization.OrganizationStructure;
import org.fieldsupport.organization.Responsibility;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Benchmark of the organisation read paths on a generated structure of 10,000 units and 50,000 positions
 * (not a test: surefire skips *Benchmark*). Starts the application without web on an in-memory H2 database
 * (or the database of FSP_BENCH_DATABASE_URL), loads the bulletin and the demo missions, grows the
 * department by the given number of units under the four divisions (random depth up to 12, one head and four other
 * positions per unit, every position reporting, every head with an incumbent), points the 138 attributions
 * at deep generated units, then times, single-threaded after a warm-up:
 * <ul>
 * <li>responsibility lookup by attribution id and mission (unit, head and incumbent, chain to the USG,
 *     instruction line);</li>
 * <li>responsibility lookup by free text and mission (up to five answers);</li>
 * <li>reporting chain of a random position (recursive query).</li>
 * </ul>
 * Run: {@code scripts/benchmark-organization.sh} (writes docs/performance/organization.md).
 * Sizes: system properties {@code units} (10000), {@code positionsPerUnit} (5), {@code iterations} (5000).
 */
public final class OrganizationBenchmark {

    private OrganizationBenchmark() { }

    public static void main(String[] args) throws Exception {
        int units = Integer.getInteger("units", 10_000);
        int perUnit = Integer.getInteger("positionsPerUnit", 5);
        int iterations = Integer.getInteger("iterations", 5_000);
        String url = System.getenv().getOrDefault("FSP_BENCH_DATABASE_URL",
                "jdbc:h2:mem:bench;MODE=PostgreSQL;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1");
        ConfigurableApplicationContext ctx = new SpringApplicationBuilder(FieldSupportApplication.class)
                .web(WebApplicationType.SERVLET) // the security configuration needs the web stack; no request is made
                .properties("spring.datasource.url=" + url,
                        "spring.datasource.username=" + System.getenv().getOrDefault("FSP_BENCH_DATABASE_USER", "sa"),
                        "spring.datasource.password=", "fsp.demo-data=true", "logging.level.root=WARN",
                        "spring.main.banner-mode=off", "spring.task.scheduling.pool.size=1", "server.port=0")
                .run(args);
        try {
            DataSource ds = ctx.getBean(DataSource.class);
            long t0 = System.nanoTime();
            Generated g = generate(ds, units, perUnit);
            System.out.printf(Locale.ROOT, "structure of %d units and %d positions generated in %.1f s%n", g.unitCount,
                    g.positionCount, (System.nanoTime() - t0) / 1e9);

            Responsibility responsibility = ctx.getBean(Responsibility.class);
            OrganizationStructure structure = ctx.getBean(OrganizationStructure.class);
            List<String> attributionIds = ctx.getBean(Attributions.class).all().stream().map(AttributionSummary::id).toList();
            List<String> missions = ctx.getBean(Missions.class).all(LocalDate.now()).stream().map(MissionSummary::code).toList();
            String[] texts = {"verification reports claims", "rations fuel", "recruitment roster", "aviation safety",
                    "budget performance report", "remboursement des contingents", "cartes géographiques", "sécurité informatique"};
            Random random = new Random(42);
            int[] chainLengths = new int[1];

            List<String> lines = new ArrayList<>();
            lines.add(String.format(Locale.ROOT, "| %-48s | %8s | %8s | %8s | %8s | %8s | %8s |", "operation", "n", "p50 ms", "p95 ms", "p99 ms", "max ms", "cpu p99"));
            lines.add("|--------------------------------------------------|----------|----------|----------|----------|----------|----------|");
            lines.add(measure("responsibility by attribution + mission", iterations, i -> {
                var answer = responsibility.forAttribution(attributionIds.get(random.nextInt(attributionIds.size())),
                        missions.get(random.nextInt(missions.size())), null).orElseThrow();
                chainLengths[0] = Math.max(chainLengths[0], answer.chain().size());
            }));
            lines.add(measure("responsibility by free text + mission", iterations, i ->
                    responsibility.forText(texts[random.nextInt(texts.length)], missions.get(random.nextInt(missions.size())), null)));
            lines.add(measure("reporting chain of a position", iterations, i ->
                    structure.reportingChain(g.positions.get(random.nextInt(g.positions.size())), null)));
            lines.add(measure("reporting chain of a unit's head (deepest units)", iterations, i ->
                    structure.unitReportingChain(g.deepUnits.get(random.nextInt(g.deepUnits.size())), null)));
            String report = String.join("\n", lines);
            System.out.println(report);
            System.out.printf(Locale.ROOT, "longest chain seen: %d positions; deepest unit depth: %d%n", chainLengths[0], g.maxDepth);
            Path out = Path.of("target", "benchmark", "organization.txt");
            Files.createDirectories(out.getParent());
            Files.writeString(out, report + "\n" + String.format(Locale.ROOT,
                    "units=%d positions=%d maxDepth=%d longestChain=%d database=%s java=%s cpus=%d load=%.1f%n",
                    g.unitCount, g.positionCount, g.maxDepth, chainLengths[0], url.replaceAll(";.*", ""),
                    System.getProperty("java.version"), Runtime.getRuntime().availableProcessors(),
                    java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage()));
        } finally {
            ctx.close();
        }
    }

    /**
     * Wall-clock percentiles, and the p99 of the thread's CPU time: on a shared machine (load above the core
     * count) the wall-clock tail is mostly time spent waiting for a core, which CPU time leaves out.
     */
    private static String measure(String name, int iterations, IntConsumer op) {
        java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
        for (int i = 0; i < Math.max(500, iterations / 5); i++) op.accept(i); // warm-up
        long[] nanos = new long[iterations];
        long[] cpu = new long[iterations];
        for (int i = 0; i < iterations; i++) {
            long cpuStart = threads.getCurrentThreadCpuTime();
            long start = System.nanoTime();
            op.accept(i);
            nanos[i] = System.nanoTime() - start;
            cpu[i] = threads.getCurrentThreadCpuTime() - cpuStart;
        }
        Arrays.sort(nanos);
        Arrays.sort(cpu);
        return String.format(Locale.ROOT, "| %-48s | %8d | %8.2f | %8.2f | %8.2f | %8.2f | %8.2f |", name, iterations,
                pct(nanos, 0.50), pct(nanos, 0.95), pct(nanos, 0.99), nanos[nanos.length - 1] / 1e6, pct(cpu, 0.99));
    }

    private static double pct(long[] sorted, double p) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p * sorted.length) - 1)] / 1e6;
    }

    private static int count(DataSource ds, String table) throws java.sql.SQLException {
        try (Connection c = ds.getConnection(); var st = c.createStatement();
             var rs = st.executeQuery("SELECT COUNT(*) FROM " + table)) {
            rs.next();
            return rs.getInt(1);
        }
    }

    private record Generated(int unitCount, int positionCount, List<String> positions, List<String> deepUnits, int maxDepth) { }

    /** Grows the department to {@code total} units with {@code perUnit} positions each (bulletin units included). */
    private static Generated generate(DataSource ds, int total, int perUnit) throws Exception {
        Random random = new Random(7);
        LocalDate from = LocalDate.of(2015, 1, 1);
        OffsetDateTime now = OffsetDateTime.now();
        List<String> codes = new ArrayList<>(List.of("DFS-FPD", "DFS-FBFD", "DFS-LSD", "DFS-ICTD"));
        List<Integer> depths = new ArrayList<>(List.of(1, 1, 1, 1));
        List<String> positions = new ArrayList<>();
        List<String> deep = new ArrayList<>();
        int maxDepth = 1;
        try (Connection c = ds.getConnection()) {
            c.setAutoCommit(false);
            try (PreparedStatement unit = c.prepareStatement("""
                    INSERT INTO org_unit (code, kind, name_fr, name_en, parent_code, paragraphs, source, valid_from,
                        version, created_by, created_at, modified_by, modified_at)
                    VALUES (?, 'SECTION', ?, ?, ?, NULL, 'BENCH', ?, 0, 'bench', ?, 'bench', ?)""");
                 PreparedStatement pos = c.prepareStatement("""
                    INSERT INTO org_position (code, unit_code, title_fr, title_en, grade_code, is_head, valid_from,
                        version, created_by, created_at, modified_by, modified_at)
                    VALUES (?, ?, ?, ?, ?, ?, ?, 0, 'bench', ?, 'bench', ?)""");
                 PreparedStatement line = c.prepareStatement("""
                    INSERT INTO org_reporting_line (from_position_code, to_position_code, line_type, valid_from,
                        version, created_by, created_at, modified_by, modified_at)
                    VALUES (?, ?, 'LINE', ?, 0, 'bench', ?, 'bench', ?)""");
                 PreparedStatement person = c.prepareStatement("""
                    INSERT INTO org_person (index_number, full_name, version, created_by, created_at, modified_by, modified_at)
                    VALUES (?, ?, 0, 'bench', ?, 'bench', ?)""", new String[] {"id"});
                 PreparedStatement inc = c.prepareStatement("""
                    INSERT INTO org_incumbency (position_code, person_id, valid_from, version, created_by, created_at,
                        modified_by, modified_at) VALUES (?, ?, ?, 0, 'bench', ?, 'bench', ?)""")) {
                int toCreate = total;
                for (int i = 0; i < toCreate; i++) {
                    // prefer recent units as parents so depth grows, capped at 12
                    int parentIndex;
                    do {
                        parentIndex = random.nextInt(4) == 0 ? random.nextInt(codes.size())
                                : Math.max(0, codes.size() - 1 - random.nextInt(Math.min(codes.size(), 50)));
                    } while (depths.get(parentIndex) >= 12);
                    String parent = codes.get(parentIndex);
                    int depth = depths.get(parentIndex) + 1;
                    String code = String.format(Locale.ROOT, "GEN-%05d", i);
                    codes.add(code);
                    depths.add(depth);
                    maxDepth = Math.max(maxDepth, depth);
                    if (depth >= 9) deep.add(code);
                    unit.setString(1, code);
                    unit.setString(2, "Unité générée " + i);
                    unit.setString(3, "Generated unit " + i);
                    unit.setString(4, parent);
                    unit.setDate(5, Date.valueOf(from));
                    unit.setObject(6, now);
                    unit.setObject(7, now);
                    unit.addBatch();
                    String head = code + "-HEAD";
                    for (int p = 0; p < perUnit; p++) {
                        String pc = p == 0 ? head : code + "-P" + p;
                        pos.setString(1, pc);
                        pos.setString(2, code);
                        pos.setString(3, p == 0 ? "Chef" : "Spécialiste " + p);
                        pos.setString(4, p == 0 ? "Chief" : "Specialist " + p);
                        pos.setString(5, p == 0 ? "P-5" : "P-3");
                        pos.setBoolean(6, p == 0);
                        pos.setDate(7, Date.valueOf(from));
                        pos.setObject(8, now);
                        pos.setObject(9, now);
                        pos.addBatch();
                        line.setString(1, pc);
                        line.setString(2, p == 0 ? parent + "-HEAD" : head);
                        line.setDate(3, Date.valueOf(from));
                        line.setObject(4, now);
                        line.setObject(5, now);
                        line.addBatch();
                        positions.add(pc);
                    }
                    person.setString(1, String.format(Locale.ROOT, "B%07d", i));
                    person.setString(2, "Bench Person " + i);
                    person.setObject(3, now);
                    person.setObject(4, now);
                    person.executeUpdate();
                    long personId;
                    try (var keys = person.getGeneratedKeys()) {
                        keys.next();
                        personId = keys.getLong(1);
                    }
                    inc.setString(1, head);
                    inc.setLong(2, personId);
                    inc.setDate(3, Date.valueOf(from));
                    inc.setObject(4, now);
                    inc.setObject(5, now);
                    inc.addBatch();
                    if (i % 1000 == 999) {
                        unit.executeBatch();
                        pos.executeBatch();
                        line.executeBatch();
                        inc.executeBatch();
                    }
                }
                unit.executeBatch();
                pos.executeBatch();
                line.executeBatch();
                inc.executeBatch();
            }
            // the catalogue's attributions now held by deep generated units: longest chains
            List<String> ids = new ArrayList<>();
            try (var st = c.createStatement(); var rs = st.executeQuery("SELECT attribution_id FROM org_attribution")) {
                while (rs.next()) ids.add(rs.getString(1));
            }
            try (var st = c.createStatement()) {
                st.executeUpdate("DELETE FROM org_attribution_holder");
            }
            try (PreparedStatement h = c.prepareStatement("INSERT INTO org_attribution_holder (attribution_id, unit_code) VALUES (?, ?)")) {
                for (String id : ids) {
                    h.setString(1, id);
                    h.setString(2, deep.get(random.nextInt(deep.size())));
                    h.addBatch();
                }
                h.executeBatch();
            }
            c.commit();
        }
        try (Connection c = ds.getConnection(); var st = c.createStatement()) {
            if (c.getMetaData().getURL().startsWith("jdbc:postgresql")) st.execute("ANALYZE");
        } catch (Exception ignored) {
            // statistics are an optimisation
        }
        return new Generated(count(ds, "org_unit"), count(ds, "org_position"), positions, deep, maxDepth);
    }

}
