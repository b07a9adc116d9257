package org.fieldsupport.personnel.rest.domain;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * Rest and recuperation (R&R) as the platform applies it: a duty station's cycle gives the qualifying days of
 * continuous service (counted from entry on duty, then from the day after the last R&R ended) after which a
 * staff member may take R&R of at most {@code rrDays} working days (Monday–Friday) at an approved destination.
 */
public final class RestAndRecuperation {

    private RestAndRecuperation() { }

    /** A duty station's cycle. */
    public record Cycle(long id, String missionCode, String dutyStation, int qualifyingDays, int rrDays,
                        List<String> destinations, LocalDate validFrom) { }

    /**
     * @param eligible        whether R&R may start on {@code asOf}
     * @param qualifyingFrom  the first day counted
     * @param daysServed      days counted up to {@code asOf}
     * @param eligibleOn      the first day R&R may start
     */
    public record Eligibility(boolean eligible, LocalDate qualifyingFrom, long daysServed, LocalDate eligibleOn,
                              int qualifyingDays) { }

    public static Eligibility eligibility(Cycle cycle, LocalDate entryOnDuty, LocalDate lastRrEnd, LocalDate asOf) {
        LocalDate from = lastRrEnd == null || lastRrEnd.isBefore(entryOnDuty) ? entryOnDuty : lastRrEnd.plusDays(1);
        long served = Math.max(0, ChronoUnit.DAYS.between(from, asOf));
        LocalDate eligibleOn = from.plusDays(cycle.qualifyingDays());
        return new Eligibility(!asOf.isBefore(eligibleOn), from, served, eligibleOn, cycle.qualifyingDays());
    }

    /** Working days (Monday–Friday) from {@code start} to {@code end}, both included. */
    public static int workingDays(LocalDate start, LocalDate end) {
        int n = 0;
        for (LocalDate d = start; !d.isAfter(end); d = d.plusDays(1)) {
            if (d.getDayOfWeek() != DayOfWeek.SATURDAY && d.getDayOfWeek() != DayOfWeek.SUNDAY) {
                n++;
            }
        }
        return n;
    }

    /** Why R&R from {@code start} to {@code end} at {@code destination} is refused (message key), or null. */
    public static String refusal(Cycle cycle, Eligibility atStart, LocalDate start, LocalDate end, String destination) {
        if (!atStart.eligible()) {
            return "personnel.rr.refused.notEligible";
        }
        if (cycle.destinations().stream().noneMatch(d -> d.equalsIgnoreCase(destination))) {
            return "personnel.rr.refused.destination";
        }
        if (workingDays(start, end) > cycle.rrDays()) {
            return "personnel.rr.refused.tooLong";
        }
        return null;
    }
}
