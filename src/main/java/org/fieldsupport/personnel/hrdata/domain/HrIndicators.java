package org.fieldsupport.personnel.hrdata.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * HR indicators computed from the records, never typed. Percentages are computed on unrounded values and shown
 * HALF_EVEN to one decimal; a rate over nothing is {@code null} (shown as "—"), not zero.
 * <ul>
 *   <li>vacancy rate = vacant ÷ authorised posts (active posts of the staffing table), by mission and category;</li>
 *   <li>gender distribution = women ÷ staff on board, by grade;</li>
 *   <li>geographic distribution = number of nationalities among the staff on board, by grade;</li>
 *   <li>average time to encumbrance = mean days from a post falling vacant to its encumbrance, over the
 *       vacancies filled;</li>
 *   <li>contract expiries = active contracts ending within the next 90 days.</li>
 * </ul>
 */
public final class HrIndicators {

    public static final String RULE_SET = "HR-INDICATORS-2026-v1";
    public static final int EXPIRY_HORIZON_DAYS = 90;

    private HrIndicators() { }

    /** {@code part ÷ whole} in percent, HALF_EVEN to one decimal; null when {@code whole} is zero. */
    public static BigDecimal percent(long part, long whole) {
        if (whole == 0) {
            return null;
        }
        return BigDecimal.valueOf(part).multiply(BigDecimal.valueOf(100))
                .divide(BigDecimal.valueOf(whole), 1, RoundingMode.HALF_EVEN);
    }

    public record Vacancy(String missionCode, String category, long authorised, long vacant, BigDecimal ratePercent) {
        public static Vacancy of(String mission, String category, long authorised, long vacant) {
            return new Vacancy(mission, category, authorised, vacant, percent(vacant, authorised));
        }
    }

    public record Gender(String gradeCode, long women, long men, long other, BigDecimal womenPercent) {
        public static Gender of(String grade, long women, long men, long other) {
            return new Gender(grade, women, men, other, percent(women, women + men + other));
        }
    }

    public record Geography(String gradeCode, long staff, long nationalities) { }

    /** A filled vacancy period. */
    public record Filled(LocalDate vacantFrom, LocalDate filledOn) { }

    /** Mean days from vacancy to encumbrance, HALF_EVEN to one decimal; null when none was filled. */
    public static BigDecimal averageDaysToEncumbrance(List<Filled> filled) {
        long total = 0;
        for (Filled f : filled) {
            total += Math.max(0, ChronoUnit.DAYS.between(f.vacantFrom(), f.filledOn()));
        }
        return averageDaysToEncumbrance(filled.size(), total);
    }

    /** The same from the number of filled vacancies and their days summed (each vacancy's days at least 0). */
    public static BigDecimal averageDaysToEncumbrance(long filledVacancies, long totalDays) {
        if (filledVacancies == 0) {
            return null;
        }
        return BigDecimal.valueOf(totalDays).divide(BigDecimal.valueOf(filledVacancies), 1, RoundingMode.HALF_EVEN);
    }

    /** The whole set, as computed for a set of missions on a date. */
    public record Snapshot(String ruleSet, LocalDate asOf, List<Vacancy> vacancies, Vacancy total,
                           List<Gender> gender, List<Geography> geography, BigDecimal averageDaysToEncumbrance,
                           long filledVacancies, long contractExpiries) { }
}
