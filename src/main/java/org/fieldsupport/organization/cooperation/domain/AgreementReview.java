package org.fieldsupport.organization.cooperation.domain;

import java.time.LocalDate;

/**
 * Where a service-level arrangement between departments stands on a day: ended (past its last day), review
 * overdue (the review date has passed), review due (within {@link #DUE_WITHIN_DAYS} days) or current.
 */
public enum AgreementReview {
    CURRENT, REVIEW_DUE, REVIEW_OVERDUE, ENDED;

    public static final int DUE_WITHIN_DAYS = 60;

    public static AgreementReview on(LocalDate today, LocalDate reviewOn, LocalDate validTo) {
        if (validTo != null && today.isAfter(validTo)) return ENDED;
        if (today.isAfter(reviewOn)) return REVIEW_OVERDUE;
        if (!today.plusDays(DUE_WITHIN_DAYS).isBefore(reviewOn)) return REVIEW_DUE;
        return CURRENT;
    }

    /** A review date must fall inside the arrangement's period. */
    public static boolean reviewInside(LocalDate from, LocalDate to, LocalDate reviewOn) {
        return !reviewOn.isBefore(from) && (to == null || !reviewOn.isAfter(to));
    }
}
