package org.fieldsupport.frontoffice;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Map;

/**
 * How another module (the budget module's legislative questions first) hands the front office's tasking a question
 * for a unit: a task in the unit's queue with a due date and a work item for the unit, answered on the task's page
 * (the lead unit consolidates the answer, the front office clears it). The other module reads the task's state back.
 * No front-office permission is checked here: the calling module checks its own user's permission first; the task is
 * recorded as created by the signed-in user.
 */
public interface Taskings {

    /**
     * Opens the task (kind ADVICE, for the USG) and returns its reference and id.
     *
     * @param title        the question, shortened to 500 characters
     * @param instructions the full text and where it comes from (e.g. a link to the budget)
     * @param leadUnit     organisation unit code that answers; an unknown unit is an {@link IllegalArgumentException}
     * @param missionCode  the mission concerned, or null
     * @param dueDate      when the answer is due
     */
    Assigned assign(String title, String instructions, String leadUnit, String missionCode, LocalDate dueDate);

    /** The states of the tasks with these references (unknown references are absent), as of today. */
    Map<String, TaskState> states(Collection<String> references);

    record Assigned(String reference, long id) { }

    /**
     * @param status   OPEN, CONSOLIDATED, CLEARED or CANCELLED
     * @param answer   the lead unit's consolidated answer once given (CONSOLIDATED or CLEARED), else null
     * @param overdue  still OPEN after its due date
     * @param link     the task's page in the front office
     */
    record TaskState(String reference, long id, String leadUnit, LocalDate dueDate, String status, String answer,
                     String answeredBy, String clearedBy, LocalDate clearedOn, boolean overdue, String link) {
        public boolean answered() { return answer != null; }
    }
}
