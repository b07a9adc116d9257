package org.fieldsupport.budget.estimate.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.fieldsupport.budget.BudgetLines;
import org.fieldsupport.budget.estimate.domain.ExpenditureClass;
import org.fieldsupport.budget.estimate.domain.Money;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The budget module's {@link BudgetLines}: three grouped queries per budget, no permission check (see the interface). */
@Service("budgetLinesApi")
@Transactional(readOnly = true)
class BudgetLinesApi implements BudgetLines {

    private final JdbcClient jdbc;

    BudgetLinesApi(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<MissionBudget> byClass(String missionCode, LocalDate date) {
        if (missionCode == null || missionCode.isBlank() || date == null) {
            return Optional.empty();
        }
        return jdbc.sql("SELECT * FROM bud_budget WHERE mission_code = ? AND period_start = ? AND kind = ?")
                .params(missionCode.trim().toUpperCase(java.util.Locale.ROOT), Budgets.periodOf(date), Budgets.MAINTENANCE)
                .query(Budgets::budget).optional().map(this::lines);
    }

    @Override
    public List<MissionBudget> allByClass(LocalDate date) {
        if (date == null) {
            return List.of();
        }
        return jdbc.sql("SELECT * FROM bud_budget WHERE period_start = ? AND kind = ? ORDER BY mission_code")
                .params(Budgets.periodOf(date), Budgets.MAINTENANCE).query(Budgets::budget).list().stream()
                .map(this::lines).toList();
    }

    @Override
    public List<ExpenditureClassInfo> classes() {
        List<ExpenditureClassInfo> out = new ArrayList<>();
        for (ExpenditureClass c : ExpenditureClass.values()) {
            out.add(new ExpenditureClassInfo(c.name(), c.group().name(), c.labelKey()));
        }
        return out;
    }

    private MissionBudget lines(Budgets.Budget b) {
        Map<ExpenditureClass, BigDecimal[]> sums = new EnumMap<>(ExpenditureClass.class);
        for (ExpenditureClass c : ExpenditureClass.values()) {
            sums.put(c, new BigDecimal[] {Money.ZERO, Money.ZERO, Money.ZERO, Money.ZERO});
        }
        jdbc.sql("SELECT class_code, SUM(amount) FROM bud_estimate_line WHERE budget_id = ? GROUP BY class_code")
                .param(b.id()).query(rs -> {
                    add(sums, rs.getString(1), 0, rs.getBigDecimal(2));
                });
        jdbc.sql("SELECT class_code, amount FROM bud_allotment WHERE budget_id = ?").param(b.id()).query(rs -> {
            add(sums, rs.getString(1), 1, rs.getBigDecimal(2));
        });
        jdbc.sql("SELECT class_code, kind, SUM(amount) FROM bud_erp_line WHERE budget_id = ? GROUP BY class_code, kind")
                .param(b.id()).query(rs -> {
                    add(sums, rs.getString(1), "COMMITMENT".equals(rs.getString(2)) ? 2 : 3, rs.getBigDecimal(3));
                });
        List<ClassLine> lines = new ArrayList<>();
        sums.forEach((c, s) -> lines.add(new ClassLine(c.name(), c.group().name(), c.labelKey(), Money.cents(s[0]),
                Money.cents(s[1]), Money.cents(s[2]), Money.cents(s[3]), Money.cents(s[1].subtract(s[2]).subtract(s[3])))));
        return new MissionBudget(b.reference(), b.missionCode(), b.periodStart(), b.period(), b.fund(), b.status(),
                b.ruleSet(), Money.cents(b.total()), lines);
    }

    private static void add(Map<ExpenditureClass, BigDecimal[]> sums, String code, int i, BigDecimal amount) {
        ExpenditureClass.of(code).ifPresent(c -> sums.get(c)[i] = sums.get(c)[i].add(amount));
    }
}
