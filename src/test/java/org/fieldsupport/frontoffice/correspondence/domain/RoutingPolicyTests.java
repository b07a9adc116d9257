package org.fieldsupport.frontoffice.correspondence.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** ROUTING-v1, the classification rule and the item's moves, as plain Java. */
class RoutingPolicyTests {

    /** A lookup where 7.5.b is held by DFS-MCMS, 6.3.a by the regional HR section serving the mission. */
    private final RoutingPolicy.Lookup lookup = new RoutingPolicy.Lookup() {
        @Override
        public Optional<String> unitFor(String attributionId, String missionCode) {
            return switch (attributionId) {
                case "7.5.b" -> Optional.of("DFS-MCMS");
                case "6.3.a" -> Optional.of("UNMISS".equals(missionCode) ? "DFS-FPOS-RHR2" : "DFS-FPOS-RHR1");
                default -> Optional.empty();
            };
        }

        @Override
        public List<RoutingPolicy.Candidate> candidatesFor(String text, String missionCode) {
            return text.contains("fuel") ? List.of(new RoutingPolicy.Candidate("8.7.a", "DFS-SUPS"),
                    new RoutingPolicy.Candidate("8.7.b", null), new RoutingPolicy.Candidate("8.5.a", "DFS-TMS"))
                    : List.of();
        }
    };

    @Test
    void an_item_naming_an_attribution_goes_to_the_unit_holding_it_for_the_mission() {
        assertThat(RoutingPolicy.route("7.5.b", "claim", "MINUSCA", lookup))
                .isEqualTo(new RoutingPolicy.Assigned("7.5.b", "DFS-MCMS"));
        assertThat(RoutingPolicy.route(" 6.3.a ", "HR", "UNMISS", lookup))
                .isEqualTo(new RoutingPolicy.Assigned("6.3.a", "DFS-FPOS-RHR2"));
        assertThat(RoutingPolicy.route("6.3.a", "HR", "MINUSCA", lookup))
                .isEqualTo(new RoutingPolicy.Assigned("6.3.a", "DFS-FPOS-RHR1"));
    }

    @Test
    void an_attribution_nobody_holds_cannot_be_routed() {
        assertThat(RoutingPolicy.route("1.1.a", "x", null, lookup))
                .isEqualTo(new RoutingPolicy.Unroutable(RoutingPolicy.Reason.NO_HOLDER, "1.1.a"));
    }

    @Test
    void free_text_is_only_a_proposal_the_best_answer_with_a_unit_first() {
        RoutingPolicy.Outcome outcome = RoutingPolicy.route(null, "fuel shortage in Bria", "MINUSCA", lookup);
        assertThat(outcome).isInstanceOf(RoutingPolicy.ToConfirm.class);
        RoutingPolicy.ToConfirm proposal = (RoutingPolicy.ToConfirm) outcome;
        assertThat(proposal.proposal()).isEqualTo(new RoutingPolicy.Candidate("8.7.a", "DFS-SUPS"));
        assertThat(proposal.alternatives()).extracting(RoutingPolicy.Candidate::unitCode).containsExactly("DFS-TMS");
        assertThat(RoutingPolicy.route("  ", "nothing matches", null, lookup))
                .isEqualTo(new RoutingPolicy.Unroutable(RoutingPolicy.Reason.NO_MATCH, "nothing matches"));
    }

    @Test
    void strictly_confidential_items_are_seen_by_their_addressees_only() {
        Set<String> to = Set.of("usg");
        assertThat(Visibility.canSee(Classification.STRICTLY_CONFIDENTIAL, "DFS-MCMS", to, "usg", u -> true, u -> true)).isTrue();
        assertThat(Visibility.canSee(Classification.STRICTLY_CONFIDENTIAL, "DFS-MCMS", to, "admin", u -> true, u -> true)).isFalse();
        assertThat(Visibility.canSee(Classification.STRICTLY_CONFIDENTIAL, "DFS-MCMS", Set.of(), "admin", u -> true, u -> true)).isFalse();
    }

    @Test
    void confidential_items_need_the_clearance_for_the_unit_unclassified_the_reading_right() {
        assertThat(Visibility.canSee(Classification.CONFIDENTIAL, "DFS-MCMS", Set.of(), "clerk", u -> true, u -> false)).isFalse();
        assertThat(Visibility.canSee(Classification.CONFIDENTIAL, "DFS-MCMS", Set.of(), "mcms", u -> false, "DFS-MCMS"::equals)).isTrue();
        assertThat(Visibility.canSee(Classification.CONFIDENTIAL, "DFS-LSD", Set.of(), "mcms", u -> false, "DFS-MCMS"::equals)).isFalse();
        assertThat(Visibility.canSee(Classification.UNCLASSIFIED, "DFS-LSD", Set.of(), "mcms", "DFS-MCMS"::equals, u -> true)).isFalse();
        assertThat(Visibility.canSee(Classification.UNCLASSIFIED, "DFS-MCMS", Set.of(), "mcms", "DFS-MCMS"::equals, u -> false)).isTrue();
        assertThat(Visibility.canSee(Classification.UNCLASSIFIED, "DFS-LSD", Set.of("mcms"), "mcms", u -> false, u -> false)).isTrue();
    }

    @Test
    void a_reply_is_drafted_checked_then_signed_and_nothing_skips_a_step() {
        var s = CorrespondenceStatus.TO_CONFIRM;
        s = Lifecycle.after(s, Lifecycle.Move.CONFIRM_ROUTING);
        s = Lifecycle.after(s, Lifecycle.Move.DRAFT_REPLY);
        assertThat(Lifecycle.allowed(s, Lifecycle.Move.SIGN)).isFalse();
        s = Lifecycle.after(s, Lifecycle.Move.CHECK);
        assertThat(Lifecycle.after(s, Lifecycle.Move.RETURN)).isEqualTo(CorrespondenceStatus.ASSIGNED);
        s = Lifecycle.after(s, Lifecycle.Move.SIGN);
        assertThat(s).isEqualTo(CorrespondenceStatus.SIGNED);
        CorrespondenceStatus signed = s;
        for (Lifecycle.Move m : Lifecycle.Move.values()) {
            assertThat(Lifecycle.allowed(signed, m)).as(m.name()).isFalse();
        }
        assertThatThrownBy(() -> Lifecycle.after(CorrespondenceStatus.ASSIGNED, Lifecycle.Move.SIGN))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void an_open_item_past_its_due_date_is_overdue() {
        var today = java.time.LocalDate.of(2026, 12, 5);
        assertThat(Lifecycle.overdue(CorrespondenceStatus.ASSIGNED, today.minusDays(1), today)).isTrue();
        assertThat(Lifecycle.overdue(CorrespondenceStatus.ASSIGNED, today, today)).isFalse();
        assertThat(Lifecycle.overdue(CorrespondenceStatus.SIGNED, today.minusDays(9), today)).isFalse();
        Map.of(); // keep imports tidy
    }
}
