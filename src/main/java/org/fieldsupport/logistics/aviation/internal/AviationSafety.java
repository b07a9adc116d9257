package org.fieldsupport.logistics.aviation.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.fieldsupport.logistics.aviation.domain.AviationRules;
import org.fieldsupport.lsd.Checks;
import org.fieldsupport.lsd.MissionAccess;
import org.fieldsupport.lsd.RuleParameters;
import org.fieldsupport.logistics.internal.LogisticsPermissions;
import org.fieldsupport.platform.api.FieldErrors;
import org.fieldsupport.platform.api.NotFoundException;
import org.fieldsupport.platform.audit.DataChanged;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Aviation safety reports (occurrences and hazards, anonymous allowed): the 24-hour clock, classification and the
 * risk matrix, corrective actions with owners, feedback to the reporter. Who reported is seen by aviation-safety
 * staff only ({@code logistics.aviation.manage}); the export shared with other missions is de-identified.
 */
@Service
public class AviationSafety {

    private final JdbcClient jdbc;
    private final MissionAccess access;
    private final ApplicationEventPublisher events;
    private final RuleParameters parameters;

    AviationSafety(JdbcClient jdbc, MissionAccess access, ApplicationEventPublisher events, RuleParameters parameters) {
        this.parameters = parameters;
        this.jdbc = jdbc;
        this.access = access;
        this.events = events;
    }

    public record NewReport(String missionCode, String kind, Instant occurredAt, String location, String aircraft,
                            String description, Boolean anonymous) { }

    public record Classification(String classification, Integer likelihood, String severity, String feedback) { }

    public record NewAction(String action, String owner, LocalDate dueOn) { }

    public record Action(long id, String action, String owner, LocalDate dueOn, LocalDate doneOn, boolean overdue) { }

    /** {@code reporter} is null for anonymous reports and for readers who are not aviation-safety staff. */
    public record Report(long id, String reference, String missionCode, String kind, Instant occurredAt,
                         Instant reportedAt, boolean late, String location, String aircraft, String description,
                         boolean anonymous, String reporter, String classification, Integer likelihood,
                         String severity, String risk, String feedback, List<Action> actions) { }

    /** The de-identified form shared with other missions: no reporter, no aircraft, no feedback. */
    public record SharedReport(String reference, String missionCode, String kind, LocalDate occurredOn, String location,
                               String description, String classification, String risk) { }

    @Transactional
    public Report submit(NewReport r) {
        FieldErrors errors = new FieldErrors();
        String mission = Checks.mission(access, errors, "missionCode", r.missionCode());
        Checks.oneOf(errors, "kind", r.kind(), Set.of("OCCURRENCE", "HAZARD"));
        if (r.occurredAt() == null) {
            errors.add("occurredAt", "Required", "lsd.input.required");
        } else if (r.occurredAt().isAfter(Instant.now())) {
            errors.add("occurredAt", "PastOrPresent", "lsd.input.past");
        }
        Checks.required(errors, "location", r.location());
        Checks.required(errors, "description", r.description());
        if (r.description() != null && r.description().length() > 2000) {
            errors.add("description", "Size", "lsd.input.tooLong", 2000);
        }
        errors.throwIfAny();
        String user = access.require(LogisticsPermissions.AVIATION_REPORT, mission);
        return submitAs(user, mission, r, Instant.now());
    }

    @Transactional
    public Report submitAs(String user, String mission, NewReport r, Instant reportedAt) {
        boolean anonymous = Boolean.TRUE.equals(r.anonymous());
        String reference = "ASR-" + mission + "-" + Long.toString(System.nanoTime(), 36).toUpperCase();
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO log_aviation_report (reference, mission_code, kind, occurred_at, reported_at, late, location,
                    aircraft, description, anonymous, reporter) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(reference, mission, r.kind(), r.occurredAt().atOffset(ZoneOffset.UTC),
                        reportedAt.atOffset(ZoneOffset.UTC), AviationRules.late(r.occurredAt(), reportedAt,
                                parameters.valueOn(AviationRules.REPORT_HOURS,
                                        r.occurredAt().atZone(ZoneOffset.UTC).toLocalDate()).intValue()),
                        r.location().strip(), r.aircraft() == null || r.aircraft().isBlank() ? null : r.aircraft().strip(),
                        r.description().strip(), anonymous, anonymous ? null : user)
                .update(keys, "id");
        long id = keys.getKey().longValue();
        // the audit record names the report, never the reporter of an anonymous report
        events.publishEvent(DataChanged.created("logistics.aviation-report", id, Map.of("reference", reference,
                "kind", r.kind(), "anonymous", anonymous)));
        return find(id, true);
    }

    /** Classification on the risk matrix and feedback to the reporter (aviation-safety staff). */
    @Transactional
    public Report classify(long id, Classification c) {
        Report before = report(id);
        FieldErrors errors = new FieldErrors();
        Checks.oneOf(errors, "classification", c.classification(), Set.of("ACCIDENT", "SERIOUS_INCIDENT", "INCIDENT", "HAZARD"));
        if (c.likelihood() == null || c.likelihood() < 1 || c.likelihood() > 5) {
            errors.add("likelihood", "Range", "logistics.input.likelihood");
        }
        if (c.severity() == null || !c.severity().matches("[A-E]")) {
            errors.add("severity", "OneOf", "logistics.input.severity");
        }
        errors.throwIfAny();
        String user = access.require(LogisticsPermissions.AVIATION_MANAGE, before.missionCode());
        AviationRules.Risk risk = AviationRules.risk(c.likelihood(), c.severity().charAt(0));
        jdbc.sql("UPDATE log_aviation_report SET classification = ?, likelihood = ?, severity = ?, risk = ?, feedback = ?, "
                        + "classified_by = ? WHERE id = ?")
                .params(c.classification(), c.likelihood(), c.severity(), risk.name(),
                        c.feedback() == null || c.feedback().isBlank() ? before.feedback() : c.feedback().strip(), user, id)
                .update();
        events.publishEvent(DataChanged.updated("logistics.aviation-report", id,
                Map.of("classification", String.valueOf(before.classification())), Map.of("classification",
                        c.classification(), "risk", risk.name())));
        return report(id);
    }

    @Transactional
    public Report addAction(long id, NewAction a) {
        Report r = report(id);
        FieldErrors errors = new FieldErrors();
        Checks.required(errors, "action", a.action());
        Checks.required(errors, "owner", a.owner());
        Checks.required(errors, "dueOn", a.dueOn());
        errors.throwIfAny();
        String user = access.require(LogisticsPermissions.AVIATION_MANAGE, r.missionCode());
        jdbc.sql("INSERT INTO log_aviation_action (report_id, action, owner, due_on, created_by) VALUES (?, ?, ?, ?, ?)")
                .params(id, a.action().strip(), a.owner().strip(), a.dueOn(), user).update();
        events.publishEvent(DataChanged.updated("logistics.aviation-report", id, null, Map.of("action", a.action())));
        return report(id);
    }

    @Transactional(readOnly = true)
    public Report report(long id) {
        Report r = find(id, false);
        if (!access.may(LogisticsPermissions.AVIATION_READ, r.missionCode())) {
            throw new NotFoundException("aviation safety report", id);
        }
        return access.may(LogisticsPermissions.AVIATION_MANAGE, r.missionCode()) ? find(id, true) : r;
    }

    @Transactional(readOnly = true)
    public List<Report> list(String mission) {
        List<Object> params = new ArrayList<>();
        String where = MissionAccess.missionFilter("mission_code", access.visible(LogisticsPermissions.AVIATION_READ), params);
        if (mission != null && !mission.isBlank()) {
            where += " AND mission_code = ?";
            params.add(mission.strip().toUpperCase());
        }
        return jdbc.sql("SELECT id, mission_code FROM log_aviation_report WHERE " + where
                        + " ORDER BY occurred_at DESC LIMIT 200").params(params)
                .query((rs, n) -> find(rs.getLong(1), access.may(LogisticsPermissions.AVIATION_MANAGE, rs.getString(2))))
                .list();
    }

    /** The reports the signed-in user made under their name, with the feedback of aviation-safety staff. */
    @Transactional(readOnly = true)
    public List<Report> mine() {
        String user = access.require(LogisticsPermissions.AVIATION_REPORT, null, true);
        return jdbc.sql("SELECT id FROM log_aviation_report WHERE reporter = ? ORDER BY occurred_at DESC LIMIT 100")
                .param(user).query(Long.class).list().stream().map(id -> find(id, true)).toList();
    }

    /** Every report the reader may see, de-identified, for sharing with other missions and Headquarters. */
    @Transactional(readOnly = true)
    public List<SharedReport> deidentified() {
        return list(null).stream().map(r -> new SharedReport(r.reference(), r.missionCode(), r.kind(),
                r.occurredAt().atZone(ZoneOffset.UTC).toLocalDate(), r.location(), r.description(), r.classification(),
                r.risk())).toList();
    }

    private Report find(long id, boolean withReporter) {
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        List<Action> actions = jdbc.sql("SELECT * FROM log_aviation_action WHERE report_id = ? ORDER BY due_on, id")
                .param(id).query((rs, n) -> {
                    LocalDate due = rs.getObject("due_on", LocalDate.class);
                    LocalDate done = rs.getObject("done_on", LocalDate.class);
                    return new Action(rs.getLong("id"), rs.getString("action"), rs.getString("owner"), due, done,
                            done == null && due.isBefore(today));
                }).list();
        return jdbc.sql("SELECT * FROM log_aviation_report WHERE id = ?").param(id).query((rs, n) -> new Report(
                rs.getLong("id"), rs.getString("reference"), rs.getString("mission_code"), rs.getString("kind"),
                rs.getObject("occurred_at", OffsetDateTime.class).toInstant(),
                rs.getObject("reported_at", OffsetDateTime.class).toInstant(), rs.getBoolean("late"),
                rs.getString("location"), rs.getString("aircraft"), rs.getString("description"),
                rs.getBoolean("anonymous"), withReporter ? rs.getString("reporter") : null,
                rs.getString("classification"), rs.getObject("likelihood", Integer.class), rs.getString("severity"),
                rs.getString("risk"), rs.getString("feedback"), actions)).optional()
                .orElseThrow(() -> new NotFoundException("aviation safety report", id));
    }

}
