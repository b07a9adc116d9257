package org.fieldsupport.personnel.posts.domain;

import java.time.LocalDate;

/**
 * A post of a mission's staffing table as in force: its grade and category, funding source and budget period,
 * effective dates; {@code incumbentIndex} is the index number of the staff member encumbering it ({@code null}
 * = vacant since {@code vacantSince}). {@code positionCode} is the organisation's position when the post is one.
 */
public record Post(long id, String postNumber, String missionCode, String unitName, String positionCode, String title,
                   String gradeCode, String category, String fundingSource, String budgetPeriod, String status,
                   LocalDate validFrom, LocalDate validTo, LocalDate vacantSince, String incumbentIndex,
                   String incumbentName, long version) {

    public boolean vacant() {
        return incumbentIndex == null;
    }

    public boolean active() {
        return "ACTIVE".equals(status);
    }
}
