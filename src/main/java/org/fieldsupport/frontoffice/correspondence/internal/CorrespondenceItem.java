package org.fieldsupport.frontoffice.correspondence.internal;

import java.time.LocalDate;
import java.util.List;

/** A correspondence item as shown to a user allowed to see it. */
public record CorrespondenceItem(long id, String reference, String kind, String subject, String from,
                                 String partnerCode, LocalDate receivedOn, LocalDate dueDate, String classification,
                                 String attributionId, String missionCode, String assignedUnit, String proposedUnit,
                                 String proposedAttribution, String ruleSet, String status, boolean overdue,
                                 String replyText, String replyDraftedBy, String checkedBy, String signedBy,
                                 LocalDate signedOn, String outgoingReference, String fileName,
                                 List<String> addressees, Long taskId) { }
