package org.fieldsupport.budget;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * What other modules may read of mission budgets (the ICT budget review first): a mission's budget for a financial
 * period (1 July – 30 June) with its lines by class of expenditure of rule set {@code BUDGET-2026-v1} — the cost
 * estimate (the proposal's rounded lines summed by class; the apportionment of the performance report), the
 * allotment issued by the Controller, and the commitments and expenditure imported from the ERP. Amounts in USD,
 * exact to the cent. Reading needs no permission here: the calling module checks its own user's permission and
 * scope before showing the figures (as {@code claims.CoeBudgets} does).
 *
 * <pre>
 * budgetLines.byClass("MINUSCA", LocalDate.of(2026, 7, 1)).ifPresent(b -&gt;
 *     b.lines().stream().filter(l -&gt; l.classCode().equals("COMMUNICATIONS_AND_IT")).findFirst() ...);
 * </pre>
 */
public interface BudgetLines {

    /**
     * The mission's maintenance budget of the period holding {@code date} (any date of the period; 1 July is the
     * period's start), with one line per class of the rule set (all 19, zero when nothing was estimated, allotted or
     * posted), in the rule set's order; empty when the mission has no budget for that period.
     */
    Optional<MissionBudget> byClass(String missionCode, LocalDate date);

    /** The budgets of every mission for the period holding {@code date}, by class as {@link #byClass}. */
    List<MissionBudget> allByClass(LocalDate date);

    /** The fixed classes of expenditure of the rule set: code, group ({@code I}, {@code II}, {@code III}), label key. */
    List<ExpenditureClassInfo> classes();

    /** A budget: {@code status} DRAFT, SUBMITTED, HQ_REVIEWED, SENT_TO_CONTROLLER or RETURNED. */
    record MissionBudget(String reference, String missionCode, LocalDate periodStart, String period, String fund,
                         String status, String ruleSet, BigDecimal estimateTotal, List<ClassLine> lines) { }

    /**
     * A class of a budget: {@code available = allotment − commitments − expenditure}. {@code labelKey} is a message
     * key of the budget bundle (EN/FR), e.g. {@code budget.class.COMMUNICATIONS_AND_IT}.
     */
    record ClassLine(String classCode, String group, String labelKey, BigDecimal estimate, BigDecimal allotment,
                     BigDecimal commitments, BigDecimal expenditure, BigDecimal available) { }

    record ExpenditureClassInfo(String code, String group, String labelKey) { }
}
