package org.fieldsupport.claims.rules.domain;

public enum LineKind { MAJOR_EQUIPMENT, SELF_SUSTAINMENT, TROOP_COST }
