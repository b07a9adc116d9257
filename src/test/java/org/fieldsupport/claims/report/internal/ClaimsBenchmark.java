package org.fieldsupport.claims.report.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.math.BigDecimal;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.fieldsupport.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Benchmark (not part of the suite: surefire excludes *Benchmark*; run it with
 * {@code ./mvnw -q -B test -Dtest=ClaimsBenchmark -Dsurefire.failIfNoSpecifiedTests=false}, add
 * {@code FSP_TEST_DATABASE_URL=...} for PostgreSQL). Generates 40 missions × 30 contingents × 150 major-equipment
 * lines × 15 self-sustainment categories (one MOU in ten amended from the quarter's second month, so both sides
 * pick the MOU version in force per month), then in the same run on the same database:
 * (1) computes and stores one quarter of verification reports with the rule set (Java), and
 * (2) computes the same totals with one SQL aggregate; prints both times, their ratio, peak heap, and checks the
 * totals agree to the cent. See docs/performance/claims.md.
 */
@IntegrationTest
class ClaimsBenchmark {

    static final int MISSIONS = Integer.getInteger("bench.missions", 40);
    static final int CONTINGENTS = Integer.getInteger("bench.contingents", 30);
    static final int LINES = Integer.getInteger("bench.lines", 150);
    static final int CATEGORIES = Integer.getInteger("bench.categories", 15);
    static final YearMonth FROM = YearMonth.of(2026, 7);
    static final YearMonth TO = YearMonth.of(2026, 9);
    static final String[] STATES = {"BGD", "RWA", "NPL", "IND", "PAK", "EGY", "GHA", "SEN", "IDN", "CHN", "MAR",
            "ETH", "TZA", "ZMB", "URY"};
    static final String[] RATINGS = {"SATISFACTORY", "SATISFACTORY", "SATISFACTORY", "PARTIALLY_SATISFACTORY",
            "UNSATISFACTORY", "NOT_PROVIDED"};

    @Autowired JdbcTemplate jdbc;
    @Autowired ReportBatch batch;

    @Test
    void quarter_of_verification_reports_java_versus_one_sql_aggregate() {
        String run = "BENCH-" + Long.toString(System.currentTimeMillis(), 36).toUpperCase() + "-";
        long t0 = System.nanoTime();
        List<Long> ids = generate(run);
        analyzeInputs();
        long generated = System.nanoTime() - t0;

        System.gc();
        ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
        long javaCpu = processCpuNanos();
        long javaStart = System.nanoTime();
        ReportBatch.Result result = batch.computeAndStore(ids, FROM, TO, "COE-2026-v1", "benchmark");
        long javaNanos = System.nanoTime() - javaStart;
        javaCpu = processCpuNanos() - javaCpu;
        long peakHeap = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(p -> p.getType() == MemoryType.HEAP).mapToLong(p -> p.getPeakUsage().getUsed()).sum();

        long sqlCpu = processCpuNanos();
        long sqlStart = System.nanoTime();
        BigDecimal sqlTotal = jdbc.queryForObject(AGGREGATE, BigDecimal.class, run + "%");
        long sqlNanos = System.nanoTime() - sqlStart;
        sqlCpu = processCpuNanos() - sqlCpu;

        BigDecimal storedTotal = jdbc.queryForObject("""
                SELECT SUM(r.total) FROM claims_verification_report r JOIN claims_contingent c ON c.id = r.contingent_id
                WHERE c.reference LIKE ?""", BigDecimal.class, run + "%");
        Long storedBytes = jdbc.queryForObject("""
                SELECT SUM(OCTET_LENGTH(d.content)) FROM claims_report_computed_lines d
                JOIN claims_verification_report r ON r.id = d.report_id JOIN claims_contingent c ON c.id = r.contingent_id
                WHERE c.reference LIKE ?""", Long.class, run + "%");
        double ratio = (double) javaNanos / sqlNanos;
        System.out.printf("""
                ==== claims benchmark (%s) ====
                portfolio: %d missions x %d contingents x %d ME lines x %d SS categories; quarter %s..%s
                generated and analyzed in %.1f s
                java: %d reports, %d line-months computed and stored in %.2f s; total %s USD
                      (busy time per stage, overlapping: load + compute %.2f s on %d threads (of which load %.2f s), store %.2f s on one)
                sql : one aggregate in %.2f s; total %s USD
                stored reports total %s USD; computed lines stored in %.1f MB (%d bytes per line)
                ratio java/sql = %.2f (goal <= 1.5); peak heap during java run = %d MB
                CPU time of this JVM (load-independent; includes H2's work, not PostgreSQL's): java %.2f s, sql %.2f s
                """, jdbc.getDataSource().getClass().getSimpleName(), MISSIONS, CONTINGENTS, LINES, CATEGORIES,
                FROM, TO, generated / 1e9, result.reports(), result.lines(), javaNanos / 1e9,
                result.total().toPlainString(), result.computing().toNanos() / 1e9, ReportBatch.PREPARERS,
                result.loading().toNanos() / 1e9,
                result.storing().toNanos() / 1e9, sqlNanos / 1e9, sqlTotal.stripTrailingZeros().toPlainString(),
                storedTotal.toPlainString(), storedBytes / 1e6, storedBytes / Math.max(1, result.lines()), ratio, peakHeap / (1024 * 1024), javaCpu / 1e9, sqlCpu / 1e9);
        assertThat(sqlTotal).isEqualByComparingTo(result.total());
        assertThat(storedTotal).isEqualByComparingTo(result.total());
    }

    /**
     * The same rules as COE-2026-v1, in one SQL statement over the stored portfolio (one parameter: the
     * contingents' reference pattern), each line rounded to cents half-even (an exact half cent is detected as
     * num × 200 / n being an odd integer; MOD is not used because H2 truncates its decimal arguments).
     * Portable (H2 in PostgreSQL mode and PostgreSQL 15): the troop-cost rate is looked up once per month; the
     * verification in force for a line in a month is the one dated on or before the month's end and not
     * superseded by then, where "superseded" is the date of the next verification covering the same line
     * (LEAD over the contingent's verifications, ordered like the rule set: date, then id) — a window over the
     * verification findings alone, joined to the months by a range condition, instead of a window over
     * findings × months. Each month takes the terms and annexes of the MOU version in force on its first day
     * (the version that took effect on or before the month's first day with no later one on or before it).
     */
    static final String AGGREGATE = """
            WITH portfolio AS (SELECT c.id FROM claims_contingent c WHERE c.reference LIKE ?),
            months (month_start, month_end, n) AS (
                VALUES (DATE '2026-07-01', DATE '2026-07-31', 31), (DATE '2026-08-01', DATE '2026-08-31', 31),
                       (DATE '2026-09-01', DATE '2026-09-30', 30)),
            rated AS (
                SELECT m.month_start, m.month_end, m.n,
                       (SELECT t.per_person_per_month FROM claims_troop_cost_rate t WHERE t.effective_from <= m.month_start
                        ORDER BY t.effective_from DESC FETCH FIRST 1 ROW ONLY) AS troop_rate
                FROM months m),
            cmd AS (
                SELECT v.contingent_id AS cid, v.id AS vid, m.month_start, m.month_end, m.n, m.troop_rate,
                       1 + v.factor_environmental + v.factor_intensified + v.factor_hostile + v.factor_transport AS f1,
                       EXTRACT(DAY FROM CASE WHEN v.repatriated_on IS NOT NULL AND v.repatriated_on < m.month_end
                                             THEN v.repatriated_on ELSE m.month_end END)
                       - EXTRACT(DAY FROM CASE WHEN v.deployed_on > m.month_start THEN v.deployed_on ELSE m.month_start END)
                       + 1 AS d,
                       CASE WHEN sr.average_strength < v.authorised_strength THEN sr.average_strength
                            ELSE v.authorised_strength END AS p
                FROM portfolio pf JOIN claims_mou_version v ON v.contingent_id = pf.id CROSS JOIN rated m
                JOIN claims_strength_return sr ON sr.contingent_id = v.contingent_id AND sr.return_month = m.month_start
                WHERE v.status = 'EFFECTIVE' AND v.effective_from <= m.month_start
                  AND NOT EXISTS (SELECT 1 FROM claims_mou_version w WHERE w.contingent_id = v.contingent_id
                                  AND w.status = 'EFFECTIVE' AND w.effective_from > v.effective_from
                                  AND w.effective_from <= m.month_start)
                  AND v.deployed_on <= m.month_end AND (v.repatriated_on IS NULL OR v.repatriated_on >= m.month_start)),
            me_in_force AS (
                SELECT v.contingent_id AS cid, ve.line, ve.serviceable, v.verified_on,
                       LEAD(v.verified_on) OVER (PARTITION BY v.contingent_id, ve.line ORDER BY v.verified_on, v.id) AS superseded_on
                FROM claims_verification v JOIN claims_verification_equipment ve ON ve.verification_id = v.id
                JOIN portfolio pf ON pf.id = v.contingent_id WHERE v.status = 'SIGNED'),
            ss_in_force AS (
                SELECT v.contingent_id AS cid, vc.category, vc.rating, v.verified_on,
                       LEAD(v.verified_on) OVER (PARTITION BY v.contingent_id, vc.category ORDER BY v.verified_on, v.id) AS superseded_on
                FROM claims_verification v JOIN claims_verification_category vc ON vc.verification_id = v.id
                JOIN portfolio pf ON pf.id = v.contingent_id WHERE v.status = 'SIGNED'),
            lines AS (
                SELECT e.monthly_rate * (CASE WHEN f.serviceable < e.mou_quantity THEN f.serviceable ELSE e.mou_quantity END)
                       * cmd.f1 * cmd.d AS num, cmd.n
                FROM cmd JOIN claims_mou_equipment e ON e.version_id = cmd.vid
                JOIN me_in_force f ON f.cid = e.contingent_id AND f.line = e.line AND f.verified_on <= cmd.month_end
                     AND (f.superseded_on IS NULL OR f.superseded_on > cmd.month_end)
                UNION ALL
                SELECT k.rate * cmd.p * (CASE f.rating WHEN 'SATISFACTORY' THEN 1.0 WHEN 'PARTIALLY_SATISFACTORY' THEN 0.5
                       ELSE 0 END) * cmd.f1 * cmd.d AS num, cmd.n
                FROM cmd JOIN claims_mou_self_sustainment k ON k.version_id = cmd.vid AND k.provided_by = 'CONTRIBUTOR'
                JOIN ss_in_force f ON f.cid = k.contingent_id AND f.category = k.category AND f.verified_on <= cmd.month_end
                     AND (f.superseded_on IS NULL OR f.superseded_on > cmd.month_end)
                UNION ALL
                SELECT cmd.troop_rate * cmd.p * cmd.d AS num, cmd.n FROM cmd)
            SELECT COALESCE(SUM(CASE
                       WHEN num * 200 / n = FLOOR(num * 200 / n) AND FLOOR(num * 200 / n / 2) * 2 <> num * 200 / n THEN
                            (CASE WHEN FLOOR((num * 200 / n - 1) / 4) * 4 = num * 200 / n - 1 THEN (num * 200 / n - 1) / 2
                                  ELSE (num * 200 / n + 1) / 2 END) / 100
                       ELSE ROUND(num / n, 2) END), 0)
            FROM lines""";

    /** Inserts the portfolio with JDBC batches; returns the contingent ids. */
    List<Long> generate(String run) {
        Random random = new Random(20261127L);
        Timestamp now = new Timestamp(System.currentTimeMillis());
        List<Object[]> contingents = new ArrayList<>();
        for (int m = 0; m < MISSIONS; m++) {
            for (int c = 0; c < CONTINGENTS; c++) {
                LocalDate deployed = random.nextInt(10) == 0 ? LocalDate.of(2026, 8, 1 + random.nextInt(31))
                        : LocalDate.of(2025, 1, 1 + random.nextInt(28));
                LocalDate repatriated = random.nextInt(20) == 0 ? LocalDate.of(2026, 9, 1 + random.nextInt(30)) : null;
                contingents.add(new Object[] {run + m + "-" + c, "BM%02d".formatted(m + 1), STATES[(m + c) % STATES.length],
                        "Illustrative unit", 100 + random.nextInt(800), factor(random), factor(random), factor(random),
                        factor(random), Date.valueOf(deployed), repatriated == null ? null : Date.valueOf(repatriated),
                        now, now});
            }
        }
        jdbc.batchUpdate("""
                INSERT INTO claims_contingent (reference, mission_code, member_state, unit_type, authorised_strength,
                    factor_environmental, factor_intensified, factor_hostile, factor_transport, deployed_on, repatriated_on,
                    illustrative, version, created_by, created_at, modified_by, modified_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, TRUE, 0, 'benchmark', ?, 'benchmark', ?)""", contingents);
        List<Long> ids = jdbc.queryForList("SELECT id FROM claims_contingent WHERE reference LIKE ? ORDER BY id",
                Long.class, run + "%");
        // each MOU's original version, in effect from the first day of the deployment month
        jdbc.update("""
                INSERT INTO claims_mou_version (contingent_id, version_number, kind, status, effective_from, reference,
                    authorised_strength, factor_environmental, factor_intensified, factor_hostile, factor_transport,
                    deployed_on, repatriated_on, created_by, created_at, effective_by, effective_at, lock_version)
                SELECT id, 1, 'ORIGINAL', 'EFFECTIVE', CAST(DATE_TRUNC('month', deployed_on) AS DATE), reference,
                    authorised_strength, factor_environmental, factor_intensified, factor_hostile, factor_transport,
                    deployed_on, repatriated_on, 'benchmark', created_at, 'benchmark', created_at, 0
                FROM claims_contingent WHERE reference LIKE ?""", run + "%");
        java.util.Map<Long, Long> originals = new java.util.HashMap<>();
        jdbc.query("SELECT v.contingent_id, v.id FROM claims_mou_version v JOIN claims_contingent c "
                + "ON c.id = v.contingent_id WHERE c.reference LIKE ?",
                rs -> { originals.put(rs.getLong(1), rs.getLong(2)); }, run + "%");
        List<Object[]> equipment = new ArrayList<>();
        List<Object[]> categories = new ArrayList<>();
        List<Object[]> verifications = new ArrayList<>();
        List<Object[]> returns = new ArrayList<>();
        for (Long id : ids) {
            for (int l = 0; l < LINES; l++) {
                equipment.add(new Object[] {id, originals.get(id), "ME-" + (l + 1), "CAT-" + (l % 12), "Illustrative item " + l,
                        random.nextBoolean() ? "WET" : "DRY", 1 + random.nextInt(20),
                        BigDecimal.valueOf(10000 + random.nextInt(900000), 2)});
            }
            for (int k = 0; k < CATEGORIES; k++) {
                boolean un = k % 7 == 6;
                categories.add(new Object[] {id, originals.get(id), "SS-" + (k + 1), un ? "UN" : "CONTRIBUTOR",
                        un ? null : BigDecimal.valueOf(500 + random.nextInt(6000), 2)});
            }
            verifications.add(new Object[] {id, "ARRIVAL", Date.valueOf(LocalDate.of(2026, 1, 10)), now});
            verifications.add(new Object[] {id, "OPERATIONAL_READINESS", Date.valueOf(LocalDate.of(2026, 8, 15)), now});
            for (int mo = 7; mo <= 9; mo++) {
                returns.add(new Object[] {id, Date.valueOf(LocalDate.of(2026, mo, 1)),
                        BigDecimal.valueOf(800 + random.nextInt(9000), 1)});
            }
        }
        jdbc.batchUpdate("""
                INSERT INTO claims_mou_equipment (contingent_id, version_id, line, category, description, lease_type,
                    mou_quantity, monthly_rate) VALUES (?, ?, ?, ?, ?, ?, ?, ?)""", equipment);
        jdbc.batchUpdate("INSERT INTO claims_mou_self_sustainment (contingent_id, version_id, category, provided_by, "
                + "rate) VALUES (?, ?, ?, ?, ?)", categories);
        amend(run);
        jdbc.batchUpdate("INSERT INTO claims_verification (contingent_id, inspection_type, verified_on, created_by, "
                + "created_at) VALUES (?, ?, ?, 'benchmark', ?)", verifications);
        jdbc.batchUpdate("INSERT INTO claims_strength_return (contingent_id, return_month, average_strength) "
                + "VALUES (?, ?, ?)", returns);
        List<Object[]> findings = new ArrayList<>();
        List<Object[]> ratings = new ArrayList<>();
        jdbc.query("""
                SELECT v.id, v.inspection_type, e.line, e.mou_quantity FROM claims_verification v
                JOIN claims_mou_equipment e ON e.contingent_id = v.contingent_id
                JOIN claims_mou_version o ON o.id = e.version_id AND o.version_number = 1
                JOIN claims_contingent c ON c.id = v.contingent_id WHERE c.reference LIKE ? ORDER BY v.id, e.id""",
                rs -> {
                    boolean arrival = "ARRIVAL".equals(rs.getString(2));
                    if (arrival || random.nextBoolean()) {   // the periodic inspection covers about half the lines
                        int q = rs.getInt(4);
                        findings.add(new Object[] {rs.getLong(1), rs.getString(3), Math.max(0, q - 3 + random.nextInt(6))});
                    }
                }, run + "%");
        jdbc.query("""
                SELECT v.id, k.category FROM claims_verification v
                JOIN claims_mou_self_sustainment k ON k.contingent_id = v.contingent_id
                JOIN claims_mou_version o ON o.id = k.version_id AND o.version_number = 1
                JOIN claims_contingent c ON c.id = v.contingent_id WHERE c.reference LIKE ? ORDER BY v.id, k.id""",
                rs -> {
                    ratings.add(new Object[] {rs.getLong(1), rs.getString(2), RATINGS[random.nextInt(RATINGS.length)]});
                }, run + "%");
        jdbc.batchUpdate("INSERT INTO claims_verification_equipment (verification_id, line, serviceable) VALUES (?, ?, ?)",
                findings);
        jdbc.batchUpdate("INSERT INTO claims_verification_category (verification_id, category, rating) VALUES (?, ?, ?)",
                ratings);
        return ids;
    }

    /**
     * One MOU in ten is amended from 2026-08-01 (the quarter's second month): one more item on every Annex B line,
     * 50 more authorised personnel, the same Annex C. So July is computed with version 1, August and September with
     * version 2, by the Java run and by the aggregate alike.
     */
    void amend(String run) {
        jdbc.update("""
                INSERT INTO claims_mou_version (contingent_id, version_number, kind, status, effective_from, reference,
                    reason, authorised_strength, factor_environmental, factor_intensified, factor_hostile,
                    factor_transport, deployed_on, repatriated_on, created_by, created_at, effective_by, effective_at,
                    lock_version)
                SELECT v.contingent_id, 2, 'AMENDMENT', 'EFFECTIVE', DATE '2026-08-01', 'AMEND-1', 'benchmark',
                    v.authorised_strength + 50, v.factor_environmental, v.factor_intensified, v.factor_hostile,
                    v.factor_transport, v.deployed_on, v.repatriated_on, 'benchmark', v.created_at, 'benchmark',
                    v.created_at, 0
                FROM claims_mou_version v JOIN claims_contingent c ON c.id = v.contingent_id
                WHERE c.reference LIKE ? AND MOD(c.id, 10) = 0 AND v.version_number = 1
                  AND v.effective_from < DATE '2026-08-01'""", run + "%");
        jdbc.update("""
                INSERT INTO claims_mou_equipment (contingent_id, version_id, line, category, description, lease_type,
                    mou_quantity, monthly_rate)
                SELECT e.contingent_id, a.id, e.line, e.category, e.description, e.lease_type, e.mou_quantity + 1,
                    e.monthly_rate
                FROM claims_mou_equipment e JOIN claims_mou_version o ON o.id = e.version_id AND o.version_number = 1
                JOIN claims_mou_version a ON a.contingent_id = o.contingent_id AND a.version_number = 2
                JOIN claims_contingent c ON c.id = e.contingent_id WHERE c.reference LIKE ?""", run + "%");
        jdbc.update("""
                INSERT INTO claims_mou_self_sustainment (contingent_id, version_id, category, provided_by, rate)
                SELECT k.contingent_id, a.id, k.category, k.provided_by, k.rate
                FROM claims_mou_self_sustainment k JOIN claims_mou_version o ON o.id = k.version_id
                     AND o.version_number = 1
                JOIN claims_mou_version a ON a.contingent_id = o.contingent_id AND a.version_number = 2
                JOIN claims_contingent c ON c.id = k.contingent_id WHERE c.reference LIKE ?""", run + "%");
    }

    /**
     * Statistics on the portfolio's tables, as autovacuum / a maintenance job keeps them on a live database: without
     * them PostgreSQL plans the aggregate's CTEs as one-row inputs and re-runs the windows in nested loops. Only the
     * inputs: analyzing the (still almost empty) report tables would make PostgreSQL check each new line's foreign
     * key by a sequential scan of the reports, as they grow from 5 rows to 1,200 (measured: 16 s instead of 6 s).
     */
    private void analyzeInputs() {
        String[] inputs = {"claims_contingent", "claims_mou_version", "claims_mou_equipment",
                "claims_mou_self_sustainment", "claims_verification", "claims_verification_equipment",
                "claims_verification_category", "claims_strength_return", "claims_troop_cost_rate"};
        for (String table : inputs) {
            jdbc.execute(isPostgreSql() ? "ANALYZE " + table : "ANALYZE TABLE " + table);
        }
    }

    private boolean isPostgreSql() {
        return Boolean.TRUE.equals(jdbc.execute((java.sql.Connection c) ->
                c.getMetaData().getDatabaseProductName().toLowerCase(java.util.Locale.ROOT).contains("postgres")));
    }

    private static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }

    private static BigDecimal factor(Random random) {
        return BigDecimal.valueOf(random.nextInt(51), 3);   // 0.000 .. 0.050
    }
}
