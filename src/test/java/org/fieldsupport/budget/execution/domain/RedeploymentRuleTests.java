package org.fieldsupport.budget.execution.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.fieldsupport.budget.estimate.domain.ExpenditureClass;
import org.junit.jupiter.api.Test;

class RedeploymentRuleTests {

    @Test
    void within_a_group_the_mission_approves_across_groups_the_controller() {
        assertThat(RedeploymentRule.approvalLevel(ExpenditureClass.AIR_OPERATIONS, ExpenditureClass.GROUND_TRANSPORTATION))
                .isEqualTo(RedeploymentRule.ApprovalLevel.MISSION);
        assertThat(RedeploymentRule.approvalLevel(ExpenditureClass.MILITARY_CONTINGENTS, ExpenditureClass.UN_POLICE))
                .isEqualTo(RedeploymentRule.ApprovalLevel.MISSION);
        assertThat(RedeploymentRule.approvalLevel(ExpenditureClass.NATIONAL_STAFF, ExpenditureClass.AIR_OPERATIONS))
                .isEqualTo(RedeploymentRule.ApprovalLevel.CONTROLLER);
    }

    @Test
    void more_than_the_unspent_allotment_is_refused_the_whole_of_it_is_not() {
        assertThat(RedeploymentRule.refusal(new BigDecimal("100.01"), new BigDecimal("100.00"))).contains("insufficient-allotment");
        assertThat(RedeploymentRule.refusal(new BigDecimal("100.00"), new BigDecimal("100.00"))).isEmpty();
        assertThat(RedeploymentRule.refusal(new BigDecimal("1"), new BigDecimal("-5"))).contains("insufficient-allotment");
    }
}
