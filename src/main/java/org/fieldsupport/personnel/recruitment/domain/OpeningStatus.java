package org.fieldsupport.personnel.recruitment.domain;

/**
 * A job opening's life: DRAFT (being written) → POSTED (accepting applications until the posting window closes;
 * screening and the panel's tests and interviews start) → CLOSED (the window has closed; the panel finishes, the
 * recruiter writes the transmittal memo) → MEMO_SUBMITTED (with the central review body, or the Senior Review Group
 * for D-2) → ENDORSED → COMPLETED (the selecting official selected under a delegation; for a generic opening, every
 * endorsed candidate rostered). A returned memo goes back to CLOSED; CANCELLED ends any unfinished opening.
 */
public enum OpeningStatus {
    DRAFT, POSTED, CLOSED, MEMO_SUBMITTED, ENDORSED, COMPLETED, CANCELLED;

    /** The panel may score (tests, interviews) while the opening is posted or closed. */
    public boolean inAssessment() {
        return this == POSTED || this == CLOSED;
    }
}
