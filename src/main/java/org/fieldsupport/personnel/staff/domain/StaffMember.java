package org.fieldsupport.personnel.staff.domain;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A staff record. {@code personal} (date of birth, nationality, dependants, medical status) is {@code null} when
 * the reader may not see personal data (no HR role in the record's mission, and not their own record).
 */
public record StaffMember(long id, String indexNumber, String fullName, String gender, String username,
                          String missionCode, Long postId, String postNumber, String dutyStation, String contractType,
                          String gradeCode, int step, LocalDate entryOnDuty, LocalDate contractEnd,
                          LocalDate nextStepDate, String status, LocalDate separationDate, String separationReason,
                          String travelOrigin, BigDecimal assignmentGrant, String grantCurrency, Personal personal,
                          long version) {

    public record Personal(LocalDate dateOfBirth, String nationality, int dependants, String medicalStatus) { }

    public StaffMember withoutPersonalData() {
        return new StaffMember(id, indexNumber, fullName, gender, username, missionCode, postId, postNumber,
                dutyStation, contractType, gradeCode, step, entryOnDuty, contractEnd, nextStepDate, status,
                separationDate, separationReason, travelOrigin, assignmentGrant, grantCurrency, null, version);
    }
}
