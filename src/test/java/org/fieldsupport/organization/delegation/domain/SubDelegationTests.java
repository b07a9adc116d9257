package org.fieldsupport.organization.delegation.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.fieldsupport.organization.delegation.domain.InMemoryDelegations.terms;

import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A sub-delegation can never be wider than its parent; each refusal names why. */
class SubDelegationTests {

    static final String CC = "CLAIM_CERTIFICATION";
    static final LocalDate JAN_1 = LocalDate.of(2026, 1, 1);
    static final LocalDate DEC_31 = LocalDate.of(2026, 12, 31);
    static final Party USG = Party.position("DFS-HEAD");
    static final Party CHIEF = Party.position("DFS-MCMS-HEAD");
    static final Party OFFICER = Party.person("claims.certifier");

    InMemoryDelegations register;
    Delegation parent;

    @BeforeEach
    void the_chief_holds_an_accepted_sub_delegable_delegation() {
        register = new InMemoryDelegations();
        parent = register.acknowledge(register.grant(terms(CC, USG, CHIEF, "5000000", "USD", "P-5",
                MissionScope.of("MINUSCA", "UNMISS", "MONUSCO"), JAN_1, DEC_31, true)), JAN_1);
    }

    private RefusalReason subDelegating(DelegationTerms terms) {
        Refusal r = register.subDelegate(parent, terms).refusalOrNull();
        return r == null ? null : r.reason();
    }

    private DelegationTerms narrower() {
        return terms(CC, CHIEF, OFFICER, "1000000", "USD", "P-4", MissionScope.of("MINUSCA"), JAN_1.plusMonths(1),
                DEC_31.minusMonths(1), false);
    }

    @Test
    void a_narrower_sub_delegation_is_accepted_and_points_to_its_parent() {
        Decision<Delegation> decision = register.subDelegate(parent, narrower());

        assertThat(decision.isAllowed()).isTrue();
        assertThat(((Decision.Allowed<Delegation>) decision).value().parentId()).isEqualTo(parent.id());
    }

    @Test
    void a_sub_delegation_above_the_parent_limit_is_refused() {
        Refusal r = register.subDelegate(parent, terms(CC, CHIEF, OFFICER, "5000000.01", "USD", "P-4",
                MissionScope.of("MINUSCA"), JAN_1, DEC_31, false)).refusalOrNull();

        assertThat(r.reason()).isEqualTo(RefusalReason.WIDER_LIMIT_THAN_PARENT);
        assertThat(r.args()).extracting(Object::toString).contains("5000000.01", "5000000", "USD");
    }

    @Test
    void a_sub_delegation_without_a_limit_under_a_limited_parent_is_refused() {
        assertThat(subDelegating(terms(CC, CHIEF, OFFICER, null, null, "P-4", MissionScope.of("MINUSCA"), JAN_1,
                DEC_31, false))).isEqualTo(RefusalReason.WIDER_LIMIT_THAN_PARENT);
    }

    @Test
    void a_sub_delegation_in_another_currency_is_refused() {
        assertThat(subDelegating(terms(CC, CHIEF, OFFICER, "10", "EUR", "P-4", MissionScope.of("MINUSCA"), JAN_1,
                DEC_31, false))).isEqualTo(RefusalReason.CURRENCY_DIFFERS_FROM_PARENT);
    }

    @Test
    void a_sub_delegation_above_the_parent_grade_is_refused() {
        assertThat(subDelegating(terms(CC, CHIEF, OFFICER, "10", "USD", "D-1", MissionScope.of("MINUSCA"), JAN_1,
                DEC_31, false))).isEqualTo(RefusalReason.WIDER_GRADE_THAN_PARENT);
    }

    @Test
    void a_sub_delegation_for_more_missions_than_the_parent_is_refused() {
        assertThat(subDelegating(terms(CC, CHIEF, OFFICER, "10", "USD", "P-4", MissionScope.of("MINUSCA", "UNIFIL"),
                JAN_1, DEC_31, false))).isEqualTo(RefusalReason.WIDER_MISSION_SCOPE_THAN_PARENT);
        assertThat(subDelegating(terms(CC, CHIEF, OFFICER, "10", "USD", "P-4", MissionScope.all(), JAN_1, DEC_31,
                false))).isEqualTo(RefusalReason.WIDER_MISSION_SCOPE_THAN_PARENT);
    }

    @Test
    void a_sub_delegation_outlasting_the_parent_is_refused() {
        assertThat(subDelegating(terms(CC, CHIEF, OFFICER, "10", "USD", "P-4", MissionScope.of("MINUSCA"), JAN_1,
                DEC_31.plusDays(1), false))).isEqualTo(RefusalReason.WIDER_VALIDITY_THAN_PARENT);
        assertThat(subDelegating(terms(CC, CHIEF, OFFICER, "10", "USD", "P-4", MissionScope.of("MINUSCA"), JAN_1,
                null, false))).isEqualTo(RefusalReason.WIDER_VALIDITY_THAN_PARENT);
        assertThat(subDelegating(terms(CC, CHIEF, OFFICER, "10", "USD", "P-4", MissionScope.of("MINUSCA"),
                JAN_1.minusDays(1), DEC_31, false))).isEqualTo(RefusalReason.WIDER_VALIDITY_THAN_PARENT);
    }

    @Test
    void only_the_parent_delegatee_may_sub_delegate() {
        assertThat(subDelegating(terms(CC, Party.position("DFS-FBFD-HEAD"), OFFICER, "10", "USD", "P-4",
                MissionScope.of("MINUSCA"), JAN_1, DEC_31, false)))
                .isEqualTo(RefusalReason.DELEGATOR_NOT_PARENT_DELEGATEE);
    }

    @Test
    void a_sub_delegation_keeps_the_parent_authority() {
        assertThat(subDelegating(terms("PROCUREMENT", CHIEF, OFFICER, "10", "USD", "P-4", MissionScope.of("MINUSCA"),
                JAN_1, DEC_31, false))).isEqualTo(RefusalReason.AUTHORITY_DIFFERS_FROM_PARENT);
    }

    @Test
    void a_delegation_that_does_not_allow_sub_delegation_cannot_be_sub_delegated() {
        Delegation officers = ((Decision.Allowed<Delegation>) register.subDelegate(parent, narrower())).value();
        officers = register.acknowledge(officers, JAN_1);

        Refusal r = register.subDelegate(officers, terms(CC, OFFICER, Party.person("intern"), "1", "USD", "P-2",
                MissionScope.of("MINUSCA"), JAN_1.plusMonths(2), DEC_31.minusMonths(2), false)).refusalOrNull();

        assertThat(r.reason()).isEqualTo(RefusalReason.PARENT_NOT_SUB_DELEGABLE);
    }

    @Test
    void a_suspended_or_unaccepted_parent_cannot_be_sub_delegated() {
        Delegation suspended = register.replace(parent.suspend(null, JAN_1));
        assertThat(Delegation.subDelegate(suspended, narrower(), InMemoryDelegations.RANKS).refusalOrNull().reason())
                .isEqualTo(RefusalReason.PARENT_NOT_ACTIVE);

        Delegation unaccepted = register.grant(terms(CC, USG, CHIEF, "10", "USD", null, MissionScope.all(), JAN_1,
                DEC_31, true));
        assertThat(Delegation.subDelegate(unaccepted, terms(CC, CHIEF, OFFICER, "1", "USD", null,
                MissionScope.all(), JAN_1, DEC_31, false), InMemoryDelegations.RANKS).refusalOrNull().reason())
                .isEqualTo(RefusalReason.PARENT_NOT_ACKNOWLEDGED);
    }

    @Test
    void a_root_delegation_is_given_by_a_position_with_at_least_one_limit() {
        assertThat(Delegation.grant(terms(CC, OFFICER, Party.person("x"), "1", "USD", null, MissionScope.all(),
                JAN_1, DEC_31, false)).refusalOrNull().reason()).isEqualTo(RefusalReason.ROOT_DELEGATOR_NOT_POSITION);
        assertThat(Delegation.grant(terms(CC, USG, CHIEF, null, null, null, MissionScope.all(), JAN_1, DEC_31,
                false)).refusalOrNull().reason()).isEqualTo(RefusalReason.NO_LIMIT);
        assertThat(Delegation.grant(terms(CC, USG, USG, "1", "USD", null, MissionScope.all(), JAN_1, DEC_31,
                false)).refusalOrNull().reason()).isEqualTo(RefusalReason.SELF_DELEGATION);
    }

    @Test
    void state_changes_follow_the_lifecycle() {
        assertThat(parent.acknowledge(JAN_1, "x").refusalOrNull().reason()).isEqualTo(RefusalReason.ALREADY_ACKNOWLEDGED);
        assertThat(parent.reinstate(JAN_1).refusalOrNull().reason()).isEqualTo(RefusalReason.NOT_REINSTATABLE);
        assertThat(parent.revoke(" ", JAN_1).refusalOrNull().reason()).isEqualTo(RefusalReason.REASON_REQUIRED);

        Delegation revoked = register.replace(parent.revoke("moved", JAN_1));
        assertThat(revoked.status()).isEqualTo(DelegationStatus.REVOKED);
        assertThat(revoked.statusReason()).isEqualTo("moved");
        assertThat(revoked.revoke("again", JAN_1).refusalOrNull().reason()).isEqualTo(RefusalReason.ALREADY_REVOKED);
        assertThat(revoked.suspend(null, JAN_1).refusalOrNull().reason()).isEqualTo(RefusalReason.NOT_SUSPENDABLE);
    }
}
