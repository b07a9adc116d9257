package org.fieldsupport.claims.rules.domain;

/** Wet lease: the contributor provides and maintains; dry lease: the contributor provides, the UN maintains. */
public enum LeaseType { WET, DRY }
