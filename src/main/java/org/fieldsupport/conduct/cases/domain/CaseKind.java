package org.fieldsupport.conduct.cases.domain;

/** Sexual exploitation and abuse is counted by report; other misconduct by type per subject (CONDUCT-2026-v1). */
public enum CaseKind { SEA, OTHER }
