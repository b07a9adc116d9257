package org.fieldsupport.claims.inspection.domain;

/**
 * An inspection is recorded as a DRAFT (editable, never the basis of reimbursement), then SIGNED by the
 * inspector and the contingent commander (never edited again; a later inspection supersedes it).
 */
public enum InspectionStatus {
    DRAFT, SIGNED
}
