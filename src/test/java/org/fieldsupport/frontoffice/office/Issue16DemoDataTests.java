package org.fieldsupport.frontoffice.office;

import static org.assertj.core.api.Assertions.assertThat;

import org.fieldsupport.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The demo data of issue 16 is loaded in full (the suite runs with demo data on both databases). */
@IntegrationTest
class Issue16DemoDataTests {

    @Autowired JdbcClient jdbc;

    private long count(String sql) {
        return jdbc.sql(sql).query(Long.class).single();
    }

    @Test
    void front_office_demo_data() {
        assertThat(count("SELECT COUNT(*) FROM fo_correspondence WHERE created_by = 'frontoffice.usg'")).isEqualTo(60);
        assertThat(count("SELECT COUNT(DISTINCT status) FROM fo_correspondence WHERE created_by = 'frontoffice.usg'")).isEqualTo(6);
        assertThat(count("SELECT COUNT(*) FROM fo_correspondence WHERE created_by = 'frontoffice.usg'"
                + " AND classification = 'STRICTLY_CONFIDENTIAL'")).isPositive();
        assertThat(count("SELECT COUNT(*) FROM fo_task WHERE created_by = 'frontoffice.usg' AND kind <> 'CORRESPONDENCE'")).isEqualTo(15);
        assertThat(count("SELECT COUNT(*) FROM fo_briefing WHERE created_by = 'frontoffice.usg'")).isEqualTo(3);
        assertThat(count("SELECT COUNT(*) FROM fo_partner WHERE created_by = 'frontoffice.usg'")).isEqualTo(20);
    }

    @Test
    void guidance_and_reporting_demo_data() {
        assertThat(count("SELECT COUNT(*) FROM gd_policy WHERE code LIKE 'DFS-202%'")).isEqualTo(12);
        assertThat(count("SELECT COUNT(*) FROM gd_dissemination WHERE acknowledged_at IS NOT NULL AND acknowledged_by LIKE 'focal.%'")).isPositive();
        // issue 16's ten courses; ICTD's six (owner DFS-ICTD, issue 18 session 4) come on top
        assertThat(count("SELECT COUNT(*) FROM gd_course WHERE created_by = 'training.coordinator'"
                + " AND owner_unit <> 'DFS-ICTD'")).isEqualTo(10);
        assertThat(count("SELECT COUNT(*) FROM gd_session s JOIN gd_course c ON c.id = s.course_id"
                + " WHERE c.created_by = 'training.coordinator' AND c.owner_unit <> 'DFS-ICTD'")).isEqualTo(20);
        assertThat(count("SELECT COUNT(*) FROM gd_course WHERE owner_unit = 'DFS-ICTD'")).isGreaterThanOrEqualTo(6);
        assertThat(count("SELECT COUNT(*) FROM rp_report WHERE created_by = 'frontoffice.usg'")).isEqualTo(8);
    }
}
