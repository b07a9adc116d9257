package org.fieldsupport.movements.request.domain;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.fieldsupport.lsd.RuleParameter;

/**
 * MOVEMENTS-2026-v1: a passenger or cargo movement request is due at least {@code cutoff} (48 hours by default)
 * before the requested departure. A later one is refused unless it is urgent with a justification: then it is
 * accepted and flagged {@code LATE_URGENT} for the approver. The day's manifest is frozen at the freeze hour (noon
 * UTC by default) the day before the departure: requests submitted after that are late additions, not on the frozen
 * manifest. Both values are rule parameters ({@link #CUTOFF_HOURS}, {@link #FREEZE_HOUR}) read at the record's date.
 */
public final class MovementRules {

    public static final String RULE_SET = "MOVEMENTS-2026-v1";
    public static final String LATE_URGENT = "LATE_URGENT";

    /** The cut-off in hours, in force on the request's submission date. */
    public static final RuleParameter CUTOFF_HOURS = RuleParameter.whole("movements.request.cutoff-hours", "movements",
            RULE_SET, 48, 1, 336, "hours", "movements.read");
    /** The hour (UTC) of the day before the departure at which the day's manifest is frozen, in force that day. */
    public static final RuleParameter FREEZE_HOUR = RuleParameter.whole("movements.manifest.freeze-hour", "movements",
            RULE_SET, 12, 0, 23, "hourOfDay", "movements.read");

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

    /** The day before {@code day}: the date whose freeze hour applies to {@code day}'s manifest. */
    public static LocalDate freezeDay(LocalDate day) {
        return day.minusDays(1);
    }

    /** When the manifest of flights and convoys departing on {@code day} is frozen: {@code freezeHour} UTC the day before. */
    public static Instant manifestFrozenAt(LocalDate day, int freezeHour) {
        return freezeDay(day).atTime(freezeHour, 0).toInstant(ZoneOffset.UTC);
    }

    /** Whether a request submitted at {@code submittedAt} for {@code day} is on the day's frozen manifest. */
    public static boolean onManifest(Instant submittedAt, LocalDate day, int freezeHour) {
        return submittedAt.isBefore(manifestFrozenAt(day, freezeHour));
    }

    /** Whether the manifest of {@code day} is frozen at {@code now}. */
    public static boolean frozen(LocalDate day, Instant now, int freezeHour) {
        return !now.isBefore(manifestFrozenAt(day, freezeHour));
    }
}
