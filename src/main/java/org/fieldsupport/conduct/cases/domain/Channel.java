package org.fieldsupport.conduct.cases.domain;

/** How a report reached the mission: hotline, e-mail, complaint box, community-based complaint mechanism, in person, OIOS. */
public enum Channel { HOTLINE, EMAIL, COMPLAINT_BOX, CBCM, IN_PERSON, OIOS }
