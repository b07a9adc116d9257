package org.fieldsupport.conduct.cases.domain;

/** Categories of personnel as the UN's public conduct data names them; military and police are uniformed. */
public enum PersonnelCategory {
    MILITARY, POLICE, CIVILIAN, VOLUNTEER, CONTRACTOR;

    public boolean uniformed() {
        return this == MILITARY || this == POLICE;
    }
}
