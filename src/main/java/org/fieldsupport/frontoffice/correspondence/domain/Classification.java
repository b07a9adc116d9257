package org.fieldsupport.frontoffice.correspondence.domain;

/** ST/SGB/2007/6 classification levels of a correspondence item. */
public enum Classification { UNCLASSIFIED, CONFIDENTIAL, STRICTLY_CONFIDENTIAL }
