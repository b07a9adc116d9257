package org.fieldsupport.personnel.posts.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.fieldsupport.personnel.StaffingTables;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The personnel module's {@link StaffingTables} API: one aggregate over the mission's posts, no permission check. */
@Service
@Transactional(readOnly = true)
class StaffingTablesApi implements StaffingTables {

    private final JdbcClient jdbc;

    StaffingTablesApi(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Summary authorisedPosts(String missionCode, LocalDate periodStart) {
        LocalDate today = PostService.today();
        String period = PostService.budgetPeriod(periodStart);
        if (missionCode == null || missionCode.isBlank() || periodStart == null) {
            return new Summary(missionCode, period, today, List.of());
        }
        LocalDate periodEnd = periodStart.plusYears(1).minusDays(1);
        List<PostGroup> groups = jdbc.sql("""
                SELECT p.grade_code, p.category, p.funding_source, COUNT(*),
                       COALESCE(SUM(CASE WHEN EXISTS (SELECT 1 FROM pers_staff s WHERE s.post_id = p.id AND s.status = 'ACTIVE')
                                    THEN 0 ELSE 1 END), 0)
                  FROM pers_post p
                 WHERE p.mission_code = ? AND p.status = 'ACTIVE' AND p.valid_from <= ?
                   AND (p.valid_to IS NULL OR p.valid_to >= ?)
                 GROUP BY p.grade_code, p.category, p.funding_source
                 ORDER BY p.category, p.grade_code, p.funding_source""")
                .params(missionCode.strip().toUpperCase(Locale.ROOT), periodEnd, periodStart)
                .query((rs, n) -> new PostGroup(rs.getString(1), rs.getString(2), rs.getString(3), rs.getInt(4), rs.getInt(5)))
                .list();
        return new Summary(missionCode.strip().toUpperCase(Locale.ROOT), period, today, groups);
    }
}
