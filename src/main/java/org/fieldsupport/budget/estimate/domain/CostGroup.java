package org.fieldsupport.budget.estimate.domain;

/** The three groups of expenditure of a peacekeeping budget (BUDGET-2026-v1). */
public enum CostGroup {
    /** Military and police personnel. */
    I,
    /** Civilian personnel. */
    II,
    /** Operational costs. */
    III
}
