package org.fieldsupport.claims.rules.domain;

/** Who provides a self-sustainment category: the contributing country (reimbursed) or the UN (not). */
public enum Provider { CONTRIBUTOR, UN }
