package org.fieldsupport.personnel.outreach.internal;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.fieldsupport.personnel.recruitment.domain.CareerRules;
import org.fieldsupport.personnel.recruitment.internal.RecruitmentAccess;
import org.fieldsupport.personnel.recruitment.internal.RecruitmentClock;
import org.fieldsupport.personnel.recruitment.internal.RecruitmentPermissions;
import org.fieldsupport.platform.api.BusinessRuleException;
import org.fieldsupport.platform.api.FieldErrors;
import org.fieldsupport.platform.api.InvalidInputException;
import org.fieldsupport.platform.api.NotFoundException;
import org.fieldsupport.platform.audit.DataChanged;
import org.fieldsupport.platform.reference.ReferenceData;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Career management for field staff (6.7.d): field-career information pages (EN/FR, public on the careers site)
 * and career plans per staff member — a target job family and level, the date the staff member meets the level's
 * experience minimum (computed), development actions (training, assignment, mentoring, language, roster) and the
 * progress made. A plan is read by its staff member and by career advisers of the staff member's mission.
 */
@Service
public class CareerService {

    public static final Set<String> ACTION_KINDS = Set.of("TRAINING", "ASSIGNMENT", "MENTORING", "LANGUAGE", "ROSTER");

    private final JdbcClient jdbc;
    private final RecruitmentAccess access;
    private final ReferenceData reference;
    private final ApplicationEventPublisher events;
    private final RecruitmentClock clock;

    CareerService(JdbcClient jdbc, RecruitmentAccess access, ReferenceData reference, ApplicationEventPublisher events,
                  RecruitmentClock clock) {
        this.jdbc = jdbc;
        this.access = access;
        this.reference = reference;
        this.events = events;
        this.clock = clock;
    }

    // ------------------------------------------------------------ information pages

    public record Page(long id, String slug, String titleEn, String titleFr, String bodyEn, String bodyFr,
                       String updatedBy) {
        public String title(Locale l) {
            return "fr".equals(l.getLanguage()) ? titleFr : titleEn;
        }

        public String body(Locale l) {
            return "fr".equals(l.getLanguage()) ? bodyFr : bodyEn;
        }
    }

    static Page page(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        return new Page(rs.getLong("id"), rs.getString("slug"), rs.getString("title_en"), rs.getString("title_fr"),
                rs.getString("body_en"), rs.getString("body_fr"), rs.getString("updated_by"));
    }

    /** The published pages (public). */
    public List<Page> pages() {
        return jdbc.sql("SELECT * FROM rec_career_page ORDER BY id").query(CareerService::page).list();
    }

    public Page page(String slug) {
        return jdbc.sql("SELECT * FROM rec_career_page WHERE slug = ?").param(slug).query(CareerService::page).optional()
                .orElseThrow(() -> new NotFoundException("recruitment.career-page", slug));
    }

    public record PageInput(String slug, String titleEn, String titleFr, String bodyEn, String bodyFr) { }

    @Transactional
    public Page savePage(PageInput in, String actor) {
        FieldErrors e = new FieldErrors();
        if (in.slug() == null || !in.slug().matches("[a-z0-9-]{2,80}")) {
            e.add("slug", "Pattern", "recruitment.input.slug");
        }
        for (var f : Map.of("titleEn", String.valueOf(in.titleEn()), "titleFr", String.valueOf(in.titleFr()),
                "bodyEn", String.valueOf(in.bodyEn()), "bodyFr", String.valueOf(in.bodyFr())).entrySet()) {
            if (f.getValue().isBlank() || "null".equals(f.getValue())) {
                e.add(f.getKey(), "Required", "recruitment.input.required");
            }
        }
        e.throwIfAny();
        String user = actor != null ? actor : access.require(RecruitmentPermissions.CAREERS, null);
        Timestamp now = Timestamp.from(clock.now());
        int n = jdbc.sql("UPDATE rec_career_page SET title_en = ?, title_fr = ?, body_en = ?, body_fr = ?, updated_by = ?, updated_at = ? WHERE slug = ?")
                .params(in.titleEn().strip(), in.titleFr().strip(), in.bodyEn().strip(), in.bodyFr().strip(), user, now,
                        in.slug()).update();
        if (n == 0) {
            jdbc.sql("INSERT INTO rec_career_page (slug, title_en, title_fr, body_en, body_fr, updated_by, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)")
                    .params(in.slug(), in.titleEn().strip(), in.titleFr().strip(), in.bodyEn().strip(), in.bodyFr().strip(),
                            user, now).update();
        }
        Page p = page(in.slug());
        events.publishEvent(DataChanged.updated("personnel.recruitment.career-page", p.id(), null, p));
        return p;
    }

    // ------------------------------------------------------------ career plans

    public record Action(long id, String kind, String description, LocalDate dueDate, LocalDate doneOn) { }

    public record Plan(long id, long staffId, String staffName, String missionCode, String currentGrade,
                       LocalDate entryOnDuty, String targetFamily, String targetGrade, String targetTitle,
                       LocalDate targetDate, BigDecimal priorYears, Integer minimumYears, LocalDate readyOn,
                       boolean readyByTarget, BigDecimal progressPct, List<Action> actions) { }

    record Staff(long id, String name, String username, String mission, String grade, LocalDate eod) { }

    Staff staff(long id) {
        return jdbc.sql("SELECT id, full_name, username, mission_code, grade_code, entry_on_duty FROM pers_staff WHERE id = ?")
                .param(id).query((rs, n) -> new Staff(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getString(5), rs.getObject(6, LocalDate.class))).optional()
                .orElseThrow(() -> new NotFoundException("StaffMember", id));
    }

    void requireRead(Staff s) {
        String user = access.user();
        if (!user.equals(s.username()) && !access.may(RecruitmentPermissions.CAREERS, s.mission())) {
            throw new AccessDeniedException("no career access to staff " + s.id());
        }
    }

    Plan plan(java.sql.ResultSet rs, Staff s) throws java.sql.SQLException {
        long id = rs.getLong("id");
        List<Action> actions = jdbc.sql("SELECT id, kind, description, due_date, done_on FROM rec_career_action WHERE plan_id = ? ORDER BY due_date, id")
                .param(id).query((r, n) -> new Action(r.getLong(1), r.getString(2), r.getString(3),
                        r.getObject(4, LocalDate.class), r.getObject(5, LocalDate.class))).list();
        String target = rs.getString("target_grade");
        BigDecimal prior = rs.getBigDecimal("prior_years");
        LocalDate targetDate = rs.getObject("target_date", LocalDate.class);
        LocalDate ready = CareerRules.readyOn(target, s.eod(), prior);
        int done = (int) actions.stream().filter(a -> a.doneOn() != null).count();
        return new Plan(id, s.id(), s.name(), s.mission(), s.grade(), s.eod(), rs.getString("target_family"), target,
                rs.getString("target_title"), targetDate, prior, CareerRules.minimumYears(target), ready,
                ready != null && !ready.isAfter(targetDate), CareerRules.progress(done, actions.size()), actions);
    }

    public List<Plan> plansOf(long staffId) {
        Staff s = staff(staffId);
        requireRead(s);
        return jdbc.sql("SELECT * FROM rec_career_plan WHERE staff_id = ? ORDER BY target_date, id").param(staffId)
                .query((rs, n) -> plan(rs, s)).list();
    }

    /** The signed-in user's own plans (when they have a staff record). */
    public List<Plan> mine() {
        String user = access.user();
        List<Long> staff = jdbc.sql("SELECT id FROM pers_staff WHERE username = ? ORDER BY id").param(user)
                .query(Long.class).list();
        return staff.stream().flatMap(id -> plansOf(id).stream()).toList();
    }

    /** Plans of the missions where the user advises careers (all for the department). */
    public List<Plan> advised(String mission) {
        var all = jdbc.sql("""
                SELECT p.*, s.full_name, s.username, s.mission_code, s.grade_code, s.entry_on_duty FROM rec_career_plan p
                JOIN pers_staff s ON s.id = p.staff_id ORDER BY s.mission_code, s.full_name, p.id""")
                .query((rs, n) -> plan(rs, new Staff(rs.getLong("staff_id"), rs.getString("full_name"),
                        rs.getString("username"), rs.getString("mission_code"), rs.getString("grade_code"),
                        rs.getObject("entry_on_duty", LocalDate.class)))).list();
        return all.stream().filter(p -> mission == null || mission.isBlank() || mission.equals(p.missionCode()))
                .filter(p -> access.may(RecruitmentPermissions.CAREERS, p.missionCode())).toList();
    }

    public Plan get(long planId) {
        long staffId = jdbc.sql("SELECT staff_id FROM rec_career_plan WHERE id = ?").param(planId).query(Long.class)
                .optional().orElseThrow(() -> new NotFoundException("recruitment.career-plan", planId));
        return plansOf(staffId).stream().filter(p -> p.id() == planId).findFirst().orElseThrow();
    }

    public record NewAction(String kind, String description, LocalDate dueDate) { }

    public record NewPlan(Long staffId, String targetFamily, String targetGrade, String targetTitle, LocalDate targetDate,
                          BigDecimal priorYears, List<NewAction> actions) { }

    /** A career adviser of the staff member's mission sets up a plan; the target level must be above the current. */
    @Transactional
    public Plan create(NewPlan in) {
        FieldErrors e = new FieldErrors();
        if (in.staffId() == null) {
            e.add("staffId", "Required", "recruitment.input.required");
        }
        if (in.targetFamily() == null || in.targetFamily().isBlank()) {
            e.add("targetFamily", "Required", "recruitment.input.required");
        }
        if (in.targetTitle() == null || in.targetTitle().isBlank()) {
            e.add("targetTitle", "Required", "recruitment.input.required");
        }
        if (in.targetGrade() == null || reference.grade(in.targetGrade()).isEmpty()) {
            e.add("targetGrade", "Grade", "recruitment.input.grade", String.valueOf(in.targetGrade()));
        }
        if (in.targetDate() == null || !in.targetDate().isAfter(clock.today())) {
            e.add("targetDate", "Future", "recruitment.input.future");
        }
        if (in.priorYears() != null && (in.priorYears().signum() < 0 || in.priorYears().compareTo(new BigDecimal("45")) > 0)) {
            e.add("priorYears", "Range", "recruitment.input.priorYears");
        }
        List<NewAction> actions = in.actions() == null ? List.of() : in.actions();
        for (int i = 0; i < actions.size(); i++) {
            NewAction a = actions.get(i);
            if (a == null || a.kind() == null || !ACTION_KINDS.contains(a.kind())) {
                e.add("actions[" + i + "].kind", "OneOf", "recruitment.input.actionKind");
            }
            if (a == null || a.description() == null || a.description().isBlank()) {
                e.add("actions[" + i + "].description", "Required", "recruitment.input.required");
            }
            if (a == null || a.dueDate() == null) {
                e.add("actions[" + i + "].dueDate", "Required", "recruitment.input.required");
            }
        }
        e.throwIfAny();
        Staff s = staff(in.staffId());
        String user = access.require(RecruitmentPermissions.CAREERS, s.mission());
        var current = reference.grade(s.grade());
        var target = reference.grade(in.targetGrade()).orElseThrow();
        if (current.isPresent() && target.rank() <= current.get().rank()) {
            throw new BusinessRuleException("recruitment.refused.targetNotAbove", in.targetGrade(), s.grade());
        }
        Timestamp now = Timestamp.from(clock.now());
        jdbc.sql("""
                INSERT INTO rec_career_plan (staff_id, target_family, target_grade, target_title, target_date, prior_years,
                    created_by, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(s.id(), in.targetFamily().strip().toUpperCase(Locale.ROOT), in.targetGrade(), in.targetTitle().strip(),
                        in.targetDate(), in.priorYears() == null ? BigDecimal.ZERO : in.priorYears(), user, now).update();
        long id = jdbc.sql("SELECT MAX(id) FROM rec_career_plan WHERE staff_id = ? AND created_by = ?").params(s.id(), user)
                .query(Long.class).single();
        for (NewAction a : actions) {
            jdbc.sql("INSERT INTO rec_career_action (plan_id, kind, description, due_date) VALUES (?, ?, ?, ?)")
                    .params(id, a.kind(), a.description().strip(), a.dueDate()).update();
        }
        events.publishEvent(DataChanged.created("personnel.recruitment.career-plan", id,
                Map.of("staffId", s.id(), "targetGrade", in.targetGrade())));
        return get(id);
    }

    /** Marks an action done: the staff member or a career adviser of their mission. */
    @Transactional
    public Plan complete(long planId, long actionId, LocalDate doneOn) {
        Plan p = get(planId);
        Action a = p.actions().stream().filter(x -> x.id() == actionId).findFirst()
                .orElseThrow(() -> new NotFoundException("recruitment.career-action", actionId));
        LocalDate d = doneOn == null ? clock.today() : doneOn;
        if (d.isAfter(clock.today())) {
            throw InvalidInputException.of("doneOn", "Past", "recruitment.input.past");
        }
        jdbc.sql("UPDATE rec_career_action SET done_on = ? WHERE id = ?").params(d, a.id()).update();
        events.publishEvent(DataChanged.updated("personnel.recruitment.career-action", a.id(),
                Map.of("doneOn", String.valueOf(a.doneOn())), Map.of("doneOn", d.toString())));
        return get(planId);
    }
}
