package org.fieldsupport.frontoffice.tasking.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.fieldsupport.frontoffice.Taskings;
import org.fieldsupport.frontoffice.office.internal.References;
import org.fieldsupport.frontoffice.tasking.domain.TaskRules;
import org.fieldsupport.organization.OrganizationStructure;
import org.fieldsupport.platform.audit.DataChanged;
import org.fieldsupport.platform.security.CurrentUser;
import org.fieldsupport.platform.work.Assignee;
import org.fieldsupport.platform.work.NewWorkItem;
import org.fieldsupport.platform.work.WorkItems;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The front office's {@link Taskings} API: a task of kind ADVICE in the lead unit's queue (same table, references,
 * work item and audit as the principal's tasks of {@link TaskBoard}), answered and cleared on the task's page.
 */
@Service
class TaskingsApi implements Taskings {

    private final JdbcClient jdbc;
    private final References references;
    private final OrganizationStructure structure;
    private final WorkItems workItems;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    TaskingsApi(JdbcClient jdbc, References references, OrganizationStructure structure, WorkItems workItems,
                ApplicationEventPublisher events, ObjectProvider<Clock> clock) {
        this.jdbc = jdbc;
        this.references = references;
        this.structure = structure;
        this.workItems = workItems;
        this.events = events;
        this.clock = clock.getIfAvailable(Clock::systemUTC);
    }

    @Override
    @Transactional
    public Assigned assign(String title, String instructions, String leadUnit, String missionCode, LocalDate dueDate) {
        LocalDate today = LocalDate.now(clock);
        if (title == null || title.isBlank() || dueDate == null || leadUnit == null
                || structure.unit(leadUnit.strip(), today).isEmpty()) {
            throw new IllegalArgumentException("a task needs a title, a due date and a known lead unit: " + leadUnit);
        }
        String lead = leadUnit.strip();
        String shortTitle = title.strip().length() > 500 ? title.strip().substring(0, 497) + "…" : title.strip();
        String reference = references.next("FO-T", today);
        String user = CurrentUser.usernameOrSystem();
        OffsetDateTime now = OffsetDateTime.now(clock);
        var keys = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO fo_task (reference, title, instructions, kind, principal, lead_unit, mission_code, due_date,
                  status, version, created_by, created_at, modified_by, modified_at)
                VALUES (?, ?, ?, ?, 'USG', ?, ?, ?, 'OPEN', 0, ?, ?, ?, ?)""")
                .params(reference, shortTitle, instructions, TaskRules.Kind.ADVICE.name(), lead, missionCode, dueDate, user,
                        now, user, now)
                .update(keys, "id");
        long id = keys.getKeyAs(Number.class).longValue();
        workItems.open(NewWorkItem.of(TaskBoard.ENTITY, id, reference, "/frontoffice/tasks/" + id, Assignee.unit(lead),
                dueDate, "frontoffice.work.task", reference));
        events.publishEvent(DataChanged.created(TaskBoard.ENTITY, id, Map.of("reference", reference, "leadUnit", lead,
                "dueDate", dueDate, "title", shortTitle)));
        return new Assigned(reference, id);
    }

    @Override
    @Transactional(readOnly = true)
    public Map<String, TaskState> states(Collection<String> refs) {
        Map<String, TaskState> out = new LinkedHashMap<>();
        if (refs == null || refs.isEmpty()) {
            return out;
        }
        LocalDate today = LocalDate.now(clock);
        jdbc.sql("""
                SELECT id, reference, lead_unit, due_date, status, consolidated_text, consolidated_by, cleared_by, cleared_on
                  FROM fo_task WHERE reference IN (:refs)""")
                .param("refs", List.copyOf(refs))
                .query((rs, n) -> {
                    String status = rs.getString("status");
                    LocalDate due = rs.getObject("due_date", LocalDate.class);
                    boolean answered = "CONSOLIDATED".equals(status) || "CLEARED".equals(status);
                    long id = rs.getLong("id");
                    return new TaskState(rs.getString("reference"), id, rs.getString("lead_unit"), due, status,
                            answered ? rs.getString("consolidated_text") : null,
                            answered ? rs.getString("consolidated_by") : null, rs.getString("cleared_by"),
                            rs.getObject("cleared_on", LocalDate.class),
                            "OPEN".equals(status) && TaskRules.horizon(due, today) == TaskRules.Horizon.OVERDUE,
                            "/frontoffice/tasks/" + id);
                })
                .list().forEach(s -> out.put(s.reference(), s));
        return out;
    }
}
