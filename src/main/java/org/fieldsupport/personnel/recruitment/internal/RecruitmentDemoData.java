package org.fieldsupport.personnel.recruitment.internal;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.fieldsupport.personnel.outreach.internal.CampaignService;
import org.fieldsupport.personnel.outreach.internal.CareerService;
import org.fieldsupport.personnel.recruitment.domain.PanelRules;
import org.fieldsupport.platform.security.DemoData;
import org.fieldsupport.platform.security.Scope;
import org.fieldsupport.platform.security.UserDirectory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Recruitment demo data (after the personnel demo data): the demo users; two outreach campaigns; six job openings
 * across the types with 40 to 120 applications each, taken through the real pipeline (scores by hr.assessor, memo by
 * hr.recruiter, endorsement by crb.member, selection by dir.fpd under the organisation's demo delegation); the two
 * rosters this fills (Human Resources Officer P-3 and Logistics Officer P-4); field-career pages; two career plans.
 * ILLUSTRATIVE people and figures, generated with a fixed seed. Idempotent: recognised by its openings.
 */
@Component
@DemoData.OnDemoData
@Order(410)
class RecruitmentDemoData implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(RecruitmentDemoData.class);
    static final String ACTOR = "demo-data";
    static final String[] FIRST_F = {"Amina", "Claire", "Fatou", "Mariam", "Sofia", "Grace", "Yuki", "Ana", "Leila",
            "Ines", "Priya", "Chloé", "Nadia", "Esther", "Mei"};
    static final String[] FIRST_M = {"Jean", "Ousmane", "Carlos", "David", "Kofi", "Ahmed", "Luca", "Rahul", "Pierre",
            "Samuel", "Hiroshi", "Tomás", "Youssef", "Daniel", "Ivan"};
    static final String[] LAST = {"Diallo", "Martin", "Nguyen", "Okafor", "Silva", "Haddad", "Kimura", "Mensah",
            "Rossi", "Sharma", "Dubois", "Kamau", "Lopez", "Ndiaye", "Petrov", "Tanaka", "Moreau", "Bello"};
    static final String[] STATES = {"SEN", "FRA", "CAN", "KEN", "IND", "JPN", "BRA", "MEX", "DEU", "CMR", "RWA",
            "COL", "NGA", "EGY", "KOR", "IDN", "CHN", "GHA", "TUN", "PHL"};

    private final JdbcClient jdbc;
    private final UserDirectory users;
    private final ApplicantAccounts accounts;
    private final OpeningService openings;
    private final ApplicationService applications;
    private final AssessmentService assessment;
    private final CampaignService campaigns;
    private final CareerService careers;
    private final RecruitmentClock clock;

    RecruitmentDemoData(JdbcClient jdbc, UserDirectory users, ApplicantAccounts accounts, OpeningService openings,
                        ApplicationService applications, AssessmentService assessment, CampaignService campaigns,
                        CareerService careers, RecruitmentClock clock) {
        this.jdbc = jdbc;
        this.users = users;
        this.accounts = accounts;
        this.openings = openings;
        this.applications = applications;
        this.assessment = assessment;
        this.campaigns = campaigns;
        this.careers = careers;
        this.clock = clock;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        ensureUsers();
        if (jdbc.sql("SELECT COUNT(*) FROM rec_opening WHERE created_by = ?").param(ACTOR).query(Long.class).single() > 0) {
            return;
        }
        var context = SecurityContextHolder.getContext();
        try {
            load();
        } finally {
            SecurityContextHolder.setContext(context);
        }
        log.info("Recruitment demo data loaded");
    }

    void ensureUsers() {
        users.ensureUser("hr.recruiter", "Recruiter, Field Personnel Division (demo)", "hr.recruiter@fieldsupport.example",
                "en", "hr.recruiter");
        users.ensureRoleAssignment("hr.recruiter", RecruitmentPermissions.ROLE_RECRUITER, Scope.department());
        users.ensureUser("hr.assessor", "Assessment panel member (demo)", "hr.assessor@fieldsupport.example", "fr",
                "hr.assessor");
        users.ensureRoleAssignment("hr.assessor", RecruitmentPermissions.ROLE_ASSESSOR, Scope.department());
        users.ensureUser("crb.member", "Field Central Review Body member (demo)", "crb.member@fieldsupport.example", "en",
                "crb.member");
        users.ensureRoleAssignment("crb.member", RecruitmentPermissions.ROLE_CRB, Scope.department());
        // the holders of the organisation's demo RECRUITMENT_APPOINTMENT delegations select
        if (users.find("dir.fpd").isPresent()) {
            users.ensureRoleAssignment("dir.fpd", RecruitmentPermissions.ROLE_HIRING_HEAD, Scope.department());
        }
        if (users.find("chief.fpos-rhr1").isPresent()) {
            for (String m : List.of("MINUSCA", "UNMISS", "MONUSCO")) {
                users.ensureRoleAssignment("chief.fpos-rhr1", RecruitmentPermissions.ROLE_HIRING_HEAD, Scope.mission(m));
            }
        }
        if (users.find("hr.minusca").isPresent()) {
            users.ensureRoleAssignment("hr.minusca", RecruitmentPermissions.ROLE_CAREER_ADVISER, Scope.mission("MINUSCA"));
        }
        accounts.ensureConfirmed("applicant.demo", "applicant.demo@applicants.example", "Awa Demo", "fr");
    }

    static void as(String user) {
        SecurityContextHolder.setContext(SecurityContextHolder.createEmptyContext());
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(user, null, List.of()));
    }

    Long post(String mission, String grade, int skip) {
        List<Long> ids = jdbc.sql("SELECT id FROM pers_post WHERE mission_code = ? AND grade_code = ? AND status = 'ACTIVE' ORDER BY id")
                .params(mission, grade).query(Long.class).list();
        return ids.isEmpty() ? null : ids.get(Math.min(skip, ids.size() - 1));
    }

    void load() {
        Random random = new Random(14);
        Instant now = clock.now();
        LocalDate today = clock.today();
        CampaignService.Campaign women = campaigns.create(new CampaignService.NewCampaign(
                "Women in field human resources and logistics", "HUMAN RESOURCES", "F",
                List.of("JPN", "BRA", "MEX", "DEU", "COL", "KOR", "IDN"), List.of("MEMBER_STATE", "PROFESSIONAL_NETWORK",
                "UN_ENTITY"), "Permanent missions; women's professional associations; UN Women", today.minusDays(200),
                today.plusDays(60), 150), ACTOR);
        CampaignService.Campaign logistics = campaigns.create(new CampaignService.NewCampaign(
                "Logistics talent from regional organizations", "LOGISTICS", null, List.of("CHN", "BRA", "IDN"),
                List.of("REGIONAL_ORGANIZATION", "PEACEKEEPING_PARTNER"), "African Union; ECOWAS; training centres",
                today.minusDays(180), today.plusDays(30), 80), ACTOR);

        // 1. generic HR P-3 (completed: 50 endorsed to the roster, applicant.demo among them)
        long o1 = opening("GENERIC", null, "HUMAN RESOURCES", "P-3", "Human Resources Officer",
                "Spécialiste des ressources humaines", now.minus(Duration.ofDays(160)), today.minusDays(140), women.id());
        List<Long> apps1 = applicants(o1, 110, random, women.reference(), true, now.minus(Duration.ofDays(155)));
        pipeline(o1, apps1, 50, random, null);
        // 2. generic logistics P-4 (completed: 20 endorsed to the roster)
        long o2 = opening("GENERIC", null, "LOGISTICS", "P-4", "Logistics Officer", "Spécialiste de la logistique",
                now.minus(Duration.ofDays(150)), today.minusDays(130), logistics.id());
        List<Long> apps2 = applicants(o2, 60, random, logistics.reference(), false, now.minus(Duration.ofDays(145)));
        pipeline(o2, apps2, 20, random, null);
        // 3. position-specific MINUSCA HR P-3 (completed: selection by dir.fpd; the other endorsed to the roster)
        long o3 = opening("POSITION_SPECIFIC", post("MINUSCA", "P-3", 3), "HUMAN RESOURCES", null, "Human Resources Officer",
                "Spécialiste des ressources humaines", now.minus(Duration.ofDays(110)), today.minusDays(90), women.id());
        List<Long> apps3 = applicants(o3, 100, random, women.reference(), false, now.minus(Duration.ofDays(105)));
        pipeline(o3, apps3, 4, random, "dir.fpd");
        // 4. position-specific UNMISS logistics P-4 (memo submitted: awaiting the central review body)
        long o4 = opening("POSITION_SPECIFIC", post("UNMISS", "P-4", 2), "LOGISTICS", null, "Logistics Officer",
                "Spécialiste de la logistique", now.minus(Duration.ofDays(60)), today.minusDays(40), logistics.id());
        List<Long> apps4 = applicants(o4, 70, random, logistics.reference(), false, now.minus(Duration.ofDays(55)));
        scoreAll(o4, apps4, random, true);
        as("hr.recruiter");
        assessment.memo(o4, "The panel recommends the three candidates with the highest interview scores; all met the "
                + "evaluation criteria.", recommended(o4, 3));
        // 5. temporary MINUSCA civil affairs P-3 (posted: assessment under way; applicant.demo applied)
        long o5 = opening("TEMPORARY", post("MINUSCA", "P-3", 12), "CIVIL AFFAIRS", null, "Civil Affairs Officer",
                "Spécialiste des affaires civiles", now.minus(Duration.ofDays(5)), today.plusDays(20), null);
        List<Long> apps5 = applicants(o5, 45, random, null, true, now.minus(Duration.ofDays(4)));
        scoreAll(o5, apps5.subList(0, 15), random, false);
        // 6. recruit-from-roster MINUSCA HR P-3 (posted: 40 rostered candidates applied; select from the roster)
        long o6 = opening("RECRUIT_FROM_ROSTER", post("MINUSCA", "P-3", 4), "HUMAN RESOURCES", null,
                "Human Resources Officer", "Spécialiste des ressources humaines", now.minus(Duration.ofDays(3)),
                today.plusDays(10), null);
        List<Long> rostered = jdbc.sql("""
                SELECT m.applicant_id FROM rec_roster_member m JOIN rec_roster r ON r.id = m.roster_id
                JOIN rec_applicant p ON p.id = m.applicant_id
                WHERE r.job_family = 'HUMAN RESOURCES' AND r.grade_code = 'P-3' AND p.username IS NULL ORDER BY m.id""")
                .query(Long.class).list();
        List<OpeningService.Question> q6 = openings.questions(o6);
        for (int i = 0; i < Math.min(40, rostered.size()); i++) {
            ApplicationService.NewApplication a = application(random, null);
            Map<Long, Boolean> answers = new LinkedHashMap<>();
            for (OpeningService.Question q : q6) {
                answers.put(q.id(), q.requiredAnswer() == null ? random.nextBoolean() : q.requiredAnswer());
            }
            applications.submit(o6, rostered.get(i), new ApplicationService.NewApplication(a.gender(), a.nationality(),
                    a.dateOfBirth(), a.address(), a.unStatus(), a.experience(), a.education(), a.languages(), answers,
                    null, null), now.minus(Duration.ofHours(60 - i)), true);
        }
        pages();
        plans();
    }

    long opening(String type, Long postId, String family, String grade, String title, String titleFr, Instant postedAt,
                 LocalDate deadline, Long campaign) {
        OpeningService.Opening o = openings.create(new OpeningService.NewOpening(type, postId, family, grade, title, titleFr,
                "FIELD", "Serve in a field mission: " + title + ". Advanced university degree or equivalent, relevant "
                + "experience, fluency in English or French.", "Servir dans une mission : " + titleFr + ". Diplôme "
                + "universitaire supérieur ou équivalent, expérience pertinente, maîtrise de l’anglais ou du français.",
                deadline, campaign, List.of(
                        new OpeningService.NewQuestion("Do you hold an advanced university degree or equivalent?",
                                "Êtes-vous titulaire d’un diplôme universitaire supérieur ou équivalent ?", Boolean.TRUE),
                        new OpeningService.NewQuestion("Are you willing to serve in a non-family duty station?",
                                "Acceptez-vous de servir dans un lieu d’affectation déconseillé aux familles ?", Boolean.TRUE),
                        new OpeningService.NewQuestion("Have you served in a peace operation before?",
                                "Avez-vous déjà servi dans une opération de paix ?", null)),
                List.of("hr.assessor")), postedAt, ACTOR);
        return o.id();
    }

    ApplicationService.NewApplication application(Random r, String campaign) {
        boolean woman = r.nextInt(100) < 46;
        LocalDate start = clock.today().minusDays(400 + r.nextInt(7000));
        List<ApplicationService.Experience> exp = new ArrayList<>();
        LocalDate from = start;
        int periods = 1 + r.nextInt(3);
        for (int i = 0; i < periods && from.isBefore(clock.today()); i++) {
            LocalDate to = i == periods - 1 ? null : from.plusDays(300 + r.nextInt(1500));
            if (to != null && to.isAfter(clock.today())) {
                to = null;
            }
            exp.add(new ApplicationService.Experience(i % 2 == 0 ? "Ministry of Public Service" : "International NGO",
                    i == periods - 1 ? "Officer" : "Associate officer", from, to));
            if (to == null) {
                break;
            }
            from = to.minusDays(r.nextInt(60));
        }
        String level = r.nextInt(10) < 7 ? "MASTER" : r.nextInt(2) == 0 ? "BACHELOR" : "DOCTORATE";
        List<ApplicationService.Language> langs = new ArrayList<>();
        langs.add(new ApplicationService.Language("en", r.nextInt(10) < 8 ? "FLUENT" : "KNOWLEDGE"));
        if (r.nextBoolean()) {
            langs.add(new ApplicationService.Language("fr", r.nextBoolean() ? "FLUENT" : "KNOWLEDGE"));
        }
        if (r.nextInt(5) == 0) {
            langs.add(new ApplicationService.Language("ar", "KNOWLEDGE"));
        }
        String source = campaign == null ? "CAREERS_PORTAL"
                : List.copyOf(ApplicationService.SOURCES).stream().sorted().toList().get(r.nextInt(ApplicationService.SOURCES.size()));
        return new ApplicationService.NewApplication(woman ? "F" : "M", STATES[r.nextInt(STATES.length)],
                LocalDate.of(1965 + r.nextInt(30), 1 + r.nextInt(12), 1 + r.nextInt(28)), "—", r.nextInt(4) == 0 ? "STAFF" : "NONE",
                exp, List.of(new ApplicationService.Education(level, "Public administration", "University", 1990 + r.nextInt(30))),
                langs, null, campaign, source);
    }

    /** {@code n} applications (answers passing for nine in ten); the first is applicant.demo's when asked. */
    List<Long> applicants(long opening, int n, Random r, String campaign, boolean withDemo, Instant from) {
        List<OpeningService.Question> qs = openings.questions(opening);
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            long applicant;
            ApplicationService.NewApplication a = application(r, campaign);
            if (i == 0 && withDemo) {
                applicant = jdbc.sql("SELECT id FROM rec_applicant WHERE username = 'applicant.demo'").query(Long.class).single();
                a = new ApplicationService.NewApplication("F", "SEN", LocalDate.of(1986, 4, 12), "Dakar", "NONE",
                        List.of(new ApplicationService.Experience("Ministry of Public Service", "HR officer",
                                LocalDate.of(2012, 1, 1), LocalDate.of(2018, 12, 31)),
                                new ApplicationService.Experience("UNDP", "HR specialist", LocalDate.of(2018, 6, 1), null)),
                        List.of(new ApplicationService.Education("MASTER", "Human resources", "Université Cheikh Anta Diop", 2011)),
                        List.of(new ApplicationService.Language("fr", "FLUENT"), new ApplicationService.Language("en", "FLUENT")),
                        null, campaign, campaign == null ? null : "PROFESSIONAL_NETWORK");
            } else {
                boolean woman = "F".equals(a.gender());
                String name = (woman ? FIRST_F[r.nextInt(FIRST_F.length)] : FIRST_M[r.nextInt(FIRST_M.length)]) + " "
                        + LAST[r.nextInt(LAST.length)];
                applicant = accounts.ensureRecordOnly("cand" + opening + "-" + i + "@applicants.example", name, "en");
            }
            Map<Long, Boolean> answers = new LinkedHashMap<>();
            boolean pass = i == 0 || r.nextInt(10) < 9;
            for (OpeningService.Question q : qs) {
                answers.put(q.id(), q.requiredAnswer() == null ? r.nextBoolean() : pass || !q.requiredAnswer());
            }
            a = new ApplicationService.NewApplication(a.gender(), a.nationality(), a.dateOfBirth(), a.address(), a.unStatus(),
                    a.experience(), a.education(), a.languages(), answers, a.campaign(), a.source());
            ids.add(applications.submit(opening, applicant, a, from.plus(Duration.ofMinutes(37L * i)), true));
        }
        return ids;
    }

    /** Test scores for all screened in, interview scores for those who passed (the better ones first). */
    void scoreAll(long opening, List<Long> apps, Random r, boolean interviews) {
        OpeningService.Opening o = openings.find(opening);
        for (int i = 0; i < apps.size(); i++) {
            AssessmentService.App a = assessment.app(apps.get(i));
            if (!a.passed()) {
                continue;
            }
            int base = i < apps.size() * 6 / 10 ? 3 : 1;
            assessment.score(a, o, "hr.assessor", scores("TEST", base, r));
            a = assessment.app(apps.get(i));
            if (interviews && PanelRules.passes(a.test())) {
                assessment.score(a, o, "hr.assessor", scores("INTERVIEW", i < apps.size() / 2 ? 3 : 1, r));
            }
        }
    }

    static List<AssessmentService.Score> scores(String stage, int base, Random r) {
        return PanelRules.COMPETENCIES.stream().map(c -> new AssessmentService.Score(stage, c,
                Math.min(5, base + r.nextInt(3)), null)).toList();
    }

    List<String> recommended(long opening, int n) {
        return jdbc.sql("""
                SELECT candidate_ref FROM rec_application WHERE opening_id = ? AND interview_score >= ?
                ORDER BY CASE WHEN applicant_id = (SELECT id FROM rec_applicant WHERE username = 'applicant.demo') THEN 0 ELSE 1 END,
                  interview_score DESC, id FETCH FIRST %d ROWS ONLY""".formatted(n))
                .params(opening, PanelRules.PASS).query(String.class).list();
    }

    void pipeline(long opening, List<Long> apps, int endorse, Random r, String selector) {
        scoreAll(opening, apps, r, true);
        as("hr.recruiter");
        List<String> rec = recommended(opening, endorse);
        assessment.memo(opening, "Transmittal memo: the assessment panel applied the evaluation criteria to every "
                + "screened-in candidate; the recommended candidates passed the test and the competency-based interview.", rec);
        as("crb.member");
        assessment.review(opening, "ENDORSE", "Evaluation criteria properly applied.");
        if (selector != null) {
            as(selector);
            assessment.select(opening, rec.get(rec.size() - 1));
        }
    }

    void pages() {
        careers.savePage(new CareerService.PageInput("living-and-working", "Living and working in a field mission",
                "Vivre et travailler dans une mission",
                "Field missions offer demanding work in hardship duty stations.\nRest and recuperation cycles, mission "
                        + "subsistence allowance and security arrangements are explained before deployment.",
                "Les missions offrent un travail exigeant dans des lieux d’affectation difficiles.\nLes cycles de repos "
                        + "et récupération, l’indemnité de subsistance et les dispositifs de sécurité sont expliqués avant le déploiement."),
                ACTOR);
        careers.savePage(new CareerService.PageInput("career-paths", "Career paths in peace operations",
                "Parcours de carrière dans les opérations de paix",
                "Most field careers move between missions and headquarters.\nEach level asks for a minimum of relevant "
                        + "experience: P-3 five years, P-4 seven, P-5 ten, D-1 fifteen.",
                "La plupart des carrières alternent missions et Siège.\nChaque classe exige un minimum d’expérience "
                        + "pertinente : P-3 cinq ans, P-4 sept, P-5 dix, D-1 quinze."), ACTOR);
        careers.savePage(new CareerService.PageInput("rosters", "How rosters work", "Comment fonctionnent les fichiers",
                "Apply to generic job openings to be assessed once; endorsed candidates are placed on the roster of the "
                        + "job code and may be selected later without a new competition.",
                "Postulez aux avis génériques pour être évalué une fois ; les candidats approuvés sont inscrits au fichier "
                        + "du code d’emploi et peuvent être sélectionnés plus tard sans nouveau concours."), ACTOR);
    }

    void plans() {
        as("hr.minusca");
        List<Long> staff = jdbc.sql("""
                SELECT id FROM pers_staff WHERE mission_code = 'MINUSCA' AND status = 'ACTIVE' AND grade_code IN ('P-2', 'P-3')
                ORDER BY CASE WHEN username = 'staff.demo' THEN 0 ELSE 1 END, id FETCH FIRST 2 ROWS ONLY""")
                .query(Long.class).list();
        LocalDate today = clock.today();
        for (Long id : staff) {
            try {
                careers.create(new CareerService.NewPlan(id, "HUMAN RESOURCES", "P-4", "Human Resources Officer",
                        today.plusYears(3), new BigDecimal("3.0"), List.of(
                        new CareerService.NewAction("TRAINING", "Supervisory skills programme", today.plusMonths(4)),
                        new CareerService.NewAction("ASSIGNMENT", "Temporary assignment to a regional HR section",
                                today.plusMonths(14)),
                        new CareerService.NewAction("ROSTER", "Apply to the generic P-4 job opening", today.plusMonths(20)))));
            } catch (RuntimeException e) {
                log.warn("Demo career plan for staff {} not created: {}", id, e.getMessage());
            }
        }
    }
}
