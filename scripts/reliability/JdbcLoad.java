import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The JDBC side of the load series (issue 20, docs/reliability.md): the same reads the HTTP requests make, run
 * directly on PostgreSQL by {@code users} concurrent clients sharing {@code connections} connections (default 40 =
 * the two nodes' Hikari pools), for {@code seconds}; prints requests/s and p50/p95/p99.
 * Single-file program: {@code java -cp postgresql.jar scripts/reliability/JdbcLoad.java URL USER WORK USERS SECONDS}.
 * WORK: {@code health} (SELECT 1, the floor), {@code unit} (the unit's row, its positions, its sub-units: the core of
 * GET /api/v1/organization/units/{code}), {@code work} (a user's open work items, the core of the work inbox).
 */
public class JdbcLoad {

    public static void main(String[] args) throws Exception {
        String url = args[0];
        String user = args[1];
        String work = args[2];
        int users = Integer.parseInt(args[3]);
        int seconds = Integer.parseInt(args[4]);
        int connections = Integer.parseInt(System.getProperty("connections", "40"));
        BlockingQueue<Connection> pool = new ArrayBlockingQueue<>(connections);
        for (int i = 0; i < Math.min(connections, users); i++) pool.add(DriverManager.getConnection(url, user, ""));
        List<String> sql = switch (work) {
            case "health" -> List.of("SELECT 1");
            case "unit" -> List.of(
                    "SELECT code, kind, name_fr, name_en, parent_code, paragraphs, valid_from, valid_to, version FROM org_unit"
                            + " WHERE code = ? AND valid_from <= CURRENT_DATE AND (valid_to IS NULL OR valid_to >= CURRENT_DATE)",
                    "SELECT code, title_fr, title_en, grade_code, is_head FROM org_position WHERE unit_code = ?",
                    "SELECT code, kind, name_fr, name_en FROM org_unit WHERE parent_code = ?"
                            + " AND valid_from <= CURRENT_DATE AND (valid_to IS NULL OR valid_to >= CURRENT_DATE)");
            // an HR officer's inbox (JdbcWorkItems): the candidates on five columns, then the first page in full
            case "work" -> List.of("SELECT id, assignee_kind, assignee_name, assignee_scope, due_on FROM work_item"
                    + " WHERE state = 'OPEN' AND ((assignee_kind = 'USER' AND assignee_name = ?)"
                    + " OR (assignee_kind = 'ROLE' AND assignee_name IN ('HR_OFFICER')))",
                    "SELECT * FROM work_item WHERE state = 'OPEN' AND assignee_kind = 'ROLE' AND assignee_name = 'HR_OFFICER'"
                    + " AND assignee_name <> ? ORDER BY due_on NULLS LAST, id LIMIT 20");
            // the Member State portal's statement summary: the state's verification reports (PortalQueries.reports)
            case "portal" -> List.of("SELECT id, reference, contingent_id, mission_code, member_state, period_from,"
                    + " period_to, rule_set, currency, total, adjustments, paid, status, submitted_by, reviewed_by,"
                    + " certified_by, version FROM claims_verification_report WHERE member_state = ?"
                    + " ORDER BY member_state, mission_code, period_from, id");
            default -> throw new IllegalArgumentException(work);
        };
        String param = switch (work) {
            case "unit" -> "DFS-SUPS";
            case "work" -> "hr.minusca";
            case "portal" -> "BGD";
            default -> null;
        };
        AtomicBoolean stop = new AtomicBoolean();
        List<double[]> samples = new ArrayList<>();
        int[] counts = new int[users];
        int[] errors = new int[users];
        CountDownLatch done = new CountDownLatch(users);
        List<Thread> threads = new ArrayList<>();
        for (int u = 0; u < users; u++) {
            double[] mine = new double[2_000_000 / Math.max(1, users) + 1000];
            samples.add(mine);
            int me = u;
            Thread t = new Thread(() -> {
                try {
                    while (!stop.get()) {
                        long t0 = System.nanoTime();
                        Connection c = pool.take();
                        try {
                            for (String s : sql) {
                                try (PreparedStatement ps = c.prepareStatement(s)) {
                                    if (param != null) ps.setString(1, param);
                                    try (ResultSet rs = ps.executeQuery()) {
                                        while (rs.next()) rs.getObject(1);
                                    }
                                }
                            }
                        } catch (Exception e) {
                            errors[me]++;
                        } finally {
                            pool.add(c);
                        }
                        if (counts[me] < mine.length) mine[counts[me]] = (System.nanoTime() - t0) / 1e6;
                        counts[me]++;
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                } finally {
                    done.countDown();
                }
            });
            threads.add(t);
        }
        long start = System.nanoTime();
        threads.forEach(Thread::start);
        Thread.sleep(seconds * 1000L);
        stop.set(true);
        done.await();
        double elapsed = (System.nanoTime() - start) / 1e9;
        int total = Arrays.stream(counts).sum();
        double[] all = new double[total];
        int k = 0;
        for (int u = 0; u < users; u++) {
            int n = Math.min(counts[u], samples.get(u).length);
            System.arraycopy(samples.get(u), 0, all, k, n);
            k += n;
        }
        all = Arrays.copyOf(all, k);
        Arrays.sort(all);
        if (Boolean.getBoolean("row")) { // a row of the load-series table: requests/s | p50 | p95 | p99 (ms) | errors
            System.out.printf(Locale.ROOT, "%.1f | %.2f | %.2f | %.2f | %d errors (%d connections)%n", total / elapsed,
                    pct(all, 50), pct(all, 95), pct(all, 99), Arrays.stream(errors).sum(), Math.min(connections, users));
        } else {
            System.out.printf(Locale.ROOT, "jdbc %s users=%d connections=%d: %.1f req/s, p50 %.2fms, p95 %.2fms, p99 %.2fms, errors %d%n",
                    work, users, Math.min(connections, users), total / elapsed, pct(all, 50), pct(all, 95), pct(all, 99),
                    Arrays.stream(errors).sum());
        }
    }

    static double pct(double[] sorted, int p) {
        if (sorted.length == 0) return Double.NaN;
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p / 100.0 * sorted.length) - 1)];
    }
}
