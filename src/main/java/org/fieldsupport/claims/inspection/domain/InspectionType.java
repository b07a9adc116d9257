package org.fieldsupport.claims.inspection.domain;

/** Inspection types of the COE Manual (ch. 3); the values stored in {@code claims_verification.inspection_type}. */
public enum InspectionType {
    ARRIVAL, OPERATIONAL_READINESS, PERIODIC, SPOT_CHECK, REPATRIATION
}
