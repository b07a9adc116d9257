package org.fieldsupport.organization;

import java.time.LocalDate;
import java.util.Locale;

/**
 * A position as in force on a date, with its incumbent on that date ({@code null} when vacant).
 * Exactly one of {@code unitCode} (headquarters) and {@code missionCode} (mission support leadership) is set.
 */
public record PositionSummary(String code, String titleFr, String titleEn, String gradeCode, String unitCode,
                              String missionCode, boolean head, PersonSummary incumbent,
                              LocalDate validFrom, LocalDate validTo) {

    public String title(Locale locale) {
        return locale != null && "fr".equals(locale.getLanguage()) ? titleFr : titleEn;
    }

    public boolean vacant() {
        return incumbent == null;
    }
}
