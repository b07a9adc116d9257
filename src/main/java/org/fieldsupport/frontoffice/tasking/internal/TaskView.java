package org.fieldsupport.frontoffice.tasking.internal;

import java.time.LocalDate;
import java.util.List;

/** A task with its contributions as users and clients see it. */
public record TaskView(long id, String reference, String title, String instructions, String kind, String principal,
                       String leadUnit, String missionCode, LocalDate dueDate, String status, Long correspondenceId,
                       String consolidatedText, String consolidatedBy, String clearedBy, LocalDate clearedOn,
                       String horizon, List<Contribution> contributions) {

    public record Contribution(String unitCode, String status, String text, String submittedBy) { }
}
