package org.fieldsupport.platform.notice;

import org.fieldsupport.platform.api.PageQuery;
import org.fieldsupport.platform.api.PageResponse;

/**
 * Notices: the kit tells the people a work item needs (its assignee resolved to users) when it is opened, when it
 * is due within {@value #DUE_SOON_DAYS} days and when it is overdue, each once. In-app always; by e-mail (Spring's
 * mail support, SMTP: {@code spring.mail.host}) in the recipient's language, one mail per notice or one daily
 * digest, as the recipient prefers. Without {@code spring.mail.host}: in-app only. Modules need no code: opening a
 * work item ({@code platform.work}) is enough.
 */
public interface Notices {

    int DUE_SOON_DAYS = 3;

    /**
     * A notice for one user that no work item stands behind (kind {@code INFORMATION}): a subscription's news, say
     * "3 new allegations recorded". In-app, and mailed like the others (one by one or in the digest). The module
     * decides who may be told what: the title and link must say nothing the user may not see.
     *
     * @param titleKey  message key of the title, resolved in the user's language when shown or mailed
     * @param titleArgs its arguments (plain text)
     * @param link      the page the notice opens
     * @return the notice's id
     */
    long inform(String username, String titleKey, java.util.List<String> titleArgs, String link);

    PageResponse<Notice> of(String username, boolean unreadOnly, PageQuery page);

    long unreadCount(String username);

    /** Marks the user's notice read (404 when it is not theirs). */
    void markRead(String username, long noticeId);

    int markAllRead(String username);

    Preference preference(String username);

    void setPreference(String username, Preference preference);

    /** {@code digest}: one mail a day instead of one per notice; {@code email}: mail at all. */
    record Preference(boolean digest, boolean email) {
        public static final Preference DEFAULT = new Preference(false, true);
    }
}
