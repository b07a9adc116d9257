package org.fieldsupport.organization.delegation.domain;

/** ACTIVE until suspended (temporarily, may be reinstated) or revoked (for good, with a reason). */
public enum DelegationStatus { ACTIVE, SUSPENDED, REVOKED }
