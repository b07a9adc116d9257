package org.fieldsupport.platform.work;

import java.util.List;
import org.fieldsupport.platform.api.PageQuery;
import org.fieldsupport.platform.api.PageResponse;

/**
 * "My work": the work items of every module. Modules open items (or publish {@link WorkItemRequested}); the kit
 * closes a record's open items when the record moves through the workflow kit ({@code RecordTransitioned}), or
 * when the module calls {@link #closeFor}. Everything joins the caller's transaction and is audited
 * ({@code platform.work-item}).
 */
public interface WorkItems {

    /** Opens the item; when the same record already has an open item for the same assignee, returns that one. */
    WorkItem open(NewWorkItem item);

    /** Closes the record's open items (the record moved on); returns how many. */
    int closeFor(String recordType, String recordId);

    /** The record's items, open and closed, oldest first. */
    List<WorkItem> forRecord(String recordType, String recordId);

    /** The items that need {@code username}: overdue first, then by due date (none last), then oldest. */
    PageResponse<WorkItem> assignedTo(String username, WorkItem.State state, PageQuery page);

    /** How many open items need {@code username} (the shell header's count). */
    long openCount(String username);
}
