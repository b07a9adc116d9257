package org.fieldsupport.platform.work.web;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;
import org.fieldsupport.platform.work.Assignee;
import org.fieldsupport.platform.work.WorkItem;
import org.springframework.context.MessageSource;

/** A work item as screens and the API show it: the title in the reader's language. */
record WorkItemView(long id, String recordType, String recordId, String reference, String title, String link,
                    AssigneeJson assignee, LocalDate dueOn, boolean overdue, String state, Instant createdAt,
                    Instant closedAt) {

    record AssigneeJson(String kind, String name, String scope) { }

    static WorkItemView of(WorkItem w, MessageSource messages, Locale locale, LocalDate today) {
        String title = messages.getMessage(w.titleKey(), w.titleArgs().toArray(), w.titleKey(), locale);
        Assignee a = w.assignee();
        return new WorkItemView(w.id(), w.recordType(), w.recordId(), w.reference(), title, w.link(),
                new AssigneeJson(a.kind().name(), a.name(), a.scope() == null ? null : a.scope().toString()),
                w.dueOn(), w.overdue(today), w.state().name(), w.createdAt(), w.closedAt());
    }
}
