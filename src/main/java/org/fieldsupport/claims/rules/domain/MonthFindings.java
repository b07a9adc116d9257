package org.fieldsupport.claims.rules.domain;

import java.time.YearMonth;
import java.util.List;
import java.util.Set;

/**
 * What the verifications in force in one month found, as the rule set reads them: per MOU major-equipment
 * line the serviceable quantity ({@code null} = no verification in force covers the line) and the rule set's
 * flags; per self-sustainment category the rating ({@code null} = not verified). No amounts, so no strength
 * return is needed. Empty when the contingent is not deployed in the month.
 */
public record MonthFindings(YearMonth month, List<EquipmentFinding> equipment, List<CategoryFinding> categories) {

    public MonthFindings {
        equipment = List.copyOf(equipment);
        categories = List.copyOf(categories);
    }

    public record EquipmentFinding(String line, LeaseType leaseType, int mouQuantity, Integer serviceable,
                                   Set<Flag> flags) {
        public EquipmentFinding {
            flags = Set.copyOf(flags);
        }
    }

    public record CategoryFinding(String category, Provider providedBy, Rating rating) { }
}
