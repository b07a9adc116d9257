package org.fieldsupport.personnel.posts.domain;

import java.time.Instant;
import java.time.LocalDate;

/** A request to create, abolish, redeploy or reclassify a post, and its decision. */
public record PostRequest(long id, String reference, Kind kind, Status status, String missionCode, Long postId,
                          String postNumber, String unitName, String title, String gradeCode, String fundingSource,
                          String targetMission, String targetUnit, String jobDescription, String justification,
                          LocalDate effectiveOn, String decidedGrade, String decisionNote, String decidedBy,
                          Instant decidedAt, String delegationIds, String createdBy, Instant createdAt, long version) {

    public enum Kind { CREATION, ABOLITION, REDEPLOYMENT, RECLASSIFICATION }

    public enum Status { SUBMITTED, APPROVED, REJECTED }
}
