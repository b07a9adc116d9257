package org.fieldsupport.organization.delegation.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.fieldsupport.organization.delegation.domain.InMemoryDelegations.person;
import static org.fieldsupport.organization.delegation.domain.InMemoryDelegations.terms;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The delegation policy told as stories: the USG delegates claim certification to the Chief of the
 * MOU and Claims Management Section (5,000,000 USD, all missions), who sub-delegates to a claims
 * officer (1,000,000 USD, MINUSCA and UNMISS).
 */
class DelegationPolicyTests {

    static final String CC = "CLAIM_CERTIFICATION";
    static final LocalDate JAN_1 = LocalDate.of(2026, 1, 1);
    static final LocalDate DEC_31 = LocalDate.of(2026, 12, 31);
    static final LocalDate JUNE_15 = LocalDate.of(2026, 6, 15);
    static final Party USG = Party.position("DFS-HEAD");
    static final Party CHIEF = Party.position("DFS-MCMS-HEAD");
    static final Party OFFICER = Party.person("claims.certifier");

    InMemoryDelegations register;
    DelegationPolicy policy;
    Delegation toChief;
    Delegation toOfficer;

    @BeforeEach
    void a_certification_chain_is_in_force() {
        register = new InMemoryDelegations();
        policy = new DelegationPolicy(InMemoryDelegations.RANKS);
        toChief = register.acknowledge(register.grant(terms(CC, USG, CHIEF, "5000000", "USD", null,
                MissionScope.all(), JAN_1, DEC_31, true)), JAN_1);
        Decision<Delegation> sub = register.subDelegate(toChief, terms(CC, CHIEF, OFFICER, "1000000", "USD", null,
                MissionScope.of("MINUSCA", "UNMISS"), JAN_1, DEC_31, false));
        toOfficer = register.acknowledge(((Decision.Allowed<Delegation>) sub).value(), JAN_1);
    }

    private Decision<List<Delegation>> officerMay(String mission, String amount, String currency, LocalDate on) {
        return policy.decide(new AuthorityQuery(CC, mission, amount == null ? null : new BigDecimal(amount), currency,
                null, on), person("claims.certifier"), register);
    }

    private static RefusalReason reasonOf(Decision<?> d) {
        return d.refusalOrNull() == null ? null : d.refusalOrNull().reason();
    }

    @Test
    void certifying_within_the_delegated_limit_is_allowed_with_the_chain_from_the_root() {
        var decision = officerMay("MINUSCA", "750000", "USD", JUNE_15);

        assertThat(decision).isInstanceOf(Decision.Allowed.class);
        assertThat(((Decision.Allowed<List<Delegation>>) decision).value())
                .extracting(Delegation::id).containsExactly(toChief.id(), toOfficer.id());
    }

    @Test
    void certifying_exactly_the_limit_is_allowed() {
        assertThat(officerMay("UNMISS", "1000000.00", "USD", JUNE_15).isAllowed()).isTrue();
    }

    @Test
    void certifying_above_the_delegated_limit_is_refused() {
        var decision = officerMay("MINUSCA", "1000000.01", "USD", JUNE_15);

        assertThat(reasonOf(decision)).isEqualTo(RefusalReason.ABOVE_LIMIT);
        assertThat(decision.refusalOrNull().args()).containsExactly(toOfficer.id(), new BigDecimal("1000000.01"),
                new BigDecimal("1000000"), "USD");
    }

    @Test
    void certifying_in_another_currency_is_refused_as_a_currency_mismatch() {
        assertThat(reasonOf(officerMay("MINUSCA", "100", "EUR", JUNE_15))).isEqualTo(RefusalReason.CURRENCY_MISMATCH);
    }

    @Test
    void certifying_for_a_mission_outside_the_scope_is_refused() {
        var decision = officerMay("MONUSCO", "100", "USD", JUNE_15);

        assertThat(reasonOf(decision)).isEqualTo(RefusalReason.OUTSIDE_MISSION_SCOPE);
        assertThat(decision.refusalOrNull().args()).contains("MONUSCO");
    }

    @Test
    void certifying_after_expiry_is_refused() {
        var decision = officerMay("MINUSCA", "100", "USD", DEC_31.plusDays(1));

        assertThat(reasonOf(decision)).isEqualTo(RefusalReason.EXPIRED);
        assertThat(decision.refusalOrNull().args()).containsExactly(toOfficer.id(), DEC_31);
    }

    @Test
    void certifying_before_the_delegation_starts_is_refused() {
        assertThat(reasonOf(officerMay("MINUSCA", "100", "USD", JAN_1.minusDays(1))))
                .isEqualTo(RefusalReason.NOT_YET_VALID);
    }

    @Test
    void certifying_after_revocation_is_refused_with_the_reason_given() {
        register.replace(toOfficer.revoke("left the section", JUNE_15));

        var decision = officerMay("MINUSCA", "100", "USD", JUNE_15);

        assertThat(reasonOf(decision)).isEqualTo(RefusalReason.REVOKED);
        assertThat(decision.refusalOrNull().args()).containsExactly(toOfficer.id(), "left the section");
    }

    @Test
    void a_suspended_delegation_authorises_nothing_until_reinstated() {
        Delegation suspended = register.replace(toOfficer.suspend("audit", JUNE_15));
        assertThat(reasonOf(officerMay("MINUSCA", "100", "USD", JUNE_15))).isEqualTo(RefusalReason.SUSPENDED);

        register.replace(suspended.reinstate(JUNE_15));
        assertThat(officerMay("MINUSCA", "100", "USD", JUNE_15).isAllowed()).isTrue();
    }

    @Test
    void an_unacknowledged_delegation_does_not_take_effect() {
        Delegation fresh = register.grant(terms(CC, USG, Party.person("new.chief"), "10", "USD", null,
                MissionScope.all(), JAN_1, DEC_31, false));

        var decision = policy.decide(new AuthorityQuery(CC, "MINUSCA", BigDecimal.ONE, "USD", null, JUNE_15),
                person("new.chief"), register);

        assertThat(reasonOf(decision)).isEqualTo(RefusalReason.NOT_ACKNOWLEDGED);
        assertThat(decision.refusalOrNull().args()).containsExactly(fresh.id());
    }

    @Test
    void a_delegation_acknowledged_later_does_not_cover_earlier_dates() {
        Delegation fresh = register.grant(terms(CC, USG, Party.person("late.chief"), "10", "USD", null,
                MissionScope.all(), JAN_1, DEC_31, false));
        register.acknowledge(fresh, JUNE_15);

        assertThat(reasonOf(policy.decide(new AuthorityQuery(CC, null, BigDecimal.ONE, "USD", null, JUNE_15.minusDays(1)),
                person("late.chief"), register))).isEqualTo(RefusalReason.NOT_ACKNOWLEDGED);
        assertThat(policy.decide(new AuthorityQuery(CC, null, BigDecimal.ONE, "USD", null, JUNE_15),
                person("late.chief"), register).isAllowed()).isTrue();
    }

    @Test
    void a_sub_delegation_stops_applying_when_its_parent_is_revoked() {
        register.replace(toChief.revoke("reorganisation", JUNE_15));

        var decision = officerMay("MINUSCA", "100", "USD", JUNE_15);

        assertThat(reasonOf(decision)).isEqualTo(RefusalReason.CHAIN_BROKEN);
        assertThat(decision.refusalOrNull().args()).containsExactly(toOfficer.id(), toChief.id(), "REVOKED");
    }

    @Test
    void a_person_without_any_delegation_is_refused() {
        var decision = policy.decide(new AuthorityQuery(CC, "MINUSCA", BigDecimal.ONE, "USD", null, JUNE_15),
                person("somebody.else"), register);

        assertThat(reasonOf(decision)).isEqualTo(RefusalReason.NO_DELEGATION);
        assertThat(decision.refusalOrNull().args()).containsExactly(CC);
    }

    @Test
    void a_delegation_of_another_authority_does_not_help() {
        var decision = policy.decide(new AuthorityQuery("PROCUREMENT", "MINUSCA", BigDecimal.ONE, "USD", null,
                JUNE_15), person("claims.certifier"), register);

        assertThat(reasonOf(decision)).isEqualTo(RefusalReason.NO_DELEGATION);
    }

    @Test
    void the_holder_of_a_position_exercises_the_delegation_given_to_that_position() {
        var decision = policy.decide(new AuthorityQuery(CC, "MONUSCO", new BigDecimal("4000000"), "USD", null,
                JUNE_15), Set.of(Party.person("chief.mcms"), CHIEF), register);

        assertThat(decision.isAllowed()).isTrue();
    }

    @Test
    void when_several_delegations_refuse_the_closest_reason_is_given() {
        // the officer also holds an expired delegation for all missions: the scope refusal is more telling
        register.acknowledge(register.grant(terms(CC, USG, OFFICER, "10", "USD", null, MissionScope.all(),
                JAN_1, JAN_1.plusDays(10), false)), JAN_1);

        assertThat(reasonOf(officerMay("MONUSCO", "5", "USD", JUNE_15)))
                .isEqualTo(RefusalReason.OUTSIDE_MISSION_SCOPE);
    }

    @Test
    void a_grade_limit_allows_up_to_and_including_that_grade() {
        Party director = Party.position("DFS-FPD-HEAD");
        register.acknowledge(register.grant(terms("RECRUITMENT_APPOINTMENT", USG, director, null, null, "P-5",
                MissionScope.all(), JAN_1, DEC_31, false)), JAN_1);

        assertThat(policy.decide(new AuthorityQuery("RECRUITMENT_APPOINTMENT", "UNMISS", null, null, "P-5", JUNE_15),
                Set.of(director), register).isAllowed()).isTrue();
        assertThat(reasonOf(policy.decide(new AuthorityQuery("RECRUITMENT_APPOINTMENT", "UNMISS", null, null, "D-1",
                JUNE_15), Set.of(director), register))).isEqualTo(RefusalReason.ABOVE_GRADE);
        assertThat(reasonOf(policy.decide(new AuthorityQuery("RECRUITMENT_APPOINTMENT", "UNMISS", null, null, "X-9",
                JUNE_15), Set.of(director), register))).isEqualTo(RefusalReason.UNKNOWN_GRADE);
    }

    @Test
    void headquarters_business_without_a_mission_needs_an_all_missions_delegation() {
        assertThat(reasonOf(officerMay(null, "5", "USD", JUNE_15))).isEqualTo(RefusalReason.OUTSIDE_MISSION_SCOPE);
    }
}
