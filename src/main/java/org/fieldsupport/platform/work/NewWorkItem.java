package org.fieldsupport.platform.work;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * A piece of work a module asks someone to do about one of its records. The title is a message key of the
 * module's bundle with its arguments (shown in each reader's language); {@code link} is the record's screen
 * (an application path starting with {@code /}); {@code dueOn} may be null.
 */
public record NewWorkItem(String recordType, String recordId, String reference, String titleKey,
                          List<String> titleArgs, String link, Assignee assignee, LocalDate dueOn) {

    public NewWorkItem {
        Objects.requireNonNull(recordType, "recordType");
        Objects.requireNonNull(recordId, "recordId");
        Objects.requireNonNull(titleKey, "titleKey");
        Objects.requireNonNull(assignee, "assignee");
        titleArgs = titleArgs == null ? List.of() : List.copyOf(titleArgs);
        if (link == null || !link.startsWith("/") || link.startsWith("//")) {
            throw new IllegalArgumentException("link must be an application path: " + link);
        }
    }

    /** {@code NewWorkItem.of("claims.dnd-claim", id, "DND-BGD-2026-0001", "/claims/dnd/7", assignee, due, "claims.work.certify", ref)}. */
    public static NewWorkItem of(String recordType, Object recordId, String reference, String link, Assignee assignee,
                                 LocalDate dueOn, String titleKey, Object... titleArgs) {
        return new NewWorkItem(recordType, String.valueOf(recordId), reference, titleKey,
                java.util.Arrays.stream(titleArgs).map(String::valueOf).toList(), link, assignee, dueOn);
    }
}
