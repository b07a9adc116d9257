package org.fieldsupport.platform.work.internal;

import org.fieldsupport.platform.work.WorkItemRequested;
import org.fieldsupport.platform.work.WorkItems;
import org.fieldsupport.platform.workflow.RecordTransitioned;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * In the publisher's transaction: a record that moved through the workflow kit has its open items closed (the
 * module then opens the next step's item); a {@link WorkItemRequested} opens one.
 */
@Component
class WorkItemListeners {

    private final WorkItems items;

    WorkItemListeners(WorkItems items) {
        this.items = items;
    }

    @EventListener
    void on(RecordTransitioned moved) {
        items.closeFor(moved.recordType(), moved.recordId());
    }

    @EventListener
    void on(WorkItemRequested requested) {
        items.open(requested.item());
    }
}
