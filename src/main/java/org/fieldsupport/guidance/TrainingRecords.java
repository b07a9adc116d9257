package org.fieldsupport.guidance;

import java.util.Collection;
import java.util.List;

/**
 * How other modules read mandatory-training completion from the training records (conduct's prevention prong, for
 * example): counts only, never names. An obligation is a person (a trainee of the mission) whose job role makes a
 * course mandatory; it is met by a completion still valid today, overdue as the training rules say (no valid
 * completion 90 days after taking up the role).
 *
 * <pre>{@code
 * var c = trainingRecords.mandatoryCompletion("MINUSCA", List.of("SEA-PREV"));
 * c.percent();   // null when nobody in the mission has the course as mandatory
 * }</pre>
 */
public interface TrainingRecords {

    /**
     * @param missionCode the mission whose trainees count
     * @param courseCodes the courses that count (only where mandatory for the person's role); empty = every course
     */
    MandatoryCompletion mandatoryCompletion(String missionCode, Collection<String> courseCodes);

    /**
     * @param obligations person × mandatory course pairs
     * @param met         of which with a valid completion today
     * @param overdue     of which overdue by the training rules
     */
    record MandatoryCompletion(String missionCode, List<String> courses, long obligations, long met, long overdue) {

        /** Met obligations in per cent, rounded; null when there is no obligation. */
        public Integer percent() {
            return obligations == 0 ? null : (int) Math.round(100.0 * met / obligations);
        }
    }
}
