package org.fieldsupport.frontoffice.tasking.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.fieldsupport.frontoffice.office.internal.FrontOfficeAccess;
import org.fieldsupport.frontoffice.office.internal.FrontOfficeAccess.UnitReach;
import org.fieldsupport.frontoffice.office.internal.References;
import org.fieldsupport.frontoffice.tasking.domain.TaskRules;
import org.fieldsupport.frontoffice.tasking.domain.TaskRules.Kind;
import org.fieldsupport.frontoffice.tasking.domain.TaskRules.Status;
import org.fieldsupport.organization.Missions;
import org.fieldsupport.organization.OrganizationStructure;
import org.fieldsupport.platform.api.BusinessRuleException;
import org.fieldsupport.platform.api.FieldErrors;
import org.fieldsupport.platform.api.InvalidInputException;
import org.fieldsupport.platform.api.NotFoundException;
import org.fieldsupport.platform.audit.DataChanged;
import org.fieldsupport.platform.security.Scope;
import org.fieldsupport.platform.work.Assignee;
import org.fieldsupport.platform.work.NewWorkItem;
import org.fieldsupport.platform.work.WorkItems;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The principal's tasks and the units' queues: tasks given by the USG or ASG to a lead unit with contributing
 * units, contributions collected, consolidated and cleared ({@link TaskRules}); and the queue tasks that
 * ROUTING-v1 opens for each routed correspondence item.
 */
@Service
public class TaskBoard {

    static final String ENTITY = "frontoffice.task";
    static final String CONTRIBUTION = "frontoffice.task-contribution";

    private final JdbcClient jdbc;
    private final FrontOfficeAccess access;
    private final References references;
    private final OrganizationStructure structure;
    private final Missions missions;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final WorkItems workItems;

    TaskBoard(JdbcClient jdbc, FrontOfficeAccess access, References references, OrganizationStructure structure,
              Missions missions, ApplicationEventPublisher events, ObjectProvider<Clock> clock, WorkItems workItems) {
        this.workItems = workItems;
        this.jdbc = jdbc;
        this.access = access;
        this.references = references;
        this.structure = structure;
        this.missions = missions;
        this.events = events;
        this.clock = clock.getIfAvailable(Clock::systemUTC);
    }

    public LocalDate today() { return LocalDate.now(clock); }

    public record NewTask(String title, String instructions, String kind, String principal, String leadUnit,
                          List<String> contributingUnits, String missionCode, LocalDate dueDate) { }

    // ------------------------------------------------------------------ queue tasks (ROUTING-v1)

    /** A task in the unit's queue for a routed correspondence item, due when the item is due. */
    @Transactional(propagation = Propagation.MANDATORY)
    public long queueTask(long correspondenceId, String itemReference, String title, String unit, String mission,
                          LocalDate due) {
        String reference = references.next("FO-T", today());
        long id = insert(reference, title, "Correspondence " + itemReference, Kind.CORRESPONDENCE.name(), "USG", unit,
                mission, due, correspondenceId);
        events.publishEvent(DataChanged.created(ENTITY, id, Map.of("reference", reference, "leadUnit", unit,
                "dueDate", due, "correspondence", itemReference)));
        return id;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void reassign(long taskId, String unit) {
        jdbc.sql("UPDATE fo_task SET lead_unit = ?, version = version + 1, modified_by = ?, modified_at = ? WHERE id = ?")
                .params(unit, access.user(), OffsetDateTime.now(clock), taskId).update();
        events.publishEvent(DataChanged.updated(ENTITY, taskId, null, Map.of("leadUnit", unit)));
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void closeQueueTask(long taskId, boolean done) {
        String status = done ? Status.CLEARED.name() : Status.CANCELLED.name();
        jdbc.sql("UPDATE fo_task SET status = ?, cleared_by = ?, cleared_on = ?, version = version + 1, modified_by = ?,"
                        + " modified_at = ? WHERE id = ?")
                .params(status, access.user(), today(), access.user(), OffsetDateTime.now(clock), taskId).update();
        events.publishEvent(DataChanged.updated(ENTITY, taskId, null, Map.of("status", status)));
    }

    // ------------------------------------------------------------------ the principal's tasks

    @Transactional
    public TaskView create(NewTask cmd) {
        access.requireDepartmentWide(FrontOfficeAccess.TASKS_ASSIGN);
        FieldErrors errors = new FieldErrors();
        if (cmd.title() == null || cmd.title().isBlank()) {
            errors.add("title", "NotBlank", "frontoffice.error.required");
        } else if (cmd.title().length() > 500) {
            errors.add("title", "Size", "frontoffice.error.tooLong", 500);
        }
        String kind = cmd.kind() == null || cmd.kind().isBlank() ? "ADVICE" : cmd.kind().strip().toUpperCase(Locale.ROOT);
        if (!Set.of("ADVICE", "DECISION", "INFORMATION", "ISSUE").contains(kind)) {
            errors.add("kind", "OneOf", "frontoffice.error.taskKind");
        }
        String principal = cmd.principal() == null || cmd.principal().isBlank() ? "USG"
                : cmd.principal().strip().toUpperCase(Locale.ROOT);
        if (!Set.of("USG", "ASG").contains(principal)) {
            errors.add("principal", "OneOf", "frontoffice.error.principal");
        }
        String lead = cmd.leadUnit() == null ? null : cmd.leadUnit().strip();
        if (lead == null || lead.isEmpty()) {
            errors.add("leadUnit", "NotBlank", "frontoffice.error.required");
        } else if (structure.unit(lead, today()).isEmpty()) {
            errors.add("leadUnit", "UnknownUnit", "frontoffice.error.unknownUnit", lead);
        }
        Set<String> contributors = new LinkedHashSet<>();
        if (cmd.contributingUnits() != null) {
            for (String u : cmd.contributingUnits()) {
                if (u == null || u.isBlank()) continue;
                String code = u.strip();
                if (structure.unit(code, today()).isEmpty()) {
                    errors.add("contributingUnits", "UnknownUnit", "frontoffice.error.unknownUnit", code);
                } else if (code.equals(lead)) {
                    errors.add("contributingUnits", "NotLead", "frontoffice.error.leadContributes", code);
                }
                contributors.add(code);
            }
        }
        String mission = cmd.missionCode() == null || cmd.missionCode().isBlank() ? null
                : cmd.missionCode().strip().toUpperCase(Locale.ROOT);
        if (mission != null && missions.find(mission).isEmpty()) {
            errors.add("missionCode", "UnknownMission", "frontoffice.error.unknownMission", mission);
        }
        if (cmd.dueDate() == null) {
            errors.add("dueDate", "NotNull", "frontoffice.error.required");
        } else if (cmd.dueDate().isBefore(today())) {
            errors.add("dueDate", "FutureOrPresent", "frontoffice.error.past");
        }
        errors.throwIfAny();
        String reference = references.next("FO-T", today());
        long id = insert(reference, cmd.title().strip(), cmd.instructions(), kind, principal, lead, mission,
                cmd.dueDate(), null);
        for (String unit : contributors) {
            jdbc.sql("INSERT INTO fo_task_contribution (task_id, unit_code, status) VALUES (?, ?, 'REQUESTED')")
                    .params(id, unit).update();
        }
        TaskView view = view(id);
        String link = "/frontoffice/tasks/" + id;
        workItems.open(NewWorkItem.of(ENTITY, id, reference, link, Assignee.unit(lead), cmd.dueDate(),
                "frontoffice.work.task", reference));
        for (String unit : contributors) {
            workItems.open(NewWorkItem.of(CONTRIBUTION, id + ":" + unit, reference, link, Assignee.unit(unit),
                    cmd.dueDate(), "frontoffice.work.contribute", reference));
        }
        events.publishEvent(DataChanged.created(ENTITY, id, view));
        return view;
    }

    private long insert(String reference, String title, String instructions, String kind, String principal,
                        String lead, String mission, LocalDate due, Long correspondenceId) {
        var keys = new GeneratedKeyHolder();
        String user = access.user();
        OffsetDateTime now = OffsetDateTime.now(clock);
        jdbc.sql("""
                INSERT INTO fo_task (reference, title, instructions, kind, principal, lead_unit, mission_code, due_date,
                  status, correspondence_id, version, created_by, created_at, modified_by, modified_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, 'OPEN', ?, 0, ?, ?, ?, ?)""")
                .params(reference, title, instructions, kind, principal, lead, mission, due, correspondenceId, user, now,
                        user, now)
                .update(keys, "id");
        return keys.getKeyAs(Number.class).longValue();
    }

    /** A contributing unit (or the lead unit, for its own part) submits its contribution. */
    @Transactional
    public TaskView contribute(long taskId, String unit, String text) {
        TaskView before = visible(taskId);
        access.requireFor(FrontOfficeAccess.TASKS_CONTRIBUTE, unit);
        if (text == null || text.isBlank()) {
            throw InvalidInputException.of("text", "NotBlank", "frontoffice.error.required");
        }
        TaskRules.mayContribute(Status.valueOf(before.status())).ifPresent(TaskBoard::refuse);
        int updated = jdbc.sql("UPDATE fo_task_contribution SET status = 'SUBMITTED', text = ?, submitted_by = ?,"
                        + " submitted_at = ? WHERE task_id = ? AND unit_code = ?")
                .params(text.strip(), access.user(), OffsetDateTime.now(clock), taskId, unit).update();
        if (updated == 0) {
            throw InvalidInputException.of("unit", "NotContributing", "frontoffice.error.notContributing", unit);
        }
        workItems.closeFor(CONTRIBUTION, taskId + ":" + unit);
        return changed(before);
    }

    /** The lead unit consolidates once every contribution is in. */
    @Transactional
    public TaskView consolidate(long taskId, String text) {
        TaskView before = visible(taskId);
        access.requireFor(FrontOfficeAccess.TASKS_CONTRIBUTE, before.leadUnit());
        if (text == null || text.isBlank()) {
            throw InvalidInputException.of("text", "NotBlank", "frontoffice.error.required");
        }
        Map<String, Boolean> submitted = new LinkedHashMap<>();
        before.contributions().forEach(c -> submitted.put(c.unitCode(), "SUBMITTED".equals(c.status())));
        TaskRules.mayConsolidate(Kind.valueOf(before.kind()), Status.valueOf(before.status()), submitted)
                .ifPresent(TaskBoard::refuse);
        jdbc.sql("UPDATE fo_task SET status = 'CONSOLIDATED', consolidated_text = ?, consolidated_by = ?,"
                        + " version = version + 1, modified_by = ?, modified_at = ? WHERE id = ?")
                .params(text.strip(), access.user(), access.user(), OffsetDateTime.now(clock), taskId).update();
        workItems.closeFor(ENTITY, String.valueOf(taskId));
        workItems.open(NewWorkItem.of(ENTITY, taskId, before.reference(), "/frontoffice/tasks/" + taskId,
                Assignee.role("FRONT_OFFICE_OFFICER", Scope.department()), before.dueDate(), "frontoffice.work.clear",
                before.reference()));
        return changed(before);
    }

    /** The front office clears the consolidated answer for the principal. */
    @Transactional
    public TaskView clear(long taskId) {
        TaskView before = visible(taskId);
        access.requireDepartmentWide(FrontOfficeAccess.TASKS_ASSIGN);
        TaskRules.mayClear(Kind.valueOf(before.kind()), Status.valueOf(before.status())).ifPresent(TaskBoard::refuse);
        jdbc.sql("UPDATE fo_task SET status = 'CLEARED', cleared_by = ?, cleared_on = ?, version = version + 1,"
                        + " modified_by = ?, modified_at = ? WHERE id = ?")
                .params(access.user(), today(), access.user(), OffsetDateTime.now(clock), taskId).update();
        workItems.closeFor(ENTITY, String.valueOf(taskId));
        return changed(before);
    }

    private static void refuse(TaskRules.Refusal r) {
        throw new BusinessRuleException(r.messageKey(), r.args().toArray());
    }

    private TaskView changed(TaskView before) {
        TaskView after = view(before.id());
        events.publishEvent(DataChanged.updated(ENTITY, before.id(), before, after));
        return after;
    }

    // ------------------------------------------------------------------ reads

    record Row(long id, String reference, String title, String instructions, String kind, String principal,
               String leadUnit, String missionCode, LocalDate dueDate, String status, Long correspondenceId,
               String consolidatedText, String consolidatedBy, String clearedBy, LocalDate clearedOn) { }

    private static final String SELECT = "SELECT t.id, t.reference, t.title, t.instructions, t.kind, t.principal,"
            + " t.lead_unit, t.mission_code, t.due_date, t.status, t.correspondence_id, t.consolidated_text,"
            + " t.consolidated_by, t.cleared_by, t.cleared_on FROM fo_task t";

    private TaskView view(long id) {
        Row row = jdbc.sql(SELECT + " WHERE t.id = ?").param(id).query(Row.class).optional()
                .orElseThrow(() -> new NotFoundException("task", id));
        return toView(row, contributionsOf(List.of(id)).getOrDefault(id, List.of()));
    }

    private TaskView visible(long id) {
        TaskView view = view(id);
        UnitReach reach = access.reach(FrontOfficeAccess.TASKS_READ);
        boolean sees = reach.covers(view.leadUnit())
                || view.contributions().stream().anyMatch(c -> reach.covers(c.unitCode()));
        if (!sees) {
            throw new NotFoundException("task", id);
        }
        return view;
    }

    @Transactional(readOnly = true)
    public TaskView get(long id) {
        return visible(id);
    }

    /**
     * Open tasks the user may see, for the weekly "what is open" view: all of them for the principal and the
     * front office, the unit's for a unit (lead or contributing); {@code unit} narrows to one unit.
     */
    @Transactional(readOnly = true)
    public List<TaskView> open(String unit, String principal) {
        UnitReach reach = access.reach(FrontOfficeAccess.TASKS_READ);
        if (reach.none()) {
            throw new AccessDeniedException(FrontOfficeAccess.TASKS_READ + " required");
        }
        StringBuilder sql = new StringBuilder(SELECT + " WHERE t.status = 'OPEN'");
        Map<String, Object> params = new HashMap<>();
        if (!reach.all()) {
            sql.append(" AND (t.lead_unit IN (:units) OR EXISTS (SELECT 1 FROM fo_task_contribution c"
                    + " WHERE c.task_id = t.id AND c.unit_code IN (:units)))");
            params.put("units", List.copyOf(reach.units()));
        }
        if (unit != null && !unit.isBlank()) {
            sql.append(" AND (t.lead_unit = :unit OR EXISTS (SELECT 1 FROM fo_task_contribution c"
                    + " WHERE c.task_id = t.id AND c.unit_code = :unit))");
            params.put("unit", unit.strip());
        }
        if (principal != null && !principal.isBlank()) {
            sql.append(" AND t.principal = :principal");
            params.put("principal", principal.strip().toUpperCase(Locale.ROOT));
        }
        sql.append(" ORDER BY t.due_date, t.id");
        List<Row> rows = jdbc.sql(sql.toString()).params(params).query(Row.class).list();
        Map<Long, List<TaskView.Contribution>> contributions = contributionsOf(rows.stream().map(Row::id).toList());
        List<TaskView> views = new ArrayList<>();
        for (Row r : rows) views.add(toView(r, contributions.getOrDefault(r.id(), List.of())));
        return views;
    }

    /** Open tasks by unit (lead units), each split by horizon — the weekly view. */
    public Map<String, Map<String, List<TaskView>>> weekly(List<TaskView> open) {
        Map<String, Map<String, List<TaskView>>> byUnit = new java.util.TreeMap<>();
        for (TaskView t : open) {
            byUnit.computeIfAbsent(t.leadUnit(), k -> {
                Map<String, List<TaskView>> m = new LinkedHashMap<>();
                for (TaskRules.Horizon h : TaskRules.Horizon.values()) m.put(h.name(), new ArrayList<>());
                return m;
            }).get(t.horizon()).add(t);
        }
        return byUnit;
    }

    private Map<Long, List<TaskView.Contribution>> contributionsOf(List<Long> ids) {
        Map<Long, List<TaskView.Contribution>> map = new HashMap<>();
        if (ids.isEmpty()) return map;
        jdbc.sql("SELECT task_id, unit_code, status, text, submitted_by FROM fo_task_contribution WHERE task_id IN (:ids)"
                        + " ORDER BY unit_code")
                .param("ids", ids)
                .query((rs, n) -> Map.entry(rs.getLong(1), new TaskView.Contribution(rs.getString(2), rs.getString(3),
                        rs.getString(4), rs.getString(5))))
                .list().forEach(e -> map.computeIfAbsent(e.getKey(), k -> new ArrayList<>()).add(e.getValue()));
        return map;
    }

    private TaskView toView(Row r, List<TaskView.Contribution> contributions) {
        String horizon = "OPEN".equals(r.status()) ? TaskRules.horizon(r.dueDate(), today()).name() : null;
        return new TaskView(r.id(), r.reference(), r.title(), r.instructions(), r.kind(), r.principal(), r.leadUnit(),
                r.missionCode(), r.dueDate(), r.status(), r.correspondenceId(), r.consolidatedText(),
                r.consolidatedBy(), r.clearedBy(), r.clearedOn(), horizon, contributions);
    }
}
