package org.fieldsupport.ict.continuity.internal;

import static org.fieldsupport.ict.operations.IctInfraPermissions.BCDR_MANAGE;
import static org.fieldsupport.ict.operations.IctInfraPermissions.BCDR_READ;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.fieldsupport.ict.continuity.domain.Bcdr2026v1;
import org.fieldsupport.ict.operations.Check;
import org.fieldsupport.ict.shared.internal.IctAccess;
import org.fieldsupport.platform.api.RuleRefusal;
import org.fieldsupport.ict.operations.ServiceDirectory;
import org.fieldsupport.platform.api.NotFoundException;
import org.fieldsupport.platform.attachment.Attachment;
import org.fieldsupport.platform.attachment.AttachmentPolicy;
import org.fieldsupport.platform.attachment.Attachments;
import org.fieldsupport.platform.audit.DataChanged;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Business continuity and disaster recovery plans, one per mission: the catalogue services it covers, its failover
 * site, its runbook (a versioned document kept as platform attachments), the tests recorded and judged by rule set
 * BCDR-2026-v1 against the catalogue's RTO and RPO, the plan's status as of a date, and the exercise calendar.
 */
@Service
public class Continuity {

    public static final String RECORD_TYPE = "ict.bcdr-plan";
    public static final AttachmentPolicy RUNBOOK_POLICY = new AttachmentPolicy(Set.of("application/pdf", "text/plain",
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document"), 10L * 1024 * 1024, null);
    public static final Set<String> EXERCISE_KINDS = Set.of("TABLETOP", "FAILOVER", "FULL");

    private final JdbcClient jdbc;
    private final IctAccess access;
    private final ServiceDirectory services;
    private final Attachments attachments;
    private final ApplicationEventPublisher events;

    Continuity(JdbcClient jdbc, IctAccess access, ServiceDirectory services, Attachments attachments,
               ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.access = access;
        this.services = services;
        this.attachments = attachments;
        this.events = events;
    }

    public record NewPlan(String missionCode, Long failoverSiteId, String ownerName, List<String> services) { }

    public record PlanSummary(long id, String missionCode, long failoverSiteId, String failoverSite, String ownerName,
                              List<String> services, Bcdr2026v1.PlanStatus status, List<String> servicesWithoutPassedTest,
                              LocalDate dueBy, LocalDate asOf, Integer runbookVersion) { }

    public record Plan(PlanSummary summary, List<Runbook> runbooks, List<Test> tests, List<Exercise> exercises) { }

    public record Runbook(long id, int version, long attachmentId, String fileName, String note, String uploadedBy,
                          Instant uploadedAt) { }

    public record NewTest(String serviceCode, LocalDate testedOn, Integer achievedRecoveryMinutes,
                          Integer achievedDataLossMinutes, String note) { }

    public record Test(long id, String serviceCode, LocalDate testedOn, int rtoMinutes, int rpoMinutes, int achievedRecoveryMinutes,
                       int achievedDataLossMinutes, String result, String failedOn, String ruleSet, String note, String recordedBy) { }

    public record NewExercise(String kind, LocalDate scheduledOn, String title) { }

    public record Exercise(long id, long planId, String missionCode, String kind, LocalDate scheduledOn, String title,
                           String status) { }

    // ---------------------------------------------------------------- plans

    /** Plans the user may read with their status as of {@code asOf} (today when null). */
    public List<PlanSummary> plans(LocalDate asOf) {
        Optional<Set<String>> visible = access.visible(BCDR_READ);
        List<Object> params = new ArrayList<>();
        String where = IctAccess.missionFilter("p.mission_code", visible, params);
        LocalDate date = asOf == null ? today() : asOf;
        List<Long> ids = jdbc.sql("SELECT p.id FROM ictbc_plan p WHERE " + where + " ORDER BY p.mission_code").params(params)
                .query(Long.class).list();
        return summaries(ids, date);
    }

    /** Every plan's status (no user check): for the dashboard card, which filters by the reader's scope itself. */
    public List<PlanSummary> overdue(LocalDate asOf, Optional<Set<String>> visible) {
        List<Object> params = new ArrayList<>();
        String where = IctAccess.missionFilter("p.mission_code", visible, params);
        List<Long> ids = jdbc.sql("SELECT p.id FROM ictbc_plan p WHERE " + where + " ORDER BY p.mission_code").params(params)
                .query(Long.class).list();
        return summaries(ids, asOf).stream().filter(p -> p.status() == Bcdr2026v1.PlanStatus.TEST_OVERDUE).toList();
    }

    public Plan plan(long id, LocalDate asOf) {
        PlanSummary s = summary(id, asOf == null ? today() : asOf);
        access.requireSees(BCDR_READ, s.missionCode(), "bcdr-plan", id);
        return new Plan(s, runbooks(id), tests(id), exercises(id));
    }

    private PlanSummary summary(long id, LocalDate asOf) {
        List<PlanSummary> list = summaries(List.of(id), asOf);
        if (list.isEmpty()) {
            throw new NotFoundException("bcdr-plan", id);
        }
        return list.get(0);
    }

    private List<PlanSummary> summaries(List<Long> ids, LocalDate asOf) {
        List<PlanSummary> out = new ArrayList<>();
        if (ids.isEmpty()) {
            return out;
        }
        String in = String.join(",", java.util.Collections.nCopies(ids.size(), "?"));
        Map<Long, List<String>> covered = new LinkedHashMap<>();
        jdbc.sql("SELECT plan_id, service_code FROM ictbc_plan_service WHERE plan_id IN (" + in + ") ORDER BY service_code")
                .params(new ArrayList<>(ids)).query((rs, n) -> covered.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>())
                        .add(rs.getString(2))).list();
        Map<Long, List<Bcdr2026v1.TestRecord>> tests = new LinkedHashMap<>();
        jdbc.sql("SELECT plan_id, service_code, tested_on, result FROM ictbc_test WHERE plan_id IN (" + in + ")")
                .params(new ArrayList<>(ids)).query((rs, n) -> tests.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>())
                        .add(new Bcdr2026v1.TestRecord(rs.getString(2), rs.getObject(3, LocalDate.class),
                                Bcdr2026v1.Result.valueOf(rs.getString(4))))).list();
        jdbc.sql("SELECT p.*, s.name AS site_name, (SELECT MAX(r.version_no) FROM ictbc_runbook r WHERE r.plan_id = p.id) AS rb "
                        + "FROM ictbc_plan p JOIN ictinf_site s ON s.id = p.failover_site_id WHERE p.id IN (" + in + ") "
                        + "ORDER BY p.mission_code")
                .params(new ArrayList<>(ids)).query((rs, n) -> {
                    long id = rs.getLong("id");
                    List<String> svc = covered.getOrDefault(id, List.of());
                    List<Bcdr2026v1.TestRecord> t = tests.getOrDefault(id, List.of());
                    Bcdr2026v1.PlanVerdict v = Bcdr2026v1.planStatus(svc, t, asOf);
                    out.add(new PlanSummary(id, rs.getString("mission_code"), rs.getLong("failover_site_id"),
                            rs.getString("site_name"), rs.getString("owner_name"), List.copyOf(svc), v.status(),
                            v.servicesWithoutPassedTest(), Bcdr2026v1.dueBy(svc, t, asOf, Bcdr2026v1.DEFAULT_WINDOW_MONTHS), asOf,
                            (Integer) rs.getObject("rb", Integer.class)));
                    return id;
                }).list();
        return out;
    }

    @Transactional
    public Plan createPlan(NewPlan in) {
        Check c = new Check();
        String mission = access.mission(c, "missionCode", in.missionCode());
        c.required("failoverSiteId", in.failoverSiteId()).text("ownerName", in.ownerName(), 120);
        if (in.failoverSiteId() != null && jdbc.sql("SELECT COUNT(*) FROM ictinf_site WHERE id = ?").param(in.failoverSiteId())
                .query(Long.class).single() == 0) {
            c.add("failoverSiteId", "Unknown", "ictinfra.input.unknown", in.failoverSiteId());
        }
        List<String> codes = in.services() == null ? List.of() : in.services().stream().map(String::strip).distinct().toList();
        for (int i = 0; i < codes.size(); i++) {
            if (services.find(codes.get(i)).isEmpty()) {
                c.add("services", "UnknownService", "ictinfra.input.unknownService", codes.get(i));
            }
        }
        c.done();
        String user = access.require(BCDR_MANAGE, mission);
        if (jdbc.sql("SELECT COUNT(*) FROM ictbc_plan WHERE mission_code = ?").param(mission).query(Long.class).single() > 0) {
            throw new RuleRefusal("plan-exists", "ictinfra.bcdr.planExists", mission);
        }
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO ictbc_plan (mission_code, failover_site_id, owner_name, created_by, created_at) VALUES (?, ?, ?, ?, ?)")
                .params(mission, in.failoverSiteId(), in.ownerName().strip(), user, Timestamp.from(Instant.now())).update(keys, "id");
        long id = keys.getKey().longValue();
        for (String code : codes) {
            jdbc.sql("INSERT INTO ictbc_plan_service (plan_id, service_code) VALUES (?, ?)").params(id, code).update();
        }
        events.publishEvent(DataChanged.created("ict.bcdr-plan", id, in));
        return plan(id, null);
    }

    /** Adds a catalogue service to the plan (or removes it when {@code remove}). */
    @Transactional
    public Plan cover(long id, String serviceCode, boolean remove) {
        PlanSummary s = summary(id, today());
        access.requireSees(BCDR_READ, s.missionCode(), "bcdr-plan", id);
        Check c = new Check().required("serviceCode", serviceCode);
        String code = Check.strip(serviceCode);
        if (code != null && !remove && services.find(code).isEmpty()) {
            c.add("serviceCode", "UnknownService", "ictinfra.input.unknownService", code);
        }
        c.done();
        access.require(BCDR_MANAGE, s.missionCode());
        if (remove) {
            jdbc.sql("DELETE FROM ictbc_plan_service WHERE plan_id = ? AND service_code = ?").params(id, code).update();
        } else if (!s.services().contains(code)) {
            jdbc.sql("INSERT INTO ictbc_plan_service (plan_id, service_code) VALUES (?, ?)").params(id, code).update();
        }
        events.publishEvent(DataChanged.updated("ict.bcdr-plan", id, Map.of("services", s.services()),
                Map.of(remove ? "removed" : "added", code)));
        return plan(id, null);
    }

    // ---------------------------------------------------------------- tests

    /** Records a test of a covered service; the result is BCDR-2026-v1's against the catalogue's RTO and RPO. */
    @Transactional
    public Test recordTest(long planId, NewTest in) {
        PlanSummary s = summary(planId, today());
        access.requireSees(BCDR_READ, s.missionCode(), "bcdr-plan", planId);
        Check c = new Check();
        c.required("serviceCode", in.serviceCode()).required("testedOn", in.testedOn())
                .range("achievedRecoveryMinutes", in.achievedRecoveryMinutes(), 0, 1_000_000)
                .range("achievedDataLossMinutes", in.achievedDataLossMinutes(), 0, 1_000_000).optionalText("note", in.note(), 1000);
        String code = Check.strip(in.serviceCode());
        if (code != null && !s.services().contains(code)) {
            c.add("serviceCode", "NotCovered", "ictinfra.bcdr.notCovered", code);
        }
        if (in.testedOn() != null && in.testedOn().isAfter(today())) {
            c.add("testedOn", "Past", "ictinfra.input.past");
        }
        c.done();
        String user = access.require(BCDR_MANAGE, s.missionCode());
        ServiceDirectory.ServiceTargets targets = services.find(code)
                .orElseThrow(() -> new RuleRefusal("service-unknown", "ictinfra.bcdr.serviceGone", code));
        Bcdr2026v1.Outcome o = Bcdr2026v1.evaluate(targets.rtoMinutes(), targets.rpoMinutes(), in.achievedRecoveryMinutes(),
                in.achievedDataLossMinutes());
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO ictbc_test (plan_id, service_code, tested_on, rto_minutes, rpo_minutes, achieved_rto, achieved_rpo, "
                        + "result, failed_on, rule_set, note, recorded_by, recorded_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(planId, code, in.testedOn(), targets.rtoMinutes(), targets.rpoMinutes(), in.achievedRecoveryMinutes(),
                        in.achievedDataLossMinutes(), o.result().name(), o.failedOn(), Bcdr2026v1.ID,
                        in.note() == null || in.note().isBlank() ? null : in.note().strip(), user, Timestamp.from(Instant.now()))
                .update(keys, "id");
        long id = keys.getKey().longValue();
        events.publishEvent(DataChanged.created("ict.bcdr-test", id, Map.of("plan", planId, "service", code,
                "result", o.result().name())));
        return tests(planId).stream().filter(t -> t.id() == id).findFirst().orElseThrow();
    }

    public List<Test> tests(long planId) {
        return jdbc.sql("SELECT * FROM ictbc_test WHERE plan_id = ? ORDER BY tested_on DESC, id DESC").param(planId)
                .query((rs, n) -> new Test(rs.getLong("id"), rs.getString("service_code"), rs.getObject("tested_on", LocalDate.class),
                        rs.getInt("rto_minutes"), rs.getInt("rpo_minutes"), rs.getInt("achieved_rto"), rs.getInt("achieved_rpo"),
                        rs.getString("result"), rs.getString("failed_on"), rs.getString("rule_set"), rs.getString("note"),
                        rs.getString("recorded_by"))).list();
    }

    // ---------------------------------------------------------------- runbook versions

    @Transactional
    public Runbook uploadRunbook(long planId, String fileName, String contentType, byte[] content, String note) {
        PlanSummary s = summary(planId, today());
        access.requireSees(BCDR_READ, s.missionCode(), "bcdr-plan", planId);
        new Check().optionalText("note", note, 1000).done();
        String user = access.require(BCDR_MANAGE, s.missionCode());
        Attachment a = attachments.attach(RECORD_TYPE, String.valueOf(planId), fileName, contentType, content, RUNBOOK_POLICY);
        int version = jdbc.sql("SELECT COALESCE(MAX(version_no), 0) + 1 FROM ictbc_runbook WHERE plan_id = ?").param(planId)
                .query(Integer.class).single();
        jdbc.sql("INSERT INTO ictbc_runbook (plan_id, version_no, attachment_id, note, uploaded_by, uploaded_at) VALUES (?, ?, ?, ?, ?, ?)")
                .params(planId, version, a.id(), note == null || note.isBlank() ? null : note.strip(), user, Timestamp.from(Instant.now()))
                .update();
        events.publishEvent(DataChanged.updated("ict.bcdr-plan", planId, Map.of(), Map.of("runbookVersion", version)));
        return runbooks(planId).get(0);
    }

    public List<Runbook> runbooks(long planId) {
        Map<Long, String> names = new LinkedHashMap<>();
        attachments.list(RECORD_TYPE, String.valueOf(planId)).forEach(a -> names.put(a.id(), a.fileName()));
        return jdbc.sql("SELECT * FROM ictbc_runbook WHERE plan_id = ? ORDER BY version_no DESC").param(planId)
                .query((rs, n) -> new Runbook(rs.getLong("id"), rs.getInt("version_no"), rs.getLong("attachment_id"),
                        names.get(rs.getLong("attachment_id")), rs.getString("note"), rs.getString("uploaded_by"),
                        rs.getTimestamp("uploaded_at").toInstant())).list();
    }

    public Attachments.Download runbookFile(long planId, int version) {
        PlanSummary s = summary(planId, today());
        access.requireSees(BCDR_READ, s.missionCode(), "bcdr-plan", planId);
        Runbook r = runbooks(planId).stream().filter(x -> x.version() == version).findFirst()
                .orElseThrow(() -> new NotFoundException("runbook", planId + "/" + version));
        return attachments.download(RECORD_TYPE, String.valueOf(planId), r.attachmentId());
    }

    // ---------------------------------------------------------------- exercises

    @Transactional
    public Exercise scheduleExercise(long planId, NewExercise in) {
        PlanSummary s = summary(planId, today());
        access.requireSees(BCDR_READ, s.missionCode(), "bcdr-plan", planId);
        new Check().oneOf("kind", in.kind(), EXERCISE_KINDS).required("scheduledOn", in.scheduledOn())
                .text("title", in.title(), 200).done();
        String user = access.require(BCDR_MANAGE, s.missionCode());
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO ictbc_exercise (plan_id, kind, scheduled_on, title, status, created_by) VALUES (?, ?, ?, ?, 'PLANNED', ?)")
                .params(planId, in.kind(), in.scheduledOn(), in.title().strip(), user).update(keys, "id");
        long id = keys.getKey().longValue();
        events.publishEvent(DataChanged.created("ict.bcdr-exercise", id, in));
        return exercise(id);
    }

    @Transactional
    public Exercise exerciseStatus(long id, String status) {
        Exercise e = exercise(id);
        access.requireSees(BCDR_READ, e.missionCode(), "bcdr-exercise", id);
        new Check().oneOf("status", status, Set.of("HELD", "CANCELLED")).done();
        access.require(BCDR_MANAGE, e.missionCode());
        if (!"PLANNED".equals(e.status())) {
            throw new RuleRefusal("exercise-closed", "ictinfra.bcdr.exerciseClosed", e.status());
        }
        if ("HELD".equals(status) && e.scheduledOn().isAfter(today())) {
            throw new RuleRefusal("exercise-future", "ictinfra.bcdr.exerciseFuture");
        }
        jdbc.sql("UPDATE ictbc_exercise SET status = ? WHERE id = ?").params(status, id).update();
        events.publishEvent(DataChanged.updated("ict.bcdr-exercise", id, Map.of("status", e.status()), Map.of("status", status)));
        return exercise(id);
    }

    /** The exercise calendar between two dates, over the plans the user may read. */
    public List<Exercise> calendar(LocalDate from, LocalDate to) {
        if (from.isAfter(to)) {
            throw org.fieldsupport.platform.api.InvalidInputException.of("from", "Order", "ictinfra.input.fromAfterTo",
                    Check.label("from"));
        }
        Optional<Set<String>> visible = access.visible(BCDR_READ);
        List<Object> params = new ArrayList<>();
        String where = IctAccess.missionFilter("p.mission_code", visible, params);
        params.add(from);
        params.add(to);
        return jdbc.sql(EXERCISE_SQL + "WHERE " + where + " AND e.scheduled_on BETWEEN ? AND ? ORDER BY e.scheduled_on, p.mission_code")
                .params(params).query(this::exerciseRow).list();
    }

    private static final String EXERCISE_SQL = "SELECT e.*, p.mission_code FROM ictbc_exercise e JOIN ictbc_plan p ON p.id = e.plan_id ";

    private Exercise exercise(long id) {
        return jdbc.sql(EXERCISE_SQL + "WHERE e.id = ?").param(id).query(this::exerciseRow).optional()
                .orElseThrow(() -> new NotFoundException("bcdr-exercise", id));
    }

    private List<Exercise> exercises(long planId) {
        return jdbc.sql(EXERCISE_SQL + "WHERE e.plan_id = ? ORDER BY e.scheduled_on").param(planId).query(this::exerciseRow).list();
    }

    private Exercise exerciseRow(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        return new Exercise(rs.getLong("id"), rs.getLong("plan_id"), rs.getString("mission_code"), rs.getString("kind"),
                rs.getObject("scheduled_on", LocalDate.class), rs.getString("title"), rs.getString("status"));
    }

    /** Mission of a plan, or empty (for the attachment panel's access checks). */
    public Optional<String> missionOf(long planId) {
        return jdbc.sql("SELECT mission_code FROM ictbc_plan WHERE id = ?").param(planId).query(String.class).optional();
    }

    static LocalDate today() {
        return LocalDate.now(ZoneOffset.UTC);
    }
}
