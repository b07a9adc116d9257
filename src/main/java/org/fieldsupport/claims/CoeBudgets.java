package org.fieldsupport.claims;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;

/**
 * What other modules (the budget module first) may read of the COE requirements of mission budgets (7.5.c): the
 * latest COE budget estimate of a mission computed by the claims officers from the MOUs (rule set
 * {@code COE-BUDGET-2026-v1}), and the reimbursement rates in force on a date (major equipment per month,
 * self-sustainment per person per month, troop cost per person per month). Amounts in USD. Reading needs no
 * permission here: the calling module checks its own user's permission and scope before showing the figures.
 */
public interface CoeBudgets {

    /** The latest estimate of the mission whose period covers {@code month} (any period when null). */
    Optional<Estimate> latestEstimate(String missionCode, YearMonth month);

    List<EquipmentRate> equipmentRates(LocalDate on);

    List<SelfSustainmentRate> selfSustainmentRates(LocalDate on);

    /** The troop-cost rate per person per month in force on {@code on}, if any. */
    Optional<BigDecimal> troopCostRate(LocalDate on);

    record Estimate(long id, String reference, String missionCode, YearMonth from, YearMonth to, String ruleSet,
                    String currency, BigDecimal majorEquipment, BigDecimal selfSustainment, BigDecimal total,
                    List<Line> lines) { }

    /** {@code kind} is {@code MAJOR_EQUIPMENT} or {@code SELF_SUSTAINMENT}. */
    record Line(String contingentReference, String memberState, String kind, String category, int months,
                BigDecimal amount) { }

    record EquipmentRate(String edition, String code, String category, String description, BigDecimal dryMonthly,
                         BigDecimal wetMonthly, boolean illustrative) { }

    record SelfSustainmentRate(String edition, String category, BigDecimal perPersonPerMonth, boolean illustrative) { }
}
