package org.fieldsupport.ict.training.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.fieldsupport.ict.shared.internal.IctAccess;
import org.fieldsupport.ict.shared.internal.IctFieldErrors;
import org.fieldsupport.organization.Missions;
import org.fieldsupport.platform.api.NotFoundException;
import org.fieldsupport.platform.audit.DataChanged;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * ICT training coordinated by ICTD headquarters for missions' ICT specialists (9.3.e): the ICT course list and a plan
 * per mission and year (course, quarter, specialists planned, specialists trained), with completion per mission.
 * The guidance module's training register has no API in its root package, so ICT keeps its own plans (decision
 * record 2026-12-05-ict-service-desk).
 */
@Service
public class TrainingPlans {

    public record Course(long id, String code, String titleEn, String titleFr, String audience, int hours) {
        public String title(Locale locale) { return locale != null && "fr".equals(locale.getLanguage()) ? titleFr : titleEn; }
    }

    public record PlanLine(long id, String missionCode, int planYear, String courseCode, int quarter, int planned,
                           int trained, long version) { }

    public record Plan(String missionCode, int year, List<PlanLine> lines, long planned, long trained, String completionPercent) { }

    public record NewCourse(String code, String titleEn, String titleFr, String audience, Integer hours) { }

    public record NewLine(String missionCode, Integer year, String courseCode, Integer quarter, Integer planned) { }

    private final JdbcClient jdbc;
    private final IctAccess access;
    private final Missions missions;
    private final ApplicationEventPublisher events;

    TrainingPlans(JdbcClient jdbc, IctAccess access, Missions missions, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.access = access;
        this.missions = missions;
        this.events = events;
    }

    @Transactional(readOnly = true)
    public List<Course> courses() {
        access.requireAnywhere(IctAccess.TRAINING_READ);
        return jdbc.sql("SELECT id, code, title_en, title_fr, audience, hours FROM ict_training_course ORDER BY code")
                .query(Course.class).list();
    }

    @Transactional
    public Course createCourse(NewCourse in) {
        access.requireDepartment(IctAccess.TRAINING_MANAGE);
        IctFieldErrors errors = new IctFieldErrors();
        String code = in.code() == null ? "" : in.code().strip().toUpperCase(Locale.ROOT);
        if (!code.matches("[A-Z0-9][A-Z0-9-]{1,39}")) errors.add("code", "Pattern", "ict.error.code");
        else if (jdbc.sql("SELECT COUNT(*) FROM ict_training_course WHERE code = ?").param(code).query(Long.class).single() > 0) {
            errors.add("code", "Unique", "ict.error.duplicate", code);
        }
        if (in.titleEn() == null || in.titleEn().isBlank()) errors.add("titleEn", "NotBlank", "ict.error.required");
        if (in.titleFr() == null || in.titleFr().isBlank()) errors.add("titleFr", "NotBlank", "ict.error.required");
        if (in.audience() == null || in.audience().isBlank()) errors.add("audience", "NotBlank", "ict.error.required");
        if (in.hours() == null || in.hours() < 1) errors.add("hours", "Positive", "ict.error.positive");
        errors.throwIfAny();
        jdbc.sql("INSERT INTO ict_training_course (code, title_en, title_fr, audience, hours) VALUES (?, ?, ?, ?, ?)")
                .params(code, in.titleEn().strip(), in.titleFr().strip(), in.audience().strip(), in.hours()).update();
        Course c = jdbc.sql("SELECT id, code, title_en, title_fr, audience, hours FROM ict_training_course WHERE code = ?")
                .param(code).query(Course.class).single();
        events.publishEvent(DataChanged.created("ict.training-course", c.id(), c));
        return c;
    }

    @Transactional(readOnly = true)
    public Plan plan(String mission, int year) {
        String m = mission == null ? "" : mission.strip().toUpperCase(Locale.ROOT);
        if (!access.forMission(IctAccess.TRAINING_READ, m)) throw new AccessDeniedException(IctAccess.TRAINING_READ + " for " + m);
        List<PlanLine> lines = jdbc.sql("SELECT id, mission_code, plan_year, course_code, quarter, planned, trained, version"
                        + " FROM ict_training_plan WHERE mission_code = ? AND plan_year = ? ORDER BY quarter, course_code")
                .params(m, year).query(PlanLine.class).list();
        long planned = lines.stream().mapToLong(PlanLine::planned).sum();
        long trained = lines.stream().mapToLong(l -> Math.min(l.trained(), l.planned())).sum();
        String pct = planned == 0 ? null : BigDecimal.valueOf(trained * 100).divide(BigDecimal.valueOf(planned), 10,
                RoundingMode.HALF_EVEN).setScale(1, RoundingMode.HALF_EVEN).toPlainString();
        return new Plan(m, year, lines, planned, trained, pct);
    }

    /** Missions the user may read plans of (null = every mission). */
    public Set<String> readableMissions() { return access.missions(IctAccess.TRAINING_READ); }

    @Transactional
    public PlanLine addLine(NewLine in) {
        access.requireDepartment(IctAccess.TRAINING_MANAGE);
        IctFieldErrors errors = new IctFieldErrors();
        String m = in.missionCode() == null ? "" : in.missionCode().strip().toUpperCase(Locale.ROOT);
        if (missions.find(m).isEmpty()) errors.add("missionCode", "UnknownMission", "ict.error.unknownMission", m);
        if (in.year() == null || in.year() < 2020 || in.year() > 2100) errors.add("year", "Range", "ict.error.year");
        if (in.quarter() == null || in.quarter() < 1 || in.quarter() > 4) errors.add("quarter", "Range", "ict.error.quarter");
        if (in.planned() == null || in.planned() < 1) errors.add("planned", "Positive", "ict.error.positive");
        String course = in.courseCode() == null ? "" : in.courseCode().strip().toUpperCase(Locale.ROOT);
        if (jdbc.sql("SELECT COUNT(*) FROM ict_training_course WHERE code = ?").param(course).query(Long.class).single() == 0) {
            errors.add("courseCode", "UnknownCourse", "ict.error.unknownCourse", course);
        }
        errors.throwIfAny();
        if (jdbc.sql("SELECT COUNT(*) FROM ict_training_plan WHERE mission_code = ? AND plan_year = ? AND course_code = ? AND quarter = ?")
                .params(m, in.year(), course, in.quarter()).query(Long.class).single() > 0) {
            new IctFieldErrors().add("courseCode", "Unique", "ict.error.planDuplicate", course).throwIfAny();
        }
        var keys = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO ict_training_plan (mission_code, plan_year, course_code, quarter, planned, trained, version, created_by)"
                        + " VALUES (?, ?, ?, ?, ?, 0, 0, ?)")
                .params(m, in.year(), course, in.quarter(), in.planned(), access.user()).update(keys, "id");
        PlanLine l = line(keys.getKeyAs(Number.class).longValue());
        events.publishEvent(DataChanged.created("ict.training-plan", l.id(), l));
        return l;
    }

    PlanLine line(long id) {
        return jdbc.sql("SELECT id, mission_code, plan_year, course_code, quarter, planned, trained, version FROM ict_training_plan"
                + " WHERE id = ?").param(id).query(PlanLine.class).optional().orElseThrow(() -> new NotFoundException("plan line", id));
    }

    /** Records how many specialists completed the course (HQ, or the mission's own training focal point: TRAINING_MANAGE in the mission). */
    @Transactional
    public PlanLine recordTrained(long id, Integer trained) {
        PlanLine before = line(id);
        access.requireMission(IctAccess.TRAINING_MANAGE, before.missionCode());
        if (trained == null || trained < 0) new IctFieldErrors().add("trained", "PositiveOrZero", "ict.error.positiveOrZero").throwIfAny();
        jdbc.sql("UPDATE ict_training_plan SET trained = ?, version = version + 1 WHERE id = ?").params(trained, id).update();
        PlanLine after = line(id);
        events.publishEvent(DataChanged.updated("ict.training-plan", id, before, after));
        return after;
    }
}
