package org.fieldsupport.organization.cooperation.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Staffing an integrated team with specialists from the support divisions (2.4.f): a specialist gives a
 * share of their time (1–100 %) to a team for a period; across all their team assignments a person never
 * gives more than their whole time on any day.
 */
public final class Staffing {

    public static final int FULL_TIME = 100;

    private Staffing() { }

    /** One assignment of a person: from (inclusive) to (inclusive, null = open-ended), share in percent. */
    public record Allocation(LocalDate from, LocalDate to, int share) {
        public boolean inForceOn(LocalDate d) {
            return !d.isBefore(from) && (to == null || !d.isAfter(to));
        }

        public boolean overlaps(Allocation other) {
            return (other.to == null || !from.isAfter(other.to)) && (to == null || !other.from.isAfter(to));
        }
    }

    public static boolean validShare(Integer share) {
        return share != null && share >= 1 && share <= FULL_TIME;
    }

    /**
     * The highest total share of the person's time on any day of the added assignment, counting the added one.
     * The total only changes where an assignment starts, so checking each start inside the period suffices.
     */
    public static int peakShare(List<Allocation> existing, Allocation added) {
        List<Allocation> overlapping = existing.stream().filter(a -> a.overlaps(added)).toList();
        int peak = added.share();
        for (LocalDate day : candidateDays(overlapping, added)) {
            int total = added.share();
            for (Allocation a : overlapping) if (a.inForceOn(day)) total += a.share();
            peak = Math.max(peak, total);
        }
        return peak;
    }

    private static List<LocalDate> candidateDays(List<Allocation> overlapping, Allocation added) {
        java.util.List<LocalDate> days = new java.util.ArrayList<>();
        days.add(added.from());
        for (Allocation a : overlapping) {
            if (a.from().isAfter(added.from()) && (added.to() == null || !a.from().isAfter(added.to()))) days.add(a.from());
        }
        return days;
    }

    /** Empty when the assignment fits in the person's time; else the peak total it would reach. */
    public static Optional<Integer> overAllocation(List<Allocation> existing, Allocation added) {
        int peak = peakShare(existing, added);
        return peak > FULL_TIME ? Optional.of(peak) : Optional.empty();
    }

    /** An assignment must sit inside the team's own period. */
    public static boolean within(LocalDate from, LocalDate to, LocalDate teamFrom, LocalDate teamTo) {
        if (from.isBefore(teamFrom)) return false;
        if (teamTo == null) return true;
        return to != null && !to.isAfter(teamTo);
    }
}
