package org.fieldsupport.personnel;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;

/**
 * What other modules (the budget module first) may read of a mission's staffing table: the posts authorised for a
 * financial period (1 July – 30 June) by grade, category and funding source, and how many of them nobody encumbers
 * today. Read-only. No permission check here: the calling module checks its own user's permission and scope before
 * showing the figures (as {@code claims.CoeBudgets}).
 */
public interface StaffingTables {

    /**
     * The active posts of the mission valid during part of the period starting {@code periodStart} (valid from on or
     * before its last day, not ended before its first), grouped by grade, category and funding source; empty groups
     * for an unknown mission.
     */
    Summary authorisedPosts(String missionCode, LocalDate periodStart);

    /** {@code budgetPeriod} as the staffing table writes it ("2026/27"); vacancy counted on {@code asOf}. */
    record Summary(String missionCode, String budgetPeriod, LocalDate asOf, List<PostGroup> groups) {
        public int authorised() { return groups.stream().mapToInt(PostGroup::authorised).sum(); }

        public int vacant() { return groups.stream().mapToInt(PostGroup::vacant).sum(); }
    }

    /**
     * Posts of one grade, category ({@code PROFESSIONAL}, {@code FIELD_SERVICE}, {@code GENERAL_SERVICE},
     * {@code NATIONAL_PROFESSIONAL}, {@code VOLUNTEER}, {@code DIRECTOR}, {@code SENIOR}) and funding source
     * ({@code ASSESSED}, {@code EXTRABUDGETARY}, {@code GTA}).
     */
    record PostGroup(String grade, String category, String fundingSource, int authorised, int vacant) {
        /** vacant / authorised, HALF_EVEN to four decimals (0 when no post). */
        public BigDecimal vacancyRate() {
            return authorised == 0 ? BigDecimal.ZERO.setScale(4)
                    : BigDecimal.valueOf(vacant).divide(BigDecimal.valueOf(authorised), 4, RoundingMode.HALF_EVEN);
        }
    }
}
