package org.fieldsupport.movements.request.domain;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

/**
 * MOVEMENTS-2026-v1: a passenger or cargo movement request is due at least {@code cutoff} (48 hours by default)
 * before the requested departure. A later one is refused unless it is urgent with a justification: then it is
 * accepted and flagged {@code LATE_URGENT} for the approver. The day's manifest is frozen at noon (UTC) the day
 * before the departure: requests submitted after that are late additions, not on the frozen manifest.
 */
public final class MovementRules {

    public static final String RULE_SET = "MOVEMENTS-2026-v1";
    public static final String LATE_URGENT = "LATE_URGENT";
    public static final int DEFAULT_CUTOFF_HOURS = 48;

    private MovementRules() { }

    /** Thrown when a request comes too late and is not an urgent one with a justification. */
    public static final class LateRequest extends RuntimeException {
        private final long hoursBefore;
        private final long cutoffHours;

        LateRequest(long hoursBefore, long cutoffHours) {
            super("late request: " + hoursBefore + "h before departure, " + cutoffHours + "h required");
            this.hoursBefore = hoursBefore;
            this.cutoffHours = cutoffHours;
        }

        public long hoursBefore() { return hoursBefore; }

        public long cutoffHours() { return cutoffHours; }
    }

    /** The flags of a request submitted at {@code submittedAt}; throws {@link LateRequest} when it is refused. */
    public static List<String> decide(Instant submittedAt, Instant departure, boolean urgent, String justification,
                                      int cutoffHours) {
        Duration notice = Duration.between(submittedAt, departure);
        if (notice.compareTo(Duration.ofHours(cutoffHours)) >= 0) {
            return List.of();
        }
        if (urgent && justification != null && !justification.isBlank()) {
            return List.of(LATE_URGENT);
        }
        throw new LateRequest(Math.max(0, notice.toHours()), cutoffHours);
    }

    /** When the manifest of flights and convoys departing on {@code day} is frozen: noon UTC the day before. */
    public static Instant manifestFrozenAt(LocalDate day) {
        return day.minusDays(1).atTime(12, 0).toInstant(ZoneOffset.UTC);
    }

    /** Whether a request submitted at {@code submittedAt} for {@code day} is on the day's frozen manifest. */
    public static boolean onManifest(Instant submittedAt, LocalDate day) {
        return submittedAt.isBefore(manifestFrozenAt(day));
    }

    /** Whether the manifest of {@code day} is frozen at {@code now}. */
    public static boolean frozen(LocalDate day, Instant now) {
        return !now.isBefore(manifestFrozenAt(day));
    }
}
