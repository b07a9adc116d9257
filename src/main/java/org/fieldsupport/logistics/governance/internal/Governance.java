package org.fieldsupport.logistics.governance.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.fieldsupport.logistics.governance.domain.GovernanceRules;
import org.fieldsupport.lsd.Checks;
import org.fieldsupport.lsd.MissionAccess;
import org.fieldsupport.logistics.internal.LogisticsPermissions;
import org.fieldsupport.platform.api.RuleRefusal;
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
 * The innovation register, logistics policies under periodic review, and liquidation disposal lines. An innovation's
 * decisions (pilot in a mission, evaluation, adoption or rejection) move it through the platform's workflow kit
 * ({@link #INNOVATION_FLOW}: permission at headquarters, 409 on a stale move, transition log); each step opens the
 * next decision's work item for the headquarters logistics officers.
 */
@Service
public class Governance {

    static final String INNOVATION = "logistics.innovation";

    public enum InnovationStatus { PROPOSED, PILOTING, EVALUATED, ADOPTED, REJECTED }

    /** The decision's action for each target status of the API's {@code status} field. */
    public static final Map<String, String> ACTION_FOR_STATUS = Map.of("PILOTING", "pilot", "EVALUATED", "evaluate",
            "ADOPTED", "adopt", "REJECTED", "reject");

    public static final Workflow<Innovation, InnovationStatus> INNOVATION_FLOW = Workflow
            .define(INNOVATION, Innovation.class, InnovationStatus.class)
            .id(Innovation::id).state(i -> InnovationStatus.valueOf(i.status())).version(Innovation::version)
            .reference(Innovation::title).scope(i -> Scope.department())
            .storedIn("log_innovation", "id", "status", "version")
            .stateLabels("logistics.innovation.")
            .transition("pilot", InnovationStatus.PROPOSED, InnovationStatus.PILOTING, LogisticsPermissions.MANAGE,
                    t -> t.requires("pilotMission").label("logistics.action.pilot"))
            .transition("evaluate", InnovationStatus.PILOTING, InnovationStatus.EVALUATED, LogisticsPermissions.MANAGE,
                    t -> t.requires("evaluation").label("logistics.action.evaluate"))
            .transition("adopt", InnovationStatus.EVALUATED, InnovationStatus.ADOPTED, LogisticsPermissions.MANAGE,
                    t -> t.label("logistics.action.adopt"))
            .transition("reject", Workflow.anyOf(InnovationStatus.PROPOSED, InnovationStatus.EVALUATED),
                    InnovationStatus.REJECTED, LogisticsPermissions.MANAGE, t -> t.label("logistics.action.reject"))
            .build();

    private final JdbcClient jdbc;
    private final MissionAccess access;
    private final ApplicationEventPublisher events;
    private final Workflows workflows;
    private final WorkItems work;

    Governance(JdbcClient jdbc, MissionAccess access, ApplicationEventPublisher events, Workflows workflows,
               WorkItems work) {
        this.jdbc = jdbc;
        this.access = access;
        this.events = events;
        this.workflows = workflows;
        this.work = work;
    }

    // ---- innovations

    public record NewInnovation(String title, String technology, String proposedBy, String precautions) { }

    /** {@code version}: the innovation's version the user saw (optional; 409 when it moved since). */
    public record Decision(String status, String pilotMission, String evaluation, Long version) {
        public Decision(String status, String pilotMission, String evaluation) {
            this(status, pilotMission, evaluation, null);
        }
    }

    public record Innovation(long id, String title, String technology, String proposedBy, String pilotMission,
                             String status, String evaluation, String precautions, String decidedBy, long version) { }

    @Transactional
    public Innovation propose(NewInnovation i) {
        FieldErrors errors = new FieldErrors();
        Checks.required(errors, "title", i.title());
        Checks.required(errors, "technology", i.technology());
        Checks.required(errors, "proposedBy", i.proposedBy());
        errors.throwIfAny();
        String user = access.require(LogisticsPermissions.MANAGE, null);
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO log_innovation (title, technology, proposed_by, status, precautions, created_by, created_at) "
                        + "VALUES (?, ?, ?, 'PROPOSED', ?, ?, ?)")
                .params(i.title().strip(), i.technology().strip(), i.proposedBy().strip(), i.precautions(), user, now())
                .update(keys, "id");
        long id = keys.getKey().longValue();
        events.publishEvent(DataChanged.created(INNOVATION, id, i));
        openWork(id, i.title().strip(), "logistics.work.innovation.pilot", 30);
        return innovation(id);
    }

    private void openWork(long id, String title, String key, int days) {
        work.open(NewWorkItem.of(INNOVATION, id, title, "/logistics/innovations", Assignee.role("LOGISTICS_OFFICER",
                Scope.department()), LocalDate.now(ZoneOffset.UTC).plusDays(days), key, title));
    }

    /**
     * Moves an innovation by the workflow kit: to a pilot (in a mission), to evaluation (with the findings), to adoption
     * or rejection. A move the status does not allow is {@code invalid-transition} (422); a stale one 409.
     */
    @Transactional
    public Innovation decide(long id, Decision d) {
        Innovation before = innovation(id);
        FieldErrors errors = new FieldErrors();
        Checks.oneOf(errors, "status", d.status(), ACTION_FOR_STATUS.keySet());
        String mission = null;
        if ("PILOTING".equals(d.status())) {
            mission = Checks.mission(access, errors, "pilotMission", d.pilotMission());
        }
        if ("EVALUATED".equals(d.status())) {
            Checks.required(errors, "evaluation", d.evaluation());
        }
        errors.throwIfAny();
        String evaluation = d.evaluation() == null || d.evaluation().isBlank() ? null : d.evaluation().strip();
        TransitionInput input = TransitionInput.of("note", evaluation).with("pilotMission", mission)
                .with("evaluation", evaluation).expectingVersion(d.version());
        var moved = Flows.perform(workflows, INNOVATION_FLOW, before, ACTION_FOR_STATUS.get(d.status()), input,
                "logistics.refused.transition");
        jdbc.sql("UPDATE log_innovation SET pilot_mission = COALESCE(?, pilot_mission), "
                        + "evaluation = COALESCE(?, evaluation), decided_by = ? WHERE id = ?")
                .params(mission, evaluation, moved.actor(), id).update();
        switch (d.status()) {
            case "PILOTING" -> openWork(id, before.title(), "logistics.work.innovation.evaluate", 180);
            case "EVALUATED" -> openWork(id, before.title(), "logistics.work.innovation.decide", 30);
            default -> { }
        }
        return innovation(id);
    }

    /** The decisions the current user may take on the innovation now (screens: one button each). */
    @Transactional(readOnly = true)
    public List<AvailableAction> actions(Innovation i) {
        return workflows.actions(INNOVATION_FLOW, i);
    }

    @Transactional(readOnly = true)
    public List<Workflows.TransitionRecord> history(long id) {
        innovation(id);
        return workflows.history(INNOVATION, id);
    }

    @Transactional(readOnly = true)
    public Innovation innovation(long id) {
        access.require(LogisticsPermissions.READ, null, true);
        return jdbc.sql("SELECT * FROM log_innovation WHERE id = ?").param(id).query(Governance::innovation).optional()
                .orElseThrow(() -> new NotFoundException("innovation", id));
    }

    @Transactional(readOnly = true)
    public List<Innovation> innovations() {
        access.require(LogisticsPermissions.READ, null, true);
        return jdbc.sql("SELECT * FROM log_innovation ORDER BY id DESC LIMIT 200").query(Governance::innovation).list();
    }

    private static Innovation innovation(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        return new Innovation(rs.getLong("id"), rs.getString("title"), rs.getString("technology"),
                rs.getString("proposed_by"), rs.getString("pilot_mission"), rs.getString("status"),
                rs.getString("evaluation"), rs.getString("precautions"), rs.getString("decided_by"),
                rs.getLong("version"));
    }

    // ---- policies

    public record NewPolicy(String reference, String title, String area, String version, LocalDate effectiveOn,
                            Integer reviewMonths, Boolean liquidation) { }

    public record Policy(long id, String reference, String title, String area, String version, LocalDate effectiveOn,
                         int reviewMonths, LocalDate reviewDue, boolean reviewOverdue, boolean liquidation) { }

    public static final Set<String> AREAS = Set.of("SUPPLY", "ENGINEERING", "TRANSPORT", "AVIATION", "MEDICAL",
            "PROPERTY", "LIQUIDATION", "GENERAL");

    @Transactional
    public Policy issuePolicy(NewPolicy p) {
        FieldErrors errors = new FieldErrors();
        Checks.required(errors, "reference", p.reference());
        Checks.required(errors, "title", p.title());
        Checks.oneOf(errors, "area", p.area(), AREAS);
        Checks.required(errors, "version", p.version());
        Checks.required(errors, "effectiveOn", p.effectiveOn());
        if (p.reviewMonths() == null || p.reviewMonths() < 1 || p.reviewMonths() > 60) {
            errors.add("reviewMonths", "Range", "logistics.input.reviewMonths");
        }
        errors.throwIfAny();
        String user = access.require(LogisticsPermissions.MANAGE, null);
        if (jdbc.sql("SELECT COUNT(*) FROM log_policy WHERE reference = ?").param(p.reference().strip())
                .query(Long.class).single() > 0) {
            throw InvalidInputException.of("reference", "Unique", "logistics.input.reference.taken");
        }
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO log_policy (reference, title, area, version, effective_on, review_months, liquidation, "
                        + "created_by, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(p.reference().strip(), p.title().strip(), p.area(), p.version().strip(), p.effectiveOn(),
                        p.reviewMonths(), Boolean.TRUE.equals(p.liquidation()) || "LIQUIDATION".equals(p.area()), user,
                        now())
                .update(keys, "id");
        long id = keys.getKey().longValue();
        events.publishEvent(DataChanged.created("logistics.policy", id, p));
        return policies().stream().filter(x -> x.id() == id).findFirst().orElseThrow();
    }

    @Transactional(readOnly = true)
    public List<Policy> policies() {
        access.require(LogisticsPermissions.READ, null, true);
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        return jdbc.sql("SELECT * FROM log_policy ORDER BY area, reference").query((rs, n) -> {
            LocalDate effective = rs.getObject("effective_on", LocalDate.class);
            int months = rs.getInt("review_months");
            return new Policy(rs.getLong("id"), rs.getString("reference"), rs.getString("title"), rs.getString("area"),
                    rs.getString("version"), effective, months, GovernanceRules.reviewDue(effective, months),
                    GovernanceRules.reviewOverdue(effective, months, today), rs.getBoolean("liquidation"));
        }).list();
    }

    // ---- liquidation

    public record NewDisposal(String missionCode, String assetGroup, Integer quantity, BigDecimal bookValue,
                              String method, String justification, LocalDate dueOn) { }

    public record Disposal(long id, String missionCode, String assetGroup, int quantity, String bookValue,
                           String method, int priority, String justification, LocalDate dueOn, LocalDate doneOn,
                           boolean overdue) { }

    @Transactional
    public Disposal planDisposal(NewDisposal d) {
        FieldErrors errors = new FieldErrors();
        String mission = Checks.mission(access, errors, "missionCode", d.missionCode());
        Checks.required(errors, "assetGroup", d.assetGroup());
        Checks.positive(errors, "quantity", d.quantity());
        Checks.money(errors, "bookValue", d.bookValue());
        Checks.oneOf(errors, "method", d.method(), Set.copyOf(GovernanceRules.DISPOSAL_PRIORITY));
        Checks.required(errors, "dueOn", d.dueOn());
        errors.throwIfAny();
        String user = access.require(LogisticsPermissions.MANAGE, mission);
        return planDisposalAs(user, mission, d);
    }

    @Transactional
    public Disposal planDisposalAs(String user, String mission, NewDisposal d) {
        if (GovernanceRules.needsJustification(d.method()) && (d.justification() == null || d.justification().isBlank())) {
            throw new RuleRefusal("disposal-priority", "logistics.refused.priority", d.method());
        }
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO log_liquidation_line (mission_code, asset_group, quantity, book_value, method, justification, "
                        + "due_on, created_by, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(mission, d.assetGroup().strip(), d.quantity(), d.bookValue().setScale(2, RoundingMode.HALF_EVEN),
                        d.method(), d.justification(), d.dueOn(), user, now())
                .update(keys, "id");
        long id = keys.getKey().longValue();
        events.publishEvent(DataChanged.created("logistics.liquidation-line", id, d));
        return disposals(mission).stream().filter(x -> x.id() == id).findFirst().orElseThrow();
    }

    @Transactional
    public Disposal completeDisposal(long id, LocalDate doneOn) {
        Disposal d = disposals(null).stream().filter(x -> x.id() == id).findFirst()
                .orElseThrow(() -> new NotFoundException("disposal", id));
        access.require(LogisticsPermissions.MANAGE, d.missionCode());
        LocalDate done = doneOn == null ? LocalDate.now(ZoneOffset.UTC) : doneOn;
        jdbc.sql("UPDATE log_liquidation_line SET done_on = ? WHERE id = ?").params(done, id).update();
        events.publishEvent(DataChanged.updated("logistics.liquidation-line", id, Map.of(), Map.of("doneOn", done.toString())));
        return disposals(d.missionCode()).stream().filter(x -> x.id() == id).findFirst().orElseThrow();
    }

    @Transactional(readOnly = true)
    public List<Disposal> disposals(String mission) {
        List<Object> params = new ArrayList<>();
        String where = MissionAccess.missionFilter("mission_code", access.visible(LogisticsPermissions.READ), params);
        if (mission != null && !mission.isBlank()) {
            where += " AND mission_code = ?";
            params.add(mission.strip().toUpperCase());
        }
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        return jdbc.sql("SELECT * FROM log_liquidation_line WHERE " + where + " ORDER BY mission_code, due_on, id")
                .params(params).query((rs, n) -> {
                    LocalDate due = rs.getObject("due_on", LocalDate.class);
                    LocalDate done = rs.getObject("done_on", LocalDate.class);
                    String method = rs.getString("method");
                    return new Disposal(rs.getLong("id"), rs.getString("mission_code"), rs.getString("asset_group"),
                            rs.getInt("quantity"), rs.getBigDecimal("book_value").toPlainString(), method,
                            GovernanceRules.DISPOSAL_PRIORITY.indexOf(method) + 1, rs.getString("justification"), due,
                            done, done == null && due.isBefore(today));
                }).list();
    }

    private static OffsetDateTime now() {
        return OffsetDateTime.now(ZoneOffset.UTC);
    }
}
