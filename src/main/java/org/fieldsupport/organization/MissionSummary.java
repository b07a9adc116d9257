package org.fieldsupport.organization;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/** A mission as others see it. Host countries are ISO 3166-1 alpha-3 codes. */
public record MissionSummary(String code, String nameFr, String nameEn, MissionType type, String leadDepartment,
                             List<String> hostCountries, String hqLocation, BigDecimal hqLatitude,
                             BigDecimal hqLongitude, List<String> resolutions, LocalDate mandateStart,
                             LocalDate mandateEnd, MissionPhase phase, String servingHrSection,
                             String operationalTeam) {

    public String name(Locale locale) {
        return locale != null && "fr".equals(locale.getLanguage()) ? nameFr : nameEn;
    }

    /** Whether the mission's mandate covers the date (start inclusive, end inclusive when set). */
    /** A closed mission takes no new records (2.1.a): other modules check this before recording for it. */
    public boolean acceptsNewRecords() {
        return phase != MissionPhase.CLOSED;
    }

    public boolean mandatedOn(LocalDate date) {
        return !mandateStart.isAfter(date) && (mandateEnd == null || !mandateEnd.isBefore(date));
    }
}
