package org.fieldsupport.platform.work;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** A stored work item. {@code state} is OPEN until the record moves on (or the item is closed), then CLOSED. */
public record WorkItem(long id, String recordType, String recordId, String reference, String titleKey,
                       List<String> titleArgs, String link, Assignee assignee, LocalDate dueOn, State state,
                       String createdBy, Instant createdAt, String closedBy, Instant closedAt) {

    public enum State { OPEN, CLOSED }

    public boolean overdue(LocalDate today) {
        return state == State.OPEN && dueOn != null && dueOn.isBefore(today);
    }
}
