package org.fieldsupport.organization;

/** The three kinds of field presence the department supports (ST/SGB/2010/2, 2.1.a). */
public enum MissionType {
    PEACEKEEPING_OPERATION, SPECIAL_POLITICAL_MISSION, OTHER_FIELD_PRESENCE
}
