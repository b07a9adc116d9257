package org.fieldsupport.claims.domain;

public enum LineKind { MAJOR_EQUIPMENT, SELF_SUSTAINMENT, TROOP_COST }
