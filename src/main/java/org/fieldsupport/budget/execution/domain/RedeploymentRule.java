package org.fieldsupport.budget.execution.domain;

import java.math.BigDecimal;
import java.util.Optional;
import org.fieldsupport.budget.estimate.domain.ExpenditureClass;

/**
 * Redeployment of funds between classes (BUDGET-2026-v1): within one group the mission approves under a
 * delegation of authority of type {@value #AUTHORITY}; across groups the Controller (headquarters) approves. An
 * amount above the unspent allotment of the class it leaves is refused ({@code insufficient-allotment}).
 */
public final class RedeploymentRule {

    /** The organisation's authority type for redeployments within a group. */
    public static final String AUTHORITY = "BUDGET_REDEPLOYMENT";

    public enum ApprovalLevel { MISSION, CONTROLLER }

    private RedeploymentRule() { }

    public static ApprovalLevel approvalLevel(ExpenditureClass from, ExpenditureClass to) {
        return from.group() == to.group() ? ApprovalLevel.MISSION : ApprovalLevel.CONTROLLER;
    }

    /** Empty when the amount fits the unspent allotment of {@code from}; otherwise the refusal type. */
    public static Optional<String> refusal(BigDecimal amount, BigDecimal unspentOfFrom) {
        return amount.compareTo(unspentOfFrom) > 0 ? Optional.of("insufficient-allotment") : Optional.empty();
    }
}
