package org.fieldsupport.ict.projects.internal;

import static org.fieldsupport.ict.operations.IctInfraPermissions.PROJECTS_GATE;
import static org.fieldsupport.ict.operations.IctInfraPermissions.PROJECTS_MANAGE;
import static org.fieldsupport.ict.operations.IctInfraPermissions.PROJECTS_READ;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.fieldsupport.ict.operations.Check;
import org.fieldsupport.ict.shared.internal.IctAccess;
import org.fieldsupport.platform.api.RuleRefusal;
import org.fieldsupport.ict.projects.domain.StageGates;
import org.fieldsupport.platform.api.NotFoundException;
import org.fieldsupport.platform.audit.DataChanged;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The ICT project portfolio: projects (headquarters-wide or for a mission, optionally improving a site), stage gates
 * decided by headquarters under {@link StageGates}, budget and spending, risks, benefits, status reports, roadmap.
 */
@Service
public class Projects {

    public static final Set<String> RAG = Set.of("GREEN", "AMBER", "RED");

    private final JdbcClient jdbc;
    private final IctAccess access;
    private final ApplicationEventPublisher events;

    Projects(JdbcClient jdbc, IctAccess access, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.access = access;
        this.events = events;
    }

    public record NewProject(String code, String title, String missionCode, Long siteId, BigDecimal budget, LocalDate startsOn,
                             LocalDate endsOn, String manager) { }

    public record Project(long id, String code, String title, String missionCode, Long siteId, String siteName, String stage,
                          BigDecimal budget, BigDecimal spent, boolean overBudget, LocalDate startsOn, LocalDate endsOn,
                          String manager, String latestRag, int openRisks, long version) { }

    public record Gate(String from, String to, String decidedBy, Instant decidedAt, String note) { }

    public record Risk(long id, String title, int likelihood, int impact, int score, String mitigation, boolean open) { }

    public record Benefit(long id, String description, String measure, BigDecimal target, BigDecimal realised) { }

    public record StatusReport(long id, LocalDate reportedOn, String rag, String summary, String reportedBy) { }

    public record Detail(Project project, String nextStage, List<String> nextGateUnmet, List<Gate> gates, List<Risk> risks,
                         List<Benefit> benefits, List<StatusReport> reports) { }

    public record GateDecision(String toStage, String note) { }

    public record NewRisk(String title, Integer likelihood, Integer impact, String mitigation) { }

    public record NewBenefit(String description, String measure, BigDecimal target) { }

    public record NewReport(String rag, String summary, BigDecimal spentToDate) { }

    private static final String SQL = "SELECT p.*, s.name AS site_name, "
            + "(SELECT r.rag FROM ictprj_status_report r WHERE r.project_id = p.id ORDER BY r.reported_on DESC, r.id DESC "
            + "FETCH FIRST 1 ROWS ONLY) AS latest_rag, "
            + "(SELECT COUNT(*) FROM ictprj_risk k WHERE k.project_id = p.id AND k.open_risk) AS open_risks "
            + "FROM ictprj_project p LEFT JOIN ictinf_site s ON s.id = p.site_id ";

    public List<Project> portfolio(String stage) {
        Optional<Set<String>> visible = access.visible(PROJECTS_READ);
        List<Object> params = new ArrayList<>();
        String where = "(p.mission_code IS NULL OR " + IctAccess.missionFilter("p.mission_code", visible, params) + ")";
        if (stage != null && !stage.isBlank()) {
            where += " AND p.stage = ?";
            params.add(stage);
        }
        return jdbc.sql(SQL + "WHERE " + where + " ORDER BY p.starts_on, p.code").params(params).query(this::row).list();
    }

    public List<Project> ofSite(long siteId) {
        return jdbc.sql(SQL + "WHERE p.site_id = ? ORDER BY p.starts_on").param(siteId).query(this::row).list();
    }

    public Project project(long id) {
        Project p = jdbc.sql(SQL + "WHERE p.id = ?").param(id).query(this::row).optional()
                .orElseThrow(() -> new NotFoundException("ict-project", id));
        access.requireSees(PROJECTS_READ, p.missionCode(), "ict-project", id);
        return p;
    }

    public Detail detail(long id) {
        Project p = project(id);
        String next = StageGates.next(p.stage());
        List<Risk> risks = risks(id);
        List<Benefit> benefits = benefits(id);
        List<StatusReport> reports = reports(id);
        List<String> unmet = next == null ? List.of() : StageGates.unmet(p.stage(), next, facts(risks, benefits, reports));
        List<Gate> gates = jdbc.sql("SELECT * FROM ictprj_gate WHERE project_id = ? ORDER BY decided_at, id").param(id)
                .query((rs, n) -> new Gate(rs.getString("from_stage"), rs.getString("to_stage"), rs.getString("decided_by"),
                        rs.getTimestamp("decided_at").toInstant(), rs.getString("note"))).list();
        return new Detail(p, next, unmet, gates, risks, benefits, reports);
    }

    @Transactional
    public Project create(NewProject in) {
        String user = access.require(PROJECTS_MANAGE, null);
        Check c = new Check();
        String code = Check.strip(in.code());
        c.text("code", code, 30).text("title", in.title(), 200).money("budget", in.budget()).required("startsOn", in.startsOn())
                .required("endsOn", in.endsOn()).text("manager", in.manager(), 120);
        String mission = in.missionCode() == null || in.missionCode().isBlank() ? null : access.mission(c, "missionCode", in.missionCode());
        if (in.startsOn() != null && in.endsOn() != null && in.endsOn().isBefore(in.startsOn())) {
            c.add("endsOn", "After", "ictinfra.input.endBeforeStart");
        }
        if (in.siteId() != null) {
            String siteMission = jdbc.sql("SELECT COALESCE(mission_code, '-') FROM ictinf_site WHERE id = ?").param(in.siteId())
                    .query(String.class).optional().orElse(null);
            if (siteMission == null) {
                c.add("siteId", "Unknown", "ictinfra.input.unknown", in.siteId());
            } else if (!"-".equals(siteMission) && mission != null && !siteMission.equals(mission)) {
                c.add("siteId", "OtherMission", "ictinfra.project.siteOfOtherMission", siteMission);
            }
        }
        if (code != null && jdbc.sql("SELECT COUNT(*) FROM ictprj_project WHERE code = ?").param(code).query(Long.class).single() > 0) {
            c.add("code", "Unique", "ictinfra.input.taken", code);
        }
        c.done();
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO ictprj_project (code, title, mission_code, site_id, stage, budget, spent, starts_on, ends_on, manager, "
                        + "created_by) VALUES (?, ?, ?, ?, 'PROPOSAL', ?, 0, ?, ?, ?, ?)")
                .params(code, in.title().strip(), mission, in.siteId(), in.budget(), in.startsOn(), in.endsOn(), in.manager().strip(), user)
                .update(keys, "id");
        long id = keys.getKey().longValue();
        events.publishEvent(DataChanged.created("ict.project", id, in));
        return project(id);
    }

    /** Passes a stage gate (or cancels) when its conditions are met; the decision and its note are kept. */
    @Transactional
    public Detail gate(long id, GateDecision d) {
        Detail before = detail(id);
        Project p = before.project();
        Set<String> targets = new java.util.HashSet<>(StageGates.STAGES);
        targets.add("CANCELLED");
        new Check().oneOf("toStage", d.toStage(), targets).text("note", d.note(), 1000).done();
        String user = access.require(PROJECTS_GATE, p.missionCode());
        List<String> unmet = StageGates.unmet(p.stage(), d.toStage(), facts(before.risks(), before.benefits(), before.reports()));
        if (!unmet.isEmpty()) {
            throw new RuleRefusal("stage-gate", unmet.get(0), p.stage(), d.toStage());
        }
        int n = jdbc.sql("UPDATE ictprj_project SET stage = ?, version = version + 1 WHERE id = ? AND stage = ? AND version = ?")
                .params(d.toStage(), id, p.stage(), p.version()).update();
        if (n != 1) {
            throw new org.springframework.dao.OptimisticLockingFailureException("project moved");
        }
        jdbc.sql("INSERT INTO ictprj_gate (project_id, from_stage, to_stage, decided_by, decided_at, note) VALUES (?, ?, ?, ?, ?, ?)")
                .params(id, p.stage(), d.toStage(), user, Timestamp.from(Instant.now()), d.note().strip()).update();
        events.publishEvent(DataChanged.updated("ict.project", id, Map.of("stage", p.stage()), Map.of("stage", d.toStage())));
        return detail(id);
    }

    @Transactional
    public Detail addRisk(long id, NewRisk in) {
        Project p = openProject(id);
        new Check().text("title", in.title(), 300).range("likelihood", in.likelihood(), 1, 5).range("impact", in.impact(), 1, 5)
                .optionalText("mitigation", in.mitigation(), 1000).done();
        String user = access.require(PROJECTS_MANAGE, p.missionCode());
        jdbc.sql("INSERT INTO ictprj_risk (project_id, title, likelihood, impact, mitigation, open_risk, created_by) VALUES (?, ?, ?, ?, ?, TRUE, ?)")
                .params(id, in.title().strip(), in.likelihood(), in.impact(), blankToNull(in.mitigation()), user).update();
        events.publishEvent(DataChanged.updated("ict.project", id, Map.of(), Map.of("risk", in.title())));
        return detail(id);
    }

    /** Closes a risk or records its mitigation. */
    @Transactional
    public Detail changeRisk(long id, long riskId, String mitigation, Boolean close) {
        Project p = openProject(id);
        new Check().optionalText("mitigation", mitigation, 1000).done();
        access.require(PROJECTS_MANAGE, p.missionCode());
        int n = jdbc.sql("UPDATE ictprj_risk SET mitigation = COALESCE(?, mitigation), open_risk = ? WHERE id = ? AND project_id = ?")
                .params(blankToNull(mitigation), !Boolean.TRUE.equals(close), riskId, id).update();
        if (n == 0) {
            throw new NotFoundException("ict-project-risk", riskId);
        }
        events.publishEvent(DataChanged.updated("ict.project", id, Map.of(), Map.of("riskChanged", riskId)));
        return detail(id);
    }

    @Transactional
    public Detail addBenefit(long id, NewBenefit in) {
        Project p = openProject(id);
        new Check().text("description", in.description(), 300).text("measure", in.measure(), 200).money("target", in.target()).done();
        String user = access.require(PROJECTS_MANAGE, p.missionCode());
        jdbc.sql("INSERT INTO ictprj_benefit (project_id, description, measure, target_value, created_by) VALUES (?, ?, ?, ?, ?)")
                .params(id, in.description().strip(), in.measure().strip(), in.target(), user).update();
        events.publishEvent(DataChanged.updated("ict.project", id, Map.of(), Map.of("benefit", in.description())));
        return detail(id);
    }

    @Transactional
    public Detail realise(long id, long benefitId, BigDecimal realised) {
        Project p = project(id);
        new Check().money("realised", realised).done();
        access.require(PROJECTS_MANAGE, p.missionCode());
        int n = jdbc.sql("UPDATE ictprj_benefit SET realised_value = ? WHERE id = ? AND project_id = ?").params(realised, benefitId, id).update();
        if (n == 0) {
            throw new NotFoundException("ict-project-benefit", benefitId);
        }
        events.publishEvent(DataChanged.updated("ict.project", id, Map.of(), Map.of("benefitRealised", benefitId)));
        return detail(id);
    }

    @Transactional
    public Detail report(long id, NewReport in) {
        Project p = openProject(id);
        Check c = new Check().oneOf("rag", in.rag(), RAG).text("summary", in.summary(), 2000);
        if (in.spentToDate() != null) {
            c.money("spentToDate", in.spentToDate());
        }
        c.done();
        String user = access.require(PROJECTS_MANAGE, p.missionCode());
        jdbc.sql("INSERT INTO ictprj_status_report (project_id, reported_on, rag, summary, reported_by) VALUES (?, ?, ?, ?, ?)")
                .params(id, LocalDate.now(ZoneOffset.UTC), in.rag(), in.summary().strip(), user).update();
        if (in.spentToDate() != null) {
            jdbc.sql("UPDATE ictprj_project SET spent = ? WHERE id = ?").params(in.spentToDate(), id).update();
        }
        events.publishEvent(DataChanged.updated("ict.project", id, Map.of("spent", p.spent()), Map.of("rag", in.rag())));
        return detail(id);
    }

    private Project openProject(long id) {
        Project p = project(id);
        if (!StageGates.isOpen(p.stage())) {
            throw new RuleRefusal("project-closed", "ictinfra.project.closed", p.stage());
        }
        return p;
    }

    private List<Risk> risks(long id) {
        return jdbc.sql("SELECT * FROM ictprj_risk WHERE project_id = ? ORDER BY likelihood * impact DESC, id").param(id)
                .query((rs, n) -> new Risk(rs.getLong("id"), rs.getString("title"), rs.getInt("likelihood"), rs.getInt("impact"),
                        rs.getInt("likelihood") * rs.getInt("impact"), rs.getString("mitigation"), rs.getBoolean("open_risk"))).list();
    }

    private List<Benefit> benefits(long id) {
        return jdbc.sql("SELECT * FROM ictprj_benefit WHERE project_id = ? ORDER BY id").param(id)
                .query((rs, n) -> new Benefit(rs.getLong("id"), rs.getString("description"), rs.getString("measure"),
                        rs.getBigDecimal("target_value"), rs.getBigDecimal("realised_value"))).list();
    }

    private List<StatusReport> reports(long id) {
        return jdbc.sql("SELECT * FROM ictprj_status_report WHERE project_id = ? ORDER BY reported_on DESC, id DESC").param(id)
                .query((rs, n) -> new StatusReport(rs.getLong("id"), rs.getObject("reported_on", LocalDate.class), rs.getString("rag"),
                        rs.getString("summary"), rs.getString("reported_by"))).list();
    }

    static StageGates.Facts facts(List<Risk> risks, List<Benefit> benefits, List<StatusReport> reports) {
        int high = (int) risks.stream().filter(r -> r.open() && r.score() >= StageGates.HIGH_RISK
                && (r.mitigation() == null || r.mitigation().isBlank())).count();
        int realised = (int) benefits.stream().filter(b -> b.realised() != null).count();
        return new StageGates.Facts(benefits.size(), realised, reports.size(), high);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private Project row(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        BigDecimal budget = rs.getBigDecimal("budget");
        BigDecimal spent = rs.getBigDecimal("spent");
        return new Project(rs.getLong("id"), rs.getString("code"), rs.getString("title"), rs.getString("mission_code"),
                (Long) rs.getObject("site_id", Long.class), rs.getString("site_name"), rs.getString("stage"), budget, spent,
                spent.compareTo(budget) > 0, rs.getObject("starts_on", LocalDate.class), rs.getObject("ends_on", LocalDate.class),
                rs.getString("manager"), rs.getString("latest_rag"), rs.getInt("open_risks"), rs.getLong("version"));
    }
}
