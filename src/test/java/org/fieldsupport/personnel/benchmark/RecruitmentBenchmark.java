package org.fieldsupport.personnel.benchmark;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Supplier;
import org.fieldsupport.FieldSupportApplication;
import org.fieldsupport.personnel.recruitment.internal.ApplicationService;
import org.fieldsupport.personnel.recruitment.internal.OpeningService;
import org.fieldsupport.platform.api.PageQuery;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Benchmark of the blind list of one job opening with 5,000 applications (not a test: surefire skips *Benchmark*).
 * Starts the application on FSP_BENCH_DATABASE_URL (PostgreSQL for the goal) or an in-memory H2, generates
 * one generic opening and 5,000 applications (batch inserts), then times as {@code hr.recruiter}, single-threaded
 * after a warm-up: a page of 50 (random page, sorted by experience), the same filtered (women, ≥ 5 years, French,
 * screened in), a filtered page sorted by interview score — each through {@code ApplicationService.page} (access
 * check, blind projection, count) — and the same filtered page and count written directly in SQL.
 * Run: {@code scripts/benchmark-recruitment.sh}. Goal: ≤ 300 ms p95.
 */
public final class RecruitmentBenchmark {

    private RecruitmentBenchmark() { }

    public static void main(String[] args) throws Exception {
        int applications = Integer.getInteger("applications", 5_000);
        int iterations = Integer.getInteger("iterations", 200);
        String url = System.getenv().getOrDefault("FSP_BENCH_DATABASE_URL",
                "jdbc:h2:mem:bench;MODE=PostgreSQL;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1");
        // program arguments, not default properties (application.properties would win over those: H2 measured)
        List<String> arguments = new java.util.ArrayList<>(List.of("--spring.datasource.url=" + url,
                "--spring.datasource.username=" + System.getenv().getOrDefault("FSP_BENCH_DATABASE_USER", "sa"),
                "--spring.datasource.password=", "--fsp.demo-data=true", "--logging.level.root=WARN",
                "--spring.main.banner-mode=off", "--spring.task.scheduling.pool.size=1", "--server.port=0"));
        arguments.addAll(java.util.Arrays.asList(args));
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
            SecurityContextHolder.getContext().setAuthentication(
                    UsernamePasswordAuthenticationToken.authenticated("hr.recruiter", null, List.of()));
            OpeningService openings = ctx.getBean(OpeningService.class);
            ApplicationService apps = ctx.getBean(ApplicationService.class);
            long t0 = System.nanoTime();
            long opening = generate(jdbc, template, openings, applications);
            System.out.printf("generated 1 opening with %d applications in %.1f s%n", applications,
                    (System.nanoTime() - t0) / 1e9);
            Random r = new Random(1);
            int pages = applications / 50;
            ApplicationService.Filter women = new ApplicationService.Filter(null, "F", new java.math.BigDecimal("5"), "fr",
                    null, null, true, null);
            time("blind list: page of 50 of 5,000, sorted by experience", iterations, () -> apps.page(opening,
                    ApplicationService.Filter.NONE, new PageQuery(r.nextInt(pages), 50, "totalExperience",
                            "a.total_experience", false)));
            time("blind list: filtered (women, >= 5 y, French, screened in), page", iterations, () -> apps.page(opening,
                    women, new PageQuery(r.nextInt(5), 50, null, null, true)));
            time("blind list: status SHORTLISTED, sorted by interview score", iterations, () -> apps.page(opening,
                    new ApplicationService.Filter("SHORTLISTED", null, null, null, null, null, null, null),
                    new PageQuery(0, 50, "interviewScore", "a.interview_score", false)));
            time("direct SQL: the same filtered page + count", iterations, () -> {
                List<Map<String, Object>> rows = jdbc.sql("""
                        SELECT a.id, a.candidate_ref, a.gender, a.total_experience, a.education_level, a.languages,
                               a.status, a.test_score, a.interview_score FROM rec_application a
                        WHERE a.opening_id = ? AND a.gender = 'F' AND a.total_experience >= 5 AND a.languages LIKE '%fr:%'
                          AND a.screening_passed = TRUE ORDER BY a.submitted_at, a.id OFFSET ? ROWS FETCH NEXT 50 ROWS ONLY""")
                        .params(opening, r.nextInt(5) * 50).query().listOfRows();
                long n = jdbc.sql("""
                        SELECT COUNT(*) FROM rec_application a WHERE a.opening_id = ? AND a.gender = 'F'
                          AND a.total_experience >= 5 AND a.languages LIKE '%fr:%' AND a.screening_passed = TRUE""")
                        .param(opening).query(Long.class).single();
                return rows.size() + n;
            });
        } finally {
            ctx.close();
        }
    }

    static long generate(JdbcClient jdbc, JdbcTemplate template, OpeningService openings, int n) {
        var existing = jdbc.sql("SELECT id FROM rec_opening WHERE job_family = 'BENCH'").query(Long.class).optional();
        if (existing.isPresent()) {
            return existing.get();
        }
        long opening = openings.create(new OpeningService.NewOpening("GENERIC", null, "BENCH", "P-3", "Bench Officer",
                "Spécialiste", "FIELD", "Bench", "Banc", LocalDate.now().plusDays(30), null, List.of(), List.of())).id();
        Random r = new Random(7);
        String[] langs = {"en:FLUENT", "en:FLUENT;fr:KNOWLEDGE", "fr:FLUENT;en:FLUENT", "en:KNOWLEDGE;ar:FLUENT"};
        String[] statuses = {"SUBMITTED", "SUBMITTED", "SHORTLISTED", "SCREENED_OUT"};
        List<Object[]> applicants = new ArrayList<>();
        Timestamp now = Timestamp.from(Instant.now());
        for (int i = 0; i < n; i++) {
            applicants.add(new Object[] {"bench" + i + "@bench.example", "Bench Applicant " + i, now, now});
        }
        template.batchUpdate("""
                INSERT INTO rec_applicant (email, full_name, preferred_language, status, created_at, confirmed_at)
                VALUES (?, ?, 'en', 'CONFIRMED', ?, ?)""", applicants);
        List<Long> ids = jdbc.sql("SELECT id FROM rec_applicant WHERE email LIKE 'bench%@bench.example' ORDER BY id")
                .query(Long.class).list();
        List<Object[]> rows = new ArrayList<>();
        for (int i = 0; i < ids.size(); i++) {
            String status = statuses[r.nextInt(statuses.length)];
            rows.add(new Object[] {opening, ids.get(i), "B-" + String.format("%08d", i), r.nextInt(100) < 46 ? "F" : "M",
                    new java.math.BigDecimal(r.nextInt(250)).movePointLeft(1), "MASTER", langs[r.nextInt(langs.length)],
                    false, "NONE", !"SCREENED_OUT".equals(status), status,
                    "SHORTLISTED".equals(status) ? new java.math.BigDecimal(300 + r.nextInt(200)).movePointLeft(2) : null,
                    "SHORTLISTED".equals(status) ? new java.math.BigDecimal(100 + r.nextInt(400)).movePointLeft(2) : null,
                    "SEN", Timestamp.from(Instant.now().minusSeconds(r.nextInt(1_000_000)))});
        }
        template.batchUpdate("""
                INSERT INTO rec_application (opening_id, applicant_id, candidate_ref, gender, total_experience,
                    education_level, languages, on_roster, un_status, screening_passed, status, test_score, interview_score,
                    member_state, submitted_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", rows);
        return opening;
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
