package org.fieldsupport.ict.desk.domain;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * The hours an SLA clock counts (rule set {@code ICT-SLA-2026-v2}): a service's support hours in the mission desk's
 * time zone. {@code ALWAYS} counts every minute (24×7, the same as {@code ICT-SLA-2026-v1}); {@code BUSINESS_HOURS}
 * counts Monday to Friday 08:00–17:00 local time; {@code EXTENDED} Monday to Saturday 07:00–19:00 local time. Local
 * times are resolved by {@link java.time.ZonedDateTime}, so a daylight-saving change shortens or lengthens a day as
 * the wall clock does. The desk's public holidays (dates in the desk's time zone) are skipped whole under business
 * and extended hours: no clock moves on them. A 24×7 service ({@code ALWAYS}) counts holidays too. A pure function of
 * its inputs.
 */
public final class SupportCalendar implements SupportTime {

    /** Support hours as the catalogue records them. */
    public enum Hours { BUSINESS_HOURS, EXTENDED, ALWAYS }

    public static final SupportCalendar ALWAYS = new SupportCalendar(Hours.ALWAYS, ZoneOffset.UTC, Set.of());

    private static final Set<DayOfWeek> WEEKDAYS = EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY);
    private static final Set<DayOfWeek> MONDAY_TO_SATURDAY = EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.SATURDAY);

    private final Hours hours;
    private final ZoneId zone;
    private final Set<LocalDate> holidays;

    private SupportCalendar(Hours hours, ZoneId zone, Set<LocalDate> holidays) {
        this.hours = Objects.requireNonNull(hours, "hours");
        this.zone = Objects.requireNonNull(zone, "zone");
        this.holidays = holidays;
    }

    public static SupportCalendar of(Hours hours, ZoneId zone) {
        return of(hours, zone, Set.of());
    }

    /** Support hours in {@code zone}, skipping the given public holidays (ignored for {@code ALWAYS}). */
    public static SupportCalendar of(Hours hours, ZoneId zone, Collection<LocalDate> holidays) {
        if (hours == Hours.ALWAYS) return ALWAYS;
        return new SupportCalendar(hours, zone, holidays == null || holidays.isEmpty() ? Set.of()
                : java.util.Collections.unmodifiableSet(new TreeSet<>(holidays)));
    }

    /** The same hours and zone with {@code holidays} as the desk's public holidays. */
    public SupportCalendar withHolidays(Collection<LocalDate> holidays) {
        return of(hours, zone, holidays);
    }

    /** From the catalogue's text ({@code BUSINESS_HOURS}, {@code EXTENDED}, {@code ALWAYS}); unknown or null = ALWAYS. */
    public static SupportCalendar of(String hours, ZoneId zone) {
        if (hours == null) return ALWAYS;
        try {
            return of(Hours.valueOf(hours), zone == null ? ZoneOffset.UTC : zone);
        } catch (IllegalArgumentException e) {
            return ALWAYS;
        }
    }

    public Hours hours() { return hours; }

    public ZoneId zone() { return zone; }

    /** The public holidays skipped (empty for {@code ALWAYS}). */
    public Set<LocalDate> holidays() { return holidays; }

    private Set<DayOfWeek> days() { return hours == Hours.BUSINESS_HOURS ? WEEKDAYS : MONDAY_TO_SATURDAY; }

    /** Whether support runs on {@code day} at all: a working day of the profile that is not a public holiday. */
    public boolean supportDay(LocalDate day) {
        return hours == Hours.ALWAYS || (days().contains(day.getDayOfWeek()) && !holidays.contains(day));
    }

    private LocalTime opens() { return hours == Hours.BUSINESS_HOURS ? LocalTime.of(8, 0) : LocalTime.of(7, 0); }

    private LocalTime closes() { return hours == Hours.BUSINESS_HOURS ? LocalTime.of(17, 0) : LocalTime.of(19, 0); }

    /** Support time between two instants (zero when {@code to} is not after {@code from}). */
    @Override
    public Duration between(Instant from, Instant to) {
        if (!to.isAfter(from)) return Duration.ZERO;
        if (hours == Hours.ALWAYS) return Duration.between(from, to);
        Duration total = Duration.ZERO;
        LocalDate day = from.atZone(zone).toLocalDate();
        LocalDate last = to.atZone(zone).toLocalDate();
        for (; !day.isAfter(last); day = day.plusDays(1)) {
            if (!supportDay(day)) continue;
            Instant open = day.atTime(opens()).atZone(zone).toInstant();
            Instant close = day.atTime(closes()).atZone(zone).toInstant();
            Instant a = from.isAfter(open) ? from : open;
            Instant b = to.isBefore(close) ? to : close;
            if (b.isAfter(a)) total = total.plus(Duration.between(a, b));
        }
        return total;
    }

    /** The instant at which {@code amount} of support time has run from {@code from} (the clock running throughout). */
    @Override
    public Instant plus(Instant from, Duration amount) {
        if (hours == Hours.ALWAYS) return from.plus(amount);
        if (amount.isNegative() || amount.isZero()) return from;
        Duration left = amount;
        LocalDate day = from.atZone(zone).toLocalDate();
        while (true) {
            if (supportDay(day)) {
                Instant open = day.atTime(opens()).atZone(zone).toInstant();
                Instant close = day.atTime(closes()).atZone(zone).toInstant();
                Instant a = from.isAfter(open) ? from : open;
                if (close.isAfter(a)) {
                    Duration available = Duration.between(a, close);
                    if (available.compareTo(left) >= 0) return a.plus(left);
                    left = left.minus(available);
                }
            }
            day = day.plusDays(1);
        }
    }

    @Override
    public String toString() {
        return hours + (hours == Hours.ALWAYS ? "" : " " + zone + (holidays.isEmpty() ? "" : " holidays " + holidays));
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof SupportCalendar c && c.hours == hours && c.zone.equals(zone) && c.holidays.equals(holidays);
    }

    @Override
    public int hashCode() { return Objects.hash(hours, zone, holidays); }
}
