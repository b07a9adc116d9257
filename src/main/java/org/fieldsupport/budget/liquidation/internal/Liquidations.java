package org.fieldsupport.budget.liquidation.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.fieldsupport.budget.estimate.internal.Budgets;
import org.fieldsupport.budget.liquidation.domain.DisposalGroup;
import org.fieldsupport.platform.api.RuleRefusal;
import org.fieldsupport.budget.shared.internal.BudgetAccess;
import org.fieldsupport.budget.shared.internal.BudgetPermissions;
import org.fieldsupport.organization.MissionPhase;
import org.fieldsupport.organization.MissionPhaseChanged;
import org.fieldsupport.platform.api.FieldErrors;
import org.fieldsupport.platform.api.NotFoundException;
import org.fieldsupport.platform.audit.DataChanged;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Liquidation of missions (7.3.d): when a mission enters the liquidation phase (the organisation's
 * {@link MissionPhaseChanged}) a liquidation record and a liquidation budget open; the asset disposal plan tracks
 * each asset's group and decision (PROPOSED → APPROVED → COMPLETED); the final performance report is tracked to
 * its submission, which needs every disposal completed.
 */
@Service("budgetLiquidations")
public class Liquidations {

    private final JdbcClient jdbc;
    private final BudgetAccess access;
    private final Budgets budgets;
    private final ApplicationEventPublisher events;

    Liquidations(JdbcClient jdbc, BudgetAccess access, Budgets budgets, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.access = access;
        this.budgets = budgets;
        this.events = events;
    }

    public record Liquidation(long id, String missionCode, LocalDate openedOn, Long budgetId, String finalReportStatus,
                              LocalDate finalReportDue, LocalDate finalReportSubmitted) { }

    public record Disposal(long id, long liquidationId, String assetReference, String description, BigDecimal bookValue,
                           DisposalGroup group, String recipient, String decision, String decidedBy) { }

    @ApplicationModuleListener
    void on(MissionPhaseChanged e) {
        if (e.to() == MissionPhase.LIQUIDATION) {
            open(e.missionCode(), e.effectiveOn() == null ? LocalDate.now() : e.effectiveOn());
        }
    }

    /** Opens the liquidation of a mission (idempotent) with its liquidation budget for the period of {@code on}. */
    @Transactional
    public Liquidation open(String missionCode, LocalDate on) {
        var existing = find(missionCode);
        if (existing != null) {
            return existing;
        }
        LocalDate period = Budgets.periodOf(on);
        Long budgetId = liquidationBudget(missionCode, period);
        jdbc.sql("INSERT INTO bud_liquidation (mission_code, opened_on, budget_id, final_report_status, final_report_due) "
                        + "VALUES (?, ?, ?, 'PENDING', ?)")
                .params(missionCode, on, budgetId, on.plusMonths(18)).update();
        Liquidation l = find(missionCode);
        events.publishEvent(DataChanged.created("budget.liquidation", l.id(), l));
        return l;
    }

    private Long liquidationBudget(String missionCode, LocalDate period) {
        String ref = "BUD-" + missionCode + "-" + period.getYear() + "-LIQ";
        Long id = jdbc.sql("SELECT id FROM bud_budget WHERE reference = ?").param(ref).query(Long.class).optional().orElse(null);
        return id != null ? id : budgets.insert(missionCode, period, Budgets.LIQUIDATION, "MSA", "system").id();
    }

    private Liquidation find(String missionCode) {
        return jdbc.sql("SELECT * FROM bud_liquidation WHERE mission_code = ?").param(missionCode)
                .query((rs, n) -> liquidation(rs)).optional().orElse(null);
    }

    public List<Liquidation> list() {
        Set<String> visible = access.missions(BudgetPermissions.READ);
        return jdbc.sql("SELECT * FROM bud_liquidation ORDER BY opened_on DESC").query((rs, n) -> liquidation(rs)).list()
                .stream().filter(l -> visible == null || visible.contains(l.missionCode())).toList();
    }

    public Liquidation get(long id) {
        return list().stream().filter(l -> l.id() == id).findFirst().orElseThrow(() -> new NotFoundException("Liquidation", id));
    }

    public List<Disposal> disposals(long liquidationId) {
        return jdbc.sql("SELECT * FROM bud_disposal_item WHERE liquidation_id = ? ORDER BY disposal_group, asset_reference")
                .param(liquidationId).query((rs, n) -> disposal(rs)).list();
    }

    /** Book value of the plan by disposal group. */
    public Map<DisposalGroup, BigDecimal> byGroup(long liquidationId) {
        Map<DisposalGroup, BigDecimal> m = new java.util.EnumMap<>(DisposalGroup.class);
        for (DisposalGroup g : DisposalGroup.values()) {
            m.put(g, BigDecimal.ZERO.setScale(2));
        }
        disposals(liquidationId).forEach(d -> m.merge(d.group(), d.bookValue(), BigDecimal::add));
        return m;
    }

    @Transactional
    public Disposal addDisposal(long liquidationId, String assetReference, String description, String bookValue,
                                String group, String recipient) {
        Liquidation l = get(liquidationId);
        FieldErrors errors = new FieldErrors();
        if (assetReference == null || assetReference.isBlank() || assetReference.length() > 60) {
            errors.add("assetReference", "NotBlank", "budget.field.required");
        }
        if (description == null || description.isBlank() || description.length() > 300) {
            errors.add("description", "NotBlank", "budget.field.required");
        }
        BigDecimal value = null;
        try {
            value = new BigDecimal(bookValue.trim());
            if (value.signum() < 0 || value.scale() > 2) {
                errors.add("bookValue", "Money", "budget.field.cents");
            }
        } catch (RuntimeException e) {
            errors.add("bookValue", "Decimal", "budget.field.decimal", bookValue);
        }
        DisposalGroup g = Arrays.stream(DisposalGroup.values()).filter(x -> x.name().equals(group)).findFirst().orElse(null);
        if (g == null) {
            errors.add("disposalGroup", "OneOf", "budget.disposal.group.unknown", group);
        }
        errors.throwIfAny();
        String user = access.require(BudgetPermissions.LIQUIDATION, l.missionCode());
        if (!"PENDING".equals(l.finalReportStatus())) {
            throw RuleRefusal.of("budget", "invalid-state", "budget.refusal.invalid-state", l.missionCode(), l.finalReportStatus());
        }
        if (disposals(liquidationId).stream().anyMatch(d -> d.assetReference().equals(assetReference.trim()))) {
            throw RuleRefusal.of("budget", "asset-in-plan", "budget.refusal.asset-in-plan", assetReference);
        }
        jdbc.sql("""
                INSERT INTO bud_disposal_item (liquidation_id, asset_reference, description, book_value, disposal_group,
                    recipient, decision) VALUES (?, ?, ?, ?, ?, ?, 'PROPOSED')""")
                .params(liquidationId, assetReference.trim(), description.trim(), value, g.name(),
                        recipient == null || recipient.isBlank() ? null : recipient.trim()).update();
        Disposal d = disposals(liquidationId).stream().reduce((a, b) -> a.id() > b.id() ? a : b).orElseThrow();
        events.publishEvent(DataChanged.created("budget.disposal", d.id(), Map.of("asset", d.assetReference(),
                "group", d.group().name(), "by", user)));
        return d;
    }

    /** PROPOSED → APPROVED → COMPLETED. */
    @Transactional
    public Disposal decide(long liquidationId, long disposalId, String decision) {
        Liquidation l = get(liquidationId);
        Disposal before = disposals(liquidationId).stream().filter(d -> d.id() == disposalId).findFirst()
                .orElseThrow(() -> new NotFoundException("Disposal", disposalId));
        if (!"APPROVED".equals(decision) && !"COMPLETED".equals(decision)) {
            throw org.fieldsupport.platform.api.InvalidInputException.of("decision", "OneOf", "budget.disposal.decision.unknown", decision);
        }
        String user = access.require(BudgetPermissions.LIQUIDATION, l.missionCode());
        String expected = "APPROVED".equals(decision) ? "PROPOSED" : "APPROVED";
        if (!expected.equals(before.decision())) {
            throw RuleRefusal.of("budget", "invalid-state", "budget.refusal.invalid-state", before.assetReference(), before.decision());
        }
        jdbc.sql("UPDATE bud_disposal_item SET decision = ?, decided_by = ?, decided_on = ? WHERE id = ?")
                .params(decision, user, LocalDate.now(), disposalId).update();
        Disposal after = disposals(liquidationId).stream().filter(d -> d.id() == disposalId).findFirst().orElseThrow();
        events.publishEvent(DataChanged.updated("budget.disposal", disposalId, before, after));
        return after;
    }

    /** The final performance report is submitted: refused while a disposal is not completed. */
    @Transactional
    public Liquidation submitFinalReport(long liquidationId) {
        Liquidation l = get(liquidationId);
        access.require(BudgetPermissions.LIQUIDATION, l.missionCode());
        if (!"PENDING".equals(l.finalReportStatus())) {
            throw RuleRefusal.of("budget", "invalid-state", "budget.refusal.invalid-state", l.missionCode(), l.finalReportStatus());
        }
        long open = disposals(liquidationId).stream().filter(d -> !"COMPLETED".equals(d.decision())).count();
        if (open > 0) {
            throw RuleRefusal.of("budget", "disposal-incomplete", "budget.refusal.disposal-incomplete", open);
        }
        jdbc.sql("UPDATE bud_liquidation SET final_report_status = 'SUBMITTED', final_report_submitted = ? WHERE id = ?")
                .params(LocalDate.now(), liquidationId).update();
        Liquidation after = get(liquidationId);
        events.publishEvent(DataChanged.updated("budget.liquidation", liquidationId, l, after));
        return after;
    }

    private static Liquidation liquidation(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new Liquidation(rs.getLong("id"), rs.getString("mission_code"), rs.getObject("opened_on", LocalDate.class),
                (Long) rs.getObject("budget_id", Long.class), rs.getString("final_report_status"),
                rs.getObject("final_report_due", LocalDate.class), rs.getObject("final_report_submitted", LocalDate.class));
    }

    private static Disposal disposal(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new Disposal(rs.getLong("id"), rs.getLong("liquidation_id"), rs.getString("asset_reference"),
                rs.getString("description"), rs.getBigDecimal("book_value"), DisposalGroup.valueOf(rs.getString("disposal_group")),
                rs.getString("recipient"), rs.getString("decision"), rs.getString("decided_by"));
    }
}
