package org.fieldsupport.claims;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.fieldsupport.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The read-only MOU strength API other modules use (the budget's group I): Annex A strength and months deployed. */
@IntegrationTest
class ContingentStrengthsTests {

    @Autowired ContingentStrengths strengths;
    @Autowired JdbcClient jdbc;

    static final LocalDate FROM = LocalDate.of(2026, 7, 1);
    static final LocalDate TO = LocalDate.of(2027, 6, 30);

    @Test
    void the_strength_comes_from_the_mou_version_in_force_at_the_start_with_the_months_deployed_in_the_period() {
        List<ContingentStrengths.Strength> minusca = strengths.authorisedStrength("MINUSCA", FROM, TO);
        ContingentStrengths.Strength rwa = minusca.stream().filter(s -> s.contingentReference().equals("DEMO-MINUSCA-RWA"))
                .findFirst().orElseThrow();
        int version = jdbc.sql("SELECT v.authorised_strength FROM claims_mou_version v JOIN claims_contingent c ON c.id = v.contingent_id"
                + " WHERE c.reference = 'DEMO-MINUSCA-RWA' AND v.status = 'EFFECTIVE' AND v.effective_from <= ?"
                + " ORDER BY v.effective_from DESC, v.version_number DESC FETCH FIRST 1 ROWS ONLY").param(FROM).query(Integer.class).single();
        assertThat(rwa.authorisedStrength()).isEqualTo(version);
        assertThat(rwa.memberState()).isEqualTo("RWA");
        assertThat(rwa.unitType()).isEqualTo("INFANTRY_BATTALION");
        assertThat(rwa.formedPolice()).isFalse();
        assertThat(rwa.monthsInPeriod()).isEqualTo(12);
        assertThat(minusca).allSatisfy(s -> assertThat(s.missionCode()).isEqualTo("MINUSCA"));
        // a contingent deployed on 10 August 2026 counts the 11 months from August
        strengths.authorisedStrength("UNMISS", FROM, TO).stream().filter(s -> s.contingentReference().equals("DEMO-UNMISS-NPL"))
                .findFirst().ifPresent(npl -> assertThat(npl.monthsInPeriod()).isEqualTo(11));
    }

    @Test
    void nothing_for_an_unknown_mission_a_reversed_period_or_a_period_before_any_mou() {
        assertThat(strengths.authorisedStrength("NOSUCH", FROM, TO)).isEmpty();
        assertThat(strengths.authorisedStrength("MINUSCA", TO, FROM)).isEmpty();
        assertThat(strengths.authorisedStrength("MINUSCA", LocalDate.of(1990, 7, 1), LocalDate.of(1991, 6, 30))).isEmpty();
    }
}
