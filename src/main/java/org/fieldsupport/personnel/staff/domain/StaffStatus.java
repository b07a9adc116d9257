package org.fieldsupport.personnel.staff.domain;

/** The states of a staff record: offered, on board (appointed), separated. */
public enum StaffStatus { OFFERED, ACTIVE, SEPARATED }
