package org.fieldsupport.procurement.procedure.internal;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.fieldsupport.organization.Missions;
import org.fieldsupport.platform.api.FieldErrors;
import org.fieldsupport.platform.api.NotFoundException;
import org.fieldsupport.platform.audit.DataChanged;
import org.fieldsupport.platform.api.RuleRefusal;
import org.fieldsupport.procurement.shared.internal.ProcurementAccess;
import org.fieldsupport.procurement.shared.internal.ProcurementPermissions;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Procurement procedures for missions (5.12.b, 5.12.d): drafted in EN and FR, versioned by code, published (a new
 * version of a code supersedes the previous one); and advice on procurement matters requested and given (5.12.c).
 */
@Service("procurementProcedures")
public class Procedures {

    private final JdbcClient jdbc;
    private final ProcurementAccess access;
    private final Missions missions;
    private final ApplicationEventPublisher events;

    Procedures(JdbcClient jdbc, ProcurementAccess access, Missions missions, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.access = access;
        this.missions = missions;
        this.events = events;
    }

    public record Procedure(long id, String code, int version, String titleEn, String titleFr, String bodyEn,
                            String bodyFr, String status, String publishedBy) {
        public String title(Locale l) { return l != null && "fr".equals(l.getLanguage()) ? titleFr : titleEn; }
        public String body(Locale l) { return l != null && "fr".equals(l.getLanguage()) ? bodyFr : bodyEn; }
    }

    public record Advice(long id, String reference, String missionCode, String subject, String question, String advice,
                         String requestedBy, String givenBy) { }

    public List<Procedure> procedures() {
        access.require(ProcurementPermissions.READ, anyScope());
        return jdbc.sql("SELECT * FROM proc_procedure ORDER BY code, version_no DESC").query((rs, n) -> procedure(rs)).list();
    }

    public Procedure procedure(long id) {
        return procedures().stream().filter(p -> p.id() == id).findFirst().orElseThrow(() -> new NotFoundException("Procedure", id));
    }

    @Transactional
    public Procedure draft(String code, String titleEn, String titleFr, String bodyEn, String bodyFr) {
        FieldErrors errors = new FieldErrors();
        if (code == null || !code.matches("[A-Z0-9][A-Z0-9-]{1,59}")) {
            errors.add("code", "Pattern", "procurement.procedure.code");
        }
        text(titleEn, "titleEn", 300, errors);
        text(titleFr, "titleFr", 300, errors);
        text(bodyEn, "bodyEn", 8000, errors);
        text(bodyFr, "bodyFr", 8000, errors);
        errors.throwIfAny();
        String user = access.require(ProcurementPermissions.PROCEDURE, null);
        return insert(code, titleEn.trim(), titleFr.trim(), bodyEn.trim(), bodyFr.trim(), user);
    }

    @Transactional
    public Procedure insert(String code, String titleEn, String titleFr, String bodyEn, String bodyFr, String user) {
        int version = jdbc.sql("SELECT COALESCE(MAX(version_no), 0) FROM proc_procedure WHERE code = ?").param(code)
                .query(Integer.class).single() + 1;
        jdbc.sql("""
                INSERT INTO proc_procedure (code, version_no, title_en, title_fr, body_en, body_fr, status, created_by, created_at)
                VALUES (?, ?, ?, ?, ?, ?, 'DRAFT', ?, ?)""")
                .params(code, version, titleEn, titleFr, bodyEn, bodyFr, user, OffsetDateTime.now(ZoneOffset.UTC)).update();
        long id = jdbc.sql("SELECT id FROM proc_procedure WHERE code = ? AND version_no = ?").params(code, version)
                .query(Long.class).single();
        Procedure p = load(id);
        events.publishEvent(DataChanged.created("procurement.procedure", id, p));
        return p;
    }

    /** Publishes a draft; the code's earlier published version becomes SUPERSEDED. */
    @Transactional
    public Procedure publish(long id, String userOrNull) {
        String user = userOrNull != null ? userOrNull : access.require(ProcurementPermissions.PROCEDURE, null);
        Procedure before = load(id);
        if (!"DRAFT".equals(before.status())) {
            throw RuleRefusal.of("procurement", "invalid-state", "procurement.refusal.invalid-state", before.code(), before.status());
        }
        jdbc.sql("UPDATE proc_procedure SET status = 'SUPERSEDED' WHERE code = ? AND status = 'PUBLISHED'")
                .param(before.code()).update();
        jdbc.sql("UPDATE proc_procedure SET status = 'PUBLISHED', published_by = ?, published_at = ? WHERE id = ?")
                .params(user, OffsetDateTime.now(ZoneOffset.UTC), id).update();
        Procedure after = load(id);
        events.publishEvent(DataChanged.updated("procurement.procedure", id, before, after));
        return after;
    }

    private Procedure load(long id) {
        return jdbc.sql("SELECT * FROM proc_procedure WHERE id = ?").param(id).query((rs, n) -> procedure(rs)).optional()
                .orElseThrow(() -> new NotFoundException("Procedure", id));
    }

    // ---- advice ----

    public List<Advice> advice() {
        Set<String> visible = access.missions(ProcurementPermissions.READ);
        return jdbc.sql("SELECT * FROM proc_advice ORDER BY requested_at DESC, id DESC").query((rs, n) -> advice(rs)).list()
                .stream().filter(a -> visible == null || a.missionCode() == null || visible.contains(a.missionCode()))
                .toList();
    }

    public Advice advice(String ref) {
        return advice().stream().filter(a -> a.reference().equals(ref)).findFirst()
                .orElseThrow(() -> new NotFoundException("Advice", ref));
    }

    /** A request for advice on a procurement matter (for the Assistant Secretary-General or a mission). */
    @Transactional
    public Advice request(String missionCode, String subject, String question) {
        FieldErrors errors = new FieldErrors();
        if (missionCode != null && !missionCode.isBlank() && missions.find(missionCode).isEmpty()) {
            errors.add("missionCode", "UnknownMission", "procurement.mission.unknown", missionCode);
        }
        text(subject, "subject", 300, errors);
        text(question, "question", 4000, errors);
        errors.throwIfAny();
        String mission = missionCode == null || missionCode.isBlank() ? null : missionCode;
        String user = access.require(ProcurementPermissions.READ, mission);
        return insertAdvice(mission, subject.trim(), question.trim(), user);
    }

    @Transactional
    public Advice insertAdvice(String mission, String subject, String question, String user) {
        long seq = jdbc.sql("SELECT COUNT(*) FROM proc_advice").query(Long.class).single() + 1;
        String ref = "ADV-" + String.format("%05d", seq);
        while (jdbc.sql("SELECT COUNT(*) FROM proc_advice WHERE reference = ?").param(ref).query(Long.class).single() > 0) {
            seq++;
            ref = "ADV-" + String.format("%05d", seq);
        }
        jdbc.sql("INSERT INTO proc_advice (reference, mission_code, subject, question, requested_by, requested_at) "
                        + "VALUES (?, ?, ?, ?, ?, ?)")
                .params(ref, mission, subject, question, user, OffsetDateTime.now(ZoneOffset.UTC)).update();
        Advice a = jdbc.sql("SELECT * FROM proc_advice WHERE reference = ?").param(ref).query((rs, n) -> advice(rs)).single();
        events.publishEvent(DataChanged.created("procurement.advice", a.id(), a));
        return a;
    }

    @Transactional
    public Advice give(String ref, String text, String userOrNull) {
        FieldErrors errors = new FieldErrors();
        text(text, "advice", 8000, errors);
        errors.throwIfAny();
        String user = userOrNull != null ? userOrNull : access.require(ProcurementPermissions.ADVICE, null);
        Advice before = jdbc.sql("SELECT * FROM proc_advice WHERE reference = ?").param(ref).query((rs, n) -> advice(rs))
                .optional().orElseThrow(() -> new NotFoundException("Advice", ref));
        if (before.advice() != null) {
            throw RuleRefusal.of("procurement", "already-answered", "procurement.refusal.already-answered", ref);
        }
        jdbc.sql("UPDATE proc_advice SET advice = ?, given_by = ?, given_at = ? WHERE id = ?")
                .params(text.trim(), user, OffsetDateTime.now(ZoneOffset.UTC), before.id()).update();
        Advice after = jdbc.sql("SELECT * FROM proc_advice WHERE reference = ?").param(ref).query((rs, n) -> advice(rs)).single();
        events.publishEvent(DataChanged.updated("procurement.advice", before.id(), before, after));
        return after;
    }

    private String anyScope() {
        Set<String> visible = access.missions(ProcurementPermissions.READ);
        if (visible == null) {
            return null;
        }
        if (visible.isEmpty()) {
            throw new org.springframework.security.access.AccessDeniedException("no procurement role");
        }
        return visible.iterator().next();
    }

    private static void text(String v, String field, int max, FieldErrors errors) {
        if (v == null || v.isBlank()) {
            errors.add(field, "NotBlank", "procurement.field.required");
        } else if (v.length() > max) {
            errors.add(field, "Size", "procurement.field.tooLong", max);
        }
    }

    private static Procedure procedure(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new Procedure(rs.getLong("id"), rs.getString("code"), rs.getInt("version_no"), rs.getString("title_en"),
                rs.getString("title_fr"), rs.getString("body_en"), rs.getString("body_fr"), rs.getString("status"),
                rs.getString("published_by"));
    }

    private static Advice advice(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new Advice(rs.getLong("id"), rs.getString("reference"), rs.getString("mission_code"), rs.getString("subject"),
                rs.getString("question"), rs.getString("advice"), rs.getString("requested_by"), rs.getString("given_by"));
    }

    static Map<String, Object> none() { return Map.of(); }
}
