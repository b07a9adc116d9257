package org.fieldsupport.medical.domain;

import java.time.Duration;
import java.time.Instant;

/**
 * Evacuation precedence (the 10-1-2 timeline): an URGENT patient reaches care within 1 hour, PRIORITY within 4, ROUTINE
 * within 24; an URGENT patient goes to a Level 2 facility or higher (damage-control surgery within 2 hours).
 */
public final class EvacuationRules {

    public enum Priority {
        URGENT(60, 2), PRIORITY(240, 1), ROUTINE(1440, 1);

        private final int targetMinutes;
        private final int minimumLevel;

        Priority(int targetMinutes, int minimumLevel) {
            this.targetMinutes = targetMinutes;
            this.minimumLevel = minimumLevel;
        }

        public int targetMinutes() { return targetMinutes; }

        public int minimumLevel() { return minimumLevel; }
    }

    private EvacuationRules() { }

    public static boolean facilityFits(Priority priority, int level) {
        return level >= priority.minimumLevel();
    }

    public static long minutes(Instant requested, Instant arrived) {
        return Duration.between(requested, arrived).toMinutes();
    }

    public static boolean withinTarget(Priority priority, Instant requested, Instant arrived) {
        return minutes(requested, arrived) <= priority.targetMinutes();
    }
}
