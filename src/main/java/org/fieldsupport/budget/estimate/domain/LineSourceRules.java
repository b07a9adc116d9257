package org.fieldsupport.budget.estimate.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;

/**
 * Which class of expenditure a source record is costed under (BUDGET-2026-v1 classes):
 * <ul>
 *   <li>a staffing-table post: funding source {@code GTA} → general temporary assistance; {@code EXTRABUDGETARY} →
 *   none (not financed by the assessed budget); otherwise by the grade's category: {@code VOLUNTEER} → United
 *   Nations Volunteers, {@code NATIONAL_PROFESSIONAL} and {@code GENERAL_SERVICE} → national staff, every other
 *   category (senior, director, professional, field service) → international staff;</li>
 *   <li>an MOU contingent: a formed police unit → formed police units, any other unit → military contingents.</li>
 * </ul>
 * Military observers, individual police officers and government-provided personnel are in neither source and stay
 * typed by the officer.
 */
public final class LineSourceRules {

    private LineSourceRules() { }

    public static Optional<ExpenditureClass> classOfPost(String category, String fundingSource) {
        if ("EXTRABUDGETARY".equals(fundingSource)) {
            return Optional.empty();
        }
        if ("GTA".equals(fundingSource)) {
            return Optional.of(ExpenditureClass.GENERAL_TEMPORARY_ASSISTANCE);
        }
        if ("VOLUNTEER".equals(category)) {
            return Optional.of(ExpenditureClass.UN_VOLUNTEERS);
        }
        if ("NATIONAL_PROFESSIONAL".equals(category) || "GENERAL_SERVICE".equals(category)) {
            return Optional.of(ExpenditureClass.NATIONAL_STAFF);
        }
        return Optional.of(ExpenditureClass.INTERNATIONAL_STAFF);
    }

    public static ExpenditureClass classOfContingent(boolean formedPolice) {
        return formedPolice ? ExpenditureClass.FORMED_POLICE_UNITS : ExpenditureClass.MILITARY_CONTINGENTS;
    }

    /**
     * The staffing table's own vacancy rate (vacant / authorised, HALF_EVEN to four decimals), used when no vacancy
     * factor is in force for the class; empty when every post is vacant (a factor must stay below 1) or none exists.
     */
    public static Optional<BigDecimal> actualVacancy(int authorised, int vacant) {
        if (authorised <= 0 || vacant >= authorised) {
            return Optional.empty();
        }
        return Optional.of(BigDecimal.valueOf(vacant).divide(BigDecimal.valueOf(authorised), 4, RoundingMode.HALF_EVEN));
    }
}
