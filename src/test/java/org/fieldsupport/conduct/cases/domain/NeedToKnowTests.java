package org.fieldsupport.conduct.cases.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;

/** CONDUCT-2026-v1 need-to-know. */
class NeedToKnowTests {

    @Test
    void a_mission_conduct_officer_sees_the_cases_of_their_mission_only() {
        NeedToKnow officer = new NeedToKnow(Set.of("MINUSCA"), false, Set.of(), false);
        assertThat(officer.sees(1, "MINUSCA")).isTrue();
        assertThat(officer.sees(1, "UNMISS")).isFalse();
        assertThat(officer.manages("UNMISS")).isFalse();
    }

    @Test
    void headquarters_sees_every_case() {
        NeedToKnow hq = new NeedToKnow(Set.of(), true, Set.of(), false);
        assertThat(hq.sees(7, "UNIFIL")).isTrue();
        assertThat(hq.manages("UNIFIL")).isTrue();
    }

    @Test
    void a_case_given_explicitly_is_visible_but_not_managed() {
        NeedToKnow grantee = new NeedToKnow(Set.of(), false, Set.of(42L), false);
        assertThat(grantee.sees(42, "UNMISS")).isTrue();
        assertThat(grantee.sees(43, "UNMISS")).isFalse();
        assertThat(grantee.manages("UNMISS")).isFalse();
    }

    @Test
    void victims_identity_needs_the_victims_assistance_role_and_the_case() {
        assertThat(new NeedToKnow(Set.of(), false, Set.of(42L), true).readsVictimIdentity(42, "UNMISS")).isTrue();
        assertThat(new NeedToKnow(Set.of(), false, Set.of(), true).readsVictimIdentity(42, "UNMISS")).isFalse();
        assertThat(new NeedToKnow(Set.of("UNMISS"), true, Set.of(42L), false).readsVictimIdentity(42, "UNMISS")).isFalse();
    }

    @Test
    void nobody_sees_nothing() {
        assertThat(NeedToKnow.nobody().seesAny()).isFalse();
        assertThat(NeedToKnow.nobody().sees(1, "MINUSCA")).isFalse();
    }
}
