package org.fieldsupport.ict.training.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.fieldsupport.guidance.TrainingCatalogue;
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
 * ICT training coordinated by ICTD headquarters for missions' ICT specialists (9.3.e), through the guidance module's
 * training catalogue ({@link TrainingCatalogue}): the courses are guidance's (ICTD's own are those of owner unit
 * {@value #ICTD}); ICT keeps a plan per mission and year (course, quarter, specialists planned); the specialists
 * trained are the completions guidance records for the mission's trainees in that quarter, never typed here.
 */
@Service
public class TrainingPlans {

    /** The owner unit of ICTD's courses in the training catalogue. */
    public static final String ICTD = "DFS-ICTD";

    /** A course of the guidance catalogue as ICT shows it; {@code ictd}: owned by ICTD. */
    public record Course(String code, String titleEn, String titleFr, String audience, String ownerUnit, int hours,
                         boolean ictd) {
        public String title(Locale locale) { return locale != null && "fr".equals(locale.getLanguage()) ? titleFr : titleEn; }
    }

    /** {@code trained}: completions recorded in guidance for the mission's trainees in the quarter. */
    public record PlanLine(long id, String missionCode, int planYear, String courseCode, int quarter, int planned,
                           long trained, long version) { }

    public record Plan(String missionCode, int year, List<PlanLine> lines, long planned, long trained, String completionPercent) { }

    public record NewLine(String missionCode, Integer year, String courseCode, Integer quarter, Integer planned) { }

    private final JdbcClient jdbc;
    private final IctAccess access;
    private final Missions missions;
    private final TrainingCatalogue catalogue;
    private final ApplicationEventPublisher events;

    TrainingPlans(JdbcClient jdbc, IctAccess access, Missions missions, TrainingCatalogue catalogue,
                  ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.access = access;
        this.missions = missions;
        this.catalogue = catalogue;
        this.events = events;
    }

    private static Course course(TrainingCatalogue.CourseInfo c) {
        return new Course(c.code(), c.titleEn(), c.titleFr(), c.audience(), c.ownerUnit(), c.hours(), ICTD.equals(c.ownerUnit()));
    }

    /** The catalogue's courses, ICTD's first (any course of the catalogue may be planned). */
    @Transactional(readOnly = true)
    public List<Course> courses() {
        access.requireAnywhere(IctAccess.TRAINING_READ);
        List<Course> out = new ArrayList<>(catalogue.courses(ICTD).stream().map(TrainingPlans::course).toList());
        catalogue.courses(null).stream().filter(c -> !ICTD.equals(c.ownerUnit())).map(TrainingPlans::course).forEach(out::add);
        return out;
    }

    @Transactional(readOnly = true)
    public Plan plan(String mission, Integer year) {
        String m = mission == null ? "" : mission.strip().toUpperCase(Locale.ROOT);
        if (!access.forMission(IctAccess.TRAINING_READ, m)) throw new AccessDeniedException(IctAccess.TRAINING_READ + " for " + m);
        if (year == null || year < 2020 || year > 2100) new IctFieldErrors().add("year", "Range", "ict.error.year").throwIfAny();
        record Row(long id, String missionCode, int planYear, String courseCode, int quarter, int planned, long version) { }
        List<Row> rows = jdbc.sql("SELECT id, mission_code, plan_year, course_code, quarter, planned, version"
                        + " FROM ict_training_line WHERE mission_code = ? AND plan_year = ? ORDER BY quarter, course_code")
                .params(m, year).query(Row.class).list();
        List<PlanLine> lines = new ArrayList<>();
        for (int q = 1; q <= 4; q++) {
            int quarter = q;
            List<Row> inQuarter = rows.stream().filter(r -> r.quarter() == quarter).toList();
            if (inQuarter.isEmpty()) continue;
            LocalDate from = LocalDate.of(year, 3 * q - 2, 1);
            Map<String, Long> done = catalogue.completions(m, inQuarter.stream().map(Row::courseCode).toList(), from,
                    from.plusMonths(3).minusDays(1));
            for (Row r : inQuarter) {
                lines.add(new PlanLine(r.id(), r.missionCode(), r.planYear(), r.courseCode(), r.quarter(), r.planned(),
                        done.getOrDefault(r.courseCode(), 0L), r.version()));
            }
        }
        long planned = lines.stream().mapToLong(PlanLine::planned).sum();
        long trained = lines.stream().mapToLong(l -> Math.min(l.trained(), l.planned())).sum();
        String pct = planned == 0 ? null : BigDecimal.valueOf(trained * 100).divide(BigDecimal.valueOf(planned), 10,
                RoundingMode.HALF_EVEN).setScale(1, RoundingMode.HALF_EVEN).toPlainString();
        return new Plan(m, year, lines, planned, trained, pct);
    }

    /** Missions the user may read plans of (null = every mission). */
    public Set<String> readableMissions() { return access.missions(IctAccess.TRAINING_READ); }

    /** Adds a line to a mission's plan (ICTD headquarters); the course must be in the guidance catalogue. */
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
        if (catalogue.course(course).isEmpty()) errors.add("courseCode", "UnknownCourse", "ict.error.unknownCourse", course);
        errors.throwIfAny();
        if (jdbc.sql("SELECT COUNT(*) FROM ict_training_line WHERE mission_code = ? AND plan_year = ? AND course_code = ? AND quarter = ?")
                .params(m, in.year(), course, in.quarter()).query(Long.class).single() > 0) {
            new IctFieldErrors().add("courseCode", "Unique", "ict.error.planDuplicate", course).throwIfAny();
        }
        var keys = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO ict_training_line (mission_code, plan_year, course_code, quarter, planned, version, created_by)"
                        + " VALUES (?, ?, ?, ?, ?, 0, ?)")
                .params(m, in.year(), course, in.quarter(), in.planned(), access.user()).update(keys, "id");
        long id = keys.getKeyAs(Number.class).longValue();
        PlanLine l = plan(m, in.year()).lines().stream().filter(x -> x.id() == id).findFirst()
                .orElseThrow(() -> new NotFoundException("plan line", id));
        events.publishEvent(DataChanged.created("ict.training-plan", l.id(), l));
        return l;
    }
}
