package org.fieldsupport.personnel.recruitment.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;

/**
 * Career management for field staff (6.7.d): the years of relevant experience a level asks for (the Secretariat's
 * minimum for professional, field service and national officer levels), and whether a staff member is ready for
 * a target level on a date, counted from their entry on duty plus prior experience.
 */
public final class CareerRules {

    public static final Map<String, Integer> MIN_YEARS = Map.ofEntries(
            Map.entry("P-2", 2), Map.entry("P-3", 5), Map.entry("P-4", 7), Map.entry("P-5", 10),
            Map.entry("D-1", 15), Map.entry("D-2", 15), Map.entry("FS-4", 6), Map.entry("FS-5", 8),
            Map.entry("FS-6", 10), Map.entry("FS-7", 12), Map.entry("NO-A", 1), Map.entry("NO-B", 2),
            Map.entry("NO-C", 5), Map.entry("NO-D", 7), Map.entry("GS-5", 5), Map.entry("GS-6", 7));

    private CareerRules() { }

    public static Integer minimumYears(String grade) {
        return MIN_YEARS.get(grade);
    }

    /** The date a staff member reaches the target level's minimum (null when the level is unknown). */
    public static LocalDate readyOn(String targetGrade, LocalDate entryOnDuty, BigDecimal priorYears) {
        Integer min = MIN_YEARS.get(targetGrade);
        if (min == null || entryOnDuty == null) {
            return null;
        }
        long priorDays = priorYears == null ? 0 : priorYears.multiply(ExperienceRule.DAYS_PER_YEAR).longValue();
        long neededDays = Math.round(min * 365.25) - priorDays;
        return neededDays <= 0 ? entryOnDuty : entryOnDuty.plusDays(neededDays);
    }

    /** Share of plan actions done, in percent to one decimal (null without actions). */
    public static BigDecimal progress(int done, int total) {
        if (total == 0) {
            return null;
        }
        return BigDecimal.valueOf(done * 100L).divide(BigDecimal.valueOf(total), 1, java.math.RoundingMode.HALF_EVEN);
    }
}
