package org.fieldsupport.medical.internal;

import org.fieldsupport.lsd.MissionAccess;
import org.fieldsupport.lsd.Checks;
import org.fieldsupport.platform.api.RuleRefusal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.fieldsupport.medical.domain.EvacuationRules;
import org.fieldsupport.platform.api.FieldErrors;
import org.fieldsupport.platform.api.InvalidInputException;
import org.fieldsupport.platform.api.NotFoundException;
import org.fieldsupport.platform.audit.DataChanged;
import org.fieldsupport.lsd.Flows;
import org.fieldsupport.platform.security.Scope;
import org.fieldsupport.platform.work.Assignee;
import org.fieldsupport.platform.work.NewWorkItem;
import org.fieldsupport.platform.work.WorkItems;
import org.fieldsupport.platform.workflow.AvailableAction;
import org.fieldsupport.platform.workflow.TransitionInput;
import org.fieldsupport.platform.workflow.Workflow;
import org.fieldsupport.platform.workflow.Workflows;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Medical facilities by level and evacuations (CASEVAC/MEDEVAC) with their precedence target and outcome. An
 * evacuation is open until its outcome is recorded through the platform's workflow kit ({@link #EVACUATION_FLOW}:
 * permission in the mission, 409 on a stale move, transition log); the request opens a work item for the mission's
 * medical officers, due by the precedence target.
 */
@Service
public class MedicalSupport {

    static final String EVACUATION = "medical.evacuation";

    public enum EvacuationStatus { OPEN, CLOSED }

    public static final Workflow<Evacuation, EvacuationStatus> EVACUATION_FLOW = Workflow
            .define(EVACUATION, Evacuation.class, EvacuationStatus.class)
            .id(Evacuation::id).state(e -> EvacuationStatus.valueOf(e.status())).version(Evacuation::version)
            .reference(Evacuation::reference).scope(e -> Scope.mission(e.missionCode()))
            .storedIn("med_evacuation", "id", "status", "version")
            .transition("close", EvacuationStatus.OPEN, EvacuationStatus.CLOSED, MedicalPermissions.MANAGE,
                    t -> t.requires("outcome").label("medical.action.close"))
            .build();

    private final JdbcClient jdbc;
    private final MissionAccess access;
    private final ApplicationEventPublisher events;
    private final Workflows workflows;
    private final WorkItems work;

    MedicalSupport(JdbcClient jdbc, MissionAccess access, ApplicationEventPublisher events, Workflows workflows,
                   WorkItems work) {
        this.jdbc = jdbc;
        this.access = access;
        this.events = events;
        this.workflows = workflows;
        this.work = work;
    }

    public record NewFacility(String missionCode, String name, Integer level, String location, String provider,
                              Integer beds, String capabilities) { }

    public record Facility(long id, String missionCode, String name, int level, String location, String provider,
                           int beds, String capabilities) { }

    public record NewEvacuation(String missionCode, String kind, String priority, String pickup, Long facilityId,
                                Integer patients, Instant requestedAt) { }

    /** {@code version}: the evacuation's version the user saw (optional; 409 when it moved since). */
    public record Outcome(Instant arrivedAt, String outcome, Long version) {
        public Outcome(Instant arrivedAt, String outcome) {
            this(arrivedAt, outcome, null);
        }
    }

    public record Evacuation(long id, String reference, String missionCode, String kind, String priority, String pickup,
                             long facilityId, String facility, int level, int patients, Instant requestedAt,
                             Instant arrivedAt, Integer minutes, int targetMinutes, Boolean withinTarget, String outcome,
                             String status, long version) { }

    @Transactional
    public Facility addFacility(NewFacility f) {
        FieldErrors errors = new FieldErrors();
        String mission = Checks.mission(access, errors, "missionCode", f.missionCode());
        Checks.required(errors, "name", f.name());
        if (f.level() == null || f.level() < 1 || f.level() > 4) {
            errors.add("level", "Range", "medical.input.level");
        }
        Checks.required(errors, "location", f.location());
        Checks.required(errors, "provider", f.provider());
        if (f.beds() == null || f.beds() < 0) {
            errors.add("beds", "Min", "lsd.input.notNegative");
        }
        Checks.required(errors, "capabilities", f.capabilities());
        errors.throwIfAny();
        String user = access.require(MedicalPermissions.MANAGE, mission);
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO med_facility (mission_code, name, level, location, provider, beds, capabilities, created_by) "
                        + "VALUES (?, ?, ?, ?, ?, ?, ?, ?)")
                .params(mission, f.name().strip(), f.level(), f.location().strip(), f.provider().strip(), f.beds(),
                        f.capabilities().strip(), user).update(keys, "id");
        long id = keys.getKey().longValue();
        events.publishEvent(DataChanged.created("medical.facility", id, f));
        return facilities(mission).stream().filter(x -> x.id() == id).findFirst().orElseThrow();
    }

    /** A facility's place on the mission's map (issue 12.9). */
    public record Position(long id, String name, int level, double latitude, double longitude) { }

    /** The facilities of {@code mission} that have a position, among those the current user may read. */
    @Transactional(readOnly = true)
    public List<Position> positions(String mission) {
        if (!access.visibleOrNone(MedicalPermissions.READ)) {
            return List.of();   // a map layer: nothing to a reader without the permission, not a refusal
        }
        List<Object> params = new ArrayList<>();
        String where = MissionAccess.missionFilter("mission_code", access.visible(MedicalPermissions.READ), params);
        params.add(mission == null ? "" : mission.strip().toUpperCase());
        return jdbc.sql("SELECT id, name, level, latitude, longitude FROM med_facility WHERE " + where
                        + " AND mission_code = ? AND latitude IS NOT NULL AND longitude IS NOT NULL ORDER BY level DESC, name")
                .params(params).query((rs, n) -> new Position(rs.getLong("id"), rs.getString("name"), rs.getInt("level"),
                        rs.getDouble("latitude"), rs.getDouble("longitude"))).list();
    }

    @Transactional(readOnly = true)
    public List<Facility> facilities(String mission) {
        List<Object> params = new ArrayList<>();
        String where = MissionAccess.missionFilter("mission_code", access.visible(MedicalPermissions.READ), params);
        if (mission != null && !mission.isBlank()) {
            where += " AND mission_code = ?";
            params.add(mission.strip().toUpperCase());
        }
        return jdbc.sql("SELECT * FROM med_facility WHERE " + where + " ORDER BY mission_code, level DESC, name")
                .params(params).query((rs, n) -> new Facility(rs.getLong("id"), rs.getString("mission_code"),
                        rs.getString("name"), rs.getInt("level"), rs.getString("location"), rs.getString("provider"),
                        rs.getInt("beds"), rs.getString("capabilities"))).list();
    }

    /** A request to a facility of the mission whose level suits the priority (422 {@code facility-level} otherwise). */
    @Transactional
    public Evacuation request(NewEvacuation e) {
        FieldErrors errors = new FieldErrors();
        String mission = Checks.mission(access, errors, "missionCode", e.missionCode());
        Checks.oneOf(errors, "kind", e.kind(), Set.of("CASEVAC", "MEDEVAC"));
        Checks.oneOf(errors, "priority", e.priority(), Set.of("URGENT", "PRIORITY", "ROUTINE"));
        Checks.required(errors, "pickup", e.pickup());
        Checks.required(errors, "facilityId", e.facilityId());
        Checks.positive(errors, "patients", e.patients());
        if (e.requestedAt() != null && e.requestedAt().isAfter(Instant.now().plusSeconds(300))) {
            errors.add("requestedAt", "PastOrPresent", "lsd.input.past");
        }
        errors.throwIfAny();
        String user = access.require(MedicalPermissions.MANAGE, mission);
        Facility facility = facilities(mission).stream().filter(f -> f.id() == e.facilityId()).findFirst()
                .orElseThrow(() -> InvalidInputException.of("facilityId", "Unknown", "medical.input.facility"));
        EvacuationRules.Priority priority = EvacuationRules.Priority.valueOf(e.priority());
        if (!EvacuationRules.facilityFits(priority, facility.level())) {
            throw new RuleRefusal("facility-level", "medical.refused.level", facility.name(), facility.level(),
                    priority.minimumLevel());
        }
        String reference = e.kind() + "-" + mission + "-" + Long.toString(System.nanoTime(), 36).toUpperCase();
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO med_evacuation (reference, mission_code, kind, priority, pickup, facility_id, patients, "
                        + "requested_at, created_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(reference, mission, e.kind(), e.priority(), e.pickup().strip(), e.facilityId(), e.patients(),
                        (e.requestedAt() == null ? Instant.now() : e.requestedAt()).atOffset(ZoneOffset.UTC), user)
                .update(keys, "id");
        long id = keys.getKey().longValue();
        events.publishEvent(DataChanged.created(EVACUATION, id, e));
        work.open(NewWorkItem.of(EVACUATION, id, reference, "/medical/evacuations", Assignee.role("MEDICAL_OFFICER",
                Scope.mission(mission)), LocalDate.now(ZoneOffset.UTC), "medical.work.outcome", reference,
                e.pickup().strip(), facility.name()));
        return evacuation(id);
    }

    @Transactional
    public Evacuation close(long id, Outcome o) {
        Evacuation e = evacuation(id);
        FieldErrors errors = new FieldErrors();
        Checks.required(errors, "arrivedAt", o.arrivedAt());
        Checks.oneOf(errors, "outcome", o.outcome(), Set.of("TREATED", "TRANSFERRED", "DECEASED", "CANCELLED"));
        if (o.arrivedAt() != null && o.arrivedAt().isBefore(e.requestedAt())) {
            errors.add("arrivedAt", "AfterRequest", "medical.input.arrival");
        }
        errors.throwIfAny();
        Flows.perform(workflows, EVACUATION_FLOW, e, "close", TransitionInput.of("outcome", o.outcome())
                .with("note", o.outcome()).expectingVersion(o.version()), "medical.refused.closed");
        EvacuationRules.Priority p = EvacuationRules.Priority.valueOf(e.priority());
        jdbc.sql("UPDATE med_evacuation SET arrived_at = ?, minutes = ?, within_target = ?, outcome = ? WHERE id = ?")
                .params(o.arrivedAt().atOffset(ZoneOffset.UTC), EvacuationRules.minutes(e.requestedAt(), o.arrivedAt()),
                        EvacuationRules.withinTarget(p, e.requestedAt(), o.arrivedAt()), o.outcome(), id).update();
        return evacuation(id);
    }

    /** The moves the current user may make on the evacuation now (screens: one button each). */
    @Transactional(readOnly = true)
    public List<AvailableAction> actions(Evacuation e) {
        return workflows.actions(EVACUATION_FLOW, e);
    }

    @Transactional(readOnly = true)
    public List<Workflows.TransitionRecord> history(long id) {
        evacuation(id);
        return workflows.history(EVACUATION, id);
    }

    @Transactional(readOnly = true)
    public Evacuation evacuation(long id) {
        Evacuation e = jdbc.sql(SELECT + " WHERE e.id = ?").param(id).query(MedicalSupport::map).optional()
                .orElseThrow(() -> new NotFoundException("evacuation", id));
        if (!access.may(MedicalPermissions.READ, e.missionCode())) {
            throw new NotFoundException("evacuation", id);
        }
        return e;
    }

    @Transactional(readOnly = true)
    public List<Evacuation> evacuations(String mission) {
        List<Object> params = new ArrayList<>();
        String where = MissionAccess.missionFilter("e.mission_code", access.visible(MedicalPermissions.READ), params);
        if (mission != null && !mission.isBlank()) {
            where += " AND e.mission_code = ?";
            params.add(mission.strip().toUpperCase());
        }
        return jdbc.sql(SELECT + " WHERE " + where + " ORDER BY e.requested_at DESC LIMIT 200").params(params)
                .query(MedicalSupport::map).list();
    }

    private static final String SELECT = "SELECT e.*, f.name AS facility, f.level FROM med_evacuation e "
            + "JOIN med_facility f ON f.id = e.facility_id";

    private static Evacuation map(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        OffsetDateTime arrived = rs.getObject("arrived_at", OffsetDateTime.class);
        String priority = rs.getString("priority");
        return new Evacuation(rs.getLong("id"), rs.getString("reference"), rs.getString("mission_code"),
                rs.getString("kind"), priority, rs.getString("pickup"), rs.getLong("facility_id"), rs.getString("facility"),
                rs.getInt("level"), rs.getInt("patients"), rs.getObject("requested_at", OffsetDateTime.class).toInstant(),
                arrived == null ? null : arrived.toInstant(), rs.getObject("minutes", Integer.class),
                EvacuationRules.Priority.valueOf(priority).targetMinutes(), rs.getObject("within_target", Boolean.class),
                rs.getString("outcome"), rs.getString("status"), rs.getLong("version"));
    }
}
