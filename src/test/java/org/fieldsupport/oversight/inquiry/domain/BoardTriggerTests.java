package org.fieldsupport.oversight.inquiry.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.fieldsupport.oversight.inquiry.domain.BoardTrigger.Facts;
import org.fieldsupport.oversight.inquiry.domain.BoardTrigger.Trigger;
import org.junit.jupiter.api.Test;

/** BOI-2026-v1 thresholds, boundaries and order. */
class BoardTriggerTests {

    static Facts facts(int personnel, int thirdParty, boolean kidnapping, String un, String third, String coe,
                       boolean other, int contingents) {
        return new Facts(personnel, thirdParty, kidnapping, new BigDecimal(un), new BigDecimal(third),
                new BigDecimal(coe), other, contingents);
    }

    @Test
    void the_spec_example_requires_a_board_for_un_equipment_loss() {
        var r = BoardTrigger.check(facts(0, 0, false, "30000.00", "0", "0", false, 0));
        assertThat(r.ruleSet()).isEqualTo("BOI-2026-v1");
        assertThat(r.required()).isTrue();
        assertThat(r.triggers()).containsExactly(Trigger.UN_EQUIPMENT_LOSS);
    }

    @Test
    void thresholds_are_inclusive_and_one_cent_below_does_not_trigger() {
        assertThat(BoardTrigger.check(facts(0, 0, false, "25000", "10000", "250000", false, 2)).triggers())
                .containsExactly(Trigger.UN_EQUIPMENT_LOSS, Trigger.THIRD_PARTY_EQUIPMENT_LOSS,
                        Trigger.COE_HOSTILE_LOSS, Trigger.COE_SEVERAL_CONTINGENTS);
        var none = BoardTrigger.check(facts(0, 0, false, "24999.99", "9999.99", "249999.99", false, 1));
        assertThat(none.required()).isFalse();
        assertThat(none.triggers()).isEmpty();
    }

    @Test
    void all_triggers_come_in_the_rules_order() {
        assertThat(BoardTrigger.check(facts(1, 2, true, "1000000", "50000", "300000", true, 3)).triggers())
                .containsExactly(Trigger.values());
    }

    @Test
    void the_board_is_convened_within_14_days_of_the_final_investigation_report() {
        assertThat(BoardTrigger.conveningDeadline(LocalDate.of(2026, 2, 20))).isEqualTo(LocalDate.of(2026, 3, 6));
    }

    @Test
    void a_board_needs_one_chair_two_members_and_a_secretary() {
        var chair = new BoardMembership.Member(BoardMembership.Role.CHAIR, "A");
        var member = new BoardMembership.Member(BoardMembership.Role.MEMBER, "B");
        var secretary = new BoardMembership.Member(BoardMembership.Role.SECRETARY, "C");
        assertThat(BoardMembership.refusal(java.util.List.of(chair, member, member, secretary))).isEmpty();
        assertThat(BoardMembership.refusal(java.util.List.of(chair, member, secretary)))
                .contains("oversight.board.refused.members");
        assertThat(BoardMembership.refusal(java.util.List.of(member, member, secretary)))
                .contains("oversight.board.refused.chair");
        assertThat(BoardMembership.refusal(java.util.List.of(chair, member, member)))
                .contains("oversight.board.refused.secretary");
    }
}
