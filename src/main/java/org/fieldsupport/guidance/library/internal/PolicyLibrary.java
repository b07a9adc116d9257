package org.fieldsupport.guidance.library.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.fieldsupport.guidance.PolicyLinks;
import org.fieldsupport.guidance.library.domain.PolicyRules;
import org.fieldsupport.guidance.library.domain.PolicyRules.VersionStatus;
import org.fieldsupport.organization.Missions;
import org.fieldsupport.organization.OrganizationStructure;
import org.fieldsupport.platform.api.BusinessRuleException;
import org.fieldsupport.platform.api.FieldErrors;
import org.fieldsupport.platform.api.InvalidInputException;
import org.fieldsupport.platform.api.NotFoundException;
import org.fieldsupport.platform.audit.DataChanged;
import org.fieldsupport.platform.security.Scope;
import org.fieldsupport.platform.work.Assignee;
import org.fieldsupport.platform.work.NewWorkItem;
import org.fieldsupport.platform.work.WorkItems;
import org.fieldsupport.platform.workflow.TransitionInput;
import org.fieldsupport.platform.workflow.Workflow;
import org.fieldsupport.platform.workflow.Workflows;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The policy library (3.3.b, 3.5.e, 5.2.a, 2.4.g): policies, SOPs, guidelines and manuals with versions in EN and FR,
 * approval ({@link PolicyRules}), supersession, dissemination to missions and acknowledgement by each mission's focal
 * point; links from other modules' procedures ({@link PolicyLinks}).
 */
@Service
public class PolicyLibrary implements PolicyLinks {

    static final String ENTITY = "guidance.policy";

    private final JdbcClient jdbc;
    private final GuidanceAccess access;
    private final OrganizationStructure structure;
    private final Missions missions;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final Workflows workflows;
    private final WorkItems workItems;

    static final String VERSION_TYPE = "guidance.policy-version";

    /** A version as the workflow kit moves it. */
    record VersionRow(long id, String code, int versionNo, String status, long version) { }

    /**
     * Approval on the platform's workflow kit: submit (policy officer), approve and supersede (approver), at
     * department scope; {@link PolicyRules} gives the user-facing reasons first.
     */
    static final Workflow<VersionRow, VersionStatus> FLOW = Workflow.define(VERSION_TYPE, VersionRow.class, VersionStatus.class)
            .id(VersionRow::id).state(v -> VersionStatus.valueOf(v.status())).version(VersionRow::version)
            .reference(v -> v.code() + " v" + v.versionNo()).scope(v -> Scope.department())
            .storedIn("gd_policy_version", "id", "status", "version")
            .stateLabels("guidance.status.")
            .refusedKey("guidance.version.moveRefused")
            .transition("submit", VersionStatus.DRAFT, VersionStatus.SUBMITTED, GuidanceAccess.POLICIES_MANAGE,
                    t -> t.label("guidance.submit"))
            .transition("approve", VersionStatus.SUBMITTED, VersionStatus.APPROVED, GuidanceAccess.POLICIES_APPROVE,
                    t -> t.label("guidance.approve"))
            .transition("supersede", VersionStatus.APPROVED, VersionStatus.SUPERSEDED, GuidanceAccess.POLICIES_APPROVE,
                    t -> t.label("guidance.supersede"))
            .build();

    PolicyLibrary(JdbcClient jdbc, GuidanceAccess access, OrganizationStructure structure, Missions missions,
                  ApplicationEventPublisher events, ObjectProvider<Clock> clock, Workflows workflows,
                  WorkItems workItems) {
        this.workflows = workflows;
        this.workItems = workItems;
        this.jdbc = jdbc;
        this.access = access;
        this.structure = structure;
        this.missions = missions;
        this.events = events;
        this.clock = clock.getIfAvailable(Clock::systemUTC);
    }

    public LocalDate today() { return LocalDate.now(clock); }

    public record NewPolicy(String code, String kind, String titleEn, String titleFr, String ownerUnit) { }

    public record NewVersion(String textEn, String textFr, LocalDate reviewOn) { }

    public record Version(long id, int versionNo, String status, String textEn, String textFr, LocalDate effectiveOn,
                          LocalDate reviewOn, String submittedBy, String approvedBy, LocalDate approvedOn,
                          boolean reviewDue) { }

    public record Dissemination(long id, String policyCode, int versionNo, String missionCode, LocalDate disseminatedOn,
                                String acknowledgedBy, OffsetDateTime acknowledgedAt) { }

    public record Link(String module, String procedureRef, String label) { }

    public record Policy(long id, String code, String kind, String titleEn, String titleFr, String ownerUnit,
                         String supersededBy, Integer versionInForce, LocalDate reviewOn, boolean reviewDue,
                         long missionsDisseminated, long missionsAcknowledged) {
        public String title(Locale locale) {
            return locale != null && "fr".equals(locale.getLanguage()) ? titleFr : titleEn;
        }
    }

    public record Detail(Policy policy, List<Version> versions, List<Dissemination> disseminations, List<Link> links) { }

    // ------------------------------------------------------------------ policies and versions

    @Transactional
    public Detail create(NewPolicy cmd) {
        access.requireDepartment(GuidanceAccess.POLICIES_MANAGE);
        FieldErrors errors = new FieldErrors();
        String code = cmd.code() == null ? "" : cmd.code().strip().toUpperCase(Locale.ROOT);
        if (!code.matches("[A-Z0-9][A-Z0-9.-]{1,39}")) errors.add("code", "Pattern", "guidance.error.code");
        else if (jdbc.sql("SELECT COUNT(*) FROM gd_policy WHERE code = ?").param(code).query(Long.class).single() > 0) {
            errors.add("code", "Unique", "guidance.error.duplicate", code);
        }
        PolicyRules.Kind kind = null;
        try {
            kind = PolicyRules.Kind.valueOf(cmd.kind() == null ? "" : cmd.kind().strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            errors.add("kind", "OneOf", "guidance.error.kind");
        }
        if (cmd.titleEn() == null || cmd.titleEn().isBlank()) errors.add("titleEn", "NotBlank", "guidance.error.required");
        if (cmd.titleFr() == null || cmd.titleFr().isBlank()) errors.add("titleFr", "NotBlank", "guidance.error.required");
        if (cmd.ownerUnit() == null || structure.unit(cmd.ownerUnit().strip(), today()).isEmpty()) {
            errors.add("ownerUnit", "UnknownUnit", "guidance.error.unknownUnit", cmd.ownerUnit());
        }
        errors.throwIfAny();
        String user = access.user();
        OffsetDateTime now = OffsetDateTime.now(clock);
        var keys = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO gd_policy (code, kind, title_en, title_fr, owner_unit, version, created_by, created_at,"
                        + " modified_by, modified_at) VALUES (?, ?, ?, ?, ?, 0, ?, ?, ?, ?)")
                .params(code, kind.name(), cmd.titleEn().strip(), cmd.titleFr().strip(), cmd.ownerUnit().strip(), user, now,
                        user, now)
                .update(keys, "id");
        Detail d = detail(code);
        events.publishEvent(DataChanged.created(ENTITY, d.policy().id(), d.policy()));
        return d;
    }

    @Transactional
    public Detail draftVersion(String code, NewVersion cmd) {
        access.requireDepartment(GuidanceAccess.POLICIES_MANAGE);
        Policy p = policyRow(code);
        FieldErrors errors = new FieldErrors();
        if (cmd.textEn() == null || cmd.textEn().isBlank()) errors.add("textEn", "NotBlank", "guidance.error.required");
        if (cmd.textFr() == null || cmd.textFr().isBlank()) errors.add("textFr", "NotBlank", "guidance.error.required");
        if (cmd.reviewOn() == null) errors.add("reviewOn", "NotNull", "guidance.error.required");
        else if (!cmd.reviewOn().isAfter(today())) errors.add("reviewOn", "Future", "guidance.error.future");
        errors.throwIfAny();
        if (jdbc.sql("SELECT COUNT(*) FROM gd_policy_version WHERE policy_id = ? AND status IN ('DRAFT', 'SUBMITTED')")
                .param(p.id()).query(Long.class).single() > 0) {
            throw new BusinessRuleException("guidance.version.pending", p.code());
        }
        int next = jdbc.sql("SELECT COALESCE(MAX(version_no), 0) + 1 FROM gd_policy_version WHERE policy_id = ?")
                .param(p.id()).query(Integer.class).single();
        var keys = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO gd_policy_version (policy_id, version_no, text_en, text_fr, status, review_on, created_by,"
                        + " created_at) VALUES (?, ?, ?, ?, 'DRAFT', ?, ?, ?)")
                .params(p.id(), next, cmd.textEn().strip(), cmd.textFr().strip(), cmd.reviewOn(), access.user(),
                        OffsetDateTime.now(clock))
                .update(keys, "id");
        events.publishEvent(DataChanged.created("guidance.policyVersion", keys.getKeyAs(Number.class), Map.of(
                "policy", p.code(), "version", next, "status", "DRAFT")));
        return detail(p.code());
    }

    @Transactional
    public Detail submit(String code, int versionNo) {
        access.requireDepartment(GuidanceAccess.POLICIES_MANAGE);
        Version v = version(code, versionNo);
        PolicyRules.maySubmit(VersionStatus.valueOf(v.status())).ifPresent(this::refuse);
        move(code, v, "submit");
        jdbc.sql("UPDATE gd_policy_version SET submitted_by = ? WHERE id = ?").params(access.user(), v.id()).update();
        workItems.open(NewWorkItem.of(VERSION_TYPE, v.id(), code + " v" + versionNo, "/guidance/policies/" + code,
                Assignee.role("POLICY_OFFICER", Scope.department()), null, "guidance.work.approve", code, versionNo));
        return detail(code);
    }

    /** Approves a submitted version: in force from today; the version it replaces is superseded. */
    @Transactional
    public Detail approve(String code, int versionNo) {
        access.requireDepartment(GuidanceAccess.POLICIES_APPROVE);
        Policy p = policyRow(code);
        Version v = version(code, versionNo);
        PolicyRules.mayApprove(VersionStatus.valueOf(v.status()), v.submittedBy(), access.user()).ifPresent(this::refuse);
        List<Version> inForce = versions(p.id()).stream().filter(x -> "APPROVED".equals(x.status())).toList();
        for (Version old : inForce) {
            move(code, old, "supersede");
        }
        move(code, v, "approve");
        jdbc.sql("UPDATE gd_policy_version SET approved_by = ?, approved_on = ?, effective_on = ? WHERE id = ?")
                .params(access.user(), today(), today(), v.id()).update();
        // the review reminder of the version in force, in the policy officers' inbox until the next approval
        workItems.closeFor("guidance.policy", p.code());
        workItems.open(NewWorkItem.of("guidance.policy", p.code(), p.code(), "/guidance/policies/" + p.code(),
                Assignee.role("POLICY_OFFICER", Scope.department()), v.reviewOn(), "guidance.work.review", p.code(),
                versionNo));
        return detail(code);
    }

    @Transactional
    public Detail supersede(String code, String byCode) {
        access.requireDepartment(GuidanceAccess.POLICIES_APPROVE);
        Policy p = policyRow(code);
        Policy by = policyRow(byCode);
        PolicyRules.maySupersede(p.code(), by.code(), by.versionInForce() != null).ifPresent(this::refuse);
        jdbc.sql("UPDATE gd_policy SET superseded_by = ?, version = version + 1, modified_by = ?, modified_at = ? WHERE id = ?")
                .params(by.id(), access.user(), OffsetDateTime.now(clock), p.id()).update();
        for (Version old : versions(p.id()).stream().filter(x -> "APPROVED".equals(x.status())).toList()) {
            move(p.code(), old, "supersede");
        }
        workItems.closeFor("guidance.policy", p.code());
        events.publishEvent(DataChanged.updated(ENTITY, p.id(), p, Map.of("code", p.code(), "supersededBy", by.code())));
        return detail(code);
    }

    private void move(String code, Version v, String action) {
        long lock = jdbc.sql("SELECT version FROM gd_policy_version WHERE id = ?").param(v.id()).query(Long.class).single();
        workflows.perform(FLOW, new VersionRow(v.id(), code, v.versionNo(), v.status(), lock), action, TransitionInput.none());
    }

    private void refuse(String key) {
        throw new BusinessRuleException(key);
    }

    // ------------------------------------------------------------------ dissemination and acknowledgement

    @Transactional
    public Detail disseminate(String code, List<String> missionCodes) {
        access.requireDepartment(GuidanceAccess.POLICIES_MANAGE);
        Policy p = policyRow(code);
        if (p.versionInForce() == null) throw new BusinessRuleException("guidance.version.notInForce");
        Version v = version(code, p.versionInForce());
        PolicyRules.mayDisseminate(VersionStatus.valueOf(v.status())).ifPresent(this::refuse);
        Set<String> targets = new LinkedHashSet<>();
        FieldErrors errors = new FieldErrors();
        if (missionCodes == null || missionCodes.isEmpty()) errors.add("missions", "NotEmpty", "guidance.error.required");
        else for (String m : missionCodes) {
            String c = m == null ? "" : m.strip().toUpperCase(Locale.ROOT);
            if ("ALL".equals(c)) missions.all(today()).forEach(ms -> targets.add(ms.code()));
            else if (missions.find(c).isEmpty()) errors.add("missions", "UnknownMission", "guidance.error.unknownMission", c);
            else targets.add(c);
        }
        errors.throwIfAny();
        for (String mission : targets) {
            boolean exists = jdbc.sql("SELECT COUNT(*) FROM gd_dissemination WHERE version_id = ? AND mission_code = ?")
                    .params(v.id(), mission).query(Long.class).single() > 0;
            if (!exists) {
                var keys = new GeneratedKeyHolder();
                jdbc.sql("INSERT INTO gd_dissemination (version_id, mission_code, disseminated_on, disseminated_by)"
                        + " VALUES (?, ?, ?, ?)").params(v.id(), mission, today(), access.user()).update(keys, "id");
                workItems.open(NewWorkItem.of("guidance.dissemination", keys.getKeyAs(Number.class).longValue(), p.code(),
                        "/guidance/policies/" + p.code(), Assignee.role("GUIDANCE_FOCAL_POINT", Scope.mission(mission)),
                        null, "guidance.work.acknowledge", p.code(), v.versionNo(), mission));
            }
        }
        events.publishEvent(DataChanged.updated(ENTITY, p.id(), null, Map.of("code", code, "version", v.versionNo(),
                "disseminatedTo", List.copyOf(targets))));
        return detail(code);
    }

    /** The mission's focal point acknowledges the version in force disseminated to the mission. */
    @Transactional
    public Dissemination acknowledge(String code, String mission) {
        String m = mission == null ? "" : mission.strip().toUpperCase(Locale.ROOT);
        if (m.isEmpty()) {
            // an acknowledgement is for a mission; without one it is the client's mistake, not a 500 (issue 9)
            throw org.fieldsupport.platform.api.InvalidInputException.of("mission", "Required", "guidance.ack.mission");
        }
        access.requireMission(GuidanceAccess.POLICIES_ACKNOWLEDGE, m);
        Policy p = policyRow(code);
        if (p.versionInForce() == null) throw new BusinessRuleException("guidance.ack.notDisseminated");
        Version v = version(code, p.versionInForce());
        Optional<Dissemination> d = disseminations(p.id()).stream()
                .filter(x -> x.versionNo() == v.versionNo() && x.missionCode().equals(m)).findFirst();
        PolicyRules.mayAcknowledge(d.isPresent(), d.map(x -> x.acknowledgedAt() != null).orElse(false))
                .ifPresent(this::refuse);
        jdbc.sql("UPDATE gd_dissemination SET acknowledged_by = ?, acknowledged_at = ? WHERE id = ?")
                .params(access.user(), OffsetDateTime.now(clock), d.get().id()).update();
        workItems.closeFor("guidance.dissemination", String.valueOf(d.get().id()));
        events.publishEvent(DataChanged.updated("guidance.dissemination", d.get().id(), d.get(),
                Map.of("policy", code, "mission", m, "acknowledgedBy", access.user())));
        return disseminations(p.id()).stream().filter(x -> x.id() == d.get().id()).findFirst().orElseThrow();
    }

    /** Disseminations of versions in force not yet acknowledged: all of them, or those of the user's missions. */
    @Transactional(readOnly = true)
    public List<Dissemination> notAcknowledged(String mission) {
        access.requireAnywhere(GuidanceAccess.POLICIES_READ);
        StringBuilder sql = new StringBuilder(DISSEMINATION + " WHERE d.acknowledged_at IS NULL AND v.status = 'APPROVED'");
        Map<String, Object> params = new HashMap<>();
        Set<String> mine = access.department(GuidanceAccess.POLICIES_READ) ? null
                : access.missions(GuidanceAccess.POLICIES_READ);
        if (mine != null) {
            if (mine.isEmpty()) return List.of();
            sql.append(" AND d.mission_code IN (:mine)");
            params.put("mine", List.copyOf(mine));
        }
        if (mission != null && !mission.isBlank()) {
            sql.append(" AND d.mission_code = :mission");
            params.put("mission", mission.strip().toUpperCase(Locale.ROOT));
        }
        sql.append(" ORDER BY d.mission_code, p.code");
        return jdbc.sql(sql.toString()).params(params).query(Dissemination.class).list();
    }

    private static final String DISSEMINATION = "SELECT d.id, p.code AS policy_code, v.version_no, d.mission_code,"
            + " d.disseminated_on, d.acknowledged_by, d.acknowledged_at FROM gd_dissemination d"
            + " JOIN gd_policy_version v ON v.id = d.version_id JOIN gd_policy p ON p.id = v.policy_id";

    private List<Dissemination> disseminations(long policyId) {
        return jdbc.sql(DISSEMINATION + " WHERE p.id = ? ORDER BY v.version_no DESC, d.mission_code").param(policyId)
                .query(Dissemination.class).list();
    }

    // ------------------------------------------------------------------ reads

    private static final String POLICY = """
            SELECT p.id, p.code, p.kind, p.title_en, p.title_fr, p.owner_unit, s.code AS superseded_by,
              v.version_no AS version_in_force, v.review_on,
              (SELECT COUNT(*) FROM gd_dissemination d WHERE d.version_id = v.id) AS missions_disseminated,
              (SELECT COUNT(*) FROM gd_dissemination d WHERE d.version_id = v.id AND d.acknowledged_at IS NOT NULL) AS missions_acknowledged
            FROM gd_policy p
            LEFT JOIN gd_policy s ON s.id = p.superseded_by
            LEFT JOIN gd_policy_version v ON v.policy_id = p.id AND v.status = 'APPROVED'""";

    private Policy mapPolicy(java.sql.ResultSet rs) throws java.sql.SQLException {
        Integer inForce = rs.getObject("version_in_force") == null ? null : rs.getInt("version_in_force");
        LocalDate review = rs.getObject("review_on", LocalDate.class);
        return new Policy(rs.getLong("id"), rs.getString("code"), rs.getString("kind"), rs.getString("title_en"),
                rs.getString("title_fr"), rs.getString("owner_unit"), rs.getString("superseded_by"), inForce, review,
                inForce != null && PolicyRules.reviewDue(VersionStatus.APPROVED, review, today()),
                rs.getLong("missions_disseminated"), rs.getLong("missions_acknowledged"));
    }

    private Policy policyRow(String code) {
        return jdbc.sql(POLICY + " WHERE p.code = ?").param(code == null ? "" : code.strip().toUpperCase(Locale.ROOT))
                .query((rs, n) -> mapPolicy(rs)).optional().orElseThrow(() -> new NotFoundException("policy", code));
    }

    private List<Version> versions(long policyId) {
        return jdbc.sql("SELECT id, version_no, status, text_en, text_fr, effective_on, review_on, submitted_by, approved_by,"
                        + " approved_on FROM gd_policy_version WHERE policy_id = ? ORDER BY version_no DESC").param(policyId)
                .query((rs, n) -> {
                    LocalDate review = rs.getObject(7, LocalDate.class);
                    String status = rs.getString(3);
                    return new Version(rs.getLong(1), rs.getInt(2), status, rs.getString(4), rs.getString(5),
                            rs.getObject(6, LocalDate.class), review, rs.getString(8), rs.getString(9),
                            rs.getObject(10, LocalDate.class),
                            PolicyRules.reviewDue(VersionStatus.valueOf(status), review, today()));
                }).list();
    }

    private Version version(String code, int versionNo) {
        Policy p = policyRow(code);
        return versions(p.id()).stream().filter(v -> v.versionNo() == versionNo).findFirst()
                .orElseThrow(() -> new NotFoundException("policy version", code + " v" + versionNo));
    }

    @Transactional(readOnly = true)
    public Detail detail(String code) {
        access.requireAnywhere(GuidanceAccess.POLICIES_READ);
        Policy p = policyRow(code);
        List<Link> links = jdbc.sql("SELECT module, procedure_ref, label FROM gd_policy_link WHERE policy_id = ?"
                + " ORDER BY module, procedure_ref").param(p.id()).query(Link.class).list();
        return new Detail(p, versions(p.id()), disseminations(p.id()), links);
    }

    @Transactional(readOnly = true)
    public List<Policy> list(String q, String kind, boolean reviewDueOnly) {
        access.requireAnywhere(GuidanceAccess.POLICIES_READ);
        StringBuilder sql = new StringBuilder(POLICY + " WHERE 1 = 1");
        Map<String, Object> params = new HashMap<>();
        if (q != null && !q.isBlank()) {
            sql.append(" AND (LOWER(p.title_en) LIKE :q OR LOWER(p.title_fr) LIKE :q OR LOWER(p.code) LIKE :q)");
            params.put("q", "%" + q.strip().toLowerCase(Locale.ROOT) + "%");
        }
        if (kind != null && !kind.isBlank()) {
            sql.append(" AND p.kind = :kind");
            params.put("kind", kind.strip().toUpperCase(Locale.ROOT));
        }
        sql.append(" ORDER BY p.code");
        List<Policy> all = jdbc.sql(sql.toString()).params(params).query((rs, n) -> mapPolicy(rs)).list();
        return reviewDueOnly ? all.stream().filter(Policy::reviewDue).toList() : all;
    }

    // ------------------------------------------------------------------ PolicyLinks (the module's API)

    @Override
    @Transactional
    public void link(String policyCode, String module, String procedureRef, String label) {
        Policy p = policyRow(policyCode);
        FieldErrors errors = new FieldErrors();
        if (module == null || !module.matches("[a-z][a-z0-9-]{1,39}")) errors.add("module", "Pattern", "guidance.error.module");
        if (procedureRef == null || procedureRef.isBlank()) errors.add("procedureRef", "NotBlank", "guidance.error.required");
        errors.throwIfAny();
        boolean exists = jdbc.sql("SELECT COUNT(*) FROM gd_policy_link WHERE policy_id = ? AND module = ? AND procedure_ref = ?")
                .params(p.id(), module, procedureRef.strip()).query(Long.class).single() > 0;
        if (exists) return;
        jdbc.sql("INSERT INTO gd_policy_link (policy_id, module, procedure_ref, label, linked_by, linked_at)"
                        + " VALUES (?, ?, ?, ?, ?, ?)")
                .params(p.id(), module, procedureRef.strip(), label == null || label.isBlank() ? procedureRef.strip() : label.strip(),
                        org.fieldsupport.platform.security.CurrentUser.usernameOrSystem(), OffsetDateTime.now(clock)).update();
        events.publishEvent(DataChanged.created("guidance.policyLink", p.code() + "|" + module + "|" + procedureRef,
                Map.of("policy", p.code(), "module", module, "procedureRef", procedureRef)));
    }

    @Override
    @Transactional
    public void unlink(String policyCode, String module, String procedureRef) {
        Policy p = policyRow(policyCode);
        int n = jdbc.sql("DELETE FROM gd_policy_link WHERE policy_id = ? AND module = ? AND procedure_ref = ?")
                .params(p.id(), module, procedureRef).update();
        if (n > 0) {
            events.publishEvent(DataChanged.deleted("guidance.policyLink", p.code() + "|" + module + "|" + procedureRef,
                    Map.of("policy", p.code(), "module", module, "procedureRef", procedureRef)));
        }
    }

    @Override
    @Transactional(readOnly = true)
    public List<PolicyReference> linksFor(String module, String procedureRef) {
        return jdbc.sql(POLICY + " JOIN gd_policy_link l ON l.policy_id = p.id WHERE l.module = ? AND l.procedure_ref = ?"
                        + " ORDER BY p.code").params(module, procedureRef)
                .query((rs, n) -> reference(mapPolicy(rs))).list();
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<PolicyReference> policy(String policyCode) {
        return jdbc.sql(POLICY + " WHERE p.code = ?").param(policyCode).query((rs, n) -> mapPolicy(rs)).optional()
                .map(this::reference);
    }

    private PolicyReference reference(Policy p) {
        LocalDate effective = p.versionInForce() == null ? null : jdbc.sql("SELECT effective_on FROM gd_policy_version"
                + " WHERE policy_id = ? AND version_no = ?").params(p.id(), p.versionInForce()).query(LocalDate.class).single();
        return new PolicyReference(p.code(), p.kind(), p.titleEn(), p.titleFr(), p.ownerUnit(), p.versionInForce(),
                effective, p.reviewOn(), p.supersededBy());
    }

    /** A policy officer links a procedure by hand (the API other modules call is {@link #link}). */
    @Transactional
    public Detail linkAsOfficer(String code, String module, String procedureRef, String label) {
        access.requireDepartment(GuidanceAccess.POLICIES_MANAGE);
        link(code, module, procedureRef, label);
        return detail(code);
    }

    /** For screens: may the user acknowledge for that mission? */
    public boolean mayAcknowledge(String mission) {
        return access.forMission(GuidanceAccess.POLICIES_ACKNOWLEDGE, mission);
    }

    /** Missions the user acknowledges for (null = none department-wide; acknowledgement is per mission). */
    public Set<String> acknowledgingMissions() {
        Set<String> m = access.missions(GuidanceAccess.POLICIES_ACKNOWLEDGE);
        return m == null ? Set.of() : m;
    }

    void requireNotDenied() {
        if (!access.anywhere(GuidanceAccess.POLICIES_READ)) throw new AccessDeniedException("guidance.policies.read");
    }

    static InvalidInputException invalid(String field, String key) {
        return InvalidInputException.of(field, "Invalid", key);
    }
}
