package org.fieldsupport.budget.benchmark;

import java.io.StringReader;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Random;
import javax.sql.DataSource;
import org.fieldsupport.FieldSupportApplication;
import org.fieldsupport.budget.estimate.domain.CostEstimator;
import org.fieldsupport.budget.estimate.domain.CostGroup;
import org.fieldsupport.budget.estimate.domain.ExpenditureClass;
import org.fieldsupport.budget.estimate.internal.Budgets;
import org.fieldsupport.budget.execution.internal.Execution;
import org.fieldsupport.budget.performance.internal.PerformanceReports;
import org.postgresql.PGConnection;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Benchmark of the performance report at scale (issue 15; not a test: surefire skips *Benchmark*): 40 missions, each
 * a 2026/27 budget of 200 cost-estimate lines over the 19 classes of BUDGET-2026-v1 with allotments, and 2,000,000
 * ERP lines (50,000 per mission over 12 months, commitments and expenditure). In one run on one database:
 * <ol>
 *   <li>PostgreSQL's own {@code COPY bud_erp_line ... FROM STDIN} of the same 2 M rows (already parsed, in one
 *       transaction, rolled back, then VACUUM): the baseline rate;</li>
 *   <li>the application's import ({@link Execution#importAs}: the ERP extract as CSV, parsed, every row checked, all
 *       or nothing; one transaction per mission's file): its rate and the ratio to COPY (goal ≥ 0.5);</li>
 *   <li>the availability screen ({@code /budget/budgets/{id}/execution}) and the variance screen
 *       ({@code /budget/budgets/{id}/performance}) over HTTP as {@code budget.hq}, random missions, after a warm-up:
 *       p50/p95 (goal p95 ≤ 300 ms);</li>
 *   <li>the totals: the 40 performance reports' apportionment and expenditure totals (Java, HALF_EVEN per line)
 *       against one SQL aggregate each, and the generator's exact sum; must agree to the cent.</li>
 * </ol>
 * The data source comes from the program arguments ({@code --spring.datasource.url=jdbc:postgresql://...
 * --spring.datasource.username=root}); the database product measured is printed. Run:
 * {@code scripts/benchmark-budget.sh}. Figures: docs/performance/budget.md.
 */
public final class BudgetBenchmark {

    static final LocalDate PERIOD = LocalDate.of(2026, 7, 1);

    private BudgetBenchmark() { }

    public static void main(String[] args) throws Exception {
        int missions = Integer.getInteger("missions", 40);
        int linesPerMission = Integer.getInteger("estimateLines", 200);
        int erpPerMission = Integer.getInteger("erpLines", 50_000);
        int iterations = Integer.getInteger("iterations", 100);
        List<String> arguments = new ArrayList<>(List.of("--fsp.demo-data=true", "--logging.level.root=WARN",
                "--spring.main.banner-mode=off", "--spring.task.scheduling.pool.size=1", "--server.port=0"));
        arguments.addAll(Arrays.asList(args)); // --spring.datasource.url=... (program arguments win over property files)
        ConfigurableApplicationContext ctx = new SpringApplicationBuilder(FieldSupportApplication.class)
                .web(WebApplicationType.SERVLET).run(arguments.toArray(String[]::new));
        try {
            DataSource ds = ctx.getBean(DataSource.class);
            String product;
            boolean postgres;
            try (Connection c = ds.getConnection()) {
                var md = c.getMetaData();
                product = md.getDatabaseProductName() + " " + md.getDatabaseProductVersion() + " (" + md.getURL() + ")";
                postgres = md.getDatabaseProductName().toLowerCase().contains("postgres");
            }
            System.out.println("==== budget benchmark ====");
            System.out.println("database measured: " + product);
            System.out.printf("machine: %d cores, load average at start %s%n", Runtime.getRuntime().availableProcessors(), load());
            JdbcClient jdbc = ctx.getBean(JdbcClient.class);
            Budgets budgets = ctx.getBean(Budgets.class);
            Execution execution = ctx.getBean(Execution.class);
            PerformanceReports reports = ctx.getBean(PerformanceReports.class);

            // ---- generate budgets and the ERP extracts (or, with -Dreuse=true, take those of an earlier run) ----
            long t0 = System.nanoTime();
            Random random = new Random(15);
            List<Budgets.Budget> bench = new ArrayList<>();
            boolean reuse = Boolean.getBoolean("reuse") && jdbc.sql("SELECT COUNT(*) FROM bud_budget WHERE mission_code LIKE 'BENCH-%'")
                    .query(Long.class).single() > 0;
            if (reuse) {
                jdbc.sql("SELECT id FROM bud_budget WHERE mission_code LIKE 'BENCH-%' ORDER BY mission_code").query(Long.class)
                        .list().forEach(id -> bench.add(budgets.load(id)));
                System.out.printf("reusing %d budgets and %d ERP lines of an earlier run (no COPY, no import)%n", bench.size(),
                        jdbc.sql("SELECT COUNT(*) FROM bud_erp_line").query(Long.class).single());
            }
            for (int m = 1; m <= (reuse ? 0 : missions); m++) {
                String mission = String.format("BENCH-%02d", m);
                Budgets.Budget b = budgets.insert(mission, PERIOD, Budgets.MAINTENANCE, "MSA", "benchmark");
                List<CostEstimator.Line> lines = new ArrayList<>();
                for (int i = 0; i < linesPerMission; i++) {
                    ExpenditureClass c = ExpenditureClass.values()[i % ExpenditureClass.values().length];
                    lines.add(switch (c.group()) {
                        case I -> CostEstimator.Line.groupI(c, BigDecimal.valueOf(20 + random.nextInt(400)),
                                new BigDecimal("1448.00"), 12, new BigDecimal("0.05"));
                        case II -> CostEstimator.Line.groupII(c, BigDecimal.valueOf(2 + random.nextInt(40)),
                                BigDecimal.valueOf(40_000 + random.nextInt(200_000)), 12, new BigDecimal("0.10"));
                        case III -> CostEstimator.Line.groupIII(c, BigDecimal.valueOf(1 + random.nextInt(500)),
                                new BigDecimal(random.nextInt(2_000_000) + "." + String.format("%02d", random.nextInt(100))));
                    });
                }
                budgets.insertLines(b.id(), lines);
                budgets.amountsByClass(b.id()).forEach((c, a) -> execution.setAllotment(b.id(), c, a));
                bench.add(budgets.load(b.id()));
            }
            List<byte[]> files = new ArrayList<>();
            List<String> copyRows = new ArrayList<>();
            BigDecimal generated = BigDecimal.ZERO.setScale(2);
            long doc = 4_500_000_000L;
            for (Budgets.Budget b : reuse ? List.<Budgets.Budget>of() : bench) {
                StringBuilder csv = new StringBuilder(erpPerMission * 90);
                StringBuilder copy = new StringBuilder(erpPerMission * 80);
                csv.append(String.join(",", Execution.IMPORT_COLUMNS)).append('\n');
                for (int i = 0; i < erpPerMission; i++) {
                    ExpenditureClass c = ExpenditureClass.values()[random.nextInt(ExpenditureClass.values().length)];
                    LocalDate date = PERIOD.plusMonths(i % 12).plusDays(random.nextInt(28));
                    String kind = random.nextInt(5) == 0 ? "COMMITMENT" : "EXPENDITURE";
                    BigDecimal amount = BigDecimal.valueOf(random.nextInt(5_000_000) - 50_000, 2); // a few reversals
                    generated = generated.add(amount);
                    long d = ++doc;
                    csv.append(d).append(',').append(date).append(",MSA,").append(b.missionCode()).append(',').append(c.name())
                            .append(',').append(kind).append(',').append(amount.toPlainString()).append('\n');
                    copy.append(b.id()).append(',').append(c.name()).append(',').append(kind).append(',')
                            .append(date.withDayOfMonth(1)).append(",\"").append(d).append("\",").append(amount.toPlainString())
                            .append('\n');
                }
                files.add(csv.toString().getBytes(StandardCharsets.UTF_8));
                copyRows.add(copy.toString());
            }
            if (postgres && !reuse) {
                jdbc.sql("ANALYZE").update();
            }
            if (!reuse) System.out.printf("generated %d budgets x %d estimate lines, %d ERP rows (%.1f MB of CSV) in %.1f s%n",
                    missions, linesPerMission, (long) missions * erpPerMission,
                    files.stream().mapToLong(f -> f.length).sum() / 1e6, (System.nanoTime() - t0) / 1e9);
            long rows = (long) missions * erpPerMission;

            // ---- 1. COPY baseline (PostgreSQL only) ----
            double copySeconds = Double.NaN;
            double importSeconds = Double.NaN;
            BigDecimal imported = BigDecimal.ZERO.setScale(2);
            if (reuse) {
                generated = jdbc.sql("SELECT SUM(amount) FROM bud_erp_line WHERE budget_id IN (SELECT id FROM bud_budget "
                        + "WHERE mission_code LIKE 'BENCH-%')").query(BigDecimal.class).single();
                imported = jdbc.sql("SELECT SUM(total) FROM bud_erp_import WHERE file_name LIKE 'bench-%'").query(BigDecimal.class).single();
            }
            if (postgres && !reuse) {
                try (Connection c = ds.getConnection()) {
                    c.setAutoCommit(false);
                    var copyApi = c.unwrap(PGConnection.class).getCopyAPI();
                    long importId;
                    try (var st = c.prepareStatement("INSERT INTO bud_erp_import (budget_id, file_name, line_count, total, "
                            + "imported_by, imported_at) VALUES (?, 'copy-baseline', 0, 0, 'benchmark', CURRENT_TIMESTAMP)",
                            new String[] {"id"})) {
                        st.setLong(1, bench.get(0).id());
                        st.executeUpdate();
                        var keys = st.getGeneratedKeys();
                        keys.next();
                        importId = keys.getLong(1);
                    }
                    long start = System.nanoTime();
                    for (String data : copyRows) {
                        // the import id is the first column, as the application's own COPY writes it
                        copyApi.copyIn("COPY bud_erp_line (import_id, budget_id, class_code, kind, posting_month, document, "
                                + "amount) FROM STDIN (FORMAT csv)", new StringReader(prefix(data, importId)));
                    }
                    copySeconds = (System.nanoTime() - start) / 1e9;
                    c.rollback();
                }
                jdbc.sql("VACUUM bud_erp_line").update();
                System.out.printf("1. COPY of the same %,d rows (rolled back): %.2f s, %,.0f rows/s%n", rows, copySeconds,
                        rows / copySeconds);
            }

            // ---- 2. the application's import ----
            long start = System.nanoTime();
            for (int i = 0; i < (reuse ? 0 : bench.size()); i++) {
                imported = imported.add(execution.importAs(bench.get(i), "bench-" + bench.get(i).missionCode() + ".csv",
                        files.get(i), "benchmark").total());
            }
            if (!reuse) importSeconds = (System.nanoTime() - start) / 1e9;
            if (!reuse) System.out.printf("2. application import (parse, check every row, store; one file per mission): %.2f s, %,.0f rows/s%s%n",
                    importSeconds, rows / importSeconds, postgres
                            ? String.format(", %.0f %% of COPY's rate (goal >= 50 %%)", 100 * copySeconds / importSeconds) : "");
            files.clear();
            copyRows.clear();
            if (postgres && !reuse) {
                jdbc.sql("ANALYZE bud_erp_line").update();
            }

            // ---- 3. screens over HTTP ----
            String port = ctx.getEnvironment().getProperty("local.server.port");
            HttpClient http = HttpClient.newHttpClient();
            String auth = "Basic " + Base64.getEncoder().encodeToString("budget.hq:budget.hq".getBytes(StandardCharsets.UTF_8));
            Random pick = new Random(3);
            double availability = time("3a. availability screen /budget/budgets/{id}/execution", iterations, () ->
                    get(http, port, auth, "/budget/budgets/" + bench.get(pick.nextInt(bench.size())).id() + "/execution"));
            double variance = time("3b. variance screen /budget/budgets/{id}/performance", iterations, () ->
                    get(http, port, auth, "/budget/budgets/" + bench.get(pick.nextInt(bench.size())).id() + "/performance"));

            // the same pages' data without rendering (services as budget.hq), and a page without budget data
            SecurityContextHolder.getContext().setAuthentication(
                    UsernamePasswordAuthenticationToken.authenticated("budget.hq", null, List.of()));
            time("3c. availability screen's data (availability, pattern, redeployments)", iterations, () -> {
                long id = bench.get(pick.nextInt(bench.size())).id();
                return execution.availabilityChecked(id).size() + execution.monthlyPattern(id).size()
                        + execution.redeployments(id).size();
            });
            time("3d. variance screen's data (PerformanceReports.report)", iterations, () ->
                    reports.report(bench.get(pick.nextInt(bench.size())).id()).lines().size());
            time("3e. baseline: a page of the same shell without budget data (/account/profile)", iterations, () ->
                    get(http, port, auth, "/account/profile"));

            // ---- 4. totals: the reports (Java) against SQL aggregates ----
            BigDecimal javaApportionment = BigDecimal.ZERO.setScale(2);
            BigDecimal javaSpent = BigDecimal.ZERO.setScale(2);
            long t4 = System.nanoTime();
            for (Budgets.Budget b : bench) {
                PerformanceReports.Report r = reports.report(b.id());
                javaApportionment = javaApportionment.add(r.total().figure().apportionment());
                javaSpent = javaSpent.add(r.total().figure().expenditure());
            }
            double javaReports = (System.nanoTime() - t4) / 1e9;
            List<Long> ids = bench.stream().map(Budgets.Budget::id).toList();
            String in = ids.stream().map(String::valueOf).reduce((a, b) -> a + "," + b).orElseThrow();
            long t5 = System.nanoTime();
            BigDecimal sqlSpent = jdbc.sql("SELECT SUM(amount) FROM bud_erp_line WHERE budget_id IN (" + in + ")")
                    .query(BigDecimal.class).single();
            BigDecimal sqlApportionment = jdbc.sql("SELECT SUM(amount) FROM bud_estimate_line WHERE budget_id IN (" + in + ")")
                    .query(BigDecimal.class).single();
            double sqlSeconds = (System.nanoTime() - t5) / 1e9;
            boolean agree = javaSpent.compareTo(sqlSpent) == 0 && javaSpent.compareTo(generated) == 0
                    && imported.compareTo(generated) == 0 && javaApportionment.compareTo(sqlApportionment) == 0;
            System.out.printf("4. totals: the performance reports (Java) %.2f s, SQL aggregates %.2f s%n", javaReports, sqlSeconds);
            System.out.printf("   expenditure + commitments: reports %s, SQL %s, imported %s, generated %s%n",
                    javaSpent.toPlainString(), sqlSpent.toPlainString(), imported.toPlainString(), generated.toPlainString());
            System.out.printf("   apportionment: reports %s, SQL %s%n", javaApportionment.toPlainString(), sqlApportionment.toPlainString());
            System.out.printf("==== summary: %s | import/COPY %.2f | availability p95 %.1f ms | variance p95 %.1f ms | totals %s | load %s ====%n",
                    product.split(" \\(")[0], postgres ? copySeconds / importSeconds : Double.NaN, availability, variance,
                    agree ? "agree to the cent" : "DISAGREE", load());
            if (!agree) {
                System.exit(2);
            }
        } finally {
            ctx.close();
        }
    }

    /** Puts the import id in front of every COPY row. */
    private static String prefix(String data, long importId) {
        StringBuilder sb = new StringBuilder(data.length() + data.length() / 8);
        String p = importId + ",";
        int from = 0;
        while (from < data.length()) {
            int nl = data.indexOf('\n', from);
            sb.append(p).append(data, from, nl + 1);
            from = nl + 1;
        }
        return sb.toString();
    }

    private static int get(HttpClient http, String port, String auth, String path) {
        try {
            HttpResponse<byte[]> r = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                    .header("Authorization", auth).header("Accept-Language", "en").GET().build(),
                    HttpResponse.BodyHandlers.ofByteArray());
            if (r.statusCode() != 200) {
                throw new IllegalStateException(path + " answered " + r.statusCode());
            }
            return r.body().length;
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    interface Task {
        int run();
    }

    /** 10 warm-up calls, then {@code n}; prints p50/p95/max and answers the p95 in ms. */
    static double time(String label, int n, Task task) {
        for (int i = 0; i < 10; i++) {
            task.run();
        }
        double[] ms = new double[n];
        for (int i = 0; i < n; i++) {
            long t = System.nanoTime();
            task.run();
            ms[i] = (System.nanoTime() - t) / 1e6;
        }
        var timings = org.fieldsupport.support.Timings.of(ms);
        System.out.printf("%-60s n=%d p50=%.1f ms p95=%.1f ms max=%.1f ms%n", label, n, timings.p50(), timings.p95(),
                timings.max());
        return timings.p95();
    }

    static String load() {
        try {
            return new String(java.nio.file.Files.readAllBytes(java.nio.file.Path.of("/proc/loadavg"))).trim();
        } catch (java.io.IOException e) {
            return "?";
        }
    }
}
