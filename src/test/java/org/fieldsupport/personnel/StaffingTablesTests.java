package org.fieldsupport.personnel;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.fieldsupport.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The read-only staffing-table API other modules use (the budget's group II): posts by grade and vacancy for a period. */
@IntegrationTest
class StaffingTablesTests {

    @Autowired StaffingTables staffing;
    @Autowired JdbcClient jdbc;

    @Test
    void the_authorised_posts_of_a_period_by_grade_category_and_funding_agree_with_the_posts_and_their_incumbents() {
        LocalDate start = LocalDate.of(2026, 7, 1);
        StaffingTables.Summary s = staffing.authorisedPosts("minusca", start);
        assertThat(s.missionCode()).isEqualTo("MINUSCA");
        assertThat(s.budgetPeriod()).isEqualTo("2026/27");
        long posts = jdbc.sql("SELECT COUNT(*) FROM pers_post WHERE mission_code = 'MINUSCA' AND status = 'ACTIVE'"
                + " AND valid_from <= DATE '2027-06-30' AND (valid_to IS NULL OR valid_to >= DATE '2026-07-01')")
                .query(Long.class).single();
        long vacant = jdbc.sql("SELECT COUNT(*) FROM pers_post p WHERE p.mission_code = 'MINUSCA' AND p.status = 'ACTIVE'"
                + " AND p.valid_from <= DATE '2027-06-30' AND (p.valid_to IS NULL OR p.valid_to >= DATE '2026-07-01')"
                + " AND NOT EXISTS (SELECT 1 FROM pers_staff s WHERE s.post_id = p.id AND s.status = 'ACTIVE')")
                .query(Long.class).single();
        assertThat(s.authorised()).isEqualTo(posts).isPositive();
        assertThat(s.vacant()).isEqualTo(vacant);
        assertThat(s.groups()).allSatisfy(g -> {
            assertThat(g.vacant()).isBetween(0, g.authorised());
            assertThat(g.fundingSource()).isIn("ASSESSED", "EXTRABUDGETARY", "GTA");
        });
        StaffingTables.PostGroup p4 = s.groups().stream()
                .filter(g -> g.grade().equals("P-4") && g.fundingSource().equals("ASSESSED")).findFirst().orElseThrow();
        assertThat(p4.category()).isEqualTo("PROFESSIONAL");
        assertThat(p4.vacancyRate()).isEqualByComparingTo(BigDecimal.valueOf(p4.vacant())
                .divide(BigDecimal.valueOf(p4.authorised()), 4, java.math.RoundingMode.HALF_EVEN));
    }

    @Test
    void an_unknown_mission_or_a_period_before_every_post_has_no_posts() {
        assertThat(staffing.authorisedPosts("NOSUCH", LocalDate.of(2026, 7, 1)).groups()).isEmpty();
        assertThat(staffing.authorisedPosts("MINUSCA", LocalDate.of(1990, 7, 1)).authorised()).isZero();
        assertThat(staffing.authorisedPosts(null, LocalDate.of(2026, 7, 1)).groups()).isEmpty();
        assertThat(new StaffingTables.PostGroup("P-4", "PROFESSIONAL", "ASSESSED", 0, 0).vacancyRate()).isZero();
    }
}
