package org.fieldsupport.conduct.prevention.domain;

/** The three-pronged strategy against sexual exploitation and abuse: prevention, enforcement, remedial action. */
public enum Prong { PREVENTION, ENFORCEMENT, REMEDIAL }
