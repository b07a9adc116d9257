package org.fieldsupport.personnel.hrdata.domain;

import java.util.List;

/**
 * The HR self-assessment checklist of a mission (6.6.a–b): the items every mission HR section assesses, and the
 * rule for closing: every item answered, and every non-compliant item has an action plan with a due date.
 */
public final class SelfAssessmentChecklist {

    public static final List<String> ITEMS = List.of("RECRUITMENT_TIMELINES", "CLASSIFICATION_CURRENT",
            "CONTRACTS_RENEWED_ON_TIME", "ENTITLEMENTS_VERIFIED", "PERSONNEL_FILES_COMPLETE", "CHECK_IN_CHECK_OUT",
            "PERFORMANCE_EVALUATIONS", "DELEGATIONS_RECORDED");

    private SelfAssessmentChecklist() { }

    public record Item(String code, Boolean compliant, String finding, String actionPlan, java.time.LocalDate dueOn,
                       boolean done) { }

    /** Why the assessment cannot be closed (message key), or null. */
    public static String closingRefusal(List<Item> items) {
        for (Item i : items) {
            if (i.compliant() == null) {
                return "personnel.qa.refused.unanswered";
            }
            if (!i.compliant() && (i.actionPlan() == null || i.actionPlan().isBlank() || i.dueOn() == null)) {
                return "personnel.qa.refused.noActionPlan";
            }
        }
        return null;
    }
}
