package org.fieldsupport.ict.desk.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.fieldsupport.ict.ServiceCatalogue.ServiceSummary;
import org.fieldsupport.ict.catalogue.domain.ServiceRules;
import org.fieldsupport.ict.catalogue.internal.CatalogueService;
import org.fieldsupport.ict.desk.domain.Priority;
import org.fieldsupport.ict.desk.domain.SlaClock;
import org.fieldsupport.ict.desk.domain.SupportCalendar;
import org.fieldsupport.ict.desk.domain.SupportTime;
import org.fieldsupport.ict.desk.domain.TicketFlow;
import org.fieldsupport.ict.desk.domain.TicketFlow.Status;
import org.fieldsupport.ict.desk.domain.TicketFlow.Who;
import org.fieldsupport.ict.shared.internal.IctAccess;
import org.fieldsupport.ict.shared.internal.IctFieldErrors;
import org.fieldsupport.organization.Missions;
import org.fieldsupport.platform.api.BusinessRuleException;
import org.fieldsupport.platform.api.NotFoundException;
import org.fieldsupport.platform.audit.DataChanged;
import org.fieldsupport.platform.security.Scope;
import org.fieldsupport.platform.work.Assignee;
import org.fieldsupport.platform.work.NewWorkItem;
import org.fieldsupport.platform.work.WorkItems;
import org.fieldsupport.platform.workflow.StaleTransitionException;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The missions' service desks (9.3.a, 9.4.a, 9.4.b): tickets with priority from impact × urgency, recorded events,
 * SLA clocks computed from the events by {@link SlaClock} and kept on the ticket, escalation to headquarters' second
 * line, breaches into the work inbox, satisfaction on closure. A mission's desk sees its mission's tickets; a
 * requester sees the tickets they raised; ICTD headquarters sees every mission.
 */
@Service
public class DeskService {

    private final JdbcClient jdbc;
    private final IctAccess access;
    private final Missions missions;
    private final CatalogueService catalogue;
    private final WorkItems workItems;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final DeskSettings settings;

    DeskService(JdbcClient jdbc, IctAccess access, Missions missions, CatalogueService catalogue, WorkItems workItems,
                ApplicationEventPublisher events, ObjectProvider<Clock> clock, DeskSettings settings) {
        this.settings = settings;
        this.jdbc = jdbc;
        this.access = access;
        this.missions = missions;
        this.catalogue = catalogue;
        this.workItems = workItems;
        this.events = events;
        this.clock = clock.getIfAvailable(Clock::systemUTC);
    }

    public Instant now() { return clock.instant(); }

    public record NewTicket(String missionCode, String kind, String serviceCode, String title, String description,
                            Integer impact, Integer urgency) { }

    public record ActionInput(String note, Integer impact, Integer urgency, Integer satisfaction, String comment,
                              Long version) { }

    public record Ticket(long id, String reference, String missionCode, String kind, String serviceCode, String title,
                         String description, int impact, int urgency, String priority, String status, String line,
                         String requester, String assignee, Instant openedAt, Instant respondedAt, Instant resolvedAt,
                         Instant closedAt, long responseMinutes, long resolutionMinutes, long pausedMinutes,
                         Instant responseDueAt, Instant resolutionDueAt, boolean responseBreached,
                         boolean resolutionBreached, int reopenings, Integer satisfaction, String satisfactionComment,
                         String slaRuleSet, long version) {
        public boolean open() { return TicketFlow.isOpen(Status.valueOf(status)); }
    }

    public record TicketEvent(Instant at, String kind, String priority, String actor, String note) { }

    /** {@code supportHours}: BUSINESS_HOURS, EXTENDED or ALWAYS as counted by the ticket's rule set; {@code zone}: the desk's. */
    public record TicketView(Ticket ticket, List<TicketEvent> events, List<String> actions, String supportHours, String zone) { }

    static final String COLUMNS = "id, reference, mission_code, kind, service_code, title, description, impact, urgency,"
            + " priority, status, line, requester, assignee, opened_at, responded_at, resolved_at, closed_at, response_minutes,"
            + " resolution_minutes, paused_minutes, response_due_at, resolution_due_at, response_breached, resolution_breached,"
            + " reopenings, satisfaction, satisfaction_comment, sla_rule_set, version";

    static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime t = rs.getObject(column, OffsetDateTime.class);
        return t == null ? null : t.toInstant();
    }

    static Ticket map(ResultSet rs, int n) throws SQLException {
        return new Ticket(rs.getLong("id"), rs.getString("reference"), rs.getString("mission_code"), rs.getString("kind"),
                rs.getString("service_code"), rs.getString("title"), rs.getString("description"), rs.getInt("impact"),
                rs.getInt("urgency"), rs.getString("priority"), rs.getString("status"), rs.getString("line"),
                rs.getString("requester"), rs.getString("assignee"), instant(rs, "opened_at"), instant(rs, "responded_at"),
                instant(rs, "resolved_at"), instant(rs, "closed_at"), rs.getLong("response_minutes"),
                rs.getLong("resolution_minutes"), rs.getLong("paused_minutes"), instant(rs, "response_due_at"),
                instant(rs, "resolution_due_at"), rs.getBoolean("response_breached"), rs.getBoolean("resolution_breached"),
                rs.getInt("reopenings"), (Integer) rs.getObject("satisfaction", Integer.class),
                rs.getString("satisfaction_comment"), rs.getString("sla_rule_set"), rs.getLong("version"));
    }

    static OffsetDateTime odt(Instant i) { return i == null ? null : i.atOffset(ZoneOffset.UTC); }

    // ------------------------------------------------------------------ reading, in the user's scope

    /** Whether the current user may read the ticket: the mission's desk, headquarters, the second line, the requester. */
    boolean mayRead(Ticket t) {
        return access.forMission(IctAccess.DESK_READ, t.missionCode())
                || ("SECOND".equals(t.line()) && access.department(IctAccess.DESK_SECOND_LINE))
                || (t.requester().equals(access.user()) && access.forMission(IctAccess.DESK_REQUEST, t.missionCode()));
    }

    boolean mayWork(Ticket t) {
        return access.forMission(IctAccess.DESK_WORK, t.missionCode())
                || ("SECOND".equals(t.line()) && access.department(IctAccess.DESK_SECOND_LINE));
    }

    Ticket load(long id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM ict_ticket WHERE id = ?").param(id).query(DeskService::map).optional()
                .orElseThrow(() -> new NotFoundException("ticket", id));
    }

    @Transactional(readOnly = true)
    public TicketView view(long id) {
        Ticket t = load(id);
        if (!mayRead(t)) throw new AccessDeniedException("ticket " + id + " is outside the user's scope");
        List<TicketEvent> ev = jdbc.sql("SELECT at, kind, priority, actor, note FROM ict_ticket_event WHERE ticket_id = ?"
                        + " ORDER BY at, id").param(id)
                .query((rs, n) -> new TicketEvent(instant(rs, "at"), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getString(5))).list();
        List<String> actions = new ArrayList<>();
        Status s = Status.valueOf(t.status());
        boolean desk = mayWork(t), requester = t.requester().equals(access.user());
        for (var a : TicketFlow.ACTIONS.values()) {
            if (!a.from().contains(s)) continue;
            if ("escalate".equals(a.name()) && "SECOND".equals(t.line())) continue;
            if (a.who() == Who.DESK ? desk : (desk || requester)) actions.add(a.name());
        }
        actions.sort(null);
        String counted = SlaClock.RULE_SET_V2.equals(t.slaRuleSet())
                ? settings.hoursNow(t.missionCode(), serviceHours(t.serviceCode())) : SupportCalendar.Hours.ALWAYS.name();
        return new TicketView(t, ev, actions, counted, zone(t.missionCode()).getId());
    }

    /**
     * A mission's queue: open tickets (or those in {@code status}), breached first, then by resolution due time.
     * Department users may pass any mission (null = every mission); mission users only theirs; requesters see
     * their own tickets.
     */
    @Transactional(readOnly = true)
    public List<Ticket> queue(String mission, String status, int offset, int limit) {
        String user = access.user();
        Set<String> scope = access.missions(IctAccess.DESK_READ);
        String m = mission == null || mission.isBlank() ? null : mission.strip().toUpperCase(Locale.ROOT);
        StringBuilder sql = new StringBuilder("SELECT " + COLUMNS + " FROM ict_ticket WHERE ");
        List<Object> params = new ArrayList<>();
        if (scope == null) {
            sql.append("1 = 1");
            if (m != null) { sql.append(" AND mission_code = ?"); params.add(m); }
        } else if (!scope.isEmpty() && (m == null ? scope.size() == 1 : scope.contains(m))) {
            sql.append("mission_code = ?");
            params.add(m == null ? scope.iterator().next() : m);
        } else if (!scope.isEmpty() && m == null) {
            sql.append("mission_code IN (").append(String.join(", ", scope.stream().map(x -> "?").toList())).append(")");
            params.addAll(scope);
        } else if (m != null && !scope.isEmpty()) {
            throw new AccessDeniedException(IctAccess.DESK_READ + " for " + m + " required");
        } else {
            access.requireAnywhere(IctAccess.DESK_REQUEST);
            sql.append("requester = ?");
            params.add(user);
            if (m != null) { sql.append(" AND mission_code = ?"); params.add(m); }
        }
        if (status == null || status.isBlank() || "OPEN".equalsIgnoreCase(status)) {
            sql.append(" AND status IN ('NEW', 'IN_PROGRESS', 'WAITING')");
        } else if (!"ALL".equalsIgnoreCase(status)) {
            Status st = parseStatus(status);
            sql.append(" AND status = ?");
            params.add(st.name());
        }
        sql.append(" ORDER BY resolution_breached DESC, resolution_due_at, opened_at DESC, id DESC")
                .append(" OFFSET ").append(Math.max(0, offset)).append(" ROWS FETCH FIRST ")
                .append(Math.max(1, Math.min(limit, 200))).append(" ROWS ONLY");
        return jdbc.sql(sql.toString()).params(params).query(DeskService::map).list();
    }

    /**
     * The desk's figures for the home page (my figures): open incidents by priority and open tickets breaching a target
     * in the reader's missions (every mission for department-wide readers), and the reader's own queue (open tickets
     * assigned to them, the five due first). Refused without {@code ict.desk.read} in some scope.
     */
    public record DeskFigures(Map<String, Long> openIncidentsByPriority, long openIncidents, long breached, long mine,
                              List<Ticket> myQueue) { }

    @Transactional(readOnly = true)
    public DeskFigures figures() {
        access.requireAnywhere(IctAccess.DESK_READ);
        String user = access.user();
        Set<String> scope = access.missions(IctAccess.DESK_READ);
        StringBuilder where = new StringBuilder(" WHERE status IN ('NEW', 'IN_PROGRESS', 'WAITING')");
        List<Object> params = new ArrayList<>();
        if (scope != null && scope.isEmpty()) {
            where.append(" AND 1 = 0"); // the permission held in no mission (e.g. a unit scope): nothing to count
        } else if (scope != null) {
            where.append(" AND mission_code IN (").append(String.join(", ", scope.stream().map(x -> "?").toList())).append(")");
            params.addAll(scope);
        }
        Map<String, Long> byPriority = new java.util.LinkedHashMap<>();
        for (Priority p : Priority.values()) byPriority.put(p.name(), 0L);
        jdbc.sql("SELECT priority, COUNT(*) FROM ict_ticket" + where + " AND kind = 'INCIDENT' GROUP BY priority")
                .params(params).query((rs, n) -> Map.entry(rs.getString(1), rs.getLong(2))).list()
                .forEach(e -> byPriority.put(e.getKey(), e.getValue()));
        long incidents = byPriority.values().stream().mapToLong(Long::longValue).sum();
        long breached = jdbc.sql("SELECT COUNT(*) FROM ict_ticket" + where
                        + " AND (response_breached = TRUE OR resolution_breached = TRUE)")
                .params(params).query(Long.class).single();
        List<Object> mineParams = new ArrayList<>(params);
        mineParams.add(user);
        long mine = jdbc.sql("SELECT COUNT(*) FROM ict_ticket" + where + " AND assignee = ?").params(mineParams)
                .query(Long.class).single();
        List<Ticket> myQueue = jdbc.sql("SELECT " + COLUMNS + " FROM ict_ticket" + where + " AND assignee = ?"
                        + " ORDER BY resolution_breached DESC, resolution_due_at, opened_at, id FETCH FIRST 5 ROWS ONLY")
                .params(mineParams).query(DeskService::map).list();
        return new DeskFigures(byPriority, incidents, breached, mine, myQueue);
    }

    private static Status parseStatus(String status) {
        IctFieldErrors errors = new IctFieldErrors();
        Status s = null;
        try {
            s = Status.valueOf(status.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            errors.add("status", "OneOf", "ict.error.oneOf", "OPEN, ALL, NEW, IN_PROGRESS, WAITING, RESOLVED, CLOSED, CANCELLED");
        }
        errors.throwIfAny();
        return s;
    }

    // ------------------------------------------------------------------ writing

    @Transactional
    public Ticket open(NewTicket in) {
        IctFieldErrors errors = new IctFieldErrors();
        String mission = in.missionCode() == null ? "" : in.missionCode().strip().toUpperCase(Locale.ROOT);
        if (mission.isEmpty()) errors.add("missionCode", "NotBlank", "ict.error.required");
        errors.throwIfAny();
        if (!access.forMission(IctAccess.DESK_REQUEST, mission) && !access.forMission(IctAccess.DESK_WORK, mission)) {
            throw new AccessDeniedException(IctAccess.DESK_REQUEST + " for " + mission + " required");
        }
        TicketFlow.Kind kind = null;
        try {
            kind = TicketFlow.Kind.valueOf(in.kind() == null ? "" : in.kind().strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            errors.add("kind", "OneOf", "ict.error.oneOf", "REQUEST, INCIDENT, PROBLEM, CHANGE");
        }
        if (in.title() == null || in.title().isBlank()) errors.add("title", "NotBlank", "ict.error.required");
        else if (in.title().length() > 300) errors.add("title", "Size", "ict.error.tooLong", 300);
        if (in.impact() == null || in.impact() < 1 || in.impact() > 3) errors.add("impact", "Range", "ict.error.oneToThree");
        if (in.urgency() == null || in.urgency() < 1 || in.urgency() > 3) errors.add("urgency", "Range", "ict.error.oneToThree");
        ServiceSummary service = catalogue.service(in.serviceCode()).orElse(null);
        if (service == null) errors.add("serviceCode", "UnknownService", "ict.error.unknownService", String.valueOf(in.serviceCode()));
        errors.throwIfAny();
        missions.requireOpenForNewRecords(mission);
        if (!service.serves(mission) || "RETIRED".equals(service.status())) {
            throw new BusinessRuleException("ict.desk.serviceNotServed", service.code(), mission);
        }
        Priority p = Priority.of(in.impact(), in.urgency());
        return insert(mission, kind.name(), service.code(), in.title().strip(), in.description(), in.impact(), in.urgency(),
                p, access.user(), now());
    }

    Ticket insert(String mission, String kind, String service, String title, String description, int impact, int urgency,
                  Priority p, String requester, Instant at) {
        var keys = new GeneratedKeyHolder();
        String temp = "T-" + java.util.UUID.randomUUID();
        jdbc.sql("INSERT INTO ict_ticket (reference, mission_code, kind, service_code, title, description, impact, urgency,"
                        + " priority, status, line, requester, opened_at, sla_rule_set, version)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 'NEW', 'FIRST', ?, ?, ?, 0)")
                .params(temp, mission, kind, service, title, description, impact, urgency, p.name(), requester, odt(at),
                        SlaClock.RULE_SET_V2)
                .update(keys, "id");
        long id = keys.getKeyAs(Number.class).longValue();
        jdbc.sql("UPDATE ict_ticket SET reference = ? WHERE id = ?").params("ICT-" + mission + "-" + id, id).update();
        event(id, at, "OPENED", p.name(), requester, null);
        Ticket t = recompute(id, at);
        events.publishEvent(DataChanged.created("ict.ticket", id, t));
        return t;
    }

    void event(long id, Instant at, String kind, String priority, String actor, String note) {
        jdbc.sql("INSERT INTO ict_ticket_event (ticket_id, at, kind, priority, actor, note) VALUES (?, ?, ?, ?, ?, ?)")
                .params(id, odt(at), kind, priority, actor, note).update();
    }

    /** Recomputes the ticket's clocks from its events and writes them on the ticket. */
    Ticket recompute(long id, Instant now) {
        Ticket t = load(id);
        List<SlaClock.Event> ev = jdbc.sql("SELECT at, kind, priority FROM ict_ticket_event WHERE ticket_id = ? ORDER BY at, id")
                .param(id).query((rs, n) -> {
                    var k = TicketFlow.clockKind(rs.getString(2));
                    if (k.isEmpty()) return null;
                    String p = rs.getString(3);
                    return new SlaClock.Event(instant(rs, "at"), k.get(), p == null ? null : Priority.valueOf(p));
                }).list().stream().filter(java.util.Objects::nonNull).toList();
        SlaClock.Result r = SlaClock.compute(ev, clockTargets(t.serviceCode()), now,
                SlaClock.calendar(t.slaRuleSet(), calendar(t.missionCode(), t.serviceCode())));
        jdbc.sql("UPDATE ict_ticket SET priority = ?, responded_at = ?, resolved_at = ?, response_minutes = ?,"
                        + " resolution_minutes = ?, paused_minutes = ?, response_due_at = ?, resolution_due_at = ?,"
                        + " response_breached = ?, resolution_breached = ?, reopenings = ? WHERE id = ?")
                .params(r.priority().name(), odt(r.respondedAt()), odt(r.resolvedAt()), r.responseMinutes(),
                        r.resolutionMinutes(), r.pausedMinutes(), odt(r.responseDueAt()), odt(r.resolutionDueAt()),
                        r.responseBreached(), r.resolutionBreached(), r.reopenings(), id)
                .update();
        return load(id);
    }

    /**
     * The support hours of the service (or the desk's own profile) in the mission desk's time zone, skipping its
     * public holidays, each version of the desk's settings from when it was saved ({@link DeskSettings}).
     */
    SupportTime calendar(String missionCode, String serviceCode) {
        return settings.calendar(missionCode, serviceHours(serviceCode));
    }

    private String serviceHours(String serviceCode) {
        return catalogue.service(serviceCode).map(ServiceSummary::supportHours).orElse(null);
    }

    ZoneId zone(String missionCode) {
        return settings.zone(missionCode);
    }

    Map<Priority, SlaClock.Target> clockTargets(String serviceCode) {
        return toClock(catalogue.targets(serviceCode));
    }

    static Map<Priority, SlaClock.Target> toClock(Map<Priority, ServiceRules.Target> t) {
        Map<Priority, SlaClock.Target> m = new EnumMap<>(Priority.class);
        t.forEach((p, x) -> m.put(p, SlaClock.Target.minutes(x.responseMinutes(), x.resolutionMinutes())));
        return m;
    }

    @Transactional
    public Ticket act(long id, String actionName, ActionInput in) {
        Ticket t = load(id);
        if (!mayRead(t)) throw new AccessDeniedException("ticket " + id + " is outside the user's scope");
        var action = TicketFlow.action(actionName).orElseThrow(() -> new NotFoundException("action", actionName));
        boolean desk = mayWork(t), requester = t.requester().equals(access.user());
        if (action.who() == Who.DESK ? !desk : !(desk || requester)) {
            throw new AccessDeniedException(IctAccess.DESK_WORK + " for " + t.missionCode() + " required");
        }
        if (in != null && in.version() != null && in.version() != t.version()) {
            throw new StaleTransitionException(t.status(), t.version());
        }
        Status from = Status.valueOf(t.status());
        if (!action.from().contains(from)) {
            throw new BusinessRuleException("ict.desk.illegalAction", actionName, from.name());
        }
        ActionInput input = in == null ? new ActionInput(null, null, null, null, null, null) : in;
        IctFieldErrors errors = new IctFieldErrors();
        String priority = null;
        int impact = t.impact(), urgency = t.urgency();
        switch (action.name()) {
            case "reprioritise" -> {
                if (input.impact() == null || input.impact() < 1 || input.impact() > 3) errors.add("impact", "Range", "ict.error.oneToThree");
                if (input.urgency() == null || input.urgency() < 1 || input.urgency() > 3) errors.add("urgency", "Range", "ict.error.oneToThree");
                errors.throwIfAny();
                impact = input.impact();
                urgency = input.urgency();
                priority = Priority.of(impact, urgency).name();
            }
            case "close" -> {
                if (requester && input.satisfaction() == null) errors.add("satisfaction", "NotNull", "ict.error.satisfaction");
                if (input.satisfaction() != null && (input.satisfaction() < 1 || input.satisfaction() > 5)) {
                    errors.add("satisfaction", "Range", "ict.error.satisfaction");
                }
            }
            case "wait", "escalate", "cancel", "reopen" -> {
                if (input.note() == null || input.note().isBlank()) errors.add("note", "NotBlank", "ict.error.required");
            }
            default -> { }
        }
        errors.throwIfAny();
        Instant now = now();
        String user = access.user();
        int n = jdbc.sql("UPDATE ict_ticket SET status = ?, impact = ?, urgency = ?, line = ?, assignee = COALESCE(?, assignee),"
                        + " closed_at = ?, satisfaction = COALESCE(?, satisfaction),"
                        + " satisfaction_comment = COALESCE(?, satisfaction_comment), version = version + 1"
                        + " WHERE id = ? AND version = ?")
                .params((action.to() == null ? from : action.to()).name(), impact, urgency,
                        "escalate".equals(action.name()) ? "SECOND" : t.line(),
                        "respond".equals(action.name()) ? user : null,
                        action.to() == Status.CLOSED || action.to() == Status.CANCELLED ? odt(now) : null,
                        "close".equals(action.name()) && requester ? input.satisfaction() : null,
                        "close".equals(action.name()) && requester ? input.comment() : null, id, t.version())
                .update();
        if (n == 0) throw new StaleTransitionException(t.status(), t.version());
        event(id, now, action.event(), priority, user, input.note());
        Ticket after = recompute(id, now);
        String link = "/ict/desk/tickets/" + id;
        if ("escalate".equals(action.name())) {
            workItems.open(NewWorkItem.of("ict.ticket", id, t.reference(), link,
                    Assignee.role("ICT_SECOND_LINE", Scope.department()), null, "ict.work.escalated", t.reference(),
                    t.missionCode()));
        }
        if (action.to() == Status.RESOLVED || action.to() == Status.CLOSED || action.to() == Status.CANCELLED) {
            workItems.closeFor("ict.ticket", String.valueOf(id));
        }
        events.publishEvent(DataChanged.updated("ict.ticket", id, t, after));
        return after;
    }

    // ------------------------------------------------------------------ breaches

    /**
     * Recomputes the open tickets whose response or resolution is due by {@code now} and puts each newly breached
     * one in the work inbox of its mission's desk (and of the second line when escalated). Returns how many.
     */
    @Transactional
    public int sweep(Instant now) {
        List<Long> due = jdbc.sql("SELECT id FROM ict_ticket WHERE status IN ('NEW', 'IN_PROGRESS', 'WAITING')"
                        + " AND breach_notified = FALSE AND ((resolution_due_at IS NOT NULL AND resolution_due_at < ?)"
                        + " OR (responded_at IS NULL AND response_due_at < ?))")
                .params(odt(now), odt(now)).query(Long.class).list();
        int notified = 0;
        for (long id : due) {
            Ticket t = recompute(id, now);
            if (!t.resolutionBreached() && !t.responseBreached()) continue;
            String link = "/ict/desk/tickets/" + id;
            String what = t.resolutionBreached() ? "resolution" : "response";
            workItems.open(NewWorkItem.of("ict.ticket", id, t.reference(), link,
                    Assignee.role("ICT_SERVICE_DESK", Scope.mission(t.missionCode())), null, "ict.work.breach",
                    t.reference(), what));
            if ("SECOND".equals(t.line())) {
                workItems.open(NewWorkItem.of("ict.ticket", id, t.reference(), link,
                        Assignee.role("ICT_SECOND_LINE", Scope.department()), null, "ict.work.breach", t.reference(), what));
            }
            jdbc.sql("UPDATE ict_ticket SET breach_notified = TRUE WHERE id = ?").param(id).update();
            notified++;
        }
        return notified;
    }

    public static Duration minutes(long m) { return Duration.ofMinutes(m); }
}
