package org.fieldsupport.frontoffice.correspondence.internal;

import java.time.LocalDate;
import java.util.List;

/** What the registry clerk records for a new item (API body and screen form). */
public record NewCorrespondence(String kind, String subject, String from, String partnerCode, LocalDate receivedOn,
                                LocalDate dueDate, String classification, String attributionId, String missionCode,
                                List<String> addressees) { }
