package org.fieldsupport.claims.shortfall.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.fieldsupport.claims.analytics.domain.Shortfalls;
import org.fieldsupport.claims.analytics.internal.ClaimsReports;
import org.fieldsupport.claims.shared.internal.ClaimsAccess;
import org.fieldsupport.claims.shared.internal.ClaimsPlanningPermissions;
import org.fieldsupport.claims.shortfall.domain.ShortfallCaseRules;
import org.fieldsupport.claims.shortfall.domain.ShortfallCaseRules.Partner;
import org.fieldsupport.claims.shortfall.domain.ShortfallCaseRules.Responsible;
import org.fieldsupport.platform.api.BusinessRuleException;
import org.fieldsupport.platform.api.FieldErrors;
import org.fieldsupport.platform.api.NotFoundException;
import org.fieldsupport.platform.api.ReferenceNumbers;
import org.fieldsupport.platform.audit.DataChanged;
import org.fieldsupport.platform.security.Scope;
import org.fieldsupport.platform.work.Assignee;
import org.fieldsupport.platform.work.NewWorkItem;
import org.fieldsupport.platform.work.WorkItems;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Logistics shortfall cases (8.3.k), opened from the month's shortfalls report (the same reading of MOUs and
 * inspections), with consultations of the partners, the liaison with the contributing country and corrective actions
 * followed to closure (work items for the mission's COE planning officers, due on the action's date). Staff hold
 * {@code claims.shortfall.manage} for the mission; a Member State's delegate ({@code claims.shortfall.respond} for
 * its state) reads its own state's cases (without the internal consultations) and answers on them.
 */
@Service
public class ShortfallCaseService {

    public static final String CASE = "claims.shortfall-case";
    public static final String ACTION = "claims.shortfall-action";

    private final JdbcClient jdbc;
    private final ClaimsAccess access;
    private final ClaimsReports reports;
    private final ReferenceNumbers references;
    private final WorkItems workItems;
    private final ApplicationEventPublisher events;

    ShortfallCaseService(JdbcClient jdbc, ClaimsAccess access, ClaimsReports reports, ReferenceNumbers references,
                         WorkItems workItems, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.access = access;
        this.reports = reports;
        this.references = references;
        this.workItems = workItems;
        this.events = events;
    }

    public record Case(long id, String reference, long contingentId, String missionCode, String memberState,
                       String kind, String category, YearMonth foundMonth, String finding, String status,
                       String openedBy, OffsetDateTime openedAt, String closedBy) { }

    public record Consultation(long id, Partner partner, LocalDate consultedOn, String summary, String by) { }

    public record Message(long id, String direction, String body, String by, OffsetDateTime at) { }

    public record Action(long id, String description, Responsible responsible, LocalDate dueOn, String status,
                         String completionNote, String completedBy) {
        public boolean overdue(LocalDate today) {
            return "OPEN".equals(status) && dueOn.isBefore(today);
        }
    }

    /** {@code staff} false = the Member State's view (no consultations). */
    public record Detail(Case shortfallCase, List<Consultation> consultations, List<Message> messages,
                         List<Action> actions, boolean staff) { }

    // ------------------------------------------------------------------ opening

    /** Opens a case for a shortfall the month's report finds for the contingent, kind and category. */
    @Transactional
    public Case open(Long contingentId, String kind, String category, YearMonth month) {
        FieldErrors errors = new FieldErrors();
        if (contingentId == null) {
            errors.add("contingentId", "NotNull", "claimsplanning.shortfall.input.contingent");
        }
        if (!"MAJOR_EQUIPMENT".equals(kind) && !"SELF_SUSTAINMENT".equals(kind)) {
            errors.add("kind", "OneOf", "claimsplanning.shortfall.input.kind");
        }
        if (category == null || category.isBlank()) {
            errors.add("category", "NotBlank", "claimsplanning.shortfall.input.category");
        }
        if (month == null) {
            errors.add("month", "NotNull", "claimsplanning.shortfall.input.month");
        }
        errors.throwIfAny();
        Object[] c = jdbc.sql("SELECT mission_code, member_state FROM claims_contingent WHERE id = ?").param(contingentId)
                .query((rs, n) -> new Object[] {rs.getString(1), rs.getString(2)}).optional()
                .orElseThrow(() -> new NotFoundException("contingent", contingentId));
        String mission = (String) c[0];
        String user = access.require(ClaimsPlanningPermissions.SHORTFALL_MANAGE, Scope.mission(mission));
        String cat = category.trim();
        Shortfalls.Shortfall found = reports.shortfalls(month, null, mission).contingents().stream()
                .filter(x -> x.contingentId() == contingentId)
                .flatMap(x -> x.shortfalls().stream())
                .filter(s -> s.kind().name().equals(kind) && s.reference().equals(cat) && countable(s))
                .findFirst()
                .orElseThrow(() -> new BusinessRuleException("claimsplanning.shortfall.notFound", cat, month.toString()));
        return insert(user, contingentId, mission, (String) c[1], kind, cat, month, finding(found));
    }

    /** Opens a case for every shortfall of the mission's month that has none open; returns the cases opened. */
    @Transactional
    public List<Case> openFromReport(String missionCode, YearMonth month) {
        if (missionCode == null || missionCode.isBlank() || month == null) {
            FieldErrors errors = new FieldErrors();
            if (missionCode == null || missionCode.isBlank()) {
                errors.add("missionCode", "NotBlank", "claimsplanning.shortfall.input.mission");
            }
            if (month == null) {
                errors.add("month", "NotNull", "claimsplanning.shortfall.input.month");
            }
            errors.throwIfAny();
        }
        String mission = missionCode.trim().toUpperCase(Locale.ROOT);
        String user = access.require(ClaimsPlanningPermissions.SHORTFALL_MANAGE, Scope.mission(mission));
        return openFromReportAs(user, mission, month);
    }

    @Transactional
    public List<Case> openFromReportAs(String user, String mission, YearMonth month) {
        List<Case> opened = new ArrayList<>();
        for (ClaimsReports.ContingentShortfalls c : reports.shortfalls(month, null, mission).contingents()) {
            for (Shortfalls.Shortfall s : c.shortfalls()) {
                if (!countable(s)) {
                    continue;
                }
                String key = ShortfallCaseRules.openKey(c.contingentId(), s.kind().name(), s.reference());
                boolean exists = jdbc.sql("SELECT COUNT(*) FROM claims_shortfall_case WHERE open_key = ?").param(key)
                        .query(Long.class).single() > 0;
                if (!exists) {
                    opened.add(insert(user, c.contingentId(), c.missionCode(), c.memberState(), s.kind().name(),
                            s.reference(), month, finding(s)));
                }
            }
        }
        return opened;
    }

    /** Not verified alone is not a logistics shortfall (the inspection is missing, not the equipment). */
    private static boolean countable(Shortfalls.Shortfall s) {
        return s.kind() != org.fieldsupport.claims.rules.domain.LineKind.TROOP_COST
                && !(s.types().size() == 1 && s.types().contains(Shortfalls.Type.NOT_VERIFIED));
    }

    private static String finding(Shortfalls.Shortfall s) {
        String types = s.types().stream().map(Enum::name).sorted().collect(Collectors.joining(", "));
        if (s.mouQuantity() != null) {
            return types + ": " + (s.serviceable() == null ? "—" : s.serviceable()) + " / " + s.mouQuantity();
        }
        return types + (s.rating() == null ? "" : ": " + s.rating().name());
    }

    private Case insert(String user, long contingentId, String mission, String memberState, String kind,
                        String category, YearMonth month, String finding) {
        String reference = "SHF-" + memberState + "-" + month.getYear() + "-"
                + String.format("%04d", references.next("claims.shortfall", memberState + "-" + month.getYear()));
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        try {
            jdbc.sql("""
                    INSERT INTO claims_shortfall_case (reference, contingent_id, mission_code, member_state, kind,
                        category, found_month, finding, status, open_key, opened_by, opened_at)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, 'OPEN', ?, ?, ?)""")
                    .params(reference, contingentId, mission, memberState, kind, category, month.atDay(1), finding,
                            ShortfallCaseRules.openKey(contingentId, kind, category), user,
                            OffsetDateTime.now(ZoneOffset.UTC))
                    .update(key, "id");
        } catch (DuplicateKeyException e) {
            throw new DuplicateKeyException("a shortfall case is already open for " + category, e);
        }
        long id = key.getKey().longValue();
        events.publishEvent(DataChanged.created(CASE, id, Map.of("reference", reference, "contingentId", contingentId,
                "kind", kind, "category", category, "month", month.toString())));
        return find(id);
    }

    // ------------------------------------------------------------------ follow-up

    @Transactional
    public Consultation consult(long caseId, String partner, LocalDate consultedOn, String summary) {
        Case c = find(caseId);
        String user = access.require(ClaimsPlanningPermissions.SHORTFALL_MANAGE, Scope.mission(c.missionCode()));
        FieldErrors errors = new FieldErrors();
        Partner p = null;
        try {
            p = partner == null ? null : Partner.valueOf(partner.trim());
        } catch (IllegalArgumentException e) {
            p = null;
        }
        if (p == null) {
            errors.add("partner", "OneOf", "claimsplanning.shortfall.input.partner");
        }
        if (summary == null || summary.isBlank() || summary.length() > 2000) {
            errors.add("summary", "Size", "claimsplanning.shortfall.input.summary");
        }
        errors.throwIfAny();
        requireOpen(c);
        LocalDate on = consultedOn == null ? LocalDate.now(ZoneOffset.UTC) : consultedOn;
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO claims_shortfall_consultation (case_id, partner, consulted_on, summary, created_by, created_at)
                VALUES (?, ?, ?, ?, ?, ?)""")
                .params(caseId, p.name(), on, summary.trim(), user, OffsetDateTime.now(ZoneOffset.UTC))
                .update(key, "id");
        events.publishEvent(DataChanged.created("claims.shortfall-consultation", key.getKey().longValue(),
                Map.of("case", c.reference(), "partner", p.name())));
        return new Consultation(key.getKey().longValue(), p, on, summary.trim(), user);
    }

    /**
     * A message on the case: from staff to the contributing country, or from the country's delegate (only its own
     * state's cases); a message from the country puts an item in the mission's officers' inbox.
     */
    @Transactional
    public Message message(long caseId, String body) {
        Case c = find(caseId);
        String direction;
        String user;
        if (access.may(ClaimsPlanningPermissions.SHORTFALL_MANAGE, Scope.mission(c.missionCode()))) {
            user = access.require(ClaimsPlanningPermissions.SHORTFALL_MANAGE, Scope.mission(c.missionCode()));
            direction = "TO_STATE";
        } else {
            user = access.require(ClaimsPlanningPermissions.SHORTFALL_RESPOND, Scope.memberState(c.memberState()));
            direction = "FROM_STATE";
        }
        if (body == null || body.isBlank() || body.length() > 4000) {
            FieldErrors errors = new FieldErrors();
            errors.add("body", "Size", "claimsplanning.shortfall.input.body");
            errors.throwIfAny();
        }
        requireOpen(c);
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        jdbc.sql("INSERT INTO claims_shortfall_message (case_id, direction, body, created_by, created_at) VALUES (?, ?, ?, ?, ?)")
                .params(caseId, direction, body.trim(), user, now).update(key, "id");
        if ("FROM_STATE".equals(direction)) {
            workItems.open(NewWorkItem.of(CASE, caseId, c.reference(), "/claims/shortfall-cases/" + caseId,
                    Assignee.role(ClaimsPlanningPermissions.ROLE_OFFICER, Scope.mission(c.missionCode())),
                    LocalDate.now(ZoneOffset.UTC).plusDays(7), "claimsplanning.work.reply", c.reference(),
                    c.memberState()));
        }
        events.publishEvent(DataChanged.created("claims.shortfall-message", key.getKey().longValue(),
                Map.of("case", c.reference(), "direction", direction)));
        return new Message(key.getKey().longValue(), direction, body.trim(), user, now);
    }

    @Transactional
    public Action addAction(long caseId, String description, String responsible, LocalDate dueOn) {
        Case c = find(caseId);
        String user = access.require(ClaimsPlanningPermissions.SHORTFALL_MANAGE, Scope.mission(c.missionCode()));
        return addActionAs(user, c, description, responsible, dueOn);
    }

    @Transactional
    public Action addActionAs(String user, Case c, String description, String responsible, LocalDate dueOn) {
        FieldErrors errors = new FieldErrors();
        Responsible r = null;
        try {
            r = responsible == null ? null : Responsible.valueOf(responsible.trim());
        } catch (IllegalArgumentException e) {
            r = null;
        }
        if (r == null) {
            errors.add("responsible", "OneOf", "claimsplanning.shortfall.input.responsible");
        }
        if (description == null || description.isBlank() || description.length() > 2000) {
            errors.add("description", "Size", "claimsplanning.shortfall.input.description");
        }
        if (dueOn == null) {
            errors.add("dueOn", "NotNull", "claimsplanning.shortfall.input.dueOn");
        }
        errors.throwIfAny();
        requireOpen(c);
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO claims_shortfall_action (case_id, description, responsible, due_on, status, created_by,
                    created_at) VALUES (?, ?, ?, ?, 'OPEN', ?, ?)""")
                .params(c.id(), description.trim(), r.name(), dueOn, user, OffsetDateTime.now(ZoneOffset.UTC))
                .update(key, "id");
        long id = key.getKey().longValue();
        remind(id, c, description.trim(), dueOn);
        events.publishEvent(DataChanged.created(ACTION, id, Map.of("case", c.reference(), "responsible", r.name(),
                "dueOn", dueOn.toString())));
        return action(id);
    }

    @Transactional
    public Action completeAction(long caseId, long actionId, String note) {
        Case c = find(caseId);
        String user = access.require(ClaimsPlanningPermissions.SHORTFALL_MANAGE, Scope.mission(c.missionCode()));
        Action a = action(actionId);
        if (jdbc.sql("SELECT case_id FROM claims_shortfall_action WHERE id = ?").param(actionId).query(Long.class)
                .single() != caseId) {
            throw new NotFoundException("shortfall-action", actionId);
        }
        if (!"OPEN".equals(a.status())) {
            throw new BusinessRuleException("claimsplanning.shortfall.action.done", a.description());
        }
        jdbc.sql("""
                UPDATE claims_shortfall_action SET status = 'DONE', completion_note = ?, completed_by = ?, completed_at = ?
                WHERE id = ?""")
                .params(note, user, OffsetDateTime.now(ZoneOffset.UTC), actionId).update();
        workItems.closeFor(ACTION, String.valueOf(actionId));
        events.publishEvent(DataChanged.updated(ACTION, actionId, Map.of("status", "OPEN"), Map.of("status", "DONE")));
        return action(actionId);
    }

    /** Closes the case once every corrective action is done (at least one recorded). */
    @Transactional
    public Case close(long caseId) {
        Case c = find(caseId);
        String user = access.require(ClaimsPlanningPermissions.SHORTFALL_MANAGE, Scope.mission(c.missionCode()));
        requireOpen(c);
        String refusal = ShortfallCaseRules.closeRefusal(actions(caseId).stream().map(a -> "DONE".equals(a.status()))
                .toList());
        if (refusal != null) {
            throw new BusinessRuleException(refusal, c.reference());
        }
        jdbc.sql("UPDATE claims_shortfall_case SET status = 'CLOSED', open_key = NULL, closed_by = ?, closed_at = ? WHERE id = ?")
                .params(user, OffsetDateTime.now(ZoneOffset.UTC), caseId).update();
        workItems.closeFor(CASE, String.valueOf(caseId));
        events.publishEvent(DataChanged.updated(CASE, caseId, Map.of("status", "OPEN"), Map.of("status", "CLOSED")));
        return find(caseId);
    }

    /** Puts the open corrective actions due within the reminder window in the officers' inbox; returns how many. */
    @Transactional
    public int remindDue(LocalDate today) {
        List<Object[]> due = jdbc.sql("""
                SELECT a.id, a.case_id, a.description, a.due_on FROM claims_shortfall_action a
                WHERE a.status = 'OPEN' AND a.due_on <= ?""")
                .param(today.plusDays(ShortfallCaseRules.REMINDER_DAYS))
                .query((rs, n) -> new Object[] {rs.getLong(1), rs.getLong(2), rs.getString(3),
                        rs.getObject(4, LocalDate.class)})
                .list();
        for (Object[] r : due) {
            remind((Long) r[0], find((Long) r[1]), (String) r[2], (LocalDate) r[3]);
        }
        return due.size();
    }

    private void remind(long actionId, Case c, String description, LocalDate dueOn) {
        workItems.open(NewWorkItem.of(ACTION, actionId, c.reference(), "/claims/shortfall-cases/" + c.id(),
                Assignee.role(ClaimsPlanningPermissions.ROLE_OFFICER, Scope.mission(c.missionCode())), dueOn,
                "claimsplanning.work.action", c.reference(), description));
    }

    private static void requireOpen(Case c) {
        if (!"OPEN".equals(c.status())) {
            throw new BusinessRuleException("claimsplanning.shortfall.closed", c.reference());
        }
    }

    // ------------------------------------------------------------------ reading

    /** Staff: the cases of the missions they manage; a Member State's delegate: its own state's cases. */
    @Transactional(readOnly = true)
    public List<Case> list(String status) {
        List<String> states = access.statesWith(ClaimsPlanningPermissions.SHORTFALL_RESPOND);
        boolean staff = access.holdsAnywhere(ClaimsPlanningPermissions.SHORTFALL_MANAGE);
        if (!staff && states.isEmpty()) {
            throw new AccessDeniedException("claims.shortfall.manage or .respond needed");
        }
        String wanted = status == null || status.isBlank() ? null : status.trim();
        return jdbc.sql("SELECT * FROM claims_shortfall_case" + (wanted == null ? "" : " WHERE status = ?")
                        + " ORDER BY opened_at DESC, id DESC")
                .params(wanted == null ? List.of() : List.of(wanted))
                .query(ShortfallCaseService::caseRow).list().stream()
                .filter(c -> (staff && access.may(ClaimsPlanningPermissions.SHORTFALL_MANAGE, Scope.mission(c.missionCode())))
                        || states.contains(c.memberState()))
                .toList();
    }

    @Transactional(readOnly = true)
    public Detail detail(long id) {
        Case c = find(id);
        boolean staff = access.may(ClaimsPlanningPermissions.SHORTFALL_MANAGE, Scope.mission(c.missionCode()));
        if (!staff) {
            access.require(ClaimsPlanningPermissions.SHORTFALL_RESPOND, Scope.memberState(c.memberState()));
        }
        List<Consultation> consultations = !staff ? List.of() : jdbc.sql("""
                SELECT id, partner, consulted_on, summary, created_by FROM claims_shortfall_consultation
                WHERE case_id = ? ORDER BY consulted_on, id""")
                .param(id)
                .query((rs, n) -> new Consultation(rs.getLong(1), Partner.valueOf(rs.getString(2)),
                        rs.getObject(3, LocalDate.class), rs.getString(4), rs.getString(5)))
                .list();
        List<Message> messages = jdbc.sql("""
                SELECT id, direction, body, created_by, created_at FROM claims_shortfall_message WHERE case_id = ?
                ORDER BY created_at, id""")
                .param(id)
                .query((rs, n) -> new Message(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getObject(5, OffsetDateTime.class)))
                .list();
        List<Action> actions = actions(id);
        if (!staff) {
            // a Member State reads what was written and done, not the staff's names
            messages = messages.stream().map(m -> new Message(m.id(), m.direction(), m.body(),
                    "FROM_STATE".equals(m.direction()) ? m.by() : null, m.at())).toList();
            actions = actions.stream().map(a -> new Action(a.id(), a.description(), a.responsible(), a.dueOn(),
                    a.status(), a.completionNote(), null)).toList();
            c = new Case(c.id(), c.reference(), c.contingentId(), c.missionCode(), c.memberState(), c.kind(),
                    c.category(), c.foundMonth(), c.finding(), c.status(), null, c.openedAt(), null);
        }
        return new Detail(c, consultations, messages, actions, staff);
    }

    /** Whether the user manages shortfall cases somewhere (the list offers opening cases). */
    public boolean mayManage() {
        return access.holdsAnywhere(ClaimsPlanningPermissions.SHORTFALL_MANAGE);
    }

    public Optional<Case> openCase(long contingentId, String kind, String category) {
        return jdbc.sql("SELECT * FROM claims_shortfall_case WHERE open_key = ?")
                .param(ShortfallCaseRules.openKey(contingentId, kind, category))
                .query(ShortfallCaseService::caseRow).optional();
    }

    public Case find(long id) {
        return jdbc.sql("SELECT * FROM claims_shortfall_case WHERE id = ?").param(id)
                .query(ShortfallCaseService::caseRow).optional()
                .orElseThrow(() -> new NotFoundException("shortfall-case", id));
    }

    private List<Action> actions(long caseId) {
        return jdbc.sql("SELECT * FROM claims_shortfall_action WHERE case_id = ? ORDER BY due_on, id").param(caseId)
                .query(ShortfallCaseService::actionRow).list();
    }

    private Action action(long id) {
        return jdbc.sql("SELECT * FROM claims_shortfall_action WHERE id = ?").param(id)
                .query(ShortfallCaseService::actionRow).optional()
                .orElseThrow(() -> new NotFoundException("shortfall-action", id));
    }

    private static Action actionRow(ResultSet rs, int n) throws SQLException {
        return new Action(rs.getLong("id"), rs.getString("description"), Responsible.valueOf(rs.getString("responsible")),
                rs.getObject("due_on", LocalDate.class), rs.getString("status"), rs.getString("completion_note"),
                rs.getString("completed_by"));
    }

    private static Case caseRow(ResultSet rs, int n) throws SQLException {
        return new Case(rs.getLong("id"), rs.getString("reference"), rs.getLong("contingent_id"),
                rs.getString("mission_code"), rs.getString("member_state"), rs.getString("kind"),
                rs.getString("category"), YearMonth.from(rs.getObject("found_month", LocalDate.class)),
                rs.getString("finding"), rs.getString("status"), rs.getString("opened_by"),
                rs.getObject("opened_at", OffsetDateTime.class), rs.getString("closed_by"));
    }
}
