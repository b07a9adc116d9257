package org.fieldsupport.ict.desk.internal;

import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.fieldsupport.ict.shared.internal.IctAccess;
import org.fieldsupport.ict.shared.internal.IctFieldErrors;
import org.fieldsupport.platform.api.BusinessRuleException;
import org.fieldsupport.platform.api.NotFoundException;
import org.fieldsupport.platform.security.Scope;
import org.fieldsupport.platform.work.Assignee;
import org.fieldsupport.platform.work.NewWorkItem;
import org.fieldsupport.platform.work.WorkItems;
import org.fieldsupport.platform.workflow.AuthorityRequirement;
import org.fieldsupport.platform.workflow.AvailableAction;
import org.fieldsupport.platform.workflow.TransitionInput;
import org.fieldsupport.platform.workflow.Workflow;
import org.fieldsupport.platform.workflow.Workflows;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Changes to ICT services (9.4.b): raised by a mission's desk as a CHANGE ticket with a planned window and a risk,
 * approved (under a delegation of authority {@value IctAuthorityTypes#CHANGE_APPROVAL} covering the change's mission,
 * checked and logged by the organisation's register) or rejected by ICTD headquarters through the workflow kit (an approval is refused when the window overlaps
 * another approved change of the same service in the same mission), then implemented or cancelled; the change
 * calendar lists the windows of a month.
 */
@Service
public class ChangeService {

    public enum ChangeStatus { SUBMITTED, APPROVED, REJECTED, IMPLEMENTED, CANCELLED }

    public record Change(long id, long ticketId, String reference, String missionCode, String serviceCode, String title,
                         String risk, Instant plannedStart, Instant plannedEnd, ChangeStatus status, String decidedBy,
                         String decisionNote, long version) { }

    public record NewChange(String missionCode, String serviceCode, String title, String description, String risk,
                            Instant plannedStart, Instant plannedEnd) { }

    static final Workflow<Change, ChangeStatus> FLOW = Workflow.define("ict.change", Change.class, ChangeStatus.class)
            .id(Change::id).state(Change::status).version(Change::version).reference(Change::reference)
            .scope(c -> Scope.mission(c.missionCode()))
            .storedIn("ict_change", "id", "status", "version")
            .stateLabels("ict.change.status.")
            .transition("approve", ChangeStatus.SUBMITTED, ChangeStatus.APPROVED, IctAccess.CHANGES_APPROVE,
                    t -> t.authority(IctAuthorityTypes.CHANGE_APPROVAL,
                            (c, in) -> AuthorityRequirement.Subject.mission(c.missionCode())))
            .transition("reject", ChangeStatus.SUBMITTED, ChangeStatus.REJECTED, IctAccess.CHANGES_APPROVE,
                    t -> t.requires("reason"))
            .transition("implement", ChangeStatus.APPROVED, ChangeStatus.IMPLEMENTED, IctAccess.DESK_WORK)
            .transition("cancel", Workflow.anyOf(ChangeStatus.SUBMITTED, ChangeStatus.APPROVED), ChangeStatus.CANCELLED,
                    IctAccess.DESK_WORK, t -> t.requires("reason"))
            .build();

    private final JdbcClient jdbc;
    private final IctAccess access;
    private final DeskService desk;
    private final Workflows workflows;
    private final WorkItems workItems;

    ChangeService(JdbcClient jdbc, IctAccess access, DeskService desk, Workflows workflows, WorkItems workItems) {
        this.jdbc = jdbc;
        this.access = access;
        this.desk = desk;
        this.workflows = workflows;
        this.workItems = workItems;
    }

    static final String SELECT = "SELECT c.id, c.ticket_id, t.reference, c.mission_code, c.service_code, t.title, c.risk,"
            + " c.planned_start, c.planned_end, c.status, c.decided_by, c.decision_note, c.version"
            + " FROM ict_change c JOIN ict_ticket t ON t.id = c.ticket_id";

    static Change map(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        return new Change(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4), rs.getString(5), rs.getString(6),
                rs.getString(7), DeskService.instant(rs, "planned_start"), DeskService.instant(rs, "planned_end"),
                ChangeStatus.valueOf(rs.getString(10)), rs.getString(11), rs.getString(12), rs.getLong(13));
    }

    Change load(long id) {
        return jdbc.sql(SELECT + " WHERE c.id = ?").param(id).query(ChangeService::map).optional()
                .orElseThrow(() -> new NotFoundException("change", id));
    }

    @Transactional(readOnly = true)
    public Change change(long id) {
        Change c = load(id);
        if (!access.forMission(IctAccess.DESK_READ, c.missionCode())) {
            throw new AccessDeniedException(IctAccess.DESK_READ + " for " + c.missionCode() + " required");
        }
        return c;
    }

    @Transactional(readOnly = true)
    public List<AvailableAction> actions(Change c) { return workflows.actions(FLOW, c); }

    @Transactional
    public Change create(NewChange in) {
        IctFieldErrors errors = new IctFieldErrors();
        String mission = in.missionCode() == null ? "" : in.missionCode().strip().toUpperCase(Locale.ROOT);
        if (mission.isEmpty()) errors.add("missionCode", "NotBlank", "ict.error.required");
        errors.throwIfAny();
        access.requireMission(IctAccess.DESK_WORK, mission);
        String risk = in.risk() == null ? "" : in.risk().strip().toUpperCase(Locale.ROOT);
        if (!Set.of("LOW", "MEDIUM", "HIGH").contains(risk)) errors.add("risk", "OneOf", "ict.error.oneOf", "LOW, MEDIUM, HIGH");
        if (in.plannedStart() == null) errors.add("plannedStart", "NotNull", "ict.error.required");
        if (in.plannedEnd() == null) errors.add("plannedEnd", "NotNull", "ict.error.required");
        else if (in.plannedStart() != null && !in.plannedEnd().isAfter(in.plannedStart())) {
            errors.add("plannedEnd", "AfterStart", "ict.error.endBeforeStart");
        }
        if (in.title() == null || in.title().isBlank()) errors.add("title", "NotBlank", "ict.error.required");
        errors.throwIfAny();
        int impact = risk.equals("HIGH") ? 1 : risk.equals("MEDIUM") ? 2 : 3;
        var t = desk.open(new DeskService.NewTicket(mission, "CHANGE", in.serviceCode(), in.title(), in.description(), impact, 3));
        var keys = new org.springframework.jdbc.support.GeneratedKeyHolder();
        jdbc.sql("INSERT INTO ict_change (ticket_id, mission_code, service_code, risk, planned_start, planned_end, status,"
                        + " version) VALUES (?, ?, ?, ?, ?, ?, 'SUBMITTED', 0)")
                .params(t.id(), mission, t.serviceCode(), risk, DeskService.odt(in.plannedStart()), DeskService.odt(in.plannedEnd()))
                .update(keys, "id");
        long id = keys.getKeyAs(Number.class).longValue();
        workItems.open(NewWorkItem.of("ict.change", id, t.reference(), "/ict/desk/changes/" + id,
                Assignee.role("ICT_HQ_OFFICER", Scope.department()), null, "ict.work.changeApproval", t.reference(), mission));
        return load(id);
    }

    @Transactional
    public Change perform(long id, String action, String reason, Long version) {
        Change c = load(id);
        if ("approve".equals(action) && c.status() == ChangeStatus.SUBMITTED) {
            List<String> clash = jdbc.sql("SELECT t.reference FROM ict_change c JOIN ict_ticket t ON t.id = c.ticket_id"
                            + " WHERE c.status = 'APPROVED' AND c.service_code = ? AND c.mission_code = ? AND c.id <> ?"
                            + " AND c.planned_start < ? AND c.planned_end > ?")
                    .params(c.serviceCode(), c.missionCode(), c.id(), DeskService.odt(c.plannedEnd()),
                            DeskService.odt(c.plannedStart()))
                    .query(String.class).list();
            if (!clash.isEmpty()) {
                // the permission is checked first: a refusal by rule is only told to those who may approve
                if (!access.forMission(IctAccess.CHANGES_APPROVE, c.missionCode())) {
                    throw new AccessDeniedException(IctAccess.CHANGES_APPROVE + " required");
                }
                throw new BusinessRuleException("ict.change.overlap", String.join(", ", clash));
            }
        }
        TransitionInput input = (reason == null ? TransitionInput.none() : TransitionInput.of("reason", reason))
                .expectingVersion(version);
        var done = workflows.perform(FLOW, c, action, input);
        Instant now = desk.now();
        String user = access.user();
        switch (action) {
            case "approve", "reject" -> jdbc.sql("UPDATE ict_change SET decided_by = ?, decision_note = ? WHERE id = ?")
                    .params(user, reason, id).update();
            default -> { }
        }
        DeskService.Ticket t = desk.load(c.ticketId());
        String ticketEvent = switch (action) {
            case "approve" -> "RESPONDED";
            case "implement" -> "RESOLVED";
            default -> "CLOSED";
        };
        String ticketStatus = switch (action) {
            case "approve" -> "IN_PROGRESS";
            case "implement" -> "RESOLVED";
            default -> "CANCELLED";
        };
        jdbc.sql("UPDATE ict_ticket SET status = ?, version = version + 1, closed_at = ? WHERE id = ?")
                .params(ticketStatus, "CANCELLED".equals(ticketStatus) ? DeskService.odt(now) : null, t.id()).update();
        desk.event(t.id(), now, ticketEvent, null, user, "change " + action + (reason == null ? "" : ": " + reason));
        desk.recompute(t.id(), now);
        return load(id);
    }

    /** The changes whose window touches the month, in the user's missions (null mission = all the user may read). */
    @Transactional(readOnly = true)
    public List<Change> calendar(YearMonth month, String mission) {
        Set<String> scope = access.missions(IctAccess.DESK_READ);
        if (scope != null && scope.isEmpty()) throw new AccessDeniedException(IctAccess.DESK_READ + " required");
        String m = mission == null || mission.isBlank() ? null : mission.strip().toUpperCase(Locale.ROOT);
        if (m != null && scope != null && !scope.contains(m)) throw new AccessDeniedException(IctAccess.DESK_READ + " for " + m);
        var from = month.atDay(1).atStartOfDay().atOffset(ZoneOffset.UTC);
        var to = month.plusMonths(1).atDay(1).atStartOfDay().atOffset(ZoneOffset.UTC);
        List<Change> all = jdbc.sql(SELECT + " WHERE c.planned_start < ? AND c.planned_end > ? ORDER BY c.planned_start, c.id")
                .params(to, from).query(ChangeService::map).list();
        List<Change> mine = new ArrayList<>();
        for (Change c : all) {
            if (m != null && !m.equals(c.missionCode())) continue;
            if (scope != null && !scope.contains(c.missionCode())) continue;
            mine.add(c);
        }
        return mine;
    }

}
