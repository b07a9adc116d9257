package org.fieldsupport.claims.contingent.web;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.fieldsupport.claims.contingent.internal.CoeOverview;
import org.fieldsupport.support.IntegrationTest;
import org.fieldsupport.support.StatementCounter;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Benchmark (not part of the suite: surefire excludes *Benchmark*; run it with
 * {@code ./mvnw -q -B test -Dtest=CoeMissionsBenchmark -Dsurefire.failIfNoSpecifiedTests=false}, add
 * {@code FSP_TEST_DATABASE_URL=...} for PostgreSQL, on a fresh database). Generates 40 missions × 30 contingents
 * (a signed arrival inspection, one to three signed operational readiness inspections, a draft for one in ten,
 * monthly strength returns with a few gaps, one in twenty repatriated), then counts the SQL statements and times
 * the views that read the mission COE overview, as the demo administrator (who sees every mission): the COE by
 * mission list, the dashboard card, one mission's schedule (its COE page and its organisation-page panel). Prints a
 * digest of every schedule row, so two runs (before/after a change) can be compared figure for figure. See
 * docs/performance/claims.md, "COE mission overview reads".
 */
@IntegrationTest
class CoeMissionsBenchmark {

    static final int MISSIONS = Integer.getInteger("bench.missions", 40);
    static final int CONTINGENTS = Integer.getInteger("bench.contingents", 30);
    static final int RUNS = 7;

    @Autowired MockMvc mvc;
    @Autowired JdbcTemplate jdbc;
    @Autowired CoeOverview overview;

    @Test
    void views_of_the_mission_coe_overview_for_40_missions_of_30_contingents() throws Exception {
        LocalDate today = overview.today();
        String run = "CB" + Long.toString(System.currentTimeMillis() % 1_000_000_000L, 36).toUpperCase() + "-";
        long t0 = System.nanoTime();
        generate(run, today);
        double generated = (System.nanoTime() - t0) / 1e9;
        String oneMission = run + "01";

        Measured list = measure(() -> page("/claims/missions"));
        Measured card = measure(() -> page("/claims/cards/inspections"));
        Measured schedule = measure(() -> overview.schedule(oneMission, today));

        StringBuilder rows = new StringBuilder();
        long overdue = 0;
        long missing = 0;
        long drafts = 0;
        for (int m = 1; m <= MISSIONS; m++) {
            for (CoeOverview.ContingentSchedule r : overview.schedule(run + "%02d".formatted(m), today)) {
                rows.append(r.reference().substring(run.length())).append(r.memberState()).append(r.deployedOn())
                        .append(r.arrivalInspection()).append(r.lastReadiness()).append(r.nextDue())
                        .append(r.overdue()).append(r.drafts()).append(r.lastMonthReturnMissing())
                        .append(r.missingReturns()).append('\n');
                overdue += r.overdue() ? 1 : 0;
                missing += r.missingReturns();
                drafts += r.drafts();
            }
        }
        System.out.printf("""
                ==== COE mission overview reads (%s) ====
                portfolio: %d missions x %d contingents (generated in %.1f s), today %s
                view                          statements   median ms (of %d, after 2 warm-ups)
                /claims/missions              %10d   %8.1f
                /claims/cards/inspections     %10d   %8.1f
                one mission's schedule        %10d   %8.1f
                schedule digest: %s (%d contingents deployed, %d overdue, %d drafts, %d strength returns missing)
                """, jdbc.execute((java.sql.Connection c) -> c.getMetaData().getDatabaseProductName()), MISSIONS, CONTINGENTS, generated, today, RUNS,
                list.statements(), list.medianMillis(), card.statements(), card.medianMillis(), schedule.statements(),
                schedule.medianMillis(), Integer.toHexString(rows.toString().hashCode()),
                rows.chars().filter(c -> c == '\n').count(), overdue, drafts, missing);
    }

    record Measured(int statements, double medianMillis) { }

    Measured measure(StatementCounter.Action view) throws Exception {
        view.run();
        view.run();
        int statements = StatementCounter.count(view).statements();
        double[] millis = new double[RUNS];
        for (int i = 0; i < RUNS; i++) {
            long start = System.nanoTime();
            view.run();
            millis[i] = (System.nanoTime() - start) / 1e6;
        }
        Arrays.sort(millis);
        return new Measured(statements, millis[RUNS / 2]);
    }

    void page(String path) throws Exception {
        mvc.perform(get(path).with(user("admin"))).andExpect(status().isOk());
    }

    /** Contingents deployed 1 to 30 months ago with their inspections and strength returns, by JDBC batches. */
    void generate(String run, LocalDate today) {
        Random random = new Random(20261127L);
        Timestamp now = new Timestamp(System.currentTimeMillis());
        String[] states = {"BGD", "RWA", "NPL", "IND", "PAK", "EGY", "GHA", "SEN", "IDN", "CHN", "MAR", "ETH"};
        List<Object[]> contingents = new ArrayList<>();
        for (int m = 1; m <= MISSIONS; m++) {
            for (int c = 0; c < CONTINGENTS; c++) {
                LocalDate deployed = today.minusDays(30 + random.nextInt(900));
                LocalDate repatriated = random.nextInt(20) == 0 ? today.minusDays(1 + random.nextInt(25)) : null;
                contingents.add(new Object[] {run + "%02d-%02d".formatted(m, c), run + "%02d".formatted(m),
                        states[(m + c) % states.length], Date.valueOf(deployed),
                        repatriated == null ? null : Date.valueOf(repatriated), now, now});
            }
        }
        jdbc.batchUpdate("""
                INSERT INTO claims_contingent (reference, mission_code, member_state, unit_type, authorised_strength,
                    factor_environmental, factor_intensified, factor_hostile, factor_transport, deployed_on, repatriated_on,
                    illustrative, version, created_by, created_at, modified_by, modified_at)
                VALUES (?, ?, ?, 'Infantry battalion', 800, 0, 0, 0, 0, ?, ?, TRUE, 0, 'benchmark', ?, 'benchmark', ?)""",
                contingents);
        List<Object[]> inspections = new ArrayList<>();
        List<Object[]> returns = new ArrayList<>();
        jdbc.query("SELECT id, deployed_on, repatriated_on FROM claims_contingent WHERE reference LIKE ? ORDER BY reference",
                rs -> {
                    long id = rs.getLong(1);
                    LocalDate deployed = rs.getObject(2, LocalDate.class);
                    LocalDate repatriated = rs.getObject(3, LocalDate.class);
                    inspections.add(new Object[] {id, "ARRIVAL", Date.valueOf(deployed.plusDays(random.nextInt(10))),
                            "SIGNED", now});
                    int readiness = 1 + random.nextInt(3);
                    for (int i = 0; i < readiness; i++) {
                        LocalDate on = deployed.plusDays(20 + random.nextInt(
                                (int) Math.max(1, today.toEpochDay() - deployed.toEpochDay() - 20)));
                        inspections.add(new Object[] {id, "OPERATIONAL_READINESS", Date.valueOf(on), "SIGNED", now});
                    }
                    if (random.nextInt(10) == 0) {
                        inspections.add(new Object[] {id, "OPERATIONAL_READINESS", Date.valueOf(today), "DRAFT", now});
                    }
                    YearMonth last = repatriated == null ? YearMonth.from(today).minusMonths(1) : YearMonth.from(repatriated);
                    for (YearMonth m = YearMonth.from(deployed); !m.isAfter(last); m = m.plusMonths(1)) {
                        if (random.nextInt(30) != 0) {
                            returns.add(new Object[] {id, Date.valueOf(m.atDay(1)),
                                    BigDecimal.valueOf(7000 + random.nextInt(1000), 1), now});
                        }
                    }
                }, run + "%");
        jdbc.batchUpdate("""
                INSERT INTO claims_verification (contingent_id, inspection_type, verified_on, status, created_by, created_at)
                VALUES (?, ?, ?, ?, 'benchmark', ?)""", inspections);
        jdbc.batchUpdate("""
                INSERT INTO claims_strength_return (contingent_id, return_month, average_strength, recorded_by, recorded_at)
                VALUES (?, ?, ?, 'benchmark', ?)""", returns);
        // statistics, as autovacuum keeps them on a live database
        boolean postgres = Boolean.TRUE.equals(jdbc.execute((java.sql.Connection c) -> c.getMetaData()
                .getDatabaseProductName().toLowerCase(java.util.Locale.ROOT).contains("postgres")));
        for (String table : new String[] {"claims_contingent", "claims_verification", "claims_strength_return"}) {
            jdbc.execute(postgres ? "ANALYZE " + table : "ANALYZE TABLE " + table);
        }
    }
}
