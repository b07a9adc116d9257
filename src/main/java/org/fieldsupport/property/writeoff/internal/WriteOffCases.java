package org.fieldsupport.property.writeoff.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.fieldsupport.organization.AuthorityCheck;
import org.fieldsupport.organization.AuthorityDecision;
import org.fieldsupport.organization.DelegationsOfAuthority;
import org.fieldsupport.platform.api.BusinessRuleException;
import org.fieldsupport.platform.api.FieldErrors;
import org.fieldsupport.platform.api.InvalidInputException;
import org.fieldsupport.platform.api.NotFoundException;
import org.fieldsupport.platform.audit.DataChanged;
import org.fieldsupport.property.internal.PropertyAccess;
import org.fieldsupport.property.internal.PropertyPermissions;
import org.fieldsupport.property.internal.RuleRefusal;
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
 * delegation of authority for property write-off covering the total and the mission, then disposed of.
 */
@Service
public class WriteOffCases {

    static final String ENTITY = "property.write-off";

    private final JdbcClient jdbc;
    private final PropertyAccess access;
    private final ApplicationEventPublisher events;
    private final DelegationsOfAuthority delegations;

    WriteOffCases(JdbcClient jdbc, PropertyAccess access, ApplicationEventPublisher events,
                  DelegationsOfAuthority delegations) {
        this.jdbc = jdbc;
        this.access = access;
        this.events = events;
        this.delegations = delegations;
    }

    public record NewCase(String missionCode, String reason, List<Long> assetIds) { }

    public record CaseAsset(long assetId, String tag, String description, String depreciatedValue) { }

    /** The case as the API answers it (money as strings, USD). */
    public record Case(long id, String reference, String missionCode, String reason, String board, String total,
                       String localLimit, String currency, String ruleSet, String status, List<CaseAsset> assets,
                       String recommendation, String recommendedBy, String decidedBy, String disposalMethod) { }

    public BigDecimal localLimit(LocalDate on) {
        return jdbc.sql("SELECT amount FROM prop_rule_parameter WHERE name = 'writeoff.local.limit' AND effective_from <= ? "
                + "ORDER BY effective_from DESC").param(on).query(BigDecimal.class).optional()
                .orElse(WriteOffRules.DEFAULT_LOCAL_LIMIT);
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
        return stored;
    }

    /** The board's recommendation (a member of the LPSB for the mission, or of the HQPSB at department scope). */
    @Transactional
    public Case recommend(long id, boolean writeOff, String recommendation) {
        Case c = read(id);
        if (recommendation == null || recommendation.isBlank()) {
            throw InvalidInputException.of("recommendation", "Required", "lsd.input.required");
        }
        String user = access.require(PropertyPermissions.BOARD,
                "HEADQUARTERS".equals(c.board()) ? null : c.missionCode());
        if (!"OPEN".equals(c.status())) {
            throw new RuleRefusal("invalid-transition", "property.refused.transition", c.reference(), c.status());
        }
        return change(c, writeOff ? "RECOMMENDED" : "REJECTED",
                "UPDATE prop_writeoff SET status = ?, recommendation = ?, recommended_by = ? WHERE id = ? AND status = 'OPEN'",
                writeOff ? "RECOMMENDED" : "REJECTED", recommendation.strip(), user, id);
    }

    /** Approval under a delegation of authority for property write-off covering the total and the mission. */
    @Transactional
    public Case approve(long id) {
        Case c = read(id);
        String user = access.require(PropertyPermissions.APPROVE, c.missionCode());
        if (!"RECOMMENDED".equals(c.status())) {
            throw new RuleRefusal("invalid-transition", "property.refused.transition", c.reference(), c.status());
        }
        AuthorityDecision decision = delegations.checkAndRecordUse(AuthorityCheck.forAmount(user,
                PropertyPermissions.AUTHORITY, c.missionCode(), new BigDecimal(c.total()), "USD", null),
                "property write-off", c.reference());
        if (decision instanceof AuthorityDecision.Refused refused) {
            throw new BusinessRuleException(refused.messageKey(), refused.args().toArray());
        }
        jdbc.sql("UPDATE prop_asset SET status = 'WRITTEN_OFF' WHERE id IN (SELECT asset_id FROM prop_writeoff_asset "
                + "WHERE writeoff_id = ?)").param(id).update();
        return change(c, "APPROVED", "UPDATE prop_writeoff SET status = ?, decided_by = ?, decided_at = ? WHERE id = ? "
                + "AND status = 'RECOMMENDED'", "APPROVED", user, OffsetDateTime.now(ZoneOffset.UTC), id);
    }

    @Transactional
    public Case dispose(long id, String method) {
        Case c = read(id);
        if (method == null || !Set.of("SALE", "TRANSFER", "DESTRUCTION", "DONATION").contains(method)) {
            throw InvalidInputException.of("method", "OneOf", "lsd.input.oneOf", "DESTRUCTION, DONATION, SALE, TRANSFER");
        }
        access.require(PropertyPermissions.MANAGE, c.missionCode());
        if (!"APPROVED".equals(c.status())) {
            throw new RuleRefusal("invalid-transition", "property.refused.transition", c.reference(), c.status());
        }
        jdbc.sql("UPDATE prop_asset SET status = 'DISPOSED' WHERE id IN (SELECT asset_id FROM prop_writeoff_asset "
                + "WHERE writeoff_id = ?)").param(id).update();
        return change(c, "DISPOSED", "UPDATE prop_writeoff SET status = ?, disposal_method = ? WHERE id = ? "
                + "AND status = 'APPROVED'", "DISPOSED", method, id);
    }

    private Case change(Case before, String status, String sql, Object... params) {
        if (jdbc.sql(sql).params(params).update() != 1) {
            throw new RuleRefusal("invalid-transition", "property.refused.transition", before.reference(), before.status());
        }
        Case after = load(before.id());
        events.publishEvent(DataChanged.updated(ENTITY, before.id(), Map.of("status", before.status()),
                Map.of("status", status)));
        return after;
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
        String where = PropertyAccess.missionFilter("mission_code", access.visible(PropertyPermissions.READ), params);
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
                rs.getString("decided_by"), rs.getString("disposal_method"))).optional()
                .orElseThrow(() -> new NotFoundException("write-off case", id));
    }
}
