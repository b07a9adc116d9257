package org.fieldsupport.personnel.demo;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.fieldsupport.organization.Missions;
import org.fieldsupport.organization.PositionSummary;
import org.fieldsupport.personnel.hrdata.internal.GuidanceService;
import org.fieldsupport.personnel.hrdata.internal.SelfAssessmentService;
import org.fieldsupport.personnel.posts.domain.StructureTemplate;
import org.fieldsupport.personnel.posts.internal.PostService;
import org.fieldsupport.personnel.posts.internal.StructureTemplates;
import org.fieldsupport.personnel.rest.internal.RestService;
import org.fieldsupport.personnel.shared.PersonnelPermissions;
import org.fieldsupport.personnel.staff.domain.ContractRules;
import org.fieldsupport.personnel.staff.internal.StaffService;
import org.fieldsupport.platform.reference.ReferenceData;
import org.fieldsupport.platform.security.DemoData;
import org.fieldsupport.platform.security.Scope;
import org.fieldsupport.platform.security.UserDirectory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Personnel demo data (only when demo data is on; after the organisation's missions and delegations): the demo
 * users, MINUSCA and UNMISS staffing tables of about 300 posts each (a realistic mix of grades and vacancies; the
 * Director of Mission Support post linked to the organisation's position), about 200 international and 300
 * national/UNV staff records on them, R&R cycles of Bangui and Juba, two standard structures, post requests
 * awaiting a decision, a self-assessment and guidance. ILLUSTRATIVE figures, generated with a fixed seed.
 * Idempotent: recognised by the MINUSCA post numbers.
 */
@Component
@DemoData.OnDemoData
@Order(400)
class PersonnelDemoData implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(PersonnelDemoData.class);
    static final String ACTOR = "demo-data";

    private final JdbcClient jdbc;
    private final JdbcTemplate template;
    private final UserDirectory users;
    private final Missions missions;
    private final ReferenceData reference;
    private final PostService posts;
    private final StaffService staff;
    private final StructureTemplates structures;
    private final RestService rest;
    private final SelfAssessmentService assessments;
    private final GuidanceService guidance;

    PersonnelDemoData(JdbcClient jdbc, JdbcTemplate template, UserDirectory users, Missions missions,
                      ReferenceData reference, PostService posts, StaffService staff, StructureTemplates structures,
                      RestService rest, SelfAssessmentService assessments, GuidanceService guidance) {
        this.jdbc = jdbc;
        this.template = template;
        this.users = users;
        this.missions = missions;
        this.reference = reference;
        this.posts = posts;
        this.staff = staff;
        this.structures = structures;
        this.rest = rest;
        this.assessments = assessments;
        this.guidance = guidance;
    }

    @Override
    @org.springframework.transaction.annotation.Transactional
    public void run(ApplicationArguments args) {
        ensureUsers();
        if (jdbc.sql("SELECT COUNT(*) FROM pers_post WHERE post_number LIKE 'MINUSCA-%'").query(Long.class).single() > 0) {
            return;
        }
        var context = SecurityContextHolder.getContext();
        try {
            load();
        } finally {
            SecurityContextHolder.setContext(context);
        }
        log.info("Personnel demo data loaded");
    }

    private void ensureUsers() {
        users.ensureUser("hr.minusca", "MINUSCA Human Resources Officer (demo)", "hr.minusca@fieldsupport.example", "fr",
                "hr.minusca");
        users.ensureRoleAssignment("hr.minusca", PersonnelPermissions.ROLE_HR_OFFICER, Scope.mission("MINUSCA"));
        users.ensureUser("hr.hq", "Field Personnel Division HR Officer (demo)", "hr.hq@fieldsupport.example", "en", "hr.hq");
        users.ensureRoleAssignment("hr.hq", PersonnelPermissions.ROLE_HR_OFFICER, Scope.department());
        users.ensureUser("staff.demo", "Staff member (demo)", "staff.demo@fieldsupport.example", "en", "staff.demo");
        users.ensureUser("hr.reader", "Staffing table reader (demo)", "hr.reader@fieldsupport.example", "en", "hr.reader");
        users.ensureRoleAssignment("hr.reader", PersonnelPermissions.ROLE_READER, Scope.department());
        // the holders of the organisation's demo RECRUITMENT_APPOINTMENT delegations get accounts to decide with
        users.ensureUser("chief.fpos-rhr1", "Chief, Integrated Regional HR Section 1 (demo)",
                "chief.fpos-rhr1@fieldsupport.example", "en", "chief.fpos-rhr1");
        for (String m : List.of("MINUSCA", "UNMISS", "MONUSCO")) {
            users.ensureRoleAssignment("chief.fpos-rhr1", PersonnelPermissions.ROLE_HR_OFFICER, Scope.mission(m));
        }
        users.ensureUser("dir.fpd", "Director, Field Personnel Division (demo)", "dir.fpd@fieldsupport.example", "en",
                "dir.fpd");
        users.ensureRoleAssignment("dir.fpd", PersonnelPermissions.ROLE_HR_OFFICER, Scope.department());
    }

    record Line(String unit, String title, String grade, int count) { }

    /** The staffing table of a mission, by section (about 300 posts). */
    static List<Line> table(String dutyLabel) {
        return List.of(
                new Line("Office of the Special Representative", "Special Representative of the Secretary-General", "USG", 1),
                new Line("Office of the Special Representative", "Deputy Special Representative", "ASG", 2),
                new Line("Office of the Special Representative", "Chief of Staff", "D-2", 1),
                new Line("Office of the Special Representative", "Special Assistant", "P-4", 2),
                new Line("Office of the Special Representative", "Administrative Assistant", "FS-5", 3),
                new Line("Office of the Director of Mission Support", "Deputy Director of Mission Support", "D-1", 1),
                new Line("Office of the Director of Mission Support", "Administrative Officer", "P-4", 2),
                new Line("Political Affairs Division", "Director, Political Affairs", "D-1", 1),
                new Line("Political Affairs Division", "Senior Political Affairs Officer", "P-5", 3),
                new Line("Political Affairs Division", "Political Affairs Officer", "P-4", 6),
                new Line("Political Affairs Division", "Political Affairs Officer", "P-3", 8),
                new Line("Political Affairs Division", "Associate Political Affairs Officer", "P-2", 3),
                new Line("Civil Affairs Section", "Chief, Civil Affairs", "P-5", 1),
                new Line("Civil Affairs Section", "Civil Affairs Officer", "P-3", 10),
                new Line("Civil Affairs Section", "Civil Affairs Officer", "NO-B", 8),
                new Line("Civil Affairs Section", "Civil Affairs Officer", "UNV", 8),
                new Line("Human Rights Division", "Director, Human Rights", "D-1", 1),
                new Line("Human Rights Division", "Human Rights Officer", "P-4", 5),
                new Line("Human Rights Division", "Human Rights Officer", "P-3", 8),
                new Line("Human Rights Division", "Human Rights Officer", "NO-C", 4),
                new Line("Human Resources Section", "Chief Human Resources Officer", "P-5", 1),
                new Line("Human Resources Section", "Human Resources Officer", "P-4", 2),
                new Line("Human Resources Section", "Human Resources Officer", "P-3", 3),
                new Line("Human Resources Section", "Human Resources Assistant", "FS-5", 4),
                new Line("Human Resources Section", "Human Resources Assistant", "G-5", 6),
                new Line("Finance and Budget Section", "Chief Finance and Budget Officer", "P-5", 1),
                new Line("Finance and Budget Section", "Finance Officer", "P-3", 4),
                new Line("Finance and Budget Section", "Finance Assistant", "FS-5", 5),
                new Line("Finance and Budget Section", "Finance Assistant", "G-6", 5),
                new Line("Supply Chain Management", "Chief Supply Chain Management", "P-5", 1),
                new Line("Supply Chain Management", "Procurement Officer", "P-4", 2),
                new Line("Supply Chain Management", "Supply Officer", "P-3", 4),
                new Line("Supply Chain Management", "Supply Assistant", "FS-6", 6),
                new Line("Supply Chain Management", "Supply Assistant", "FS-4", 8),
                new Line("Supply Chain Management", "Warehouse Assistant", "G-4", 10),
                new Line("Engineering Section", "Chief Engineer", "P-5", 1),
                new Line("Engineering Section", "Engineer", "P-4", 3),
                new Line("Engineering Section", "Engineering Technician", "FS-6", 6),
                new Line("Engineering Section", "Engineering Technician", "FS-4", 10),
                new Line("Engineering Section", "Engineering Assistant", "NO-B", 4),
                new Line("Engineering Section", "Electrician", "G-4", 10),
                new Line("Transport Section", "Chief Transport Officer", "P-4", 1),
                new Line("Transport Section", "Transport Assistant", "FS-5", 6),
                new Line("Transport Section", "Vehicle Mechanic", "G-4", 8),
                new Line("Aviation Section", "Chief Aviation Officer", "P-5", 1),
                new Line("Aviation Section", "Air Operations Officer", "P-3", 4),
                new Line("Aviation Section", "Air Operations Assistant", "FS-5", 6),
                new Line("Field Technology Section", "Chief Field Technology", "P-5", 1),
                new Line("Field Technology Section", "Information Systems Officer", "P-3", 3),
                new Line("Field Technology Section", "Telecommunications Technician", "FS-6", 8),
                new Line("Field Technology Section", "ICT Assistant", "FS-4", 6),
                new Line("Field Technology Section", "ICT Assistant", "UNV", 6),
                new Line("Medical Section", "Chief Medical Officer", "P-5", 1),
                new Line("Medical Section", "Medical Officer", "P-4", 2),
                new Line("Medical Section", "Nurse", "NO-A", 3),
                new Line("Security Section", "Chief Security Adviser", "P-5", 1),
                new Line("Security Section", "Security Officer", "FS-5", 10),
                new Line("Security Section", "Security Officer", "FS-4", 4),
                new Line("Security Section", "Security Assistant", "G-3", 12),
                new Line("Conduct and Discipline Team", "Conduct and Discipline Officer", "P-4", 1),
                new Line("Conduct and Discipline Team", "Conduct and Discipline Officer", "P-3", 2),
                new Line("Regional Offices", "Head of Field Office", "P-5", 6),
                new Line("Regional Offices", "Field Office Administrative Officer", "FS-6", 6),
                new Line("Regional Offices", "Language Assistant", "G-4", 20),
                new Line("Regional Offices", "Driver", "G-2", 16));
    }

    static final String[] FIRST_F = {"Aminata", "Claire", "Fatou", "Maria", "Grace", "Ingrid", "Leila", "Nadia", "Sofia",
            "Yuki", "Chloé", "Esther", "Amina", "Ana", "Rose", "Priya", "Hanna", "Mariam", "Joy", "Elena"};
    static final String[] FIRST_M = {"Jean", "Moussa", "David", "Ahmed", "Pedro", "Kofi", "Ivan", "Rahul", "Samuel",
            "Thomas", "Ibrahim", "Luc", "Kenji", "Omar", "Peter", "Carlos", "Youssef", "Emmanuel", "Arnaud", "John"};
    static final String[] LAST = {"Diallo", "Martin", "Kamara", "Nguyen", "Okafor", "Silva", "Haddad", "Müller",
            "Rossi", "Mensah", "Dubois", "Tanaka", "Kowalski", "Mwangi", "Fernández", "Sow", "Osei", "Gupta", "Ndiaye",
            "Hassan", "Moreau", "Petrov", "Abebe", "Ouédraogo", "Santos", "Kim", "Traoré", "Bianchi", "Lambert", "Banda"};
    static final String[] INTERNATIONAL = {"FRA", "SEN", "CAN", "KEN", "IND", "GBR", "USA", "ETH", "NGA", "BRA", "PHL",
            "JPN", "DEU", "EGY", "CMR", "RWA", "MAR", "ITA", "GHA", "PAK", "CHN", "MEX", "TUN", "BEN", "COL", "BFA", "UGA"};

    private void load() {
        LocalDate today = StaffService.today();
        Random random = new Random(13);
        OffsetDateTime now = OffsetDateTime.now();
        int index = 0;
        for (String mission : List.of("MINUSCA", "UNMISS")) {
            String national = "MINUSCA".equals(mission) ? "CAF" : "SSD";
            String dutyStation = "MINUSCA".equals(mission) ? "Bangui" : "Juba";
            String period = PostService.budgetPeriod(today);
            int seq = 0;
            // the Director of Mission Support post is the organisation's position (one model)
            List<PositionSummary> support = missions.supportPositions(mission, today);
            List<Object[]> postRows = new ArrayList<>();
            for (PositionSummary p : support) {
                if (p.gradeCode() != null && reference.grade(p.gradeCode()).isPresent()) {
                    seq++;
                    postRows.add(postRow(mission, seq, "Office of the Director of Mission Support", p.code(), p.titleEn(),
                            p.gradeCode(), period, today.minusYears(3), now));
                }
            }
            for (Line l : table(dutyStation)) {
                for (int i = 0; i < l.count(); i++) {
                    seq++;
                    postRows.add(postRow(mission, seq, l.unit(), null, l.title(), l.grade(), period,
                            today.minusYears(2).minusDays(random.nextInt(700)), now));
                }
            }
            template.batchUpdate("""
                    INSERT INTO pers_post (post_number, mission_code, unit_name, position_code, title, grade_code, category,
                        funding_source, budget_period, status, valid_from, vacant_since, created_by, created_at)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 'ACTIVE', ?, ?, ?, ?)""", postRows);
            List<Object[]> ids = jdbc.sql("SELECT id, grade_code, valid_from, post_number FROM pers_post WHERE mission_code = ?"
                    + " ORDER BY id").param(mission).query((rs, n) -> new Object[] {rs.getLong(1), rs.getString(2),
                    rs.getObject(3, LocalDate.class), rs.getString(4)}).list();
            List<Object[]> staffRows = new ArrayList<>();
            List<Object[]> vacancies = new ArrayList<>();
            List<Object[]> stillVacant = new ArrayList<>();
            for (Object[] post : ids) {
                long postId = (Long) post[0];
                String grade = (String) post[1];
                LocalDate from = (LocalDate) post[2];
                String category = reference.grade(grade).orElseThrow().category();
                boolean internationalPost = !category.equals("GENERAL_SERVICE") && !category.equals("NATIONAL_PROFESSIONAL")
                        && !category.equals("VOLUNTEER");
                // vacancy rates: senior and international posts ~15-20 %, national ~8 %, volunteers ~25 %
                double vacancyRate = category.equals("VOLUNTEER") ? 0.25 : internationalPost ? 0.18 : 0.08;
                if (grade.equals("USG") || random.nextDouble() < vacancyRate) {
                    LocalDate vacantFrom = today.minusDays(10 + random.nextInt(400));
                    if (vacantFrom.isBefore(from)) {
                        vacantFrom = from;
                    }
                    vacancies.add(new Object[] {postId, vacantFrom, null});
                    stillVacant.add(new Object[] {vacantFrom, postId});
                    continue;
                }
                boolean woman = random.nextDouble() < (internationalPost ? 0.38 : 0.30);
                String name = (woman ? FIRST_F : FIRST_M)[random.nextInt(20)] + " " + LAST[random.nextInt(LAST.length)];
                String nationality = internationalPost ? INTERNATIONAL[random.nextInt(INTERNATIONAL.length)] : national;
                LocalDate eod = from.plusDays(30 + random.nextInt(300));
                if (eod.isAfter(today.minusDays(20))) {
                    eod = today.minusDays(20 + random.nextInt(60));
                }
                String contract = random.nextDouble() < 0.15 ? "CONTINUING" : "FIXED_TERM";
                LocalDate end = "CONTINUING".equals(contract) ? null
                        : random.nextDouble() < 0.09 ? today.plusDays(5 + random.nextInt(85))
                        : today.plusDays(120 + random.nextInt(600));
                int step = 1 + random.nextInt(9);
                LocalDate lastStep = eod;
                while (!lastStep.plusYears(1).isAfter(today)) {
                    lastStep = lastStep.plusYears(1);
                }
                LocalDate nextStep = random.nextDouble() < 0.05 ? today.minusDays(random.nextInt(20))
                        : ContractRules.nextStepDate(lastStep, step);
                index++;
                staffRows.add(new Object[] {String.valueOf(8_300_000 + index), name, woman ? "F" : "M", nationality,
                        LocalDate.of(1962 + random.nextInt(34), 1 + random.nextInt(12), 1 + random.nextInt(28)),
                        random.nextInt(4), "FIT", mission, postId, dutyStation, contract, grade, step, eod, end, nextStep,
                        ACTOR, now});
                vacancies.add(new Object[] {postId, eod.minusDays(45 + random.nextInt(250)), eod});
            }
            template.batchUpdate("""
                    INSERT INTO pers_staff (index_number, full_name, gender, nationality, date_of_birth, dependants,
                        medical_status, mission_code, post_id, duty_station, contract_type, grade_code, step, entry_on_duty,
                        contract_end, next_step_date, status, created_by, created_at)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'ACTIVE', ?, ?)""", staffRows);
            template.batchUpdate("INSERT INTO pers_post_vacancy (post_id, vacant_from, filled_on) VALUES (?, ?, ?)", vacancies);
            template.batchUpdate("UPDATE pers_post SET vacant_since = ? WHERE id = ?", stillVacant);
            jdbc.sql("UPDATE pers_post SET vacant_since = NULL WHERE mission_code = ? AND id IN (SELECT post_id FROM pers_staff"
                    + " WHERE status = 'ACTIVE')").param(mission).update();
        }
        staffDemo(today);
        cyclesAndLeave(today);
        templatesAndRequests(today);
        qualityAndGuidance(today);
    }

    private Object[] postRow(String mission, int seq, String unit, String position, String title, String grade,
                             String period, LocalDate from, OffsetDateTime now) {
        String number = mission + "-" + grade.replace("-", "") + "-" + String.format("%05d", seq);
        String category = reference.grade(grade).orElseThrow().category();
        String funding = seq % 23 == 0 ? "GTA" : seq % 31 == 0 ? "EXTRABUDGETARY" : "ASSESSED";
        return new Object[] {number, mission, unit, position, title, grade, category, funding, period, from, from,
                ACTOR, now};
    }

    private void as(String user) {
        SecurityContextHolder.setContext(SecurityContextHolder.createEmptyContext());
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(user, null, List.of()));
    }

    /** staff.demo: a P-3 Human Resources Officer at MINUSCA, offered then appointed under the chief's delegation. */
    private void staffDemo(LocalDate today) {
        Long post = jdbc.sql("""
                SELECT p.id FROM pers_post p WHERE p.mission_code = 'MINUSCA' AND p.grade_code = 'P-3'
                   AND NOT EXISTS (SELECT 1 FROM pers_staff s WHERE s.post_id = p.id AND s.status = 'ACTIVE')
                 ORDER BY p.id LIMIT 1""")
                .query(Long.class).optional().orElse(null);
        LocalDate eod = today.minusMonths(8);
        as("hr.minusca");
        var offered = staff.offer(new StaffService.NewStaff("8399001", "Alex Demo", "F", "CAN", LocalDate.of(1988, 4, 12),
                1, "FIT", "staff.demo", "MINUSCA", post, "Bangui", "FIXED_TERM", "P-3", 2, eod, today.plusDays(60)));
        staff.recordEntitlements(offered.id(), "Ottawa", new java.math.BigDecimal("5400.00"), "USD");
        jdbc.sql("UPDATE pers_post SET valid_from = ? WHERE id = ? AND valid_from > ?").params(eod.minusDays(30), post, eod)
                .update();
        as("chief.fpos-rhr1");
        try {
            staff.appoint(offered.id());
        } catch (org.fieldsupport.platform.api.BusinessRuleException e) {
            log.warn("Demo appointment of staff.demo refused ({}): the organisation's demo delegations changed?",
                    e.messageKey());
        }
        // one offer awaiting appointment, for the regularity review and the offer letter
        Long another = jdbc.sql("""
                SELECT p.id FROM pers_post p WHERE p.mission_code = 'MINUSCA' AND p.grade_code = 'P-4'
                   AND NOT EXISTS (SELECT 1 FROM pers_staff s WHERE s.post_id = p.id AND s.status = 'ACTIVE')
                 ORDER BY p.id LIMIT 1""")
                .query(Long.class).optional().orElse(null);
        as("hr.minusca");
        staff.offer(new StaffService.NewStaff("8399002", "Marie-Claire Ndong", "F", "GAB", LocalDate.of(1981, 9, 3), 2,
                "FIT", null, "MINUSCA", another, "Bangui", "FIXED_TERM", "P-4", 1, today.plusDays(30),
                today.plusDays(30).plusYears(1)));
    }

    private void cyclesAndLeave(LocalDate today) {
        as("hr.hq");
        LocalDate from = today.minusYears(3).withDayOfYear(1);
        rest.createCycle(new RestService.NewCycle("MINUSCA", "Bangui", 42, 5, List.of("Nairobi", "Douala", "Accra"), from));
        rest.createCycle(new RestService.NewCycle("MINUSCA", "Bria", 28, 5, List.of("Nairobi", "Douala"), from));
        rest.createCycle(new RestService.NewCycle("UNMISS", "Juba", 56, 5, List.of("Entebbe", "Nairobi", "Addis Ababa"),
                from));
        long demo = jdbc.sql("SELECT id FROM pers_staff WHERE username = 'staff.demo'").query(Long.class).single();
        LocalDate start = today.minusDays(70);
        while (start.getDayOfWeek().getValue() != 1) {
            start = start.plusDays(1);
        }
        try {
            rest.record(demo, start, start.plusDays(4), "Nairobi");
        } catch (org.fieldsupport.platform.api.BusinessRuleException e) {
            log.warn("Demo R&R of staff.demo refused ({})", e.messageKey());
        }
    }

    private void templatesAndRequests(LocalDate today) {
        as("hr.hq");
        structures.create("hr.hq", "SPM-SMALL", "Small special political mission (core)",
                "Petite mission politique spéciale (noyau)", List.of(
                        new StructureTemplate.Line("Office of the Head of Mission", "Head of Mission", "ASG", 1),
                        new StructureTemplate.Line("Office of the Head of Mission", "Senior Political Affairs Officer", "P-5", 1),
                        new StructureTemplate.Line("Office of the Head of Mission", "Political Affairs Officer", "P-3", 2),
                        new StructureTemplate.Line("Mission Support", "Chief of Mission Support", "P-5", 1),
                        new StructureTemplate.Line("Mission Support", "Administrative Assistant", "FS-5", 2),
                        new StructureTemplate.Line("Mission Support", "Driver", "G-2", 3)));
        structures.create("hr.hq", "PKO-START", "Multidimensional peacekeeping operation — start-up support core",
                "Opération multidimensionnelle de maintien de la paix — noyau d'appui au démarrage", List.of(
                        new StructureTemplate.Line("Office of the Director of Mission Support", "Director of Mission Support", "D-2", 1),
                        new StructureTemplate.Line("Human Resources Section", "Chief Human Resources Officer", "P-5", 1),
                        new StructureTemplate.Line("Human Resources Section", "Human Resources Assistant", "FS-5", 3),
                        new StructureTemplate.Line("Finance and Budget Section", "Finance Officer", "P-4", 1),
                        new StructureTemplate.Line("Supply Chain Management", "Supply Officer", "P-3", 2),
                        new StructureTemplate.Line("Engineering Section", "Engineering Technician", "FS-4", 4),
                        new StructureTemplate.Line("Field Technology Section", "Telecommunications Technician", "FS-6", 3)));
        as("hr.minusca");
        Long vacantP3 = jdbc.sql("""
                SELECT p.id FROM pers_post p WHERE p.mission_code = 'MINUSCA' AND p.unit_name = 'Civil Affairs Section'
                   AND p.grade_code = 'P-3' AND NOT EXISTS (SELECT 1 FROM pers_staff s WHERE s.post_id = p.id AND s.status = 'ACTIVE')
                 ORDER BY p.id LIMIT 1""")
                .query(Long.class).optional().orElse(null);
        Long hrAssistant = jdbc.sql("SELECT id FROM pers_post WHERE mission_code = 'MINUSCA' AND grade_code = 'G-5' ORDER BY id LIMIT 1")
                .query(Long.class).single();
        posts.submit(new PostService.NewRequest("CREATION", "MINUSCA", null, "Human Rights Division",
                "Child Protection Officer", "P-3", "ASSESSED", null, null, null,
                "Security Council resolution requests child protection capacity in the western sector.", today.plusMonths(1)));
        posts.submit(new PostService.NewRequest("RECLASSIFICATION", null, hrAssistant, null, null, "G-6", null, null, null,
                "Leads the entitlements unit: verifies travel and assignment grants, supervises two assistants.",
                "The functions grew with the mission's expansion to the east.", today.plusMonths(1)));
        if (vacantP3 != null) {
            posts.submit(new PostService.NewRequest("REDEPLOYMENT", null, vacantP3, null, null, null, null, null,
                    "Regional Offices", null, "Civil affairs work moves to the field offices.", today.plusMonths(2)));
        }
    }

    private void qualityAndGuidance(LocalDate today) {
        as("hr.minusca");
        var a = assessments.open("MINUSCA", today.getYear() + (today.getMonthValue() > 6 ? "-H2" : "-H1"));
        assessments.answer(a.id(), "RECRUITMENT_TIMELINES", false, "Average 212 days from vacancy to encumbrance.",
                "Use recruit-from-roster openings for FS posts.", today.plusMonths(3), false);
        assessments.answer(a.id(), "CLASSIFICATION_CURRENT", true, null, null, null, false);
        assessments.answer(a.id(), "PERSONNEL_FILES_COMPLETE", false, "12 files without the signed letter of appointment.",
                "Scan the letters into the electronic files.", today.plusMonths(1), false);
        as("hr.hq");
        guidance.publish(new GuidanceService.NewGuidance("POLICY_ADVICE", null,
                "Fixed-term appointments: extensions in field missions",
                "Engagements de durée déterminée : prolongations dans les missions",
                "Extensions are decided under a delegation of authority covering the staff member's grade, before the "
                        + "contract ends. Record the extension in the staff record; the letter is generated from it.",
                "Les prolongations sont décidées en vertu d'une délégation de pouvoir couvrant la classe du fonctionnaire, "
                        + "avant la fin de l'engagement. Enregistrez la prolongation dans le dossier ; la lettre en est tirée."));
        guidance.publish(new GuidanceService.NewGuidance("CONDITIONS_OF_SERVICE", null,
                "Rest and recuperation cycles revised",
                "Révision des cycles de repos et de récupération",
                "The R&R cycle of Bria is 4 weeks from this budget period; Bangui remains 6 weeks.",
                "Le cycle de R&R de Bria est de 4 semaines à compter de cet exercice ; Bangui reste à 6 semaines."));
        guidance.publish(new GuidanceService.NewGuidance("TRAINING", null,
                "Induction for newly recruited HR specialists",
                "Formation initiale des spécialistes RH nouvellement recrutés",
                "Module 1: staffing tables and classification. Module 2: appointments and delegations of authority. "
                        + "Module 3: entitlements and R&R. Module 4: personnel files and data protection.",
                "Module 1 : tableaux d'effectifs et classement. Module 2 : nominations et délégations de pouvoir. "
                        + "Module 3 : prestations et R&R. Module 4 : dossiers administratifs et protection des données."));
    }
}
