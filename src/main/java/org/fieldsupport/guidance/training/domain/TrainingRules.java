package org.fieldsupport.guidance.training.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Training rules: a session takes nominations up to its capacity (no-shows do not count) until it starts;
 * attendance is recorded once the session has started; completion needs attendance; a certificate exists only for
 * a completion. A person whose job role makes a course mandatory is overdue when, {@value #GRACE_DAYS} days after
 * taking up the role, they have no completion of it still valid (a course with a validity lapses after that many
 * months).
 */
public final class TrainingRules {

    public enum NominationStatus { NOMINATED, ATTENDED, COMPLETED, NO_SHOW }

    public static final int GRACE_DAYS = 90;

    private TrainingRules() { }

    public static Optional<String> mayNominate(LocalDate sessionStart, LocalDate today, long seatsTaken, int capacity) {
        if (sessionStart.isBefore(today)) return Optional.of("guidance.training.sessionStarted");
        if (seatsTaken >= capacity) return Optional.of("guidance.training.sessionFull");
        return Optional.empty();
    }

    public static Optional<String> mayRecord(NominationStatus from, NominationStatus to, LocalDate sessionStart,
                                             LocalDate today) {
        if (sessionStart.isAfter(today)) return Optional.of("guidance.training.notStarted");
        boolean ok = switch (to) {
            case ATTENDED, NO_SHOW -> from == NominationStatus.NOMINATED;
            case COMPLETED -> from == NominationStatus.ATTENDED;
            case NOMINATED -> false;
        };
        return ok ? Optional.empty() : Optional.of("guidance.training.moveRefused");
    }

    /** Whether a completion on {@code completedOn} still counts on {@code today}. */
    public static boolean valid(LocalDate completedOn, Integer validityMonths, LocalDate today) {
        return validityMonths == null || !completedOn.plusMonths(validityMonths).isBefore(today);
    }

    public static boolean overdue(LocalDate inRoleSince, List<LocalDate> completions, Integer validityMonths,
                                  LocalDate today) {
        if (inRoleSince.plusDays(GRACE_DAYS).isAfter(today)) return false;
        return completions.stream().noneMatch(c -> valid(c, validityMonths, today));
    }
}
