package org.fieldsupport.conduct.discipline.domain;

/**
 * Measures a disciplinary review may recommend or decide (staff rule 10.2 for staff; repatriation and referral to
 * the contributing country for uniformed personnel, whose discipline belongs to the Member State).
 */
public enum DisciplinaryMeasure {
    WRITTEN_CENSURE, LOSS_OF_STEPS, FINE, DEMOTION, SEPARATION, DISMISSAL, REPATRIATION,
    REFERRAL_TO_MEMBER_STATE, NO_ACTION
}
