package org.fieldsupport.budget.legislative.internal;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.fieldsupport.budget.estimate.internal.Budgets;
import org.fieldsupport.platform.api.RuleRefusal;
import org.fieldsupport.budget.shared.internal.BudgetAccess;
import org.fieldsupport.budget.shared.internal.BudgetPermissions;
import org.fieldsupport.frontoffice.Taskings;
import org.fieldsupport.organization.Missions;
import org.fieldsupport.organization.OrganizationStructure;
import org.fieldsupport.organization.Responsibility;
import org.fieldsupport.platform.api.FieldErrors;
import org.fieldsupport.platform.api.NotFoundException;
import org.fieldsupport.platform.audit.DataChanged;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Advice to missions and legislative follow-up: support visits to missions with findings and recommendations
 * (7.3.a), and questions of the advisory committee (ACABQ) or the Fifth Committee with their deadlines and
 * answers (7.3.b). A question is registered against a budget and routed through the front office's tasking
 * ({@link Taskings}): a task goes to the responsible unit (the organisation's responsibility lookup for 7.3.b and the
 * budget's mission, or the unit the officer names) with the question's due date; the unit's consolidated answer is read
 * back from the task and shown on the budget; an open task past its due date is overdue. Questions recorded before the
 * routing keep their direct answer.
 */
@Service("budgetLegislative")
public class Legislative {

    public static final List<String> BODIES = List.of("ACABQ", "FIFTH_COMMITTEE", "BOARD_OF_AUDITORS");

    private final JdbcClient jdbc;
    private final BudgetAccess access;
    private final Missions missions;
    private final ApplicationEventPublisher events;
    private final Budgets budgets;
    private final Taskings taskings;
    private final OrganizationStructure structure;
    private final Responsibility responsibility;

    /** The attribution whose unit answers the legislative bodies' questions by default. */
    public static final String ATTRIBUTION = "7.3.b";

    Legislative(JdbcClient jdbc, BudgetAccess access, Missions missions, ApplicationEventPublisher events, Budgets budgets,
                Taskings taskings, OrganizationStructure structure, Responsibility responsibility) {
        this.jdbc = jdbc;
        this.access = access;
        this.missions = missions;
        this.events = events;
        this.budgets = budgets;
        this.taskings = taskings;
        this.structure = structure;
        this.responsibility = responsibility;
    }

    public record Visit(long id, String missionCode, LocalDate from, LocalDate to, String purpose, String findings,
                        String recommendations, String createdBy) { }

    /**
     * A question; when routed ({@code taskReference} set) the answer, who gave it and the clearance come from the front
     * office's task ({@code taskStatus} OPEN, CONSOLIDATED, CLEARED or CANCELLED), {@code overdue} = the task is open
     * after its due date; otherwise the direct answer and overdue = no answer after the due date.
     */
    public record Question(long id, String reference, String body, String missionCode, String question, LocalDate dueOn,
                           String answer, String answeredBy, LocalDate answeredOn, Long budgetId, String budgetReference,
                           String leadUnit, String taskReference, String taskStatus, String taskLink, boolean overdue) {
        public boolean routed() { return taskReference != null; }
    }

    private record Row(long id, String reference, String body, String missionCode, String question, LocalDate dueOn,
                       String answer, String answeredBy, LocalDate answeredOn, Long budgetId, String budgetReference,
                       String leadUnit, String taskReference) { }

    public List<Visit> visits() {
        Set<String> visible = access.missions(BudgetPermissions.READ);
        return jdbc.sql("SELECT * FROM bud_support_visit ORDER BY visit_from DESC, id DESC")
                .query((rs, n) -> new Visit(rs.getLong("id"), rs.getString("mission_code"),
                        rs.getObject("visit_from", LocalDate.class), rs.getObject("visit_to", LocalDate.class),
                        rs.getString("purpose"), rs.getString("findings"), rs.getString("recommendations"),
                        rs.getString("created_by"))).list()
                .stream().filter(v -> visible == null || visible.contains(v.missionCode())).toList();
    }

    public List<Question> questions() {
        return resolved(rows("", null));
    }

    /** The questions registered against a budget (the budget's page), the budget's visibility checked by the caller. */
    public List<Question> questionsOf(long budgetId) {
        return resolved(rows(" WHERE q.budget_id = ?", budgetId));
    }

    private List<Row> rows(String where, Long param) {
        Set<String> visible = access.missions(BudgetPermissions.READ);
        return unchecked(where, param).stream().filter(q -> visible == null || visible.contains(q.missionCode())).toList();
    }

    private List<Row> unchecked(String where, Object param) {
        var sql = jdbc.sql("SELECT q.*, b.reference AS budget_reference FROM bud_legislative_question q"
                + " LEFT JOIN bud_budget b ON b.id = q.budget_id" + where + " ORDER BY q.due_on, q.id");
        if (param != null) {
            sql = sql.param(param);
        }
        return sql.query((rs, n) -> new Row(rs.getLong("id"), rs.getString("reference"), rs.getString("body"),
                        rs.getString("mission_code"), rs.getString("question"), rs.getObject("due_on", LocalDate.class),
                        rs.getString("answer"), rs.getString("answered_by"), rs.getObject("answered_on", LocalDate.class),
                        (Long) rs.getObject("budget_id", Long.class), rs.getString("budget_reference"),
                        rs.getString("lead_unit"), rs.getString("task_reference"))).list();
    }

    /** Rows with the answers and states of their tasks (one read of the front office for all of them). */
    private List<Question> resolved(List<Row> rows) {
        List<String> refs = rows.stream().map(Row::taskReference).filter(java.util.Objects::nonNull).toList();
        Map<String, Taskings.TaskState> states = refs.isEmpty() ? Map.of() : taskings.states(refs);
        LocalDate today = LocalDate.now();
        List<Question> out = new ArrayList<>();
        for (Row r : rows) {
            Taskings.TaskState t = r.taskReference() == null ? null : states.get(r.taskReference());
            if (t == null) {
                out.add(new Question(r.id(), r.reference(), r.body(), r.missionCode(), r.question(), r.dueOn(), r.answer(),
                        r.answeredBy(), r.answeredOn(), r.budgetId(), r.budgetReference(), r.leadUnit(), r.taskReference(),
                        null, null, r.answer() == null && r.dueOn().isBefore(today)));
            } else {
                out.add(new Question(r.id(), r.reference(), r.body(), r.missionCode(), r.question(), t.dueDate(), t.answer(),
                        t.answeredBy(), t.clearedOn(), r.budgetId(), r.budgetReference(), t.leadUnit(), r.taskReference(),
                        t.status(), t.link(), t.overdue()));
            }
        }
        return out;
    }

    /** The unit that answers for the mission by default: the holder of 7.3.b in the responsibility lookup. */
    public java.util.Optional<String> defaultUnit(String missionCode) {
        return responsibility.forAttribution(ATTRIBUTION, missionCode, LocalDate.now())
                .map(a -> a.unit() == null ? null : a.unit().code());
    }

    public Question question(String ref) {
        return questions().stream().filter(q -> q.reference().equals(ref)).findFirst()
                .orElseThrow(() -> new NotFoundException("Legislative question", ref));
    }

    @Transactional
    public Visit recordVisit(String missionCode, String from, String to, String purpose, String findings, String recommendations) {
        FieldErrors errors = new FieldErrors();
        mission(missionCode, errors);
        LocalDate f = date(from, "from", errors);
        LocalDate t = date(to, "to", errors);
        if (f != null && t != null && t.isBefore(f)) {
            errors.add("to", "After", "budget.dates.order");
        }
        text(purpose, "purpose", 1000, true, errors);
        text(findings, "findings", 4000, false, errors);
        text(recommendations, "recommendations", 4000, false, errors);
        errors.throwIfAny();
        String user = access.require(BudgetPermissions.ADVISE, missionCode);
        return insertVisit(missionCode, f, t, purpose.trim(), findings, recommendations, user);
    }

    @Transactional
    public Visit insertVisit(String missionCode, LocalDate f, LocalDate t, String purpose, String findings,
                             String recommendations, String user) {
        jdbc.sql("""
                INSERT INTO bud_support_visit (mission_code, visit_from, visit_to, purpose, findings, recommendations,
                    created_by, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(missionCode, f, t, purpose, findings, recommendations, user, OffsetDateTime.now(ZoneOffset.UTC)).update();
        Visit v = jdbc.sql("SELECT * FROM bud_support_visit WHERE id = (SELECT MAX(id) FROM bud_support_visit)")
                .query((rs, n) -> new Visit(rs.getLong("id"), rs.getString("mission_code"),
                        rs.getObject("visit_from", LocalDate.class), rs.getObject("visit_to", LocalDate.class),
                        rs.getString("purpose"), rs.getString("findings"), rs.getString("recommendations"),
                        rs.getString("created_by"))).single();
        events.publishEvent(DataChanged.created("budget.support-visit", v.id(), v));
        return v;
    }

    /**
     * Registers a question against a budget and routes it: a task in the unit's queue (the given unit, or the holder of
     * 7.3.b for the budget's mission) with the due date. Permission first (advice on legislative questions), then every
     * bad field named.
     */
    @Transactional
    public Question ask(String body, Long budgetId, String question, String dueOn, String unit) {
        Set<String> advising = access.missions(BudgetPermissions.ADVISE);
        if (advising != null && advising.isEmpty()) {
            throw new org.springframework.security.access.AccessDeniedException(BudgetPermissions.ADVISE + " required");
        }
        FieldErrors errors = new FieldErrors();
        if (body == null || !BODIES.contains(body)) {
            errors.add("body", "OneOf", "budget.legislative.body.unknown", body);
        }
        Budgets.Budget budget = null;
        if (budgetId == null) {
            errors.add("budgetId", "NotNull", "budget.field.required");
        } else {
            try {
                budget = budgets.get(budgetId);
            } catch (NotFoundException e) {
                errors.add("budgetId", "UnknownBudget", "budget.legislative.budget.unknown", budgetId);
            }
        }
        text(question, "question", 4000, true, errors);
        LocalDate due = date(dueOn, "dueOn", errors);
        if (due != null && due.isBefore(LocalDate.now())) {
            errors.add("dueOn", "FutureOrPresent", "budget.field.past");
        }
        String lead = unit == null || unit.isBlank() ? null : unit.trim().toUpperCase(java.util.Locale.ROOT);
        if (lead != null && (lead.length() > 40 || structure.unit(lead, LocalDate.now()).isEmpty())) {
            errors.add("unit", "UnknownUnit", "budget.legislative.unit.unknown", lead);
        } else if (lead == null && budget != null) {
            lead = defaultUnit(budget.missionCode()).orElse(null);
            if (lead == null) {
                errors.add("unit", "NotBlank", "budget.legislative.unit.none", budget.missionCode());
            }
        }
        errors.throwIfAny();
        String user = access.require(BudgetPermissions.ADVISE, budget.missionCode());
        return route(body, budget, question.trim(), due, lead, user);
    }

    /** Registers and routes without a permission check (demo data); the due date may be past. */
    @Transactional
    public Question route(String body, Budgets.Budget budget, String question, LocalDate due, String unit, String user) {
        Question q = insertQuestion(body, budget.missionCode(), question, due, user);
        String instructions = question + "\n\n" + body + " · " + q.reference() + " · " + budget.reference()
                + " (/budget/budgets/" + budget.id() + "#legislative-questions)";
        Taskings.Assigned task = taskings.assign("[" + body + "] " + q.reference() + " — " + budget.reference() + ": " + question,
                instructions, unit, budget.missionCode(), due);
        jdbc.sql("UPDATE bud_legislative_question SET budget_id = ?, lead_unit = ?, task_reference = ? WHERE id = ?")
                .params(budget.id(), unit, task.reference(), q.id()).update();
        Question after = resolved(unchecked(" WHERE q.id = ?", q.id())).get(0);
        events.publishEvent(DataChanged.updated("budget.legislative-question", q.id(), q, after));
        return after;
    }

    @Transactional
    public Question insertQuestion(String body, String missionCode, String question, LocalDate due, String user) {
        long seq = jdbc.sql("SELECT COUNT(*) FROM bud_legislative_question").query(Long.class).single() + 1;
        String ref = "LQ-" + due.getYear() + "-" + String.format("%04d", seq);
        while (jdbc.sql("SELECT COUNT(*) FROM bud_legislative_question WHERE reference = ?").param(ref).query(Long.class).single() > 0) {
            seq++;
            ref = "LQ-" + due.getYear() + "-" + String.format("%04d", seq);
        }
        jdbc.sql("""
                INSERT INTO bud_legislative_question (reference, body, mission_code, question, due_on, created_by, created_at)
                VALUES (?, ?, ?, ?, ?, ?, ?)""")
                .params(ref, body, missionCode, question, due, user, OffsetDateTime.now(ZoneOffset.UTC)).update();
        Question q = resolved(unchecked(" WHERE q.reference = ?", ref)).get(0);
        events.publishEvent(DataChanged.created("budget.legislative-question", q.id(), q));
        return q;
    }

    @Transactional
    public Question answer(String ref, String answer) {
        Question before = question(ref);
        String user = access.require(BudgetPermissions.ADVISE, before.missionCode());
        FieldErrors errors = new FieldErrors();
        text(answer, "answer", 8000, true, errors);
        errors.throwIfAny();
        if (before.routed()) {
            throw RuleRefusal.of("budget", "answered-through-tasking", "budget.refusal.answered-through-tasking", ref,
                    before.leadUnit());
        }
        if (before.answer() != null) {
            throw RuleRefusal.of("budget", "already-answered", "budget.refusal.already-answered", ref);
        }
        jdbc.sql("UPDATE bud_legislative_question SET answer = ?, answered_by = ?, answered_on = ? WHERE id = ?")
                .params(answer.trim(), user, LocalDate.now(), before.id()).update();
        Question after = question(ref);
        events.publishEvent(DataChanged.updated("budget.legislative-question", before.id(), before, after));
        return after;
    }

    private void mission(String code, FieldErrors errors) {
        if (code == null || code.isBlank()) {
            errors.add("missionCode", "NotBlank", "budget.field.required");
        } else if (missions.find(code).isEmpty()) {
            errors.add("missionCode", "UnknownMission", "budget.mission.unknown", code);
        }
    }

    private static LocalDate date(String v, String field, FieldErrors errors) {
        if (v == null || v.isBlank()) {
            errors.add(field, "NotNull", "budget.field.required");
            return null;
        }
        try {
            return LocalDate.parse(v.trim());
        } catch (DateTimeParseException e) {
            errors.add(field, "Date", "budget.field.date", v);
            return null;
        }
    }

    private static void text(String v, String field, int max, boolean required, FieldErrors errors) {
        if (v == null || v.isBlank()) {
            if (required) {
                errors.add(field, "NotBlank", "budget.field.required");
            }
        } else if (v.length() > max) {
            errors.add(field, "Size", "budget.field.tooLong", max);
        }
    }
}
