package org.fieldsupport.property.writeoff.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.fieldsupport.platform.api.FieldErrors;
import org.fieldsupport.platform.api.InvalidInputException;
import org.fieldsupport.platform.api.NotFoundException;
import org.fieldsupport.platform.audit.DataChanged;
import org.fieldsupport.platform.security.Scope;
import org.fieldsupport.platform.work.Assignee;
import org.fieldsupport.platform.work.NewWorkItem;
import org.fieldsupport.platform.work.WorkItems;
import org.fieldsupport.platform.workflow.AuthorityRequirement;
import org.fieldsupport.platform.workflow.AvailableAction;
import org.fieldsupport.platform.workflow.TransitionInput;
import org.fieldsupport.platform.workflow.Workflow;
import org.fieldsupport.platform.workflow.Workflows;
import org.fieldsupport.lsd.Flows;
import org.fieldsupport.lsd.MissionAccess;
import org.fieldsupport.lsd.RuleParameters;
import org.fieldsupport.property.internal.PropertyPermissions;
import org.fieldsupport.platform.api.RuleRefusal;
import org.fieldsupport.property.register.internal.PropertyRegister;
import org.fieldsupport.property.writeoff.domain.WriteOffRules;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Write-off cases (WRITE-OFF-2026-v1): opened with the assets' depreciated values, sent to the Local or Headquarters
 * Property Survey Board by the total, recommended (or rejected) by a member of that board, approved under a
 * delegation of authority for property write-off covering the total and the mission, then disposed of. The moves go
 * through the platform's workflow kit ({@link #FLOW}): permission in the case's mission, the version the user saw
 * (409 when stale), the delegation checked and its use recorded by the organisation's register on approval, the
 * transition log, audit and event; each step opens a work item for the next actor (board, approver, officer).
 */
@Service
public class WriteOffCases {

    static final String ENTITY = "property.write-off";
    static final String REFUSED = "property.refused.transition";

    public enum Status { OPEN, RECOMMENDED, APPROVED, REJECTED, DISPOSED }

    /** WRITE-OFF-2026-v1's steps; approval under the organisation's PROPERTY_WRITE_OFF authority for the total. */
    public static final Workflow<Case, Status> FLOW = Workflow.define(ENTITY, Case.class, Status.class)
            .id(Case::id).state(c -> Status.valueOf(c.status())).version(Case::version).reference(Case::reference)
            .scope(c -> Scope.mission(c.missionCode()))
            .storedIn("prop_writeoff", "id", "status", "version")
            .stateLabels("property.case.")
            .transition("recommend", Status.OPEN, Status.RECOMMENDED, PropertyPermissions.BOARD,
                    t -> t.requires("recommendation").label("property.action.recommend"))
            .transition("reject", Status.OPEN, Status.REJECTED, PropertyPermissions.BOARD,
                    t -> t.requires("recommendation").label("property.action.reject"))
            .transition("approve", Status.RECOMMENDED, Status.APPROVED, PropertyPermissions.APPROVE,
                    t -> t.label("property.action.approve").authority(PropertyPermissions.AUTHORITY,
                            (c, in) -> AuthorityRequirement.Subject.of(new BigDecimal(c.total()), "USD", c.missionCode())))
            .transition("dispose", Status.APPROVED, Status.DISPOSED, PropertyPermissions.MANAGE,
                    t -> t.requires("method").label("property.action.dispose"))
            .build();

    private final JdbcClient jdbc;
    private final MissionAccess access;
    private final ApplicationEventPublisher events;
    private final Workflows workflows;
    private final WorkItems work;
    private final RuleParameters parameters;

    WriteOffCases(JdbcClient jdbc, MissionAccess access, ApplicationEventPublisher events, Workflows workflows,
                  WorkItems work, RuleParameters parameters) {
        this.parameters = parameters;
        this.jdbc = jdbc;
        this.access = access;
        this.events = events;
        this.workflows = workflows;
        this.work = work;
    }

    public record NewCase(String missionCode, String reason, List<Long> assetIds) { }

    public record CaseAsset(long assetId, String tag, String description, String depreciatedValue) { }

    /** The case as the API answers it (money as strings, USD). */
    public record Case(long id, String reference, String missionCode, String reason, String board, String total,
                       String localLimit, String currency, String ruleSet, String status, List<CaseAsset> assets,
                       String recommendation, String recommendedBy, String decidedBy, String disposalMethod,
                       long version) { }

    /** The local board's limit in force on {@code on} (the division's rule parameters; 50,000 USD by default). */
    public BigDecimal localLimit(LocalDate on) {
        return parameters.valueOn(WriteOffRules.LOCAL_LIMIT, on);
    }

    @Transactional
    public Case open(NewCase c) {
        FieldErrors errors = new FieldErrors();
        String mission = null;
        try {
            mission = access.mission("missionCode", c.missionCode());
        } catch (InvalidInputException e) {
            e.errors().forEach(f -> errors.add(f.field(), f.rule(), f.messageKey(), f.args()));
        }
        if (c.reason() == null || c.reason().isBlank()) {
            errors.add("reason", "Required", "lsd.input.required");
        }
        if (c.assetIds() == null || c.assetIds().isEmpty()) {
            errors.add("assetIds", "NotEmpty", "property.input.assets");
        }
        errors.throwIfAny();
        String user = access.require(PropertyPermissions.MANAGE, mission);
        return openAs(user, mission, c);
    }

    @Transactional
    public Case openAs(String user, String mission, NewCase c) {
        Set<Long> ids = new LinkedHashSet<>(c.assetIds());
        List<PropertyRegister.Asset> assets = new ArrayList<>();
        int i = 0;
        for (Long id : ids) {
            PropertyRegister.Asset a = id == null ? null : jdbc.sql("SELECT * FROM prop_asset WHERE id = ?").param(id)
                    .query(PropertyRegister::map).optional().orElse(null);
            if (a == null || !a.missionCode().equals(mission)) {
                throw InvalidInputException.of("assetIds[" + i + "]", "Unknown", "property.input.asset", id);
            }
            boolean onOpenCase = jdbc.sql("""
                    SELECT COUNT(*) FROM prop_writeoff_asset wa JOIN prop_writeoff w ON w.id = wa.writeoff_id
                    WHERE wa.asset_id = ? AND w.status IN ('OPEN', 'RECOMMENDED')""").param(id).query(Long.class).single() > 0;
            if (!WriteOffRules.available(a.status(), onOpenCase)) {
                throw new RuleRefusal("asset-not-available", "property.refused.notAvailable", a.tag());
            }
            assets.add(a);
            i++;
        }
        BigDecimal total = WriteOffRules.total(assets.stream().map(PropertyRegister.Asset::netBookValue).toList());
        BigDecimal limit = localLimit(LocalDate.now(ZoneOffset.UTC));
        WriteOffRules.Board board = WriteOffRules.board(total, limit);
        String reference = "WO-" + mission + "-" + Long.toString(System.nanoTime(), 36).toUpperCase();
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO prop_writeoff (reference, mission_code, reason, total, local_limit, board, rule_set, status,
                    created_by, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, 'OPEN', ?, ?)""")
                .params(reference, mission, c.reason().strip(), total, limit, board.name(), WriteOffRules.RULE_SET,
                        user, OffsetDateTime.now(ZoneOffset.UTC))
                .update(keys, "id");
        long id = keys.getKey().longValue();
        for (PropertyRegister.Asset a : assets) {
            jdbc.sql("INSERT INTO prop_writeoff_asset (writeoff_id, asset_id, depreciated_value) VALUES (?, ?, ?)")
                    .params(id, a.id(), a.netBookValue()).update();
        }
        Case stored = load(id);
        events.publishEvent(DataChanged.created(ENTITY, id, stored));
        work.open(NewWorkItem.of(ENTITY, id, reference, "/property/write-offs",
                Assignee.role("PROPERTY_SURVEY_BOARD", board == WriteOffRules.Board.HEADQUARTERS ? Scope.department()
                        : Scope.mission(mission)), LocalDate.now(ZoneOffset.UTC).plusDays(30),
                "property.work.recommend", reference, mission));
        return stored;
    }

    /** The board's recommendation (a member of the LPSB for the mission, or of the HQPSB at department scope). */
    @Transactional
    public Case recommend(long id, boolean writeOff, String recommendation) {
        return recommend(id, writeOff, recommendation, null);
    }

    @Transactional
    public Case recommend(long id, boolean writeOff, String recommendation, Long version) {
        Case c = read(id);
        if ("HEADQUARTERS".equals(c.board())) {
            access.require(PropertyPermissions.BOARD, null);   // the HQPSB, not the mission's board
        }
        String text = recommendation == null ? null : recommendation.strip();
        if (text != null && text.length() > 1000) {
            throw InvalidInputException.of("recommendation", "Size", "lsd.input.tooLong", 1000);
        }
        var done = Flows.perform(workflows, FLOW, c, writeOff ? "recommend" : "reject",
                TransitionInput.of("recommendation", text).with("note", text).expectingVersion(version), REFUSED);
        jdbc.sql("UPDATE prop_writeoff SET recommendation = ?, recommended_by = ? WHERE id = ?")
                .params(text, done.actor(), id).update();
        if (writeOff) {
            work.open(NewWorkItem.of(ENTITY, id, c.reference(), "/property/write-offs",
                    Assignee.role("PROPERTY_APPROVER", Scope.mission(c.missionCode())),
                    LocalDate.now(ZoneOffset.UTC).plusDays(15), "property.work.approve", c.reference(), c.total()));
        }
        return load(id);
    }

    /** Approval under a delegation of authority for property write-off covering the total and the mission. */
    @Transactional
    public Case approve(long id) {
        return approve(id, null);
    }

    @Transactional
    public Case approve(long id, Long version) {
        Case c = read(id);
        var done = Flows.perform(workflows, FLOW, c, "approve", TransitionInput.none().expectingVersion(version), REFUSED);
        jdbc.sql("UPDATE prop_asset SET status = 'WRITTEN_OFF' WHERE id IN (SELECT asset_id FROM prop_writeoff_asset "
                + "WHERE writeoff_id = ?)").param(id).update();
        jdbc.sql("UPDATE prop_writeoff SET decided_by = ?, decided_at = ? WHERE id = ?")
                .params(done.actor(), OffsetDateTime.ofInstant(done.at(), ZoneOffset.UTC), id).update();
        work.open(NewWorkItem.of(ENTITY, id, c.reference(), "/property/write-offs",
                Assignee.role("PROPERTY_OFFICER", Scope.mission(c.missionCode())),
                LocalDate.now(ZoneOffset.UTC).plusDays(60), "property.work.dispose", c.reference()));
        return load(id);
    }

    @Transactional
    public Case dispose(long id, String method) {
        return dispose(id, method, null);
    }

    @Transactional
    public Case dispose(long id, String method, Long version) {
        Case c = read(id);
        if (method == null || !Set.of("SALE", "TRANSFER", "DESTRUCTION", "DONATION").contains(method)) {
            throw InvalidInputException.of("method", "OneOf", "lsd.input.oneOf", "DESTRUCTION, DONATION, SALE, TRANSFER");
        }
        Flows.perform(workflows, FLOW, c, "dispose", TransitionInput.of("method", method).expectingVersion(version),
                REFUSED);
        jdbc.sql("UPDATE prop_asset SET status = 'DISPOSED' WHERE id IN (SELECT asset_id FROM prop_writeoff_asset "
                + "WHERE writeoff_id = ?)").param(id).update();
        jdbc.sql("UPDATE prop_writeoff SET disposal_method = ? WHERE id = ?").params(method, id).update();
        return load(id);
    }

    /** The moves the current user may make on the case now (screens: one button each). */
    @Transactional(readOnly = true)
    public List<AvailableAction> actions(Case c) {
        List<AvailableAction> all = workflows.actions(FLOW, c);
        if ("HEADQUARTERS".equals(c.board()) && !access.may(PropertyPermissions.BOARD, null)) {
            return all.stream().filter(a -> !"recommend".equals(a.action()) && !"reject".equals(a.action())).toList();
        }
        return all;
    }

    /** The case's moves, oldest first (who, when, note, delegation used). */
    @Transactional(readOnly = true)
    public List<Workflows.TransitionRecord> history(long id) {
        read(id);
        return workflows.history(ENTITY, id);
    }

    @Transactional(readOnly = true)
    public Case read(long id) {
        Case c = load(id);
        if (!access.may(PropertyPermissions.READ, c.missionCode())) {
            throw new NotFoundException("write-off case", id);
        }
        return c;
    }

    @Transactional(readOnly = true)
    public List<Case> list(String mission) {
        List<Object> params = new ArrayList<>();
        String where = MissionAccess.missionFilter("mission_code", access.visible(PropertyPermissions.READ), params);
        if (mission != null && !mission.isBlank()) {
            where += " AND mission_code = ?";
            params.add(mission.strip().toUpperCase());
        }
        return jdbc.sql("SELECT id FROM prop_writeoff WHERE " + where + " ORDER BY id DESC LIMIT 100").params(params)
                .query(Long.class).list().stream().map(this::load).toList();
    }

    private Case load(long id) {
        List<CaseAsset> assets = jdbc.sql("""
                SELECT a.id, a.tag, a.description, wa.depreciated_value FROM prop_writeoff_asset wa
                JOIN prop_asset a ON a.id = wa.asset_id WHERE wa.writeoff_id = ? ORDER BY a.tag""").param(id)
                .query((rs, n) -> new CaseAsset(rs.getLong(1), rs.getString(2), rs.getString(3),
                        rs.getBigDecimal(4).setScale(2).toPlainString())).list();
        return jdbc.sql("SELECT * FROM prop_writeoff WHERE id = ?").param(id).query((rs, n) -> new Case(
                rs.getLong("id"), rs.getString("reference"), rs.getString("mission_code"), rs.getString("reason"),
                rs.getString("board"), rs.getBigDecimal("total").setScale(2).toPlainString(),
                rs.getBigDecimal("local_limit").setScale(2).toPlainString(), "USD", rs.getString("rule_set"),
                rs.getString("status"), assets, rs.getString("recommendation"), rs.getString("recommended_by"),
                rs.getString("decided_by"), rs.getString("disposal_method"), rs.getLong("version"))).optional()
                .orElseThrow(() -> new NotFoundException("write-off case", id));
    }
}
