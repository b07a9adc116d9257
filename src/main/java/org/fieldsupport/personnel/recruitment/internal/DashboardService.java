package org.fieldsupport.personnel.recruitment.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * The recruitment dashboards: gender and geography of staff on board by mission and level against the year's
 * targets (share of women; share of nationals of un- and under-represented Member States), time to recruit
 * (posting to selection) by mission, and roster depth by job code. Counts and shares only, no identities.
 */
@Service
public class DashboardService {

    private final JdbcClient jdbc;
    private final RecruitmentAccess access;

    DashboardService(JdbcClient jdbc, RecruitmentAccess access) {
        this.jdbc = jdbc;
        this.access = access;
    }

    public record Representation(String missionCode, String gradeCode, long staff, long women, BigDecimal womenPct,
                                 BigDecimal genderTarget, boolean genderMet, long underRepresented,
                                 BigDecimal underRepresentedPct, BigDecimal geographyTarget, boolean geographyMet) { }

    public record TimeToRecruit(String missionCode, long completed, BigDecimal averageDays, long maxDays) { }

    public record RosterDepth(String jobCode, String jobFamily, String gradeCode, long members, long available,
                              long women) { }

    public record Dashboard(int year, BigDecimal genderTarget, BigDecimal geographyTarget,
                            List<Representation> representation, List<TimeToRecruit> timeToRecruit,
                            List<RosterDepth> rosterDepth) { }

    public Dashboard dashboard(int year, String mission) {
        Optional<Set<String>> visible = access.missions(RecruitmentPermissions.DASHBOARD);
        if (visible.isPresent() && visible.get().isEmpty()) {
            throw new org.springframework.security.access.AccessDeniedException("no dashboard");
        }
        if (year < 2000 || year > 2100) {
            throw org.fieldsupport.platform.api.InvalidInputException.of("year", "Range", "recruitment.input.year");
        }
        BigDecimal gender = target("GENDER", year);
        BigDecimal geo = target("GEOGRAPHY", year);
        Map<String, Object> p = new LinkedHashMap<>();
        StringBuilder w = new StringBuilder(" WHERE s.status = 'ACTIVE'");
        if (visible.isPresent()) {
            w.append(" AND s.mission_code IN (:missions)");
            p.put("missions", visible.get());
        }
        if (mission != null && !mission.isBlank()) {
            w.append(" AND s.mission_code = :mission");
            p.put("mission", mission.strip());
        }
        List<Representation> rep = jdbc.sql("""
                SELECT s.mission_code, s.grade_code, COUNT(*) AS n,
                  SUM(CASE WHEN s.gender = 'F' THEN 1 ELSE 0 END) AS women,
                  SUM(CASE WHEN r.status IN ('UNDER', 'UNREPRESENTED') THEN 1 ELSE 0 END) AS under_rep
                FROM pers_staff s LEFT JOIN rec_state_representation r ON r.alpha3 = s.nationality""" + w
                + " GROUP BY s.mission_code, s.grade_code ORDER BY s.mission_code, s.grade_code").params(p)
                .query((rs, n) -> {
                    long staff = rs.getLong(3);
                    long women = rs.getLong(4);
                    long under = rs.getLong(5);
                    BigDecimal wp = pct(women, staff);
                    BigDecimal up = pct(under, staff);
                    return new Representation(rs.getString(1), rs.getString(2), staff, women, wp, gender,
                            gender != null && wp != null && wp.compareTo(gender) >= 0, under, up, geo,
                            geo != null && up != null && up.compareTo(geo) >= 0);
                }).list();
        Map<String, Object> q = new LinkedHashMap<>();
        StringBuilder ow = new StringBuilder(" WHERE o.selected_at IS NOT NULL AND o.opening_type <> 'GENERIC'");
        if (visible.isPresent()) {
            ow.append(" AND o.mission_code IN (:missions)");
            q.put("missions", visible.get());
        }
        if (mission != null && !mission.isBlank()) {
            ow.append(" AND o.mission_code = :mission");
            q.put("mission", mission.strip());
        }
        List<long[]> raw = new java.util.ArrayList<>();
        Map<String, List<Long>> days = new LinkedHashMap<>();
        jdbc.sql("SELECT o.mission_code, o.posted_at, o.selected_at FROM rec_opening o" + ow + " ORDER BY o.mission_code")
                .params(q).query((rs, n) -> {
                    var a = rs.getObject(2, java.time.OffsetDateTime.class);
                    var b = rs.getObject(3, java.time.OffsetDateTime.class);
                    days.computeIfAbsent(rs.getString(1), k -> new java.util.ArrayList<>())
                            .add(java.time.Duration.between(a, b).toDays());
                    return 0;
                }).list();
        List<TimeToRecruit> ttr = days.entrySet().stream().map(e -> new TimeToRecruit(e.getKey(), e.getValue().size(),
                BigDecimal.valueOf(e.getValue().stream().mapToLong(Long::longValue).sum())
                        .divide(BigDecimal.valueOf(e.getValue().size()), 1, RoundingMode.HALF_EVEN),
                e.getValue().stream().mapToLong(Long::longValue).max().orElse(0))).toList();
        List<RosterDepth> depth = jdbc.sql("""
                SELECT r.job_code, r.job_family, r.grade_code, COUNT(m.id),
                  SUM(CASE WHEN m.availability = 'AVAILABLE' THEN 1 ELSE 0 END),
                  SUM(CASE WHEN p.gender = 'F' THEN 1 ELSE 0 END)
                FROM rec_roster r LEFT JOIN rec_roster_member m ON m.roster_id = r.id
                LEFT JOIN rec_applicant p ON p.id = m.applicant_id
                GROUP BY r.job_code, r.job_family, r.grade_code ORDER BY r.job_code""")
                .query((rs, n) -> new RosterDepth(rs.getString(1), rs.getString(2), rs.getString(3), rs.getLong(4),
                        rs.getLong(5), rs.getLong(6))).list();
        raw.clear();
        return new Dashboard(year, gender, geo, rep, ttr, depth);
    }

    BigDecimal target(String kind, int year) {
        return jdbc.sql("SELECT target_pct FROM rec_target WHERE kind = ? AND target_year <= ? ORDER BY target_year DESC")
                .params(kind, year).query(BigDecimal.class).list().stream().findFirst().orElse(null);
    }

    static BigDecimal pct(long part, long whole) {
        return whole == 0 ? null : BigDecimal.valueOf(part * 100L).divide(BigDecimal.valueOf(whole), 1, RoundingMode.HALF_EVEN);
    }
}
