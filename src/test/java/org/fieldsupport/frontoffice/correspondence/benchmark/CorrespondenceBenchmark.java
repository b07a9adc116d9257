package org.fieldsupport.frontoffice.correspondence.benchmark;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.fieldsupport.FieldSupportApplication;
import org.fieldsupport.frontoffice.correspondence.internal.CorrespondenceRegister;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Benchmark of a 500,000-item correspondence register (issue 16; not a test: surefire skips *Benchmark*). The
 * datasource comes as program arguments, which win over any property file, e.g.
 * {@code --spring.datasource.url=jdbc:postgresql://127.0.0.1:5432/fsp_desk_bench --spring.datasource.username=root};
 * without them an in-memory H2. Prints the database product measured. Generates {@code -Ditems=500000} items (one
 * INSERT ... SELECT: 80 % unclassified, 15 % confidential, 5 % strictly confidential, over 8 units and 6 years),
 * then times single-threaded after a warm-up, through {@link CorrespondenceRegister#list} (visibility clause, count,
 * page, addressees, mapping) as {@code frontoffice.usg} (department-wide) and {@code action.mcms} (one unit), each
 * beside the same page in plain SQL (no visibility clause, no mapping). On PostgreSQL it then drops the trigram index
 * (V45_2), times the searches again, and recreates it: the side-by-side of docs/performance/frontoffice.md.
 */
public final class CorrespondenceBenchmark {

    private CorrespondenceBenchmark() { }

    static final String[] UNITS = {"DFS-MCMS", "DFS-TMS", "DFS-LSD", "DFS-FPD", "DFS-FBFD", "DFS-ICTD", "DFS-OUSG", "DFS-SCM"};

    public static void main(String[] args) throws Exception {
        int items = Integer.getInteger("items", 500_000);
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
                postgres = md.getDatabaseProductName().toLowerCase().contains("postgres");
                System.out.printf("database measured: %s %s (%s)%n", md.getDatabaseProductName(),
                        md.getDatabaseProductVersion(), md.getURL());
            }
            long existing = jdbc.sql("SELECT COUNT(*) FROM fo_correspondence").query(Long.class).single();
            if (existing < items) {
                long t0 = System.nanoTime();
                generate(jdbc, postgres, items - (int) existing);
                if (postgres) jdbc.sql("ANALYZE fo_correspondence").update();
                System.out.printf("generated %d items in %.1f s%n", items - existing, (System.nanoTime() - t0) / 1e9);
            }
            System.out.printf("items: %d; matching 'rotation': %d; matching 'helicopter': %d%n",
                    jdbc.sql("SELECT COUNT(*) FROM fo_correspondence").query(Long.class).single(),
                    jdbc.sql("SELECT COUNT(*) FROM fo_correspondence WHERE subject_search LIKE '%rotation%'").query(Long.class).single(),
                    jdbc.sql("SELECT COUNT(*) FROM fo_correspondence WHERE subject_search LIKE '%helicopter%'").query(Long.class).single());
            System.out.printf("load average at start: %s%n", loadAverage());
            CorrespondenceRegister register = ctx.getBean(CorrespondenceRegister.class);
            measure(register, ds, iterations, "");
            if (postgres) {
                jdbc.sql("DROP INDEX IF EXISTS fo_corr_search_trgm").update();
                measureSearches(register, ds, iterations, " [no trigram index]");
                jdbc.sql("CREATE INDEX fo_corr_search_trgm ON fo_correspondence USING gin (subject_search gin_trgm_ops)").update();
                jdbc.sql("ANALYZE fo_correspondence").update();
            }
            System.out.printf("load average at end: %s%n", loadAverage());
        } finally {
            ctx.close();
        }
    }

    static void measure(CorrespondenceRegister register, DataSource ds, int iterations, String suffix) {
        as("frontoffice.usg");
        report("first page of 50, usg (register.list)" + suffix, iterations,
                () -> register.list(new CorrespondenceRegister.Filter(null, null, null, null, false), 0, 50, null).items().size());
        report("page 200 of 50, usg (register.list)" + suffix, iterations,
                () -> register.list(new CorrespondenceRegister.Filter(null, null, null, null, false), 9950, 50, null).items().size());
        report("first page, plain SQL" + suffix, iterations, () -> plain(ds, null, 0));
        report("page 200, plain SQL" + suffix, iterations, () -> plain(ds, null, 9950));
        report("overdue list, usg (register.list)" + suffix, iterations,
                () -> register.list(new CorrespondenceRegister.Filter(null, null, null, null, true), 0, 50, "c.due_date ASC, c.id").items().size());
        measureSearches(register, ds, iterations, suffix);
    }

    static void measureSearches(CorrespondenceRegister register, DataSource ds, int iterations, String suffix) {
        as("frontoffice.usg");
        report("search 'helicopter' (1 in 1000), usg" + suffix, iterations,
                () -> register.list(new CorrespondenceRegister.Filter("helicopter", null, null, null, false), 0, 50, null).items().size());
        report("search 'helicopter', plain SQL" + suffix, iterations, () -> plain(ds, "%helicopter%", 0));
        report("search 'rotation' (1 in 10), usg" + suffix, iterations,
                () -> register.list(new CorrespondenceRegister.Filter("rotation", null, null, null, false), 0, 50, null).items().size());
        report("search 'rotation', plain SQL" + suffix, iterations, () -> plain(ds, "%rotation%", 0));
        report("search a reference 'b-4242', usg" + suffix, iterations,
                () -> register.list(new CorrespondenceRegister.Filter("b-4242", null, null, null, false), 0, 50, null).items().size());
        as("action.mcms");
        report("search 'helicopter', one unit (action.mcms)" + suffix, iterations,
                () -> register.list(new CorrespondenceRegister.Filter("helicopter", null, null, null, false), 0, 50, null).items().size());
        report("first page of 50, one unit (action.mcms)" + suffix, iterations,
                () -> register.list(new CorrespondenceRegister.Filter(null, null, null, null, false), 0, 50, null).items().size());
    }

    static void as(String user) {
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(user, null, List.of()));
    }

    static void generate(JdbcClient jdbc, boolean postgres, int n) {
        String g = postgres ? "g" : "X";
        String source = postgres ? "generate_series(1, " + n + ") AS s(g)" : "SYSTEM_RANGE(1, " + n + ")";
        String received = postgres ? "(CURRENT_DATE - (" + g + " % 2190)::int)" : "DATEADD('DAY', -MOD(" + g + ", 2190), CURRENT_DATE)";
        String due = postgres ? "(CURRENT_DATE - (" + g + " % 2190)::int + 14)" : "DATEADD('DAY', 14 - MOD(" + g + ", 2190), CURRENT_DATE)";
        StringBuilder unit = new StringBuilder("CASE MOD(" + g + ", 8)");
        for (int i = 0; i < UNITS.length; i++) unit.append(" WHEN ").append(i).append(" THEN '").append(UNITS[i]).append("'");
        unit.append(" END");
        String topic = "CASE WHEN MOD(" + g + ", 1000) = 7 THEN 'letter of assist for a helicopter unit'"
                + " WHEN MOD(" + g + ", 10) = 3 THEN 'rotation of the contingent' WHEN MOD(" + g + ", 10) = 4 THEN 'reimbursement of claims'"
                + " ELSE 'query on support number ' || " + g + " END";
        String subject = "'Note verbale: ' || " + topic;
        String sender = "CASE MOD(" + g + ", 5) WHEN 0 THEN 'Permanent Mission of Bangladesh' WHEN 1 THEN 'Permanent Mission of Ghana'"
                + " WHEN 2 THEN 'African Union' WHEN 3 THEN 'UNICEF' ELSE 'Department of Operational Support' END";
        String cls = "CASE WHEN MOD(" + g + ", 20) = 0 THEN 'STRICTLY_CONFIDENTIAL' WHEN MOD(" + g + ", 20) < 4 THEN 'CONFIDENTIAL' ELSE 'UNCLASSIFIED' END";
        String status = "CASE WHEN MOD(" + g + ", 2190) < 30 THEN 'ASSIGNED' WHEN MOD(" + g + ", 2190) < 40 THEN 'REPLY_DRAFTED' ELSE 'CLOSED' END";
        jdbc.sql("INSERT INTO fo_correspondence (reference, kind, subject, sender, received_on, due_date, classification,"
                + " mission_code, assigned_unit, rule_set, status, subject_search, version, created_by, created_at, modified_by,"
                + " modified_at) SELECT 'B-' || " + g + ", 'INCOMING', " + subject + ", " + sender + ", " + received + ", " + due
                + ", " + cls + ", NULL, " + unit + ", 'ROUTING-v1', " + status + ", LOWER('B-' || " + g + " || ' ' || " + subject
                + " || ' ' || " + sender + "), 0, 'bench', CURRENT_TIMESTAMP, 'bench', CURRENT_TIMESTAMP FROM " + source).update();
        // the strictly confidential items have an addressee: the principal
        jdbc.sql("INSERT INTO fo_correspondence_addressee (correspondence_id, username) SELECT id, 'frontoffice.usg'"
                + " FROM fo_correspondence WHERE classification = 'STRICTLY_CONFIDENTIAL' AND created_by = 'bench'").update();
    }

    static int plain(DataSource ds, String like, long offset) {
        String sql = "SELECT c.id, c.reference, c.kind, c.subject, c.sender, c.received_on, c.due_date, c.classification,"
                + " c.assigned_unit, c.status FROM fo_correspondence c" + (like == null ? "" : " WHERE c.subject_search LIKE ?")
                + " ORDER BY c.received_on DESC, c.id DESC LIMIT 50 OFFSET " + offset;
        String count = "SELECT COUNT(*) FROM fo_correspondence c" + (like == null ? "" : " WHERE c.subject_search LIKE ?");
        try (Connection c = ds.getConnection()) {
            int n = 0;
            try (PreparedStatement ps = c.prepareStatement(count)) {
                if (like != null) ps.setString(1, like);
                try (ResultSet rs = ps.executeQuery()) { rs.next(); }
            }
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                if (like != null) ps.setString(1, like);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) n++;
                }
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
