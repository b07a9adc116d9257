package org.fieldsupport.budget.estimate.internal;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.fieldsupport.budget.estimate.domain.CostEstimator;
import org.fieldsupport.budget.estimate.domain.CostGroup;
import org.fieldsupport.budget.estimate.domain.ExpenditureClass;
import org.fieldsupport.budget.estimate.domain.Money;
import org.fieldsupport.platform.api.RuleRefusal;
import org.fieldsupport.budget.shared.internal.BudgetAccess;
import org.fieldsupport.budget.shared.internal.BudgetPermissions;
import org.fieldsupport.organization.Missions;
import org.fieldsupport.platform.api.FieldErrors;
import org.fieldsupport.platform.api.NotFoundException;
import org.fieldsupport.platform.audit.DataChanged;
import org.fieldsupport.platform.security.CurrentUser;
import org.fieldsupport.platform.security.Scope;
import org.fieldsupport.platform.work.Assignee;
import org.fieldsupport.platform.work.NewWorkItem;
import org.fieldsupport.platform.work.WorkItems;
import org.fieldsupport.platform.workflow.TransitionInput;
import org.fieldsupport.platform.workflow.Workflow;
import org.fieldsupport.platform.workflow.Workflows;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Budget proposals of missions: a budget per mission, financial period and kind, its cost-estimate lines
 * (BUDGET-2026-v1) and its way from the mission to headquarters and the Controller
 * (DRAFT → SUBMITTED → HQ_REVIEWED → SENT_TO_CONTROLLER; RETURNED to the mission by headquarters).
 */
@Service("budgetBudgets")
public class Budgets {

    public static final String MAINTENANCE = "MAINTENANCE";
    public static final String LIQUIDATION = "LIQUIDATION";

    private final JdbcClient jdbc;
    private final BudgetAccess access;
    private final Missions missions;
    private final ApplicationEventPublisher events;
    private final Workflows workflows;
    private final WorkItems workItems;
    private final CostParameters parameters;

    Budgets(JdbcClient jdbc, BudgetAccess access, Missions missions, ApplicationEventPublisher events, Workflows workflows,
            WorkItems workItems, CostParameters parameters) {
        this.parameters = parameters;
        this.jdbc = jdbc;
        this.access = access;
        this.missions = missions;
        this.events = events;
        this.workflows = workflows;
        this.workItems = workItems;
    }

    public record Budget(long id, String reference, String missionCode, LocalDate periodStart, String kind, String fund,
                         String status, String ruleSet, BigDecimal total, String submittedBy, String reviewedBy,
                         String sentBy, String performanceStatus, long version) {
        public String period() { return periodLabel(periodStart); }

        public Status state() { return Status.valueOf(status); }
    }

    /** The states of a budget proposal (workflow kit). */
    public enum Status { DRAFT, SUBMITTED, HQ_REVIEWED, SENT_TO_CONTROLLER, RETURNED }

    /**
     * The proposal's way: the mission submits it to headquarters, headquarters reviews it and sends it to the
     * Controller or returns it to the mission. Moved by the platform's workflow kit (permission in the mission's
     * scope, compare-and-set on state and version, transition log, audit, closing of work items).
     */
    public static final Workflow<Budget, Status> FLOW = Workflow.define("budget.budget", Budget.class, Status.class)
            .id(Budget::id).state(Budget::state).version(Budget::version).reference(Budget::reference)
            .scope(b -> Scope.mission(b.missionCode()))
            .storedIn("bud_budget", "id", "status", "version")
            .stateLabels("budget.status.")
            .refusedKey("budget.refusal.transition")
            .transition("submit", Workflow.anyOf(Status.DRAFT, Status.RETURNED), Status.SUBMITTED, BudgetPermissions.PREPARE,
                    t -> t.label("budget.budget.submit"))
            .transition("review", Status.SUBMITTED, Status.HQ_REVIEWED, BudgetPermissions.REVIEW,
                    t -> t.label("budget.budget.review"))
            .transition("send-to-controller", Status.HQ_REVIEWED, Status.SENT_TO_CONTROLLER, BudgetPermissions.REVIEW,
                    t -> t.label("budget.budget.send"))
            .transition("return", Workflow.anyOf(Status.SUBMITTED, Status.HQ_REVIEWED), Status.RETURNED,
                    BudgetPermissions.REVIEW, t -> t.label("budget.budget.return"))
            .build();

    public record EstimateLine(long id, ExpenditureClass cls, String description, BigDecimal persons,
                               BigDecimal monthlyRate, Integer months, BigDecimal delayedDeploymentFactor,
                               BigDecimal posts, BigDecimal standardAnnualCost, BigDecimal vacancyRate,
                               BigDecimal quantity, BigDecimal unitCost, BigDecimal amount, LineSource source) {
        public CostGroup group() { return cls.group(); }

        /** The count the rule multiplies: persons (group I), posts (group II), quantity (group III). */
        public BigDecimal count() {
            return switch (cls.group()) {
                case I -> persons;
                case II -> posts;
                case III -> quantity;
            };
        }
    }

    /**
     * Where a line's figures came from when it was filled from another module (null for a line the officer typed):
     * {@code kind} STAFFING_TABLE or MOU, the line's {@code key} within its source, the source record ({@code ref}),
     * the count the source gave and, for posts, how many were vacant, for contingents the months deployed in the
     * period, the day it was read, the reference data of the rates ({@code ratesRef}); and the officer's override of
     * the count, if any, with its reason.
     */
    public record LineSource(String kind, String key, String ref, BigDecimal count, Integer vacant, Integer months,
                             LocalDate asOf, String ratesRef, String overrideReason, String overriddenBy,
                             OffsetDateTime overriddenAt) {
        public boolean overridden() { return overrideReason != null; }
    }

    /** "2026/27" for the period starting 1 July 2026. */
    public static String periodLabel(LocalDate start) {
        return start.getYear() + "/" + String.format("%02d", (start.getYear() + 1) % 100);
    }

    public static LocalDate periodStart(int year) {
        return LocalDate.of(year, 7, 1);
    }

    /** The period (1 July – 30 June) holding {@code date}. */
    public static LocalDate periodOf(LocalDate date) {
        return date.getMonthValue() >= 7 ? periodStart(date.getYear()) : periodStart(date.getYear() - 1);
    }

    // ---- reading ----

    public Budget get(long id) {
        Budget b = jdbc.sql("SELECT * FROM bud_budget WHERE id = ?").param(id).query(Budgets::budget).optional()
                .orElseThrow(() -> new NotFoundException("Budget", id));
        if (!access.sees(BudgetPermissions.READ, b.missionCode())) {
            throw new NotFoundException("Budget", id); // other missions' budgets are not disclosed
        }
        return b;
    }

    /** Budget without a permission check, for other sub-domains that checked already. */
    public Budget load(long id) {
        return jdbc.sql("SELECT * FROM bud_budget WHERE id = ?").param(id).query(Budgets::budget).optional()
                .orElseThrow(() -> new NotFoundException("Budget", id));
    }

    public List<Budget> list() {
        Set<String> visible = access.missions(BudgetPermissions.READ);
        return jdbc.sql("SELECT * FROM bud_budget ORDER BY period_start DESC, mission_code, kind").query(Budgets::budget)
                .list().stream().filter(b -> visible == null || visible.contains(b.missionCode())).toList();
    }

    public List<EstimateLine> lines(long budgetId) {
        return jdbc.sql("SELECT * FROM bud_estimate_line WHERE budget_id = ? ORDER BY id").param(budgetId)
                .query((rs, n) -> new EstimateLine(rs.getLong("id"), ExpenditureClass.valueOf(rs.getString("class_code")),
                        rs.getString("description"), rs.getBigDecimal("persons"), rs.getBigDecimal("monthly_rate"),
                        (Integer) rs.getObject("months", Integer.class), rs.getBigDecimal("delayed_factor"),
                        rs.getBigDecimal("posts"), rs.getBigDecimal("standard_annual_cost"), rs.getBigDecimal("vacancy_rate"),
                        rs.getBigDecimal("quantity"), rs.getBigDecimal("unit_cost"), rs.getBigDecimal("amount"),
                        "MANUAL".equals(rs.getString("source")) ? null : new LineSource(rs.getString("source"),
                                rs.getString("source_key"), rs.getString("source_ref"), rs.getBigDecimal("source_count"),
                                (Integer) rs.getObject("source_vacant", Integer.class),
                                (Integer) rs.getObject("source_months", Integer.class),
                                rs.getObject("source_as_of", LocalDate.class), rs.getString("rates_ref"),
                                rs.getString("override_reason"), rs.getString("overridden_by"),
                                rs.getObject("overridden_at", OffsetDateTime.class))))
                .list();
    }

    /** Estimated amount by class (the apportionment of the performance report). */
    public Map<ExpenditureClass, BigDecimal> amountsByClass(long budgetId) {
        Map<ExpenditureClass, BigDecimal> m = new LinkedHashMap<>();
        for (EstimateLine l : lines(budgetId)) {
            m.merge(l.cls(), l.amount(), BigDecimal::add);
        }
        return m;
    }

    public Map<CostGroup, BigDecimal> groupTotals(long budgetId) {
        Map<CostGroup, BigDecimal> m = new LinkedHashMap<>();
        for (CostGroup g : CostGroup.values()) {
            m.put(g, Money.ZERO);
        }
        for (EstimateLine l : lines(budgetId)) {
            m.merge(l.group(), l.amount(), BigDecimal::add);
        }
        return m;
    }

    /**
     * The mission's maintenance budget of the period before, once sent to the Controller (its figures are the
     * apportionment the proposal is compared with), if any.
     */
    public java.util.Optional<Budget> previous(Budget b) {
        return jdbc.sql("SELECT * FROM bud_budget WHERE mission_code = ? AND period_start = ? AND kind = ? AND status = ?")
                .params(b.missionCode(), b.periodStart().minusYears(1), MAINTENANCE, Status.SENT_TO_CONTROLLER.name())
                .query(Budgets::budget).optional();
    }

    /**
     * The variances of the proposal against the previous period's budget (proposed − previous, percent of previous)
     * by class, group and total, with the explanation rule of BUDGET-2026-v1 at the thresholds in force on the
     * period's start; empty when the mission has no budget for the period before.
     */
    public List<BudgetDocument.Proposed> proposalVariances(Budget b) {
        return previous(b).map(p -> BudgetDocument.variances(BudgetDocument.byClass(lines(b.id())),
                BudgetDocument.byClass(lines(p.id())), parameters.thresholdsOn(b.periodStart()))).orElse(List.of());
    }

    public Map<String, String> proposalExplanations(long budgetId) {
        Map<String, String> m = new LinkedHashMap<>();
        jdbc.sql("SELECT line_code, explanation FROM bud_proposal_explanation WHERE budget_id = ?").param(budgetId)
                .query(rs -> {
                    m.put(rs.getString(1), rs.getString(2));
                });
        return m;
    }

    /** The proposal's lines whose variance explanation the rule requires and nobody has written. */
    public List<String> missingProposalExplanations(Budget b) {
        Map<String, String> ex = proposalExplanations(b.id());
        return proposalVariances(b).stream().filter(p -> p.required() && !ex.containsKey(p.code()))
                .map(BudgetDocument.Proposed::code).toList();
    }

    // ---- writing ----

    @Transactional
    public Budget create(String missionCode, Integer periodYear, String kind, String fund) {
        FieldErrors errors = new FieldErrors();
        if (missionCode == null || missionCode.isBlank()) {
            errors.add("missionCode", "NotBlank", "budget.field.required");
        } else if (missions.find(missionCode).isEmpty()) {
            errors.add("missionCode", "UnknownMission", "budget.mission.unknown", missionCode);
        }
        if (periodYear == null || periodYear < 2000 || periodYear > 2100) {
            errors.add("periodStart", "Range", "budget.period.invalid");
        }
        String k = kind == null || kind.isBlank() ? MAINTENANCE : kind;
        if (!MAINTENANCE.equals(k) && !LIQUIDATION.equals(k)) {
            errors.add("kind", "OneOf", "budget.kind.invalid", k);
        }
        errors.throwIfAny();
        String user = access.require(BudgetPermissions.PREPARE, missionCode);
        return insert(missionCode, periodStart(periodYear), k, fund, user);
    }

    /** Creates a budget without a permission check (demo data, the liquidation listener). */
    @Transactional
    public Budget insert(String missionCode, LocalDate periodStart, String kind, String fund, String user) {
        String reference = "BUD-" + missionCode + "-" + periodStart.getYear() + (LIQUIDATION.equals(kind) ? "-LIQ" : "");
        if (jdbc.sql("SELECT COUNT(*) FROM bud_budget WHERE reference = ?").param(reference).query(Long.class).single() > 0) {
            throw RuleRefusal.of("budget", "budget-exists", "budget.refusal.budget-exists", missionCode, periodLabel(periodStart));
        }
        jdbc.sql("""
                INSERT INTO bud_budget (reference, mission_code, period_start, kind, fund, status, rule_set, total,
                    performance_status, created_by, created_at)
                VALUES (?, ?, ?, ?, ?, 'DRAFT', ?, 0, 'OPEN', ?, ?)""")
                .params(reference, missionCode, periodStart, kind, fund == null || fund.isBlank() ? "MSA" : fund,
                        CostEstimator.RULE_SET, user, now())
                .update();
        long id = idOf(reference);
        Budget b = load(id);
        events.publishEvent(DataChanged.created("budget.budget", id, b));
        return b;
    }

    private long idOf(String reference) {
        return jdbc.sql("SELECT id FROM bud_budget WHERE reference = ?").param(reference).query(Long.class).single();
    }

    /** Adds checked lines to a budget in preparation; the total is recomputed from the rounded lines. */
    @Transactional
    public Budget addLines(long budgetId, List<CostEstimator.RawLine> raw, List<String> descriptions) {
        return addLines(budgetId, raw, descriptions, null, null);
    }

    /**
     * Adds lines whose empty rates are filled from the cost parameters in force on the period's start: a group II
     * line's standard annual cost from its {@code grade} at its duty station (default the mission) and its vacancy
     * factor; a group I line's delayed-deployment factor and, for contingents and formed police units, claims'
     * troop-cost rate. Rates the line gives are kept.
     */
    @Transactional
    public Budget addLines(long budgetId, List<CostEstimator.RawLine> raw, List<String> descriptions, List<String> grades,
                           List<String> dutyStations) {
        Budget b = get(budgetId);
        access.require(BudgetPermissions.PREPARE, b.missionCode());
        FieldErrors errors = new FieldErrors();
        if (raw != null) {
            List<CostEstimator.RawLine> filled = new ArrayList<>();
            for (int i = 0; i < raw.size(); i++) {
                filled.add(parameters.fill(raw.get(i), at(grades, i), at(dutyStations, i), b.missionCode(), b.periodStart(),
                        "lines[" + i + "]", errors));
            }
            raw = filled;
        }
        List<CostEstimator.Line> lines = CostEstimator.parse(raw, "lines", errors);
        errors.throwIfAny();
        requireStatus(b, "DRAFT", "RETURNED");
        for (int i = 0; i < lines.size(); i++) {
            insertLine(budgetId, lines.get(i), descriptions == null || i >= descriptions.size() ? null : descriptions.get(i));
        }
        return retotal(b);
    }

    private static String at(List<String> values, int i) {
        return values == null || i >= values.size() ? null : values.get(i);
    }

    /** Adds lines without a permission check (demo data). */
    @Transactional
    public void insertLines(long budgetId, List<CostEstimator.Line> lines) {
        for (CostEstimator.Line l : lines) {
            insertLine(budgetId, l, null);
        }
        retotal(load(budgetId));
    }

    private void insertLine(long budgetId, CostEstimator.Line l, String description) {
        jdbc.sql("""
                INSERT INTO bud_estimate_line (budget_id, class_code, group_code, description, persons, monthly_rate, months,
                    delayed_factor, posts, standard_annual_cost, vacancy_rate, quantity, unit_cost, amount)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(budgetId, l.cls().name(), l.cls().group().name(), description, l.persons(), l.monthlyRate(),
                        l.months(), l.delayedDeploymentFactor(), l.posts(), l.standardAnnualCost(), l.vacancyRate(),
                        l.quantity(), l.unitCost(), CostEstimator.amount(l))
                .update();
    }

    @Transactional
    public Budget removeLine(long budgetId, long lineId) {
        Budget b = get(budgetId);
        access.require(BudgetPermissions.PREPARE, b.missionCode());
        requireStatus(b, "DRAFT", "RETURNED");
        if (jdbc.sql("DELETE FROM bud_estimate_line WHERE id = ? AND budget_id = ?").params(lineId, budgetId).update() == 0) {
            throw new NotFoundException("Budget line", lineId);
        }
        return retotal(b);
    }

    /** Recomputes the total from the rounded lines (audited as a change of the budget). */
    Budget retotal(Budget before) {
        BigDecimal total = jdbc.sql("SELECT COALESCE(SUM(amount), 0) FROM bud_estimate_line WHERE budget_id = ?")
                .param(before.id()).query(BigDecimal.class).single();
        jdbc.sql("UPDATE bud_budget SET total = ?, version = version + 1 WHERE id = ?").params(total, before.id()).update();
        Budget after = load(before.id());
        events.publishEvent(DataChanged.updated("budget.budget", before.id(), before, after));
        return after;
    }

    /** The mission submits its proposal to headquarters; headquarters' budget officers get a work item. */
    @Transactional
    public Budget submit(long id) {
        Budget b = get(id);
        if ((b.state() == Status.DRAFT || b.state() == Status.RETURNED) && lines(id).isEmpty()
                && access.may(BudgetPermissions.PREPARE, b.missionCode())) {
            throw RuleRefusal.of("budget", "budget-empty", "budget.refusal.budget-empty");
        }
        return move(b, "submit", "submitted_by = ?, submitted_at = ?", null,
                Assignee.role(BudgetPermissions.ROLE_HQ, Scope.department()), "budget.work.review");
    }

    /** Headquarters (FBFD) reviews the mission's proposal. */
    @Transactional
    public Budget review(long id) {
        return move(get(id), "review", "reviewed_by = ?, reviewed_at = ?", null,
                Assignee.role(BudgetPermissions.ROLE_HQ, Scope.department()), "budget.work.send");
    }

    /** Headquarters sends the reviewed proposal to the Controller, who gets a work item to issue the allotments. */
    @Transactional
    public Budget sendToController(long id) {
        return move(get(id), "send-to-controller", "sent_by = ?, sent_at = ?", null,
                Assignee.role(BudgetPermissions.ROLE_CONTROLLER, Scope.department()), "budget.work.allot");
    }

    /** Headquarters returns the proposal to the mission for changes. */
    @Transactional
    public Budget returnToMission(long id) {
        Budget b = get(id);
        return move(b, "return", "reviewed_by = ?, reviewed_at = ?", null,
                Assignee.role(BudgetPermissions.ROLE_MISSION, Scope.mission(b.missionCode())), "budget.work.rework");
    }

    /** Moves a budget along as {@code user} without the permission check (demo data); still through the kit. */
    @Transactional
    public Budget force(long id, String action, String user) {
        String column = switch (action) {
            case "submit" -> "submitted_by = ?, submitted_at = ?";
            case "send-to-controller" -> "sent_by = ?, sent_at = ?";
            default -> "reviewed_by = ?, reviewed_at = ?";
        };
        return move(load(id), action, column, user, null, null);
    }

    /** The actions the current user may take on the proposal (buttons). */
    public List<org.fieldsupport.platform.workflow.AvailableAction> actions(Budget b) {
        return workflows.actions(FLOW, b);
    }

    public List<Workflows.TransitionRecord> history(long id) {
        return workflows.history(FLOW.recordType(), id);
    }

    private Budget move(Budget b, String action, String set, String asUser, Assignee next, String workKey) {
        if (asUser == null) {
            workflows.perform(FLOW, b, action, TransitionInput.none());
        } else {
            workflows.performAs(asUser, FLOW, b, action, TransitionInput.none());
        }
        String user = asUser != null ? asUser : CurrentUser.usernameOrSystem();
        jdbc.sql("UPDATE bud_budget SET " + set + " WHERE id = ?").params(user, now(), b.id()).update();
        if (next != null) {
            workItems.open(NewWorkItem.of(FLOW.recordType(), b.id(), b.reference(), "/budget/budgets/" + b.id(), next,
                    null, workKey, b.reference()));
        }
        return load(b.id());
    }

    public static void requireStatus(Budget b, String... allowed) {
        for (String s : allowed) {
            if (s.equals(b.status())) {
                return;
            }
        }
        throw RuleRefusal.of("budget", "invalid-state", "budget.refusal.invalid-state", b.reference(), b.status());
    }

    static OffsetDateTime now() {
        return OffsetDateTime.ofInstant(Instant.now(), ZoneOffset.UTC);
    }

    static Budget budget(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        return new Budget(rs.getLong("id"), rs.getString("reference"), rs.getString("mission_code"),
                rs.getObject("period_start", LocalDate.class), rs.getString("kind"), rs.getString("fund"),
                rs.getString("status"), rs.getString("rule_set"), rs.getBigDecimal("total"), rs.getString("submitted_by"),
                rs.getString("reviewed_by"), rs.getString("sent_by"), rs.getString("performance_status"), rs.getLong("version"));
    }

    public static List<String> statuses() {
        return new ArrayList<>(List.of("DRAFT", "SUBMITTED", "HQ_REVIEWED", "SENT_TO_CONTROLLER", "RETURNED"));
    }
}
