package org.fieldsupport.engineering.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/**
 * Camps and works: occupancy is personnel over accommodation capacity (HALF_EVEN, one decimal; over 100% flagged);
 * a project moves through its phases in order and is flagged when spending exceeds its budget; utilities use per
 * person per day is the meter difference over the days between readings and the camp's personnel.
 */
public final class CampRules {

    public static final List<String> PHASES = List.of("DESIGN", "PROCUREMENT", "CONSTRUCTION", "HANDOVER", "CLOSED");

    private CampRules() { }

    public static BigDecimal occupancy(int personnel, int capacity) {
        if (capacity <= 0) {
            return null;
        }
        return BigDecimal.valueOf(personnel * 100L).divide(BigDecimal.valueOf(capacity), 1, RoundingMode.HALF_EVEN);
    }

    public static boolean nextPhase(String from, String to) {
        return PHASES.indexOf(to) == PHASES.indexOf(from) + 1;
    }

    public static boolean overBudget(BigDecimal budget, BigDecimal spent) {
        return spent.compareTo(budget) > 0;
    }

    public static BigDecimal perPersonPerDay(BigDecimal previous, BigDecimal current, long days, int personnel) {
        if (previous == null || days <= 0 || personnel <= 0) {
            return null;
        }
        return current.subtract(previous).divide(BigDecimal.valueOf(days * personnel), 2, RoundingMode.HALF_EVEN);
    }
}
