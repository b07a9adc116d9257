package org.fieldsupport.ict.desk.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.fieldsupport.ict.desk.domain.SlaClock;
import org.fieldsupport.ict.shared.internal.IctAccess;
import org.fieldsupport.ict.shared.internal.IctFieldErrors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The service-level report of a mission and month: for the requests, incidents and problems opened in the month, per
 * priority and in total, how many, how many answered and resolved within target, breaches, mean resolution time
 * (running clock) and satisfaction. Percentages on unrounded values, HALF_EVEN to one decimal, as strings.
 */
@Service
public class ServiceLevels {

    private final JdbcClient jdbc;
    private final IctAccess access;

    ServiceLevels(JdbcClient jdbc, IctAccess access) {
        this.jdbc = jdbc;
        this.access = access;
    }

    public record Line(String priority, long tickets, long responded, long respondedInTime, long resolved,
                       long resolvedInTime, long breached, String responseInTimePercent, String resolutionInTimePercent,
                       String meanResolutionMinutes, long rated, String meanSatisfaction) { }

    public record Report(String missionCode, String month, String ruleSet, List<Line> lines, Line total) { }

    public static final String SQL = "SELECT priority, COUNT(*) AS tickets,"
            + " SUM(CASE WHEN responded_at IS NOT NULL THEN 1 ELSE 0 END) AS responded,"
            + " SUM(CASE WHEN responded_at IS NOT NULL AND response_breached = FALSE THEN 1 ELSE 0 END) AS responded_in_time,"
            + " SUM(CASE WHEN resolved_at IS NOT NULL THEN 1 ELSE 0 END) AS resolved,"
            + " SUM(CASE WHEN resolved_at IS NOT NULL AND resolution_breached = FALSE THEN 1 ELSE 0 END) AS resolved_in_time,"
            + " SUM(CASE WHEN response_breached OR resolution_breached THEN 1 ELSE 0 END) AS breached,"
            + " SUM(CASE WHEN resolved_at IS NOT NULL THEN resolution_minutes ELSE 0 END) AS resolution_sum,"
            + " COUNT(satisfaction) AS rated, COALESCE(SUM(satisfaction), 0) AS satisfaction_sum"
            + " FROM ict_ticket WHERE mission_code = ? AND opened_at >= ? AND opened_at < ? AND kind <> 'CHANGE'"
            + " GROUP BY priority ORDER BY priority";

    public static YearMonth month(String month) {
        IctFieldErrors errors = new IctFieldErrors();
        YearMonth m = null;
        try {
            m = YearMonth.parse(month == null ? "" : month.strip());
        } catch (RuntimeException e) {
            errors.add("month", "Pattern", "ict.error.month");
        }
        errors.throwIfAny();
        return m;
    }

    @Transactional(readOnly = true)
    public Report report(String mission, YearMonth month) {
        String m = mission == null ? "" : mission.strip().toUpperCase(Locale.ROOT);
        if (m.isEmpty()) new IctFieldErrors().add("mission", "NotBlank", "ict.error.required").throwIfAny();
        if (!access.forMission(IctAccess.DESK_REPORT, m)) {
            throw new AccessDeniedException(IctAccess.DESK_REPORT + " for " + m + " required");
        }
        var from = month.atDay(1).atStartOfDay().atOffset(ZoneOffset.UTC);
        var to = month.plusMonths(1).atDay(1).atStartOfDay().atOffset(ZoneOffset.UTC);
        List<long[]> raw = new ArrayList<>();
        List<String> priorities = new ArrayList<>();
        jdbc.sql(SQL).params(m, from, to).query((rs, n) -> {
            priorities.add(rs.getString(1));
            raw.add(new long[] {rs.getLong(2), rs.getLong(3), rs.getLong(4), rs.getLong(5), rs.getLong(6), rs.getLong(7),
                    rs.getLong(8), rs.getLong(9), rs.getLong(10)});
            return null;
        }).list();
        List<Line> lines = new ArrayList<>();
        long[] sum = new long[9];
        for (int i = 0; i < raw.size(); i++) {
            lines.add(line(priorities.get(i), raw.get(i)));
            for (int j = 0; j < 9; j++) sum[j] += raw.get(i)[j];
        }
        return new Report(m, month.toString(), SlaClock.RULE_SET_V2, lines, line("ALL", sum));
    }

    static Line line(String priority, long[] v) {
        return new Line(priority, v[0], v[1], v[2], v[3], v[4], v[5], percent(v[2], v[0]), percent(v[4], v[3]),
                mean(v[6], v[3]), v[7], mean(v[8], v[7]));
    }

    static String percent(long part, long whole) {
        if (whole == 0) return null;
        return BigDecimal.valueOf(part).multiply(BigDecimal.valueOf(100))
                .divide(BigDecimal.valueOf(whole), 10, RoundingMode.HALF_EVEN).setScale(1, RoundingMode.HALF_EVEN).toPlainString();
    }

    static String mean(long sum, long n) {
        if (n == 0) return null;
        return BigDecimal.valueOf(sum).divide(BigDecimal.valueOf(n), 10, RoundingMode.HALF_EVEN)
                .setScale(1, RoundingMode.HALF_EVEN).toPlainString();
    }
}
