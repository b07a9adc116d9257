package org.fieldsupport.oversight.recommendations.internal;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.fieldsupport.organization.Missions;
import org.fieldsupport.oversight.recommendations.domain.Ageing;
import org.fieldsupport.oversight.recommendations.domain.FollowUp;
import org.fieldsupport.oversight.recommendations.domain.RecommendationStatus;
import org.fieldsupport.platform.api.BusinessRuleException;
import org.fieldsupport.platform.api.FieldErrors;
import org.fieldsupport.platform.api.NotFoundException;
import org.fieldsupport.platform.audit.DataChanged;
import org.fieldsupport.platform.security.Scope;
import org.fieldsupport.platform.work.Assignee;
import org.fieldsupport.platform.work.NewWorkItem;
import org.fieldsupport.platform.work.WorkItems;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The register of oversight recommendations (OIOS, Board of Auditors, JIU, ACABQ, boards of inquiry): reports and
 * their recommendations, management responses (§5.9.a), the quarterly follow-up cycle with evidence proposed to the
 * auditor and the auditor's closure, past-due and ageing by the rule, and guidance on follow-up (§5.9.c).
 */
@Service
public class RecommendationService {

    public enum Source { OIOS, BOA, JIU, ACABQ, BOI }
    public enum Rating { CRITICAL, IMPORTANT }

    public record NewReport(String source, String symbol, String title, LocalDate issuedOn, String missionCode,
                            String overallRating) { }

    public record NewRecommendation(String paragraph, String text, String rating, String responsibleUnit,
                                    String missionCode, LocalDate targetDate, String theme) { }

    public record Response(Boolean accepted, String responsibleOfficial, LocalDate targetDate, String justification) { }

    public record Report(long id, String source, String symbol, String title, LocalDate issuedOn, String missionCode,
                         String overallRating, int recommendations, int open) { }

    public record Recommendation(long id, long reportId, String source, String symbol, String paragraph, String text,
                                 String rating, Boolean accepted, String justification, String responsibleUnit,
                                 String responsibleOfficial, String missionCode, LocalDate targetDate, String status,
                                 LocalDate lastFollowUp, LocalDate nextFollowUp, String theme, boolean pastDue,
                                 Long daysPastDue, String bucket, long version) { }

    public record Event(OffsetDateTime at, String actor, String action, String statusAfter, String note, String evidence) { }

    public record Detail(Recommendation recommendation, List<Event> events, List<Guidance> guidance) { }

    public record AgeingRow(String key, Map<String, Long> buckets, long pastDue, long criticalPastDue, long active) { }

    public record AgeingTable(LocalDate asOf, String by, List<AgeingRow> rows, AgeingRow total) { }

    public record NewGuidance(String theme, String titleEn, String titleFr, String bodyEn, String bodyFr, String audience) { }

    public record Guidance(long id, String theme, String titleEn, String titleFr, String bodyEn, String bodyFr,
                           String audience, LocalDate publishedOn) {
        public String title(Locale l) { return "fr".equals(l.getLanguage()) ? titleFr : titleEn; }
        public String body(Locale l) { return "fr".equals(l.getLanguage()) ? bodyFr : bodyEn; }
    }

    public record Filter(String source, String status, String mission, String rating, Boolean pastDue, Long reportId) { }

    private final JdbcClient jdbc;
    private final OversightAccess access;
    private final Missions missions;
    private final ApplicationEventPublisher events;

    private final WorkItems workItems;

    RecommendationService(JdbcClient jdbc, OversightAccess access, Missions missions, ApplicationEventPublisher events,
                          WorkItems workItems) {
        this.workItems = workItems;
        this.jdbc = jdbc;
        this.access = access;
        this.missions = missions;
        this.events = events;
    }

    public static LocalDate today() {
        return LocalDate.now(ZoneOffset.UTC);
    }

    @Transactional
    public Report createReport(NewReport r) {
        FieldErrors errors = new FieldErrors();
        Source source = parse(Source.class, r == null ? null : r.source(), "source", errors, true);
        if (r == null || blank(r.symbol())) errors.add("symbol", "NotBlank", "oversight.input.required");
        else if (jdbc.sql("SELECT COUNT(*) FROM ovs_report WHERE symbol = ?").param(r.symbol().strip()).query(Long.class).single() > 0) {
            errors.add("symbol", "Unique", "oversight.input.duplicate");
        }
        if (r == null || blank(r.title())) errors.add("title", "NotBlank", "oversight.input.required");
        if (r == null || r.issuedOn() == null) errors.add("issuedOn", "NotNull", "oversight.input.required");
        String mission = mission(r == null ? null : r.missionCode(), errors);
        errors.throwIfAny();
        access.require(OversightPermissions.RECOMMENDATION_MANAGE, null);
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO ovs_report (source, symbol, title, issued_on, mission_code, overall_rating) VALUES (?, ?, ?, ?, ?, ?)")
                .params(source.name(), r.symbol().strip(), r.title().strip(), r.issuedOn(), mission, blankToNull(r.overallRating()))
                .update(keys, "id");
        long id = keys.getKey().longValue();
        events.publishEvent(DataChanged.created("oversight.report", id, Map.of("symbol", r.symbol().strip())));
        return report(id);
    }

    @Transactional
    public Recommendation addRecommendation(long reportId, NewRecommendation n) {
        Report report = report(reportId);
        FieldErrors errors = new FieldErrors();
        if (n == null || blank(n.paragraph())) errors.add("paragraph", "NotBlank", "oversight.input.required");
        else if (jdbc.sql("SELECT COUNT(*) FROM ovs_recommendation WHERE report_id = ? AND paragraph = ?")
                .params(reportId, n.paragraph().strip()).query(Long.class).single() > 0) {
            errors.add("paragraph", "Unique", "oversight.input.duplicate");
        }
        if (n == null || blank(n.text())) errors.add("text", "NotBlank", "oversight.input.required");
        Rating rating = parse(Rating.class, n == null ? null : n.rating(), "rating", errors, true);
        if (n == null || blank(n.responsibleUnit())) errors.add("responsibleUnit", "NotBlank", "oversight.input.required");
        String mission = mission(n == null || blank(n.missionCode()) ? report.missionCode() : n.missionCode(), errors);
        errors.throwIfAny();
        access.require(OversightPermissions.RECOMMENDATION_MANAGE, mission);
        return insertRecommendation(reportId, n, rating, mission);
    }

    /** The report of a board of inquiry in the register (its symbol is the board's reference). */
    public Report createBoardReport(String boardReference, String title, LocalDate issuedOn, String missionCode) {
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO ovs_report (source, symbol, title, issued_on, mission_code) VALUES ('BOI', ?, ?, ?, ?)")
                .params(boardReference, title, issuedOn, missionCode).update(keys, "id");
        long id = keys.getKey().longValue();
        events.publishEvent(DataChanged.created("oversight.report", id, Map.of("symbol", boardReference)));
        return report(id);
    }

    public Recommendation addBoardRecommendation(long reportId, NewRecommendation n, String missionCode) {
        Rating rating = n.rating() == null || n.rating().isBlank() ? Rating.IMPORTANT
                : Rating.valueOf(n.rating().strip().toUpperCase(Locale.ROOT));
        return insertRecommendation(reportId, n, rating, missionCode);
    }

    Recommendation insertRecommendation(long reportId, NewRecommendation n, Rating rating, String mission) {
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO ovs_recommendation (report_id, paragraph, text, rating, responsible_unit, mission_code, target_date,
                    status, theme, version, modified_by, modified_at) VALUES (?, ?, ?, ?, ?, ?, ?, 'OPEN', ?, 0, ?, ?)""")
                .params(reportId, n.paragraph().strip(), n.text().strip(), rating.name(), n.responsibleUnit().strip(), mission,
                        n.targetDate(), blankToNull(n.theme()), access.user(), OffsetDateTime.now(ZoneOffset.UTC))
                .update(keys, "id");
        long id = keys.getKey().longValue();
        event(id, "RECORDED", "OPEN", null, null);
        events.publishEvent(DataChanged.created("oversight.recommendation", id, Map.of("status", "OPEN")));
        Recommendation created = find(id);
        remind(created);
        return created;
    }

    /** Record type of a recommendation's work items. */
    public static final String WORK_TYPE = "oversight.recommendation";

    /**
     * Keeps the recommendation's one open work item right: while it is being implemented, the next quarterly follow-up
     * for the oversight focal points (and the mission's risk officers for a mission's recommendation); once evidence is
     * proposed, the auditor's review; nothing once finished.
     */
    private void remind(Recommendation r) {
        workItems.closeFor(WORK_TYPE, String.valueOf(r.id()));
        RecommendationStatus status = RecommendationStatus.valueOf(r.status());
        String reference = r.symbol() + " \u00a7" + r.paragraph();
        String link = "/oversight/recommendations/" + r.id();
        if (status.active()) {
            workItems.open(NewWorkItem.of(WORK_TYPE, r.id(), reference, link, Assignee.role("OVERSIGHT_FOCAL", Scope.department()),
                    r.nextFollowUp(), "oversight.work.followUp", reference));
            if (r.missionCode() != null) {
                workItems.open(NewWorkItem.of(WORK_TYPE, r.id(), reference, link, Assignee.role("RISK_OFFICER", Scope.mission(r.missionCode())),
                        r.nextFollowUp(), "oversight.work.followUp", reference));
            }
        } else if (status == RecommendationStatus.IMPLEMENTED) {
            workItems.open(NewWorkItem.of(WORK_TYPE, r.id(), reference, link, Assignee.role("OVERSIGHT_AUDITOR", Scope.department()),
                    today().plusDays(30), "oversight.work.auditorReview", reference));
        }
    }

    /** The management response: accepted or not (with a justification), responsible official, target date. */
    @Transactional
    public Recommendation respond(long id, Response r) {
        Recommendation rec = visible(id);
        FieldErrors errors = new FieldErrors();
        if (r == null || r.accepted() == null) errors.add("accepted", "NotNull", "oversight.input.required");
        else if (!r.accepted() && blank(r.justification())) errors.add("justification", "NotBlank", "oversight.input.justification");
        else if (r.accepted() && blank(r.responsibleOfficial())) errors.add("responsibleOfficial", "NotBlank", "oversight.input.required");
        if (r != null && Boolean.TRUE.equals(r.accepted()) && r.targetDate() == null && rec.targetDate() == null) {
            errors.add("targetDate", "NotNull", "oversight.input.required");
        }
        errors.throwIfAny();
        access.require(OversightPermissions.RECOMMENDATION_MANAGE, rec.missionCode());
        if (RecommendationStatus.valueOf(rec.status()).finished()) {
            throw new BusinessRuleException("oversight.refused.finished", rec.symbol(), rec.paragraph());
        }
        jdbc.sql("""
                UPDATE ovs_recommendation SET accepted = ?, responsible_official = ?, target_date = COALESCE(?, target_date),
                    justification = ?, version = version + 1, modified_by = ?, modified_at = ? WHERE id = ?""")
                .params(r.accepted(), blankToNull(r.responsibleOfficial()), r.targetDate(), blankToNull(r.justification()),
                        access.user(), OffsetDateTime.now(ZoneOffset.UTC), id).update();
        event(id, r.accepted() ? "ACCEPTED" : "NOT_ACCEPTED", rec.status(), blankToNull(r.justification()), null);
        events.publishEvent(DataChanged.updated("oversight.recommendation", id, Map.of("accepted", String.valueOf(rec.accepted())),
                Map.of("accepted", String.valueOf(r.accepted()))));
        return find(id);
    }

    /** A step of the follow-up cycle (management or auditor, by {@link FollowUp#auditorsAction}). */
    @Transactional
    public Recommendation act(long id, String actionName, String note, String evidence) {
        Recommendation rec = visible(id);
        FieldErrors errors = new FieldErrors();
        FollowUp.Action action = parse(FollowUp.Action.class, actionName, "action", errors, true);
        if (action == FollowUp.Action.PROPOSE_IMPLEMENTED && blank(evidence)) {
            errors.add("evidence", "NotBlank", "oversight.input.evidence");
        }
        if ((action == FollowUp.Action.NOT_IMPLEMENTED || action == FollowUp.Action.OVERTAKEN || action == FollowUp.Action.RETURN)
                && blank(note)) {
            errors.add("note", "NotBlank", "oversight.input.required");
        }
        errors.throwIfAny();
        access.require(FollowUp.auditorsAction(action) ? OversightPermissions.RECOMMENDATION_AUDIT
                : OversightPermissions.RECOMMENDATION_MANAGE, rec.missionCode());
        RecommendationStatus from = RecommendationStatus.valueOf(rec.status());
        RecommendationStatus to = FollowUp.next(from, action).orElseThrow(() -> new BusinessRuleException(
                "oversight.refused.transition", rec.symbol(), rec.paragraph(), from.name(), action.name()));
        jdbc.sql("UPDATE ovs_recommendation SET status = ?, last_follow_up = ?, version = version + 1, modified_by = ?, modified_at = ? WHERE id = ?")
                .params(to.name(), today(), access.user(), OffsetDateTime.now(ZoneOffset.UTC), id).update();
        event(id, action.name(), to.name(), blankToNull(note), blankToNull(evidence));
        events.publishEvent(DataChanged.updated("oversight.recommendation", id, Map.of("status", from.name()), Map.of("status", to.name())));
        Recommendation after = find(id);
        remind(after);
        return after;
    }

    /** The quarterly follow-up: progress recorded, the next one due three months later. */
    @Transactional
    public Recommendation followUp(long id, String note) {
        Recommendation rec = visible(id);
        if (blank(note)) {
            new FieldErrors().add("note", "NotBlank", "oversight.input.required").throwIfAny();
        }
        access.require(OversightPermissions.RECOMMENDATION_MANAGE, rec.missionCode());
        if (!RecommendationStatus.valueOf(rec.status()).active()) {
            throw new BusinessRuleException("oversight.refused.followUp", rec.symbol(), rec.paragraph());
        }
        jdbc.sql("UPDATE ovs_recommendation SET last_follow_up = ?, version = version + 1, modified_by = ?, modified_at = ? WHERE id = ?")
                .params(today(), access.user(), OffsetDateTime.now(ZoneOffset.UTC), id).update();
        event(id, "FOLLOW_UP", rec.status(), note.strip(), null);
        events.publishEvent(DataChanged.updated("oversight.recommendation", id, null, Map.of("followUp", today().toString())));
        Recommendation after = find(id);
        remind(after);
        return after;
    }

    @Transactional(readOnly = true)
    public Detail detail(long id) {
        Recommendation rec = visible(id);
        List<Event> history = jdbc.sql("SELECT occurred_at, actor, action, status_after, note, evidence FROM ovs_recommendation_event "
                        + "WHERE recommendation_id = ? ORDER BY id").param(id)
                .query((rs, n) -> new Event(rs.getObject(1, OffsetDateTime.class), rs.getString(2), rs.getString(3),
                        rs.getString(4), rs.getString(5), rs.getString(6))).list();
        List<Guidance> guidance = rec.theme() == null ? List.of() : guidance(rec.missionCode()).stream()
                .filter(g -> g.theme().equals(rec.theme())).toList();
        return new Detail(rec, history, guidance);
    }

    @Transactional(readOnly = true)
    public List<Recommendation> list(Filter f, LocalDate asOf) {
        List<Object> params = new ArrayList<>();
        String where = access.missionFilter(OversightPermissions.READ, "r.mission_code", params);
        if (access.missions(OversightPermissions.READ) != null) {
            where = "(" + where + ")";
        }
        if (f != null) {
            if (!blank(f.source())) { where += " AND p.source = ?"; params.add(f.source().strip().toUpperCase(Locale.ROOT)); }
            if (!blank(f.status())) { where += " AND r.status = ?"; params.add(f.status().strip().toUpperCase(Locale.ROOT)); }
            if (!blank(f.mission())) { where += " AND r.mission_code = ?"; params.add(f.mission().strip().toUpperCase(Locale.ROOT)); }
            if (!blank(f.rating())) { where += " AND r.rating = ?"; params.add(f.rating().strip().toUpperCase(Locale.ROOT)); }
            if (f.reportId() != null) { where += " AND r.report_id = ?"; params.add(f.reportId()); }
            if (Boolean.TRUE.equals(f.pastDue())) {
                where += " AND r.status IN ('OPEN', 'IN_PROGRESS') AND r.target_date < ?";
                params.add(asOf);
            }
        }
        return jdbc.sql(SELECT + " WHERE " + where + " ORDER BY r.target_date NULLS LAST, r.id").params(params)
                .query((rs, n) -> row(rs, asOf)).list();
    }

    /** Ageing by the rule, per mission (headquarters = no mission) or responsible unit; totals, critical past due. */
    @Transactional(readOnly = true)
    public AgeingTable ageing(LocalDate asOf, String by) {
        boolean byUnit = "unit".equalsIgnoreCase(by) || "department".equalsIgnoreCase(by);
        if (by != null && !by.isBlank() && !byUnit && !"mission".equalsIgnoreCase(by)) {
            new FieldErrors().add("by", "OneOf", "oversight.input.oneOf", "mission, unit").throwIfAny();
        }
        Map<String, long[]> counts = new TreeMap<>();
        for (Recommendation r : list(new Filter(null, null, null, null, null, null), asOf)) {
            String key = byUnit ? r.responsibleUnit() : (r.missionCode() == null ? "HQ" : r.missionCode());
            long[] c = counts.computeIfAbsent(key, k -> new long[7]);
            if (RecommendationStatus.valueOf(r.status()).active()) c[6]++;
            if (r.bucket() != null) {
                c[Ageing.Bucket.valueOf(r.bucket()).ordinal()]++;
                c[4]++;
                if ("CRITICAL".equals(r.rating())) c[5]++;
            }
        }
        long[] sum = new long[7];
        List<AgeingRow> rows = new ArrayList<>();
        counts.forEach((key, c) -> {
            rows.add(ageingRow(key, c));
            for (int i = 0; i < 7; i++) sum[i] += c[i];
        });
        return new AgeingTable(asOf, byUnit ? "unit" : "mission", rows, ageingRow("TOTAL", sum));
    }

    private static AgeingRow ageingRow(String key, long[] c) {
        Map<String, Long> buckets = new java.util.LinkedHashMap<>();
        for (Ageing.Bucket b : Ageing.Bucket.values()) buckets.put(b.label(), c[b.ordinal()]);
        return new AgeingRow(key, buckets, c[4], c[5], c[6]);
    }

    /** Active recommendations whose quarterly follow-up is due on or before {@code asOf}. */
    @Transactional(readOnly = true)
    public List<Recommendation> followUpsDue(LocalDate asOf) {
        return list(new Filter(null, null, null, null, null, null), asOf).stream()
                .filter(r -> RecommendationStatus.valueOf(r.status()).active() && !r.nextFollowUp().isAfter(asOf)).toList();
    }

    @Transactional(readOnly = true)
    public List<Report> reports() {
        List<Object> params = new ArrayList<>();
        String where = access.missionFilter(OversightPermissions.READ, "p.mission_code", params);
        return jdbc.sql("SELECT p.id, p.source, p.symbol, p.title, p.issued_on, p.mission_code, p.overall_rating, "
                        + "(SELECT COUNT(*) FROM ovs_recommendation r WHERE r.report_id = p.id), "
                        + "(SELECT COUNT(*) FROM ovs_recommendation r WHERE r.report_id = p.id AND r.status IN ('OPEN', 'IN_PROGRESS')) "
                        + "FROM ovs_report p WHERE " + where + " ORDER BY p.issued_on DESC, p.id DESC").params(params)
                .query((rs, n) -> new Report(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getObject(5, LocalDate.class), rs.getString(6), rs.getString(7), rs.getInt(8), rs.getInt(9))).list();
    }

    public Report report(long id) {
        Report r = jdbc.sql("SELECT p.id, p.source, p.symbol, p.title, p.issued_on, p.mission_code, p.overall_rating, "
                        + "(SELECT COUNT(*) FROM ovs_recommendation r WHERE r.report_id = p.id), "
                        + "(SELECT COUNT(*) FROM ovs_recommendation r WHERE r.report_id = p.id AND r.status IN ('OPEN', 'IN_PROGRESS')) "
                        + "FROM ovs_report p WHERE p.id = ?").param(id)
                .query((rs, n) -> new Report(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getObject(5, LocalDate.class), rs.getString(6), rs.getString(7), rs.getInt(8), rs.getInt(9)))
                .optional().orElseThrow(() -> new NotFoundException("oversight report", id));
        if (!access.may(OversightPermissions.READ, r.missionCode()) && !access.may(OversightPermissions.READ, null)) {
            throw new NotFoundException("oversight report", id);
        }
        return r;
    }

    // ---------------------------------------------------------------- guidance (§5.9.c)

    @Transactional
    public Guidance publish(NewGuidance g) {
        FieldErrors errors = new FieldErrors();
        if (g == null || blank(g.theme())) errors.add("theme", "NotBlank", "oversight.input.required");
        if (g == null || blank(g.titleEn())) errors.add("titleEn", "NotBlank", "oversight.input.required");
        if (g == null || blank(g.titleFr())) errors.add("titleFr", "NotBlank", "oversight.input.required");
        if (g == null || blank(g.bodyEn())) errors.add("bodyEn", "NotBlank", "oversight.input.required");
        if (g == null || blank(g.bodyFr())) errors.add("bodyFr", "NotBlank", "oversight.input.required");
        String audience = g == null || blank(g.audience()) ? "ALL" : g.audience().strip().toUpperCase(Locale.ROOT);
        if (!"ALL".equals(audience)) {
            for (String m : audience.split(",")) {
                if (missions.find(m.strip()).isEmpty()) errors.add("audience", "UnknownMission", "oversight.input.mission");
            }
        }
        errors.throwIfAny();
        access.require(OversightPermissions.GUIDANCE_PUBLISH, null);
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO ovs_guidance (theme, title_en, title_fr, body_en, body_fr, audience, published_on, published_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")
                .params(g.theme().strip().toUpperCase(Locale.ROOT), g.titleEn().strip(), g.titleFr().strip(), g.bodyEn().strip(),
                        g.bodyFr().strip(), audience, today(), access.user()).update(keys, "id");
        long id = keys.getKey().longValue();
        events.publishEvent(DataChanged.created("oversight.guidance", id, Map.of("theme", g.theme().strip())));
        return guidance(null).stream().filter(x -> x.id() == id).findFirst().orElseThrow();
    }

    /** Guidance addressed to every mission or to {@code missionCode}; all guidance when null. */
    @Transactional(readOnly = true)
    public List<Guidance> guidance(String missionCode) {
        return jdbc.sql("SELECT id, theme, title_en, title_fr, body_en, body_fr, audience, published_on FROM ovs_guidance ORDER BY published_on DESC, id DESC")
                .query((rs, n) -> new Guidance(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getString(5), rs.getString(6), rs.getString(7), rs.getObject(8, LocalDate.class))).list().stream()
                .filter(g -> missionCode == null || "ALL".equals(g.audience())
                        || List.of(g.audience().split(",")).stream().map(String::strip).toList().contains(missionCode))
                .toList();
    }

    // ---------------------------------------------------------------- internals

    private static final String SELECT = """
            SELECT r.id, r.report_id, p.source, p.symbol, r.paragraph, r.text, r.rating, r.accepted, r.justification,
                r.responsible_unit, r.responsible_official, r.mission_code, r.target_date, r.status, r.last_follow_up,
                p.issued_on, r.theme, r.version
            FROM ovs_recommendation r JOIN ovs_report p ON p.id = r.report_id""";

    private static Recommendation row(java.sql.ResultSet rs, LocalDate asOf) throws java.sql.SQLException {
        LocalDate target = rs.getObject(13, LocalDate.class);
        RecommendationStatus status = RecommendationStatus.valueOf(rs.getString(14));
        LocalDate last = rs.getObject(15, LocalDate.class);
        LocalDate issued = rs.getObject(16, LocalDate.class);
        boolean pastDue = Ageing.pastDue(target, status, asOf);
        return new Recommendation(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4), rs.getString(5),
                rs.getString(6), rs.getString(7), (Boolean) rs.getObject(8, Boolean.class), rs.getString(9), rs.getString(10),
                rs.getString(11), rs.getString(12), target, status.name(), last, FollowUp.nextFollowUp(last == null ? issued : last),
                rs.getString(17), pastDue, pastDue ? Ageing.daysPastDue(target, asOf) : null,
                Ageing.bucket(target, status, asOf).map(Enum::name).orElse(null), rs.getLong(18));
    }

    Recommendation find(long id) {
        return jdbc.sql(SELECT + " WHERE r.id = ?").param(id).query((rs, n) -> row(rs, today())).optional()
                .orElseThrow(() -> new NotFoundException("oversight recommendation", id));
    }

    private Recommendation visible(long id) {
        Recommendation rec = find(id);
        if (!access.may(OversightPermissions.READ, rec.missionCode())) {
            throw new NotFoundException("oversight recommendation", id);
        }
        return rec;
    }

    private void event(long id, String action, String status, String note, String evidence) {
        jdbc.sql("INSERT INTO ovs_recommendation_event (recommendation_id, occurred_at, actor, action, status_after, note, evidence) VALUES (?, ?, ?, ?, ?, ?, ?)")
                .params(id, OffsetDateTime.now(ZoneOffset.UTC), access.user(), action, status, note, evidence).update();
    }

    private String mission(String code, FieldErrors errors) {
        if (blank(code)) return null;
        String m = code.strip().toUpperCase(Locale.ROOT);
        if (missions.find(m).isEmpty()) errors.add("missionCode", "UnknownMission", "oversight.input.mission");
        return m;
    }

    static <E extends Enum<E>> E parse(Class<E> type, String value, String field, FieldErrors errors, boolean required) {
        if (blank(value)) {
            if (required) errors.add(field, "NotBlank", "oversight.input.required");
            return null;
        }
        try {
            return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            errors.add(field, "OneOf", "oversight.input.oneOf", String.join(", ",
                    java.util.Arrays.stream(type.getEnumConstants()).map(Enum::name).toList()));
            return null;
        }
    }

    static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    static String blankToNull(String s) {
        return blank(s) ? null : s.strip();
    }

}
