package org.fieldsupport.engineering.internal;

import org.fieldsupport.lsd.MissionAccess;
import org.fieldsupport.lsd.Checks;
import org.fieldsupport.platform.api.RuleRefusal;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.fieldsupport.engineering.domain.CampRules;
import org.fieldsupport.platform.api.FieldErrors;
import org.fieldsupport.platform.api.InvalidInputException;
import org.fieldsupport.platform.api.NotFoundException;
import org.fieldsupport.platform.audit.DataChanged;
import org.fieldsupport.platform.security.Scope;
import org.fieldsupport.platform.work.Assignee;
import org.fieldsupport.platform.work.NewWorkItem;
import org.fieldsupport.platform.work.WorkItems;
import org.fieldsupport.platform.workflow.AvailableAction;
import org.fieldsupport.platform.workflow.IllegalTransitionException;
import org.fieldsupport.platform.workflow.TransitionInput;
import org.fieldsupport.platform.workflow.Workflow;
import org.fieldsupport.platform.workflow.Workflows;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Camps (capacity against personnel), their works projects and utilities readings. A project's phases
 * (design → procurement → construction → handover → closed, in order) move through the platform's workflow kit
 * ({@link #PROJECT_FLOW}: permission in the camp's mission, 409 on a stale move, transition log); each phase opens a
 * work item for the mission's engineers to move it to the next one.
 */
@Service
public class Camps {

    static final String PROJECT = "engineering.project";

    public enum Phase { DESIGN, PROCUREMENT, CONSTRUCTION, HANDOVER, CLOSED }

    public static final Workflow<Project, Phase> PROJECT_FLOW = projectFlow();

    /** One action per phase, named after the phase it leads to ({@code procurement}, ..., {@code closed}). */
    private static Workflow<Project, Phase> projectFlow() {
        var flow = Workflow.define(PROJECT, Project.class, Phase.class).id(Project::id)
                .state(p -> Phase.valueOf(p.phase())).version(Project::version).reference(Project::title)
                .scope(p -> Scope.mission(p.missionCode())).storedIn("eng_project", "id", "phase", "version")
                .stateLabels("engineering.phase.");
        Phase[] phases = Phase.values();
        for (int i = 1; i < phases.length; i++) {
            Phase to = phases[i];
            flow.transition(action(to), phases[i - 1], to, EngineeringPermissions.MANAGE,
                    t -> t.label("engineering.phase." + to.name()));
        }
        return flow.build();
    }

    public static String action(Phase to) {
        return to.name().toLowerCase(java.util.Locale.ROOT);
    }

    private final JdbcClient jdbc;
    private final MissionAccess access;
    private final ApplicationEventPublisher events;
    private final Workflows workflows;
    private final WorkItems work;

    Camps(JdbcClient jdbc, MissionAccess access, ApplicationEventPublisher events, Workflows workflows,
          WorkItems work) {
        this.jdbc = jdbc;
        this.access = access;
        this.events = events;
        this.workflows = workflows;
        this.work = work;
    }

    public record NewCamp(String missionCode, String name, Integer capacity, Integer personnel) { }

    public record NewProject(String title, BigDecimal budget) { }

    /** {@code version}: the project's version the user saw (optional; 409 when it moved since). */
    public record ProjectChange(String phase, BigDecimal spent, Long version) {
        public ProjectChange(String phase, BigDecimal spent) {
            this(phase, spent, null);
        }
    }

    public record NewReading(String kind, LocalDate readOn, BigDecimal meter) { }

    public record Project(long id, String title, String phase, String budget, String spent, boolean overBudget,
                          String missionCode, long version) { }

    public record Reading(String kind, LocalDate readOn, String meter, String perPersonPerDay) { }

    public record Camp(long id, String missionCode, String name, int capacity, int personnel, String occupancyPercent,
                       boolean overCapacity, List<Project> projects, List<Reading> readings) { }

    @Transactional
    public Camp addCamp(NewCamp c) {
        FieldErrors errors = new FieldErrors();
        String mission = Checks.mission(access, errors, "missionCode", c.missionCode());
        Checks.required(errors, "name", c.name());
        Checks.positive(errors, "capacity", c.capacity());
        if (c.personnel() == null || c.personnel() < 0) {
            errors.add("personnel", "Min", "lsd.input.notNegative");
        }
        errors.throwIfAny();
        String user = access.require(EngineeringPermissions.MANAGE, mission);
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO eng_camp (mission_code, name, capacity, personnel, created_by) VALUES (?, ?, ?, ?, ?)")
                .params(mission, c.name().strip(), c.capacity(), c.personnel(), user).update(keys, "id");
        long id = keys.getKey().longValue();
        events.publishEvent(DataChanged.created("engineering.camp", id, c));
        return camp(id);
    }

    @Transactional
    public Camp addProject(long campId, NewProject p) {
        Camp c = camp(campId);
        FieldErrors errors = new FieldErrors();
        Checks.required(errors, "title", p.title());
        Checks.money(errors, "budget", p.budget());
        errors.throwIfAny();
        String user = access.require(EngineeringPermissions.MANAGE, c.missionCode());
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO eng_project (camp_id, title, phase, budget, spent, created_by) VALUES (?, ?, 'DESIGN', ?, 0, ?)")
                .params(campId, p.title().strip(), p.budget().setScale(2, RoundingMode.HALF_EVEN), user)
                .update(keys, "id");
        long id = keys.getKey().longValue();
        events.publishEvent(DataChanged.created(PROJECT, id, p));
        openPhaseWork(id, p.title().strip(), c, Phase.DESIGN);
        return camp(campId);
    }

    private void openPhaseWork(long projectId, String title, Camp c, Phase current) {
        if (current == Phase.CLOSED) {
            return;
        }
        Phase next = Phase.values()[current.ordinal() + 1];
        work.open(NewWorkItem.of(PROJECT, projectId, title, "/engineering/camps/" + c.id(),
                Assignee.role("ENGINEER", Scope.mission(c.missionCode())), LocalDate.now(ZoneOffset.UTC).plusDays(30),
                "engineering.work.phase." + next.name(), title, c.name()));
    }

    /**
     * The next phase in order through the workflow kit (422 {@code phase-order} otherwise, 409 when stale) and/or the
     * amount spent to date.
     */
    @Transactional
    public Camp changeProject(long projectId, ProjectChange ch) {
        long campId = jdbc.sql("SELECT camp_id FROM eng_project WHERE id = ?").param(projectId).query(Long.class)
                .optional().orElseThrow(() -> new NotFoundException("project", projectId));
        Camp c = camp(campId);
        Project project = c.projects().stream().filter(p -> p.id() == projectId).findFirst().orElseThrow();
        if (ch.spent() != null && (ch.spent().signum() < 0 || ch.spent().stripTrailingZeros().scale() > 2)) {
            throw InvalidInputException.of("spent", "Money", "lsd.input.cents");
        }
        Phase to = null;
        if (ch.phase() != null) {
            try {
                to = Phase.valueOf(ch.phase().strip().toUpperCase(java.util.Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw InvalidInputException.of("phase", "OneOf", "lsd.input.invalid");
            }
        }
        access.require(EngineeringPermissions.MANAGE, c.missionCode());
        if (to != null) {
            try {
                workflows.perform(PROJECT_FLOW, project, action(to), TransitionInput.none().expectingVersion(ch.version()));
            } catch (IllegalTransitionException e) {
                throw new RuleRefusal("phase-order", "engineering.refused.phase", project.phase(), to.name());
            }
            openPhaseWork(projectId, project.title(), c, to);
        }
        if (ch.spent() != null) {
            jdbc.sql("UPDATE eng_project SET spent = ? WHERE id = ?").params(ch.spent(), projectId).update();
            events.publishEvent(DataChanged.updated(PROJECT, projectId, Map.of("spent", project.spent()),
                    Map.of("spent", ch.spent().toPlainString())));
        }
        return camp(c.id());
    }

    /** The phase moves the current user may make on the project now (screens: one button each). */
    @Transactional(readOnly = true)
    public List<AvailableAction> actions(Project p) {
        return workflows.actions(PROJECT_FLOW, p);
    }

    @Transactional(readOnly = true)
    public List<Workflows.TransitionRecord> history(long projectId) {
        long campId = jdbc.sql("SELECT camp_id FROM eng_project WHERE id = ?").param(projectId).query(Long.class)
                .optional().orElseThrow(() -> new NotFoundException("project", projectId));
        camp(campId);
        return workflows.history(PROJECT, projectId);
    }

    @Transactional
    public Camp addReading(long campId, NewReading r) {
        Camp c = camp(campId);
        FieldErrors errors = new FieldErrors();
        Checks.oneOf(errors, "kind", r.kind(), Set.of("POWER", "WATER"));
        Checks.required(errors, "readOn", r.readOn());
        if (r.meter() == null || r.meter().signum() < 0) {
            errors.add("meter", "Min", "lsd.input.notNegative");
        }
        errors.throwIfAny();
        String user = access.require(EngineeringPermissions.MANAGE, c.missionCode());
        jdbc.sql("INSERT INTO eng_reading (camp_id, kind, read_on, meter, created_by) VALUES (?, ?, ?, ?, ?)")
                .params(campId, r.kind(), r.readOn(), r.meter(), user).update();
        events.publishEvent(DataChanged.created("engineering.reading", campId, r));
        return camp(campId);
    }

    @Transactional(readOnly = true)
    public Camp camp(long id) {
        Camp c = jdbc.sql("SELECT * FROM eng_camp WHERE id = ?").param(id).query(this::map).optional()
                .orElseThrow(() -> new NotFoundException("camp", id));
        if (!access.may(EngineeringPermissions.READ, c.missionCode())) {
            throw new NotFoundException("camp", id);
        }
        return c;
    }

    /** A camp's place on the mission's map (issue 12.9). */
    public record Position(long id, String name, double latitude, double longitude) { }

    /** The camps of {@code mission} that have a position, among those the current user may read. */
    @Transactional(readOnly = true)
    public List<Position> positions(String mission) {
        if (!access.visibleOrNone(EngineeringPermissions.READ)) {
            return List.of();   // a map layer: nothing to a reader without the permission, not a refusal
        }
        List<Object> params = new ArrayList<>();
        String where = MissionAccess.missionFilter("mission_code", access.visible(EngineeringPermissions.READ), params);
        params.add(mission == null ? "" : mission.strip().toUpperCase());
        return jdbc.sql("SELECT id, name, latitude, longitude FROM eng_camp WHERE " + where
                        + " AND mission_code = ? AND latitude IS NOT NULL AND longitude IS NOT NULL ORDER BY name")
                .params(params).query((rs, n) -> new Position(rs.getLong("id"), rs.getString("name"),
                        rs.getDouble("latitude"), rs.getDouble("longitude"))).list();
    }

    @Transactional(readOnly = true)
    public List<Camp> camps(String mission) {
        List<Object> params = new ArrayList<>();
        String where = MissionAccess.missionFilter("mission_code", access.visible(EngineeringPermissions.READ), params);
        if (mission != null && !mission.isBlank()) {
            where += " AND mission_code = ?";
            params.add(mission.strip().toUpperCase());
        }
        return jdbc.sql("SELECT * FROM eng_camp WHERE " + where + " ORDER BY mission_code, name").params(params)
                .query(this::map).list();
    }

    private Camp map(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        long id = rs.getLong("id");
        int capacity = rs.getInt("capacity");
        int personnel = rs.getInt("personnel");
        BigDecimal occupancy = CampRules.occupancy(personnel, capacity);
        String missionCode = rs.getString("mission_code");
        List<Project> projects = jdbc.sql("SELECT * FROM eng_project WHERE camp_id = ? ORDER BY id").param(id)
                .query((r, i) -> new Project(r.getLong("id"), r.getString("title"), r.getString("phase"),
                        r.getBigDecimal("budget").toPlainString(), r.getBigDecimal("spent").toPlainString(),
                        CampRules.overBudget(r.getBigDecimal("budget"), r.getBigDecimal("spent")),
                        missionCode, r.getLong("version"))).list();
        List<Reading> readings = new ArrayList<>();
        Map<String, Object[]> previous = new java.util.HashMap<>();
        jdbc.sql("SELECT kind, read_on, meter FROM eng_reading WHERE camp_id = ? ORDER BY kind, read_on, id").param(id)
                .query((r, i) -> {
                    String kind = r.getString(1);
                    LocalDate on = r.getObject(2, LocalDate.class);
                    BigDecimal meter = r.getBigDecimal(3);
                    Object[] prev = previous.get(kind);
                    BigDecimal per = prev == null ? null : CampRules.perPersonPerDay((BigDecimal) prev[1], meter,
                            ChronoUnit.DAYS.between((LocalDate) prev[0], on), personnel);
                    previous.put(kind, new Object[] {on, meter});
                    readings.add(new Reading(kind, on, meter.toPlainString(), per == null ? null : per.toPlainString()));
                    return null;
                }).list();
        return new Camp(id, rs.getString("mission_code"), rs.getString("name"), capacity, personnel,
                occupancy == null ? null : occupancy.toPlainString(), personnel > capacity, projects, readings);
    }
}
