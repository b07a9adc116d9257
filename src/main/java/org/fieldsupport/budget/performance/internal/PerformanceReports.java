package org.fieldsupport.budget.performance.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.fieldsupport.budget.estimate.domain.ExpenditureClass;
import org.fieldsupport.budget.estimate.domain.Money;
import org.fieldsupport.budget.estimate.internal.Budgets;
import org.fieldsupport.budget.execution.internal.Execution;
import org.fieldsupport.budget.performance.domain.VarianceAnalysis;
import org.fieldsupport.platform.api.RuleRefusal;
import org.fieldsupport.budget.shared.internal.BudgetAccess;
import org.fieldsupport.budget.shared.internal.BudgetPermissions;
import org.fieldsupport.platform.api.FieldErrors;
import org.fieldsupport.platform.audit.DataChanged;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The performance report of a budget: apportionment (the budget's estimate by class) against expenditure
 * (commitments and expenditure imported from the ERP), analysed by BUDGET-2026-v1 with the thresholds in force;
 * variance explanations written where required; the report cannot be submitted while one is missing.
 */
@Service("budgetPerformanceReports")
public class PerformanceReports {

    private final JdbcClient jdbc;
    private final Budgets budgets;
    private final Execution execution;
    private final BudgetAccess access;
    private final ApplicationEventPublisher events;

    PerformanceReports(JdbcClient jdbc, Budgets budgets, Execution execution, BudgetAccess access,
                       ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.budgets = budgets;
        this.execution = execution;
        this.access = access;
        this.events = events;
    }

    /** One row of the report: a class, a group (I/II/III) or TOTAL, with its explanation (when written). */
    public record Row(String code, String group, VarianceAnalysis.Figure figure, String explanation) {
        public boolean missing() { return figure.explanationRequired() && (explanation == null || explanation.isBlank()); }
    }

    public record Report(Budgets.Budget budget, String ruleSet, List<Row> lines, List<Row> groups, Row total) {
        public List<String> missing() {
            List<String> m = new ArrayList<>();
            for (Row r : lines) {
                if (r.missing()) m.add(r.code());
            }
            for (Row r : groups) {
                if (r.missing()) m.add(r.code());
            }
            if (total.missing()) m.add(total.code());
            return m;
        }
    }

    /** The thresholds in force on {@code date}. */
    public VarianceAnalysis.Thresholds thresholds(LocalDate date) {
        return jdbc.sql("SELECT amount, percent FROM bud_variance_threshold WHERE effective_from <= ? "
                        + "ORDER BY effective_from DESC FETCH FIRST 1 ROWS ONLY").param(date)
                .query((rs, n) -> new VarianceAnalysis.Thresholds(rs.getBigDecimal(1), rs.getBigDecimal(2)))
                .optional().orElse(VarianceAnalysis.Thresholds.DEFAULT);
    }

    public Report report(long budgetId) {
        Budgets.Budget b = budgets.get(budgetId);
        Map<ExpenditureClass, BigDecimal> apportionment = budgets.amountsByClass(budgetId);
        Map<ExpenditureClass, BigDecimal> spent = execution.spentByClass(budgetId);
        Set<ExpenditureClass> classes = EnumSet.noneOf(ExpenditureClass.class);
        classes.addAll(apportionment.keySet());
        classes.addAll(spent.keySet());
        List<VarianceAnalysis.Input> inputs = new ArrayList<>();
        for (ExpenditureClass c : classes) {
            inputs.add(new VarianceAnalysis.Input(c, apportionment.getOrDefault(c, Money.ZERO), spent.getOrDefault(c, Money.ZERO)));
        }
        VarianceAnalysis.Result r = VarianceAnalysis.analyse(inputs, thresholds(b.periodStart()));
        Map<String, String> explanations = explanations(budgetId);
        List<Row> lines = r.lines().stream().map(l -> new Row(l.cls().name(), l.group().name(), l.figure(),
                explanations.get(l.cls().name()))).toList();
        List<Row> groups = new ArrayList<>();
        r.groups().forEach((g, f) -> groups.add(new Row(g.name(), g.name(), f, explanations.get(g.name()))));
        return new Report(b, r.ruleSet(), lines, groups, new Row("TOTAL", null, r.total(), explanations.get("TOTAL")));
    }

    private Map<String, String> explanations(long budgetId) {
        Map<String, String> m = new LinkedHashMap<>();
        jdbc.sql("SELECT line_code, explanation FROM bud_variance_explanation WHERE budget_id = ?").param(budgetId)
                .query(rs -> {
                    m.put(rs.getString(1), rs.getString(2));
                });
        return m;
    }

    /** Writes (or replaces) the explanation of a line of the report: a class code, I, II, III or TOTAL. */
    @Transactional
    public Report explain(long budgetId, String lineCode, String explanation) {
        Budgets.Budget b = budgets.get(budgetId);
        String user = access.require(BudgetPermissions.PREPARE, b.missionCode());
        FieldErrors errors = new FieldErrors();
        boolean known = ExpenditureClass.of(lineCode).isPresent() || List.of("I", "II", "III", "TOTAL").contains(lineCode);
        if (!known) {
            errors.add("line", "UnknownLine", "budget.performance.line.unknown", lineCode);
        }
        if (explanation == null || explanation.isBlank()) {
            errors.add("explanation", "NotBlank", "budget.field.required");
        } else if (explanation.length() > 4000) {
            errors.add("explanation", "Size", "budget.field.tooLong", 4000);
        }
        errors.throwIfAny();
        if ("SUBMITTED".equals(b.performanceStatus())) {
            throw RuleRefusal.of("budget", "invalid-state", "budget.refusal.invalid-state", b.reference(), "PERFORMANCE_SUBMITTED");
        }
        String before = explanations(budgetId).get(lineCode);
        if (before == null) {
            jdbc.sql("INSERT INTO bud_variance_explanation (budget_id, line_code, explanation, written_by, written_at) "
                    + "VALUES (?, ?, ?, ?, ?)").params(budgetId, lineCode, explanation.trim(), user,
                    OffsetDateTime.now(ZoneOffset.UTC)).update();
        } else {
            jdbc.sql("UPDATE bud_variance_explanation SET explanation = ?, written_by = ?, written_at = ? "
                    + "WHERE budget_id = ? AND line_code = ?").params(explanation.trim(), user,
                    OffsetDateTime.now(ZoneOffset.UTC), budgetId, lineCode).update();
        }
        events.publishEvent(new DataChanged("budget.variance-explanation", budgetId + ":" + lineCode,
                before == null ? DataChanged.Action.CREATE : DataChanged.Action.UPDATE,
                before == null ? null : Map.of("explanation", before), Map.of("explanation", explanation.trim())));
        return report(budgetId);
    }

    /** Submits the performance report; refused while a required explanation is missing. */
    @Transactional
    public Report submit(long budgetId) {
        Report r = report(budgetId);
        String user = access.require(BudgetPermissions.PREPARE, r.budget().missionCode());
        if ("SUBMITTED".equals(r.budget().performanceStatus())) {
            throw RuleRefusal.of("budget", "invalid-state", "budget.refusal.invalid-state", r.budget().reference(), "PERFORMANCE_SUBMITTED");
        }
        List<String> missing = r.missing();
        if (!missing.isEmpty()) {
            throw RuleRefusal.of("budget", "explanation-missing", "budget.refusal.explanation-missing", String.join(", ", missing));
        }
        jdbc.sql("UPDATE bud_budget SET performance_status = 'SUBMITTED', performance_submitted_by = ?, "
                        + "performance_submitted_at = ?, version = version + 1 WHERE id = ?")
                .params(user, OffsetDateTime.now(ZoneOffset.UTC), budgetId).update();
        events.publishEvent(DataChanged.updated("budget.performance-report", budgetId,
                Map.of("status", r.budget().performanceStatus()), Map.of("status", "SUBMITTED")));
        return report(budgetId);
    }
}
