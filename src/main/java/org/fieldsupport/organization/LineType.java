package org.fieldsupport.organization;

/** A reporting line: the ordinary (LINE) one, or a second, DUAL one beside it (2.4.d). */
public enum LineType { LINE, DUAL }
