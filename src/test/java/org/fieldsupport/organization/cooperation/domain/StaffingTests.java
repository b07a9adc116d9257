package org.fieldsupport.organization.cooperation.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class StaffingTests {

    private static Staffing.Allocation a(String from, String to, int share) {
        return new Staffing.Allocation(LocalDate.parse(from), to == null ? null : LocalDate.parse(to), share);
    }

    @Test
    void shares_add_up_only_where_assignments_overlap() {
        List<Staffing.Allocation> existing = List.of(a("2026-01-01", "2026-06-30", 70), a("2026-08-01", null, 50));
        assertThat(Staffing.peakShare(existing, a("2026-07-01", "2026-07-31", 100))).isEqualTo(100);
        assertThat(Staffing.overAllocation(existing, a("2026-07-01", "2026-07-31", 100))).isEmpty();
        assertThat(Staffing.peakShare(existing, a("2026-06-01", null, 40))).isEqualTo(110);
        assertThat(Staffing.overAllocation(existing, a("2026-06-01", null, 50))).contains(120);
        assertThat(Staffing.overAllocation(existing, a("2026-07-15", null, 50))).isEmpty();
        assertThat(Staffing.overAllocation(existing, a("2026-07-15", null, 51))).contains(101);
    }

    @Test
    void a_share_is_a_whole_percentage_and_an_assignment_sits_inside_the_team_period() {
        assertThat(Staffing.validShare(0)).isFalse();
        assertThat(Staffing.validShare(101)).isFalse();
        assertThat(Staffing.validShare(null)).isFalse();
        assertThat(Staffing.validShare(100)).isTrue();
        LocalDate jan = LocalDate.of(2026, 1, 1);
        LocalDate dec = LocalDate.of(2026, 12, 31);
        assertThat(Staffing.within(jan, null, jan, null)).isTrue();
        assertThat(Staffing.within(jan, null, jan, dec)).isFalse();
        assertThat(Staffing.within(jan.minusDays(1), dec, jan, dec)).isFalse();
        assertThat(Staffing.within(jan, dec, jan, dec)).isTrue();
    }

    @Test
    void who_leads_a_relation() {
        assertThat(RelationKind.parse("takes_instructions_from").orElseThrow().leader("DFS", "EXT-DPKO")).isEqualTo("EXT-DPKO");
        assertThat(RelationKind.parse("operates").orElseThrow().leader("DFS-FCITOS", "EXT-UNLB")).isEqualTo("DFS-FCITOS");
        assertThat(RelationKind.parse("coordinates_with").orElseThrow().leader("A", "B")).isNull();
        assertThat(RelationKind.parse("likes")).isEmpty();
    }
}
