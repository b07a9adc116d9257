package org.fieldsupport.personnel.recruitment.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Total experience of a personal history profile (rules-wave2, blind review): the union of the experience periods
 * (overlaps counted once; both ends included; an open period runs to {@code asOf}; days after {@code asOf} are not
 * counted), in years = days / 365.25, HALF_EVEN to one decimal.
 */
public final class ExperienceRule {

    public static final BigDecimal DAYS_PER_YEAR = new BigDecimal("365.25");

    private ExperienceRule() { }

    public record Period(LocalDate from, LocalDate to) { }

    public static long days(List<Period> periods, LocalDate asOf) {
        List<LocalDate[]> spans = new ArrayList<>();
        for (Period p : periods) {
            if (p.from() == null || p.from().isAfter(asOf)) {
                continue;
            }
            LocalDate end = p.to() == null || p.to().isAfter(asOf) ? asOf : p.to();
            if (end.isBefore(p.from())) {
                continue;
            }
            spans.add(new LocalDate[] {p.from(), end});
        }
        spans.sort(Comparator.comparing((LocalDate[] s) -> s[0]));
        long days = 0;
        LocalDate curStart = null;
        LocalDate curEnd = null;
        for (LocalDate[] s : spans) {
            if (curEnd != null && !s[0].isAfter(curEnd.plusDays(1))) {
                if (s[1].isAfter(curEnd)) {
                    curEnd = s[1];
                }
            } else {
                if (curStart != null) {
                    days += ChronoUnit.DAYS.between(curStart, curEnd) + 1;
                }
                curStart = s[0];
                curEnd = s[1];
            }
        }
        if (curStart != null) {
            days += ChronoUnit.DAYS.between(curStart, curEnd) + 1;
        }
        return days;
    }

    public static BigDecimal years(List<Period> periods, LocalDate asOf) {
        return BigDecimal.valueOf(days(periods, asOf)).divide(DAYS_PER_YEAR, 1, RoundingMode.HALF_EVEN);
    }
}
