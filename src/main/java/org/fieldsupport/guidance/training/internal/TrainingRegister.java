package org.fieldsupport.guidance.training.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.fieldsupport.guidance.library.internal.GuidanceAccess;
import org.fieldsupport.guidance.training.domain.TrainingRules;
import org.fieldsupport.guidance.training.domain.TrainingRules.NominationStatus;
import org.fieldsupport.organization.Missions;
import org.fieldsupport.organization.OrganizationStructure;
import org.fieldsupport.platform.api.BusinessRuleException;
import org.fieldsupport.platform.api.FieldErrors;
import org.fieldsupport.platform.api.InvalidInputException;
import org.fieldsupport.platform.api.NotFoundException;
import org.fieldsupport.platform.audit.DataChanged;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Training (8.3.g, 8.5.g): the course catalogue with the job roles a course is mandatory for, sessions, the
 * people trained (trainees with their mission, unit and job role), nominations by missions, attendance and
 * completion ({@link TrainingRules}), certificates, completion figures and the list of people overdue.
 */
@Service
public class TrainingRegister {

    private final JdbcClient jdbc;
    private final GuidanceAccess access;
    private final Missions missions;
    private final OrganizationStructure structure;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    TrainingRegister(JdbcClient jdbc, GuidanceAccess access, Missions missions, OrganizationStructure structure,
                     ApplicationEventPublisher events, ObjectProvider<Clock> clock) {
        this.jdbc = jdbc;
        this.access = access;
        this.missions = missions;
        this.structure = structure;
        this.events = events;
        this.clock = clock.getIfAvailable(Clock::systemUTC);
    }

    public LocalDate today() { return LocalDate.now(clock); }

    public record Course(long id, String code, String titleEn, String titleFr, String audience, String ownerUnit, int hours,
                         Integer validityMonths, List<String> mandatoryFor) {
        public String title(Locale locale) {
            return locale != null && "fr".equals(locale.getLanguage()) ? titleFr : titleEn;
        }
    }

    public record Session(long id, String courseCode, LocalDate startsOn, LocalDate endsOn, String place, boolean online,
                          int capacity, long seatsTaken) { }

    public record Trainee(long id, String username, String fullName, String missionCode, String unitCode, String jobRole,
                          LocalDate since) { }

    public record Nomination(long id, long sessionId, String courseCode, String username, String fullName,
                             String missionCode, String status, LocalDate completedOn, String certificateNo) { }

    public record NewCourse(String code, String titleEn, String titleFr, String audience, String ownerUnit, Integer hours,
                            Integer validityMonths, List<String> mandatoryFor) { }

    public record NewSession(String courseCode, LocalDate startsOn, LocalDate endsOn, String place, Boolean online,
                             Integer capacity) { }

    public record NewTrainee(String username, String fullName, String missionCode, String unitCode, String jobRole,
                             LocalDate since) { }

    public record Overdue(String username, String fullName, String missionCode, String unitCode, String jobRole,
                          String courseCode, String courseTitleEn, String courseTitleFr) { }

    public record Completion(String group, long nominated, long completed) { }

    // ------------------------------------------------------------------ catalogue

    @Transactional
    public Course createCourse(NewCourse cmd) {
        access.requireDepartment(GuidanceAccess.TRAINING_MANAGE);
        FieldErrors errors = new FieldErrors();
        String code = cmd.code() == null ? "" : cmd.code().strip().toUpperCase(Locale.ROOT);
        if (!code.matches("[A-Z0-9][A-Z0-9-]{1,39}")) errors.add("code", "Pattern", "guidance.error.code");
        else if (jdbc.sql("SELECT COUNT(*) FROM gd_course WHERE code = ?").param(code).query(Long.class).single() > 0) {
            errors.add("code", "Unique", "guidance.error.duplicate", code);
        }
        if (cmd.titleEn() == null || cmd.titleEn().isBlank()) errors.add("titleEn", "NotBlank", "guidance.error.required");
        if (cmd.titleFr() == null || cmd.titleFr().isBlank()) errors.add("titleFr", "NotBlank", "guidance.error.required");
        if (cmd.ownerUnit() == null || structure.unit(cmd.ownerUnit().strip(), today()).isEmpty()) {
            errors.add("ownerUnit", "UnknownUnit", "guidance.error.unknownUnit", cmd.ownerUnit());
        }
        if (cmd.hours() == null || cmd.hours() < 1) errors.add("hours", "Positive", "guidance.error.positive");
        if (cmd.validityMonths() != null && cmd.validityMonths() < 1) errors.add("validityMonths", "Positive", "guidance.error.positive");
        errors.throwIfAny();
        var keys = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO gd_course (code, title_en, title_fr, audience, owner_unit, hours, validity_months, created_by,"
                        + " created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(code, cmd.titleEn().strip(), cmd.titleFr().strip(), cmd.audience(), cmd.ownerUnit().strip(),
                        cmd.hours(), cmd.validityMonths(), access.user(), OffsetDateTime.now(clock))
                .update(keys, "id");
        long id = keys.getKeyAs(Number.class).longValue();
        if (cmd.mandatoryFor() != null) {
            for (String role : new java.util.LinkedHashSet<>(cmd.mandatoryFor())) {
                if (role != null && !role.isBlank()) {
                    jdbc.sql("INSERT INTO gd_course_mandatory (course_id, job_role) VALUES (?, ?)")
                            .params(id, role.strip().toUpperCase(Locale.ROOT)).update();
                }
            }
        }
        Course c = course(code);
        events.publishEvent(DataChanged.created("guidance.course", id, c));
        return c;
    }

    @Transactional(readOnly = true)
    public List<Course> courses() {
        access.requireAnywhere(GuidanceAccess.TRAINING_READ);
        Map<Long, List<String>> mandatory = new HashMap<>();
        jdbc.sql("SELECT course_id, job_role FROM gd_course_mandatory ORDER BY job_role")
                .query((rs, n) -> Map.entry(rs.getLong(1), rs.getString(2))).list()
                .forEach(e -> mandatory.computeIfAbsent(e.getKey(), k -> new ArrayList<>()).add(e.getValue()));
        return jdbc.sql("SELECT id, code, title_en, title_fr, audience, owner_unit, hours, validity_months FROM gd_course ORDER BY code")
                .query((rs, n) -> new Course(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                        rs.getString(6), rs.getInt(7), (Integer) rs.getObject(8, Integer.class),
                        mandatory.getOrDefault(rs.getLong(1), List.of()))).list();
    }

    @Transactional(readOnly = true)
    public Course course(String code) {
        return courses().stream().filter(c -> c.code().equalsIgnoreCase(code == null ? "" : code.strip())).findFirst()
                .orElseThrow(() -> new NotFoundException("course", code));
    }

    // ------------------------------------------------------------------ sessions

    @Transactional
    public Session createSession(NewSession cmd) {
        access.requireDepartment(GuidanceAccess.TRAINING_MANAGE);
        Course c = course(cmd.courseCode());
        FieldErrors errors = new FieldErrors();
        if (cmd.startsOn() == null) errors.add("startsOn", "NotNull", "guidance.error.required");
        if (cmd.endsOn() == null) errors.add("endsOn", "NotNull", "guidance.error.required");
        else if (cmd.startsOn() != null && cmd.endsOn().isBefore(cmd.startsOn())) errors.add("endsOn", "AfterStart", "guidance.error.endBeforeStart");
        boolean online = Boolean.TRUE.equals(cmd.online());
        if (!online && (cmd.place() == null || cmd.place().isBlank())) errors.add("place", "NotBlank", "guidance.error.placeOrOnline");
        if (cmd.capacity() == null || cmd.capacity() < 1) errors.add("capacity", "Positive", "guidance.error.positive");
        errors.throwIfAny();
        var keys = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO gd_session (course_id, starts_on, ends_on, place, online, capacity, created_by, created_at)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?, ?)")
                .params(c.id(), cmd.startsOn(), cmd.endsOn(), cmd.place(), online, cmd.capacity(), access.user(),
                        OffsetDateTime.now(clock))
                .update(keys, "id");
        Session s = session(keys.getKeyAs(Number.class).longValue());
        events.publishEvent(DataChanged.created("guidance.session", s.id(), s));
        return s;
    }

    private static final String SESSION = "SELECT s.id, c.code AS course_code, s.starts_on, s.ends_on, s.place, s.online,"
            + " s.capacity, (SELECT COUNT(*) FROM gd_nomination n WHERE n.session_id = s.id AND n.status <> 'NO_SHOW')"
            + " AS seats_taken FROM gd_session s JOIN gd_course c ON c.id = s.course_id";

    @Transactional(readOnly = true)
    public Session session(long id) {
        access.requireAnywhere(GuidanceAccess.TRAINING_READ);
        return jdbc.sql(SESSION + " WHERE s.id = ?").param(id).query(Session.class).optional()
                .orElseThrow(() -> new NotFoundException("session", id));
    }

    @Transactional(readOnly = true)
    public List<Session> sessions(String courseCode) {
        access.requireAnywhere(GuidanceAccess.TRAINING_READ);
        if (courseCode == null) return jdbc.sql(SESSION + " ORDER BY s.starts_on DESC, s.id").query(Session.class).list();
        return jdbc.sql(SESSION + " WHERE c.code = ? ORDER BY s.starts_on DESC").param(courseCode).query(Session.class).list();
    }

    // ------------------------------------------------------------------ trainees and nominations

    @Transactional
    public Trainee createTrainee(NewTrainee cmd) {
        FieldErrors errors = new FieldErrors();
        String username = cmd.username() == null ? "" : cmd.username().strip().toLowerCase(Locale.ROOT);
        if (!username.matches("[a-z0-9][a-z0-9._-]{1,99}")) errors.add("username", "Pattern", "guidance.error.username");
        else if (jdbc.sql("SELECT COUNT(*) FROM gd_trainee WHERE username = ?").param(username).query(Long.class).single() > 0) {
            errors.add("username", "Unique", "guidance.error.duplicate", username);
        }
        if (cmd.fullName() == null || cmd.fullName().isBlank()) errors.add("fullName", "NotBlank", "guidance.error.required");
        String mission = cmd.missionCode() == null || cmd.missionCode().isBlank() ? null : cmd.missionCode().strip().toUpperCase(Locale.ROOT);
        if (mission != null && missions.find(mission).isEmpty()) errors.add("missionCode", "UnknownMission", "guidance.error.unknownMission", mission);
        String unit = cmd.unitCode() == null || cmd.unitCode().isBlank() ? null : cmd.unitCode().strip();
        if (unit != null && structure.unit(unit, today()).isEmpty()) errors.add("unitCode", "UnknownUnit", "guidance.error.unknownUnit", unit);
        if (mission == null && unit == null) errors.add("missionCode", "MissionOrUnit", "guidance.error.missionOrUnit");
        if (cmd.jobRole() == null || cmd.jobRole().isBlank()) errors.add("jobRole", "NotBlank", "guidance.error.required");
        errors.throwIfAny();
        boolean allowed = access.department(GuidanceAccess.TRAINING_MANAGE)
                || (mission != null && access.forMission(GuidanceAccess.TRAINING_NOMINATE, mission));
        if (!allowed) throw new AccessDeniedException("guidance.training.manage or nominate for " + mission);
        var keys = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO gd_trainee (username, full_name, mission_code, unit_code, job_role, since) VALUES (?, ?, ?, ?, ?, ?)")
                .params(username, cmd.fullName().strip(), mission, unit, cmd.jobRole().strip().toUpperCase(Locale.ROOT),
                        cmd.since() == null ? today() : cmd.since())
                .update(keys, "id");
        Trainee t = trainee(username);
        events.publishEvent(DataChanged.created("guidance.trainee", t.id(), t));
        return t;
    }

    private Trainee trainee(String username) {
        return jdbc.sql("SELECT id, username, full_name, mission_code, unit_code, job_role, since FROM gd_trainee WHERE username = ?")
                .param(username == null ? "" : username.strip().toLowerCase(Locale.ROOT)).query(Trainee.class).optional()
                .orElseThrow(() -> new NotFoundException("trainee", username));
    }

    /** A mission's focal point nominates the mission's staff; the coordinator anyone. */
    @Transactional
    public Nomination nominate(long sessionId, String username) {
        Session s = session(sessionId);
        Trainee t;
        try {
            t = trainee(username);
        } catch (NotFoundException e) {
            throw InvalidInputException.of("username", "UnknownTrainee", "guidance.error.unknownTrainee", username);
        }
        boolean allowed = access.department(GuidanceAccess.TRAINING_MANAGE)
                || access.department(GuidanceAccess.TRAINING_NOMINATE)
                || (t.missionCode() != null && access.forMission(GuidanceAccess.TRAINING_NOMINATE, t.missionCode()));
        if (!allowed) throw new AccessDeniedException("nominate for " + t.missionCode());
        if (jdbc.sql("SELECT COUNT(*) FROM gd_nomination WHERE session_id = ? AND trainee_id = ?").params(sessionId, t.id())
                .query(Long.class).single() > 0) {
            throw new BusinessRuleException("guidance.training.alreadyNominated", t.username());
        }
        TrainingRules.mayNominate(s.startsOn(), today(), s.seatsTaken(), s.capacity()).ifPresent(key -> {
            throw new BusinessRuleException(key, s.capacity());
        });
        var keys = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO gd_nomination (session_id, trainee_id, nominated_by, nominated_at, status) VALUES (?, ?, ?, ?, 'NOMINATED')")
                .params(sessionId, t.id(), access.user(), OffsetDateTime.now(clock)).update(keys, "id");
        Nomination n = nomination(keys.getKeyAs(Number.class).longValue());
        events.publishEvent(DataChanged.created("guidance.nomination", n.id(), n));
        return n;
    }

    /** The coordinator records attendance (ATTENDED / NO_SHOW) and completion (COMPLETED, with a certificate number). */
    @Transactional
    public Nomination record(long nominationId, String status) {
        access.requireDepartment(GuidanceAccess.TRAINING_MANAGE);
        Nomination before = nomination(nominationId);
        NominationStatus to;
        try {
            to = NominationStatus.valueOf(status == null ? "" : status.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw InvalidInputException.of("status", "OneOf", "guidance.error.nominationStatus");
        }
        Session s = session(before.sessionId());
        TrainingRules.mayRecord(NominationStatus.valueOf(before.status()), to, s.startsOn(), today()).ifPresent(key -> {
            throw new BusinessRuleException(key, before.status(), to.name());
        });
        if (to == NominationStatus.COMPLETED) {
            LocalDate done = s.endsOn().isAfter(today()) ? today() : s.endsOn();
            jdbc.sql("UPDATE gd_nomination SET status = 'COMPLETED', completed_on = ?, certificate_no = ? WHERE id = ?")
                    .params(done, "CERT-%d-%06d".formatted(done.getYear(), nominationId), nominationId).update();
        } else {
            jdbc.sql("UPDATE gd_nomination SET status = ? WHERE id = ?").params(to.name(), nominationId).update();
        }
        Nomination after = nomination(nominationId);
        events.publishEvent(DataChanged.updated("guidance.nomination", nominationId, before, after));
        return after;
    }

    private static final String NOMINATION = "SELECT n.id, n.session_id, c.code AS course_code, t.username, t.full_name,"
            + " t.mission_code, n.status, n.completed_on, n.certificate_no FROM gd_nomination n"
            + " JOIN gd_trainee t ON t.id = n.trainee_id JOIN gd_session s ON s.id = n.session_id"
            + " JOIN gd_course c ON c.id = s.course_id";

    @Transactional(readOnly = true)
    public Nomination nomination(long id) {
        access.requireAnywhere(GuidanceAccess.TRAINING_READ);
        return jdbc.sql(NOMINATION + " WHERE n.id = ?").param(id).query(Nomination.class).optional()
                .orElseThrow(() -> new NotFoundException("nomination", id));
    }

    @Transactional(readOnly = true)
    public List<Nomination> nominations(long sessionId) {
        access.requireAnywhere(GuidanceAccess.TRAINING_READ);
        return jdbc.sql(NOMINATION + " WHERE n.session_id = ? ORDER BY t.full_name").param(sessionId).query(Nomination.class).list();
    }

    public record Certificate(String number, String fullName, String courseTitleEn, String courseTitleFr, int hours,
                              LocalDate completedOn) { }

    @Transactional(readOnly = true)
    public Certificate certificate(long nominationId) {
        Nomination n = nomination(nominationId);
        if (!"COMPLETED".equals(n.status())) throw new BusinessRuleException("guidance.training.noCertificate");
        Course c = course(n.courseCode());
        return new Certificate(n.certificateNo(), n.fullName(), c.titleEn(), c.titleFr(), c.hours(), n.completedOn());
    }

    // ------------------------------------------------------------------ figures

    /** Nominated and completed counts grouped by {@code mission}, {@code unit} or {@code course}. */
    @Transactional(readOnly = true)
    public List<Completion> completion(String by) {
        access.requireAnywhere(GuidanceAccess.TRAINING_READ);
        String column = switch (by == null ? "mission" : by) {
            case "unit" -> "COALESCE(t.unit_code, '—')";
            case "course" -> "c.code";
            case "mission" -> "COALESCE(t.mission_code, '—')";
            default -> throw InvalidInputException.of("by", "OneOf", "guidance.error.groupBy");
        };
        return jdbc.sql("SELECT " + column + " AS grp, COUNT(*) AS nominated,"
                        + " SUM(CASE WHEN n.status = 'COMPLETED' THEN 1 ELSE 0 END) AS completed FROM gd_nomination n"
                        + " JOIN gd_trainee t ON t.id = n.trainee_id JOIN gd_session s ON s.id = n.session_id"
                        + " JOIN gd_course c ON c.id = s.course_id GROUP BY " + column + " ORDER BY 1")
                .query((rs, i) -> new Completion(rs.getString(1), rs.getLong(2), rs.getLong(3))).list();
    }

    /** People overdue on a course mandatory for their job role ({@link TrainingRules#overdue}); the user's missions only. */
    @Transactional(readOnly = true)
    public List<Overdue> overdue(String mission) {
        access.requireAnywhere(GuidanceAccess.TRAINING_READ);
        Set<String> mine = access.missions(GuidanceAccess.TRAINING_READ);
        Map<String, Object> params = new HashMap<>();
        StringBuilder sql = new StringBuilder("""
                SELECT t.id, t.username, t.full_name, t.mission_code, t.unit_code, t.job_role, t.since,
                  c.id AS course_id, c.code, c.title_en, c.title_fr, c.validity_months
                FROM gd_trainee t JOIN gd_course_mandatory m ON m.job_role = t.job_role JOIN gd_course c ON c.id = m.course_id
                WHERE 1 = 1""");
        if (mine != null) {
            if (mine.isEmpty()) return List.of();
            sql.append(" AND t.mission_code IN (:mine)");
            params.put("mine", List.copyOf(mine));
        }
        if (mission != null && !mission.isBlank()) {
            sql.append(" AND t.mission_code = :mission");
            params.put("mission", mission.strip().toUpperCase(Locale.ROOT));
        }
        sql.append(" ORDER BY t.mission_code, t.full_name, c.code");
        record Row(long traineeId, String username, String fullName, String missionCode, String unitCode, String jobRole,
                   LocalDate since, long courseId, String code, String titleEn, String titleFr, Integer validityMonths) { }
        List<Row> rows = jdbc.sql(sql.toString()).params(params).query((rs, n) -> new Row(rs.getLong(1), rs.getString(2),
                rs.getString(3), rs.getString(4), rs.getString(5), rs.getString(6), rs.getObject(7, LocalDate.class),
                rs.getLong(8), rs.getString(9), rs.getString(10), rs.getString(11), rs.getObject(12, Integer.class))).list();
        Map<String, List<LocalDate>> completions = new HashMap<>();
        jdbc.sql("SELECT n.trainee_id, s.course_id, n.completed_on FROM gd_nomination n JOIN gd_session s ON s.id = n.session_id"
                        + " WHERE n.status = 'COMPLETED'")
                .query((rs, n) -> new Object[] {rs.getLong(1) + ":" + rs.getLong(2), rs.getObject(3, LocalDate.class)}).list()
                .forEach(o -> completions.computeIfAbsent((String) o[0], k -> new ArrayList<>()).add((LocalDate) o[1]));
        List<Overdue> out = new ArrayList<>();
        for (Row r : rows) {
            if (TrainingRules.overdue(r.since(), completions.getOrDefault(r.traineeId() + ":" + r.courseId(), List.of()),
                    r.validityMonths(), today())) {
                out.add(new Overdue(r.username(), r.fullName(), r.missionCode(), r.unitCode(), r.jobRole(), r.code(),
                        r.titleEn(), r.titleFr()));
            }
        }
        return out;
    }

    /** Counts for the dashboard card: sessions ahead, completions this year, people overdue. */
    @Transactional(readOnly = true)
    public Map<String, Long> figures() {
        access.requireAnywhere(GuidanceAccess.TRAINING_READ);
        Map<String, Long> f = new LinkedHashMap<>();
        f.put("upcoming", jdbc.sql("SELECT COUNT(*) FROM gd_session WHERE starts_on >= ?").param(today()).query(Long.class).single());
        f.put("completed", jdbc.sql("SELECT COUNT(*) FROM gd_nomination WHERE status = 'COMPLETED' AND completed_on >= ?")
                .param(today().withDayOfYear(1)).query(Long.class).single());
        f.put("overdue", (long) overdue(null).size());
        return f;
    }
}
