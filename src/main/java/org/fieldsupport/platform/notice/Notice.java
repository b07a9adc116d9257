package org.fieldsupport.platform.notice;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** An in-app notice to one user (also e-mailed, one by one or in the daily digest, when mail is configured). */
public record Notice(long id, String username, Kind kind, Long workItemId, String titleKey, List<String> titleArgs,
                     String link, LocalDate dueOn, Instant createdAt, Instant readAt, Instant emailedAt) {

    /**
     * A work item assigned to you; due within 3 days; overdue; for your information (not tied to a work item: a
     * subscription's counts, for example, {@link Notices#inform}).
     */
    public enum Kind { ASSIGNED, DUE_SOON, OVERDUE, INFORMATION }

    public boolean unread() { return readAt == null; }
}
