package org.fieldsupport.budget.legislative.internal;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Set;
import org.fieldsupport.budget.shared.domain.RuleRefusal;
import org.fieldsupport.budget.shared.internal.BudgetAccess;
import org.fieldsupport.budget.shared.internal.BudgetPermissions;
import org.fieldsupport.organization.Missions;
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
 * answers (7.3.b).
 */
@Service("budgetLegislative")
public class Legislative {

    public static final List<String> BODIES = List.of("ACABQ", "FIFTH_COMMITTEE", "BOARD_OF_AUDITORS");

    private final JdbcClient jdbc;
    private final BudgetAccess access;
    private final Missions missions;
    private final ApplicationEventPublisher events;

    Legislative(JdbcClient jdbc, BudgetAccess access, Missions missions, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.access = access;
        this.missions = missions;
        this.events = events;
    }

    public record Visit(long id, String missionCode, LocalDate from, LocalDate to, String purpose, String findings,
                        String recommendations, String createdBy) { }

    public record Question(long id, String reference, String body, String missionCode, String question, LocalDate dueOn,
                           String answer, String answeredBy, LocalDate answeredOn) {
        public boolean overdue(LocalDate today) { return answer == null && dueOn.isBefore(today); }
    }

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
        Set<String> visible = access.missions(BudgetPermissions.READ);
        return jdbc.sql("SELECT * FROM bud_legislative_question ORDER BY due_on, id").query((rs, n) -> question(rs)).list()
                .stream().filter(q -> visible == null || visible.contains(q.missionCode())).toList();
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

    @Transactional
    public Question ask(String body, String missionCode, String question, String dueOn) {
        FieldErrors errors = new FieldErrors();
        if (body == null || !BODIES.contains(body)) {
            errors.add("body", "OneOf", "budget.legislative.body.unknown", body);
        }
        mission(missionCode, errors);
        text(question, "question", 4000, true, errors);
        LocalDate due = date(dueOn, "dueOn", errors);
        errors.throwIfAny();
        String user = access.require(BudgetPermissions.ADVISE, missionCode);
        return insertQuestion(body, missionCode, question.trim(), due, user);
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
        Question q = jdbc.sql("SELECT * FROM bud_legislative_question WHERE reference = ?").param(ref)
                .query((rs, n) -> question(rs)).single();
        events.publishEvent(DataChanged.created("budget.legislative-question", q.id(), q));
        return q;
    }

    @Transactional
    public Question answer(String ref, String answer) {
        Question before = question(ref);
        FieldErrors errors = new FieldErrors();
        text(answer, "answer", 8000, true, errors);
        errors.throwIfAny();
        String user = access.require(BudgetPermissions.ADVISE, before.missionCode());
        if (before.answer() != null) {
            throw new RuleRefusal("already-answered", "budget.refusal.already-answered", ref);
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

    private static Question question(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new Question(rs.getLong("id"), rs.getString("reference"), rs.getString("body"), rs.getString("mission_code"),
                rs.getString("question"), rs.getObject("due_on", LocalDate.class), rs.getString("answer"),
                rs.getString("answered_by"), rs.getObject("answered_on", LocalDate.class));
    }
}
