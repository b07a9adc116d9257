package org.fieldsupport.organization.acting.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * An officer-in-charge for a position for a period: the period has an end (an acting arrangement is temporary,
 * at most {@link #MAX_DAYS} days), the acting officer is not the holder, and two arrangements for one position
 * never overlap.
 */
public final class ActingRules {

    public static final int MAX_DAYS = 366;

    private ActingRules() { }

    public record Period(LocalDate from, LocalDate to) {
        public boolean overlaps(Period other) {
            return !from.isAfter(other.to) && !other.from.isAfter(to);
        }

        public boolean contains(LocalDate d) {
            return !d.isBefore(from) && !d.isAfter(to);
        }
    }

    public enum Refusal { END_BEFORE_START, TOO_LONG, ACTING_FOR_ONESELF, OVERLAPS }

    public static Optional<Refusal> check(Period period, long actingPersonId, Long holderPersonId, List<Period> others) {
        if (period.to().isBefore(period.from())) return Optional.of(Refusal.END_BEFORE_START);
        if (period.from().plusDays(MAX_DAYS).isBefore(period.to())) return Optional.of(Refusal.TOO_LONG);
        if (holderPersonId != null && holderPersonId == actingPersonId) return Optional.of(Refusal.ACTING_FOR_ONESELF);
        if (others.stream().anyMatch(o -> o.overlaps(period))) return Optional.of(Refusal.OVERLAPS);
        return Optional.empty();
    }
}
