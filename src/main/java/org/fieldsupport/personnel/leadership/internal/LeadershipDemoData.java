package org.fieldsupport.personnel.leadership.internal;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import org.fieldsupport.organization.Missions;
import org.fieldsupport.personnel.staff.internal.StaffService;
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
 * Senior leadership demo data (after personnel's staffing tables): the users {@code leadership.officer} (Senior
 * Leadership Appointments Section, department scope) and {@code nominator.bgd} (Bangladesh's nominating authority);
 * head and deputy-head posts of MONUSCO, UNIFIL and UNAMA with incumbents whose contracts or mandates end within 18
 * months (beside MINUSCA's and UNMISS's); partners and two outreach campaigns; about 20 candidates in the talent pool;
 * succession candidates; the leadership call for the Special Representative of MINUSCA with four nomination lists
 * (Ghana's breaks the parity rule and is returned), and a shortlisted call for UNMISS whose shortlist breaks parity
 * (an alert in the section's work). Names are invented; figures ILLUSTRATIVE. Idempotent: recognised by the call.
 */
@Component
@DemoData.OnDemoData
@Order(410)
class LeadershipDemoData implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(LeadershipDemoData.class);
    private static final String ACTOR = "demo-data";
    static final String SELECTOR = "usg.dfs";

    private final JdbcClient jdbc;
    private final UserDirectory users;
    private final Missions missions;
    private final OutreachService outreach;
    private final TalentPoolService talent;
    private final ForecastService forecast;
    private final CallService calls;

    LeadershipDemoData(JdbcClient jdbc, UserDirectory users, Missions missions, OutreachService outreach,
                       TalentPoolService talent, ForecastService forecast, CallService calls) {
        this.jdbc = jdbc;
        this.users = users;
        this.missions = missions;
        this.outreach = outreach;
        this.talent = talent;
        this.forecast = forecast;
        this.calls = calls;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        ensureUsers();
        if (jdbc.sql("SELECT COUNT(*) FROM lead_call").query(Long.class).single() > 0
                || jdbc.sql("SELECT COUNT(*) FROM pers_post WHERE post_number LIKE 'MINUSCA-%'").query(Long.class).single() == 0) {
            return;
        }
        var context = SecurityContextHolder.getContext();
        try {
            load();
        } finally {
            SecurityContextHolder.setContext(context);
        }
        log.info("Senior leadership demo data loaded");
    }

    private void ensureUsers() {
        users.ensureUser("leadership.officer", "Senior Leadership Appointments Section officer (demo)",
                "leadership.officer@fieldsupport.example", "en", "leadership.officer");
        users.ensureRoleAssignment("leadership.officer", LeadershipPermissions.ROLE_OFFICER, Scope.department());
        users.ensureUser("nominator.bgd", "Permanent Mission of Bangladesh — nominations (demo)",
                "nominator.bgd@fieldsupport.example", "en", "nominator.bgd");
        users.ensureRoleAssignment("nominator.bgd", LeadershipPermissions.ROLE_NOMINATOR, Scope.memberState("BGD"));
        // the head of department (incumbent of DFS-HEAD in the organisation's demo structure) selects senior leaders
        // under the demo delegation of SENIOR_LEADERSHIP_SELECTION the organisation's demo data gives this person
        users.ensureUser(SELECTOR, "Under-Secretary-General, Department of Field Support (demo)",
                "usg.dfs@fieldsupport.example", "en", SELECTOR);
        users.ensureRoleAssignment(SELECTOR, LeadershipPermissions.ROLE_SELECTOR, Scope.department());
    }

    private void as(String user) {
        SecurityContextHolder.setContext(SecurityContextHolder.createEmptyContext());
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(user, null, List.of()));
    }

    record Senior(String mission, String title, String grade, String incumbent, String gender, String nationality,
                  Integer monthsLeft) { }

    private void load() {
        LocalDate today = StaffService.today();
        seniorPosts(today);
        as("leadership.officer");
        var bgd = outreach.createPartner(new OutreachService.NewPartner("MEMBER_STATE", "Bangladesh", "BGD",
                "Counsellor, Permanent Mission", "pm.bgd@example.org", "Active troop contributor; nominates regularly."));
        var gha = outreach.createPartner(new OutreachService.NewPartner("MEMBER_STATE", "Ghana", "GHA",
                "First Secretary, Permanent Mission", "pm.gha@example.org", null));
        var nor = outreach.createPartner(new OutreachService.NewPartner("MEMBER_STATE", "Norway", "NOR",
                "Minister Counsellor", "pm.nor@example.org", "Funds the women leaders programme."));
        var au = outreach.createPartner(new OutreachService.NewPartner("REGIONAL_ORGANIZATION", "African Union Commission",
                null, "Peace and Security Department", "psd@example.org", null));
        var undp = outreach.createPartner(new OutreachService.NewPartner("UN_ENTITY", "UNDP Bureau for Policy",
                null, "Talent management", "talent@example.org", null));
        var net = outreach.createPartner(new OutreachService.NewPartner("PROFESSIONAL_NETWORK",
                "Women in Peace Operations Network", null, "Coordinator", "coord@example.org",
                "Mentoring network of senior women in peace operations."));
        var women = outreach.createCampaign(new OutreachService.NewCampaign("Women leaders for peace operations",
                "Targeted search through Member States and networks for women with 20+ years in conflict and "
                        + "post-conflict settings; mentoring and pre-assessment before the global call.",
                "USG;ASG", 60, today.minusMonths(4), today.plusMonths(8), List.of(nor.id(), net.id(), au.id())));
        var franco = outreach.createCampaign(new OutreachService.NewCampaign("Francophone senior leadership search",
                "Outreach to French-speaking candidates for the missions in Central and West Africa, with regional "
                        + "organisations and UN entities.",
                "ASG", 50, today.minusMonths(2), today.plusMonths(10), List.of(au.id(), undp.id(), bgd.id())));
        List<Long> pool = pool(women.id(), franco.id());
        succession(pool);
        minuscaCall(today, gha.id());
        unmissCall(today);
    }

    /** Head and deputy-head posts of MONUSCO, UNIFIL and UNAMA (MINUSCA's and UNMISS's come with their staffing tables). */
    private void seniorPosts(LocalDate today) {
        List<Senior> seniors = List.of(
                new Senior("MONUSCO", "Special Representative of the Secretary-General", "USG", "Hélène Marchand", "F", "FRA", 14),
                new Senior("MONUSCO", "Deputy Special Representative (Protection and Operations)", "ASG", "Kwesi Boateng", "M", "GHA", 7),
                new Senior("MONUSCO", "Deputy Special Representative (Resident Coordinator)", "ASG", "Ana Lúcia Moreira", "F", "BRA", 30),
                new Senior("UNIFIL", "Head of Mission and Force Commander", "ASG", "Javier Ortega", "M", "ESP", 20),
                new Senior("UNIFIL", "Deputy Head of Mission", "D-2", "Mira Khoury", "F", "CAN", 9),
                new Senior("UNAMA", "Special Representative of the Secretary-General", "USG", "Lars Eriksen", "M", "NOR", 4),
                new Senior("UNAMA", "Deputy Special Representative (Political)", "ASG", null, null, null, null));
        int seq = 0;
        for (Senior s : seniors) {
            seq++;
            String number = s.mission() + "-" + s.grade().replace("-", "") + "-L" + String.format("%04d", seq);
            String category = "D-2".equals(s.grade()) ? "DIRECTOR" : "SENIOR";
            LocalDate from = today.minusYears(3);
            jdbc.sql("""
                    INSERT INTO pers_post (post_number, mission_code, unit_name, title, grade_code, category, funding_source,
                        budget_period, status, valid_from, vacant_since, created_by, created_at)
                    VALUES (?, ?, 'Office of the Head of Mission', ?, ?, ?, 'ASSESSED', ?, 'ACTIVE', ?, ?, ?, ?)""")
                    .params(number, s.mission(), s.title(), s.grade(), category,
                            org.fieldsupport.personnel.posts.internal.PostService.budgetPeriod(today), from,
                            s.incumbent() == null ? today.minusMonths(2) : null, ACTOR, OffsetDateTime.now())
                    .update();
            long postId = jdbc.sql("SELECT id FROM pers_post WHERE post_number = ?").param(number).query(Long.class).single();
            if (s.incumbent() != null) {
                LocalDate eod = today.minusYears(2).minusMonths(seq);
                jdbc.sql("""
                        INSERT INTO pers_staff (index_number, full_name, gender, nationality, date_of_birth, dependants,
                            medical_status, mission_code, post_id, duty_station, contract_type, grade_code, step,
                            entry_on_duty, contract_end, next_step_date, status, created_by, created_at)
                        VALUES (?, ?, ?, ?, ?, 0, 'FIT', ?, ?, ?, 'FIXED_TERM', ?, 1, ?, ?, ?, 'ACTIVE', ?, ?)""")
                        .params(String.valueOf(8_397_000 + seq), s.incumbent(), s.gender(), s.nationality(),
                                LocalDate.of(1960 + seq, seq, 10 + seq), s.mission(), postId,
                                missions.find(s.mission()).map(m -> m.hqLocation()).orElse(null), s.grade(), eod,
                                today.plusMonths(s.monthsLeft()), eod.plusYears(3), ACTOR, OffsetDateTime.now())
                        .update();
                jdbc.sql("INSERT INTO pers_post_vacancy (post_id, vacant_from, filled_on) VALUES (?, ?, ?)")
                        .params(postId, from, eod).update();
            } else {
                jdbc.sql("INSERT INTO pers_post_vacancy (post_id, vacant_from, filled_on) VALUES (?, ?, NULL)")
                        .params(postId, today.minusMonths(2)).update();
            }
        }
        // one deputy of MINUSCA and of UNMISS leaves within the forecast's horizon
        for (String m : List.of("MINUSCA", "UNMISS")) {
            jdbc.sql("""
                    UPDATE pers_staff SET contract_end = ? WHERE id = (SELECT MIN(s.id) FROM pers_staff s
                      JOIN pers_post p ON p.id = s.post_id WHERE p.mission_code = ? AND p.grade_code = 'ASG' AND s.status = 'ACTIVE')""")
                    .params(today.plusMonths("MINUSCA".equals(m) ? 10 : 16), m).update();
        }
    }

    record Candidate(String name, String gender, String nationality, String function, String level, int years,
                     String languages, String expertise, String source, String sourceCode, int campaign) { }

    private List<Long> pool(long womenCampaign, long francoCampaign) {
        List<Candidate> people = List.of(
                new Candidate("Amara Kone", "F", "CIV", "Regional Director, West Africa, UN entity", "ASG", 24, "EN;FR", "Peacebuilding; elections", "OUTREACH", null, 2),
                new Candidate("Beatriz Salgado", "F", "CHL", "Former Deputy Minister of Foreign Affairs", "USG", 28, "EN;ES", "Mediation; political affairs", "MEMBER_STATE", "CHL", 1),
                new Candidate("Chen Wei", "M", "CHN", "Ambassador, Permanent Representative", "ASG", 26, "EN;ZH", "Political affairs; Security Council", "MEMBER_STATE", "CHN", 0),
                new Candidate("Dalia Mansour", "F", "JOR", "Director, Political Affairs, regional organisation", "ASG", 22, "EN;AR;FR", "Political affairs; mediation", "OUTREACH", null, 1),
                new Candidate("Emmanuel Ochieng", "M", "KEN", "Resident Coordinator", "ASG", 25, "EN", "Development; humanitarian coordination", "ORGANIZATION", "UNDP Bureau for Policy", 0),
                new Candidate("Farida Rahman", "F", "BGD", "Additional Secretary, Ministry of Foreign Affairs", "ASG", 23, "EN", "Peace operations; rule of law", "MEMBER_STATE", "BGD", 1),
                new Candidate("Gunnhild Berg", "F", "NOR", "Special Envoy, Ministry of Foreign Affairs", "USG", 27, "EN;FR", "Mediation; gender and peace", "MEMBER_STATE", "NOR", 1),
                new Candidate("Hamid Tahir", "M", "PAK", "Director, Peace Operations Training Centre", "ASG", 21, "EN;AR", "Security sector reform", "SELF", null, 0),
                new Candidate("Isabelle Nkurunziza", "F", "BDI", "Commissioner, regional organisation", "ASG", 24, "FR;EN", "Protection of civilians; human rights", "ORGANIZATION", "African Union Commission", 2),
                new Candidate("Jonas Lindqvist", "M", "SWE", "Head of Office, humanitarian coordination", "ASG", 22, "EN;FR", "Humanitarian affairs", "OUTREACH", null, 0),
                new Candidate("Khadija Benali", "F", "MAR", "Ambassador, Director of Multilateral Affairs", "USG", 29, "AR;FR;EN", "Political affairs; North Africa", "MEMBER_STATE", "MAR", 2),
                new Candidate("Luis Herrera", "M", "COL", "Former Peace Commissioner", "ASG", 25, "ES;EN", "Peace processes; DDR", "MEMBER_STATE", "COL", 0),
                new Candidate("Mariam Diallo", "F", "SEN", "Deputy Head of Mission (D-2)", "ASG", 21, "FR;EN", "Mission management; rule of law", "OUTREACH", null, 2),
                new Candidate("Nadia Petrova", "F", "BGR", "Director, Crisis Management, regional organisation", "ASG", 23, "EN;RU;FR", "Crisis management; elections", "ORGANIZATION", "Regional organisation", 1),
                new Candidate("Olusegun Adeyemi", "M", "NGA", "Chief of Staff, peace operation", "ASG", 22, "EN", "Mission management; security", "SELF", null, 0),
                new Candidate("Priya Raman", "F", "IND", "Director, Human Rights Office", "ASG", 24, "EN", "Human rights; protection", "OUTREACH", null, 1),
                new Candidate("Rania Haddad", "F", "LBN", "Resident Coordinator", "ASG", 26, "AR;EN;FR", "Development; Middle East", "ORGANIZATION", "UNDP Bureau for Policy", 2),
                new Candidate("Samuel Mensah", "M", "GHA", "Major General (retired), former Force Commander", "ASG", 30, "EN;FR", "Military operations; protection", "MEMBER_STATE", "GHA", 0),
                new Candidate("Teresa Okonkwo", "F", "NGA", "Chief Justice (retired)", "ASG", 31, "EN", "Rule of law; justice reform", "OUTREACH", null, 1),
                new Candidate("Yasmin El-Sayed", "F", "EGY", "Assistant Minister for Multilateral Affairs", "USG", 27, "AR;EN;FR", "Political affairs; Sahel", "MEMBER_STATE", "EGY", 1));
        List<Long> ids = new ArrayList<>();
        for (Candidate c : people) {
            Long campaign = c.campaign() == 1 ? Long.valueOf(womenCampaign) : c.campaign() == 2 ? Long.valueOf(francoCampaign) : null;
            String vision = "My vision for the mission is a political strategy owned by the parties, protection of "
                    + "civilians as the measure of success, and a mission that works as one with the country team. "
                    + c.expertise() + " will be at the centre of the first hundred days.";
            ids.add(talent.create(new TalentPoolService.NewTalent(c.name(), c.gender(), c.nationality(),
                    null, c.function(), c.level(), c.years(), c.languages(), c.expertise(),
                    c.function() + ". " + c.years() + " years of experience at senior level; " + c.expertise() + ".",
                    vision, c.source(), c.sourceCode(), campaign)).id());
        }
        return ids;
    }

    private void succession(List<Long> pool) {
        var f = forecast.forecast(null, 18);
        int i = 0;
        for (var line : f.lines()) {
            if (i >= 8) {
                break;
            }
            long post = line.vacancy().postId();
            forecast.addSuccessor(post, pool.get((i * 3) % pool.size()), "READY_NOW", null);
            if (i % 3 != 2) {
                forecast.addSuccessor(post, pool.get((i * 3 + 1) % pool.size()), "READY_1_YEAR", null);
            }
            i++;
        }
    }

    private Long postOf(String mission, String grade) {
        return jdbc.sql("SELECT MIN(id) FROM pers_post WHERE mission_code = ? AND grade_code = ? AND status = 'ACTIVE'")
                .params(mission, grade).query(Long.class).optional().orElse(null);
    }

    static CallService.NewNominee nominee(String name, String gender, String nationality, int years, String function,
                                          String languages) {
        return new CallService.NewNominee(null, name, gender, nationality, years, function, languages, null,
                "A mission that protects civilians, supports an inclusive political process and leaves behind "
                        + "institutions the country owns.");
    }

    private void minuscaCall(LocalDate today, long ghanaPartner) {
        Long post = postOf("MINUSCA", "USG");
        if (post == null) {
            return;
        }
        var call = calls.create(new CallService.NewCall(post,
                "Special Representative of the Secretary-General and Head of MINUSCA: leads the mission's political "
                        + "strategy, the protection of civilians and support to the peace agreement; at least 20 years "
                        + "of high-level experience in conflict and post-conflict settings; English and French.",
                "Fixed-term appointment of two years at Under-Secretary-General level, duty station Bangui (non-family); "
                        + "vision statement of at most 500 words with the nomination.",
                20, "EN;FR", today.minusDays(20), today.plusDays(25)));
        as("nominator.bgd");
        calls.submit(call.id(), new CallService.NewList("MEMBER_STATE", "BGD", List.of(
                nominee("Nasreen Chowdhury", "F", "BGD", 24, "Ambassador to the African Union", "EN;FR"),
                nominee("Abdul Karim", "M", "BGD", 27, "Lieutenant General (retired), former Force Commander", "EN"))));
        as("leadership.officer");
        // Ghana's list names four nominees with one woman: returned to the nominating entity (two required)
        calls.submit(call.id(), new CallService.NewList("MEMBER_STATE", "GHA", List.of(
                nominee("Kofi Asamoah", "M", "GHA", 25, "Ambassador, Permanent Representative", "EN;FR"),
                nominee("Yaw Boateng", "M", "GHA", 22, "Director, Kofi Annan Peacekeeping Training Centre", "EN"),
                nominee("Efua Mensah", "F", "GHA", 23, "Deputy Minister of Defence", "EN"),
                nominee("Kwame Owusu", "M", "GHA", 26, "Special Envoy for the Sahel", "EN;FR"))));
        calls.submit(call.id(), new CallService.NewList("ORGANIZATION", "African Union Commission", List.of(
                nominee("Aïssata Traoré", "F", "MLI", 26, "High Representative for the Sahel", "FR;EN"),
                nominee("Jean-Pierre Mbeki", "M", "COD", 24, "Head of AU Liaison Office", "FR;EN"))));
        calls.submit(call.id(), new CallService.NewList("SELF", "Claire Dumont", List.of(
                nominee("Claire Dumont", "F", "BEL", 21, "Deputy Special Coordinator", "FR;EN"))));
    }

    private void unmissCall(LocalDate today) {
        Long post = postOf("UNMISS", "USG");
        if (post == null) {
            return;
        }
        var call = calls.create(new CallService.NewCall(post,
                "Special Representative of the Secretary-General and Head of UNMISS: protection of civilians, "
                        + "support to the peace process and the elections; at least 20 years of high-level experience.",
                "Fixed-term appointment of two years at Under-Secretary-General level, duty station Juba (non-family).",
                20, "EN", today.minusDays(70), today.minusDays(10)));
        jdbc.sql("UPDATE lead_call SET opens_on = ?, closes_on = ? WHERE id = ?")
                .params(today.minusDays(70), today.plusDays(1), call.id()).update();
        calls.submit(call.id(), new CallService.NewList("MEMBER_STATE", "NOR", List.of(
                nominee("Ingrid Solberg", "F", "NOR", 25, "State Secretary", "EN"),
                nominee("Erik Haugen", "M", "NOR", 28, "Ambassador, Special Envoy", "EN"))));
        calls.submit(call.id(), new CallService.NewList("ORGANIZATION", "UNDP Bureau for Policy", List.of(
                nominee("Michael Otieno", "M", "KEN", 24, "Resident Coordinator", "EN"))));
        jdbc.sql("UPDATE lead_call SET closes_on = ? WHERE id = ?").params(today.minusDays(10), call.id()).update();
        List<Long> men = calls.nominees(call.id()).stream().filter(n -> "M".equals(n.gender()))
                .map(CallService.Nominee::id).toList();
        // a shortlist of two men: breaks the parity rule, opens an alert in the section's work
        calls.shortlist(call.id(), men, null);
    }
}
