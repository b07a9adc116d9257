package org.fieldsupport.personnel.leadership.domain;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The vacancy forecast of head and deputy-head posts (4.5.a, 6.7.e): a senior post is expected to fall vacant
 * on the earliest of — today when it is vacant; its incumbent's contract end; the end of the mission's mandate
 * (the Security Council's renewal is when the leadership is reviewed). The forecast looks {@code months} ahead
 * (6 to 18). Missions in liquidation or closed are left out (no appointment is made for them). A vacancy less
 * than {@value #LEAD_TIME_MONTHS} months ahead is flagged {@code late}: a leadership search takes about that long.
 */
public final class VacancyForecast {

    public static final int MIN_MONTHS = 6;
    public static final int MAX_MONTHS = 18;
    public static final int LEAD_TIME_MONTHS = 6;

    public enum Role { HEAD, DEPUTY_HEAD }

    public enum Reason { VACANT_NOW, CONTRACT_END, MANDATE_END }

    public record SeniorPost(long postId, String postNumber, String missionCode, String title, String gradeCode,
                             String incumbentName, String incumbentGender, LocalDate contractEnd, LocalDate vacantSince) { }

    /** What the forecast needs of a mission: the end of its mandate (null = open-ended) and its phase. */
    public record MissionFacts(String code, LocalDate mandateEnd, String phase) { }

    public record Line(long postId, String postNumber, String missionCode, String title, String gradeCode, Role role,
                       String incumbentName, String incumbentGender, LocalDate expectedVacancy, Reason reason,
                       long monthsAhead, boolean late) { }

    private VacancyForecast() { }

    /** HEAD or DEPUTY_HEAD for a head/deputy-head post of a mission, null for any other post. */
    public static Role roleOf(String gradeCode, String title) {
        String t = title == null ? "" : title.toLowerCase(Locale.ROOT);
        boolean deputy = t.contains("deputy") || t.contains("adjoint");
        boolean headTitle = t.contains("head of mission") || t.contains("special representative")
                || t.contains("chef de mission") || t.contains("représentant");
        if ("USG".equals(gradeCode) || "ASG".equals(gradeCode)) {
            return deputy ? Role.DEPUTY_HEAD : "USG".equals(gradeCode) || headTitle ? Role.HEAD : Role.DEPUTY_HEAD;
        }
        if ("D-2".equals(gradeCode) && headTitle) {
            return deputy ? Role.DEPUTY_HEAD : Role.HEAD;
        }
        return null;
    }

    public static boolean monthsValid(Integer months) {
        return months != null && months >= MIN_MONTHS && months <= MAX_MONTHS;
    }

    public static List<Line> forecast(List<SeniorPost> posts, Map<String, MissionFacts> missions, LocalDate asOf,
                                      int months) {
        if (!monthsValid(months)) {
            throw new IllegalArgumentException("months must be between 6 and 18: " + months);
        }
        LocalDate horizon = asOf.plusMonths(months);
        List<Line> out = new ArrayList<>();
        for (SeniorPost p : posts) {
            Role role = roleOf(p.gradeCode(), p.title());
            MissionFacts m = missions.get(p.missionCode());
            if (role == null || m == null || "LIQUIDATION".equals(m.phase()) || "CLOSED".equals(m.phase())) {
                continue;
            }
            LocalDate date = null;
            Reason reason = null;
            if (p.vacantSince() != null || p.incumbentName() == null) {
                date = asOf;
                reason = Reason.VACANT_NOW;
            } else {
                if (p.contractEnd() != null) {
                    date = p.contractEnd().isBefore(asOf) ? asOf : p.contractEnd();
                    reason = Reason.CONTRACT_END;
                }
                if (m.mandateEnd() != null && (date == null || m.mandateEnd().isBefore(date))) {
                    date = m.mandateEnd().isBefore(asOf) ? asOf : m.mandateEnd();
                    reason = Reason.MANDATE_END;
                }
            }
            if (date == null || date.isAfter(horizon)) {
                continue;
            }
            long ahead = ChronoUnit.MONTHS.between(asOf, date);
            out.add(new Line(p.postId(), p.postNumber(), p.missionCode(), p.title(), p.gradeCode(), role,
                    p.incumbentName(), p.incumbentGender(), date, reason, ahead,
                    date.isBefore(asOf.plusMonths(LEAD_TIME_MONTHS))));
        }
        out.sort(Comparator.comparing(Line::expectedVacancy).thenComparing(Line::missionCode)
                .thenComparing(Line::postNumber));
        return out;
    }

    /** Share of women among {@code women} of {@code total}, in percent to one decimal (HALF_EVEN); null over none. */
    public static java.math.BigDecimal share(long women, long total) {
        if (total == 0) {
            return null;
        }
        return java.math.BigDecimal.valueOf(women * 100L).divide(java.math.BigDecimal.valueOf(total), 1,
                java.math.RoundingMode.HALF_EVEN);
    }
}
