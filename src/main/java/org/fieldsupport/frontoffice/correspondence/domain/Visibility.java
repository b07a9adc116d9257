package org.fieldsupport.frontoffice.correspondence.domain;

import java.util.Set;
import java.util.function.Predicate;

/**
 * Who may see a correspondence item. A strictly confidential item is seen by its addressees and nobody else —
 * not the registry, not the front office, not an administrator. A confidential item is seen by its addressees
 * and by those cleared for confidential correspondence of the unit holding it. An unclassified item is seen by
 * its addressees and by the readers of the unit holding it (an item not yet assigned to a unit only by
 * department-wide readers). Every read path (lists, search, overdue, detail, file, queue tasks, API) applies
 * this rule; {@code CorrespondenceQueries} expresses the same rule in SQL.
 */
public final class Visibility {

    private Visibility() { }

    /**
     * @param readUnits         units the viewer reads in ({@code covers(null)} true only department-wide)
     * @param confidentialUnits units the viewer is cleared for confidential items in
     */
    public static boolean canSee(Classification classification, String assignedUnit, Set<String> addressees,
                                 String viewer, Predicate<String> readUnits, Predicate<String> confidentialUnits) {
        if (viewer != null && addressees.contains(viewer)) {
            return true;
        }
        return switch (classification) {
            case STRICTLY_CONFIDENTIAL -> false;
            case CONFIDENTIAL -> confidentialUnits.test(assignedUnit);
            case UNCLASSIFIED -> readUnits.test(assignedUnit);
        };
    }
}
