package org.fieldsupport.ict.desk.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * A desk's support calendar over time: each version of the desk's settings (time zone, support hours, public holidays)
 * applies from the instant it was saved until the next one. Time before a change is counted as it was counted then,
 * so an edit never changes what a clock had already run — an SLA already breached stays breached — while a holiday
 * added for a coming day stops every open clock on that day. Before the first version the first one applies. A pure
 * function of its versions.
 */
public final class EffectiveCalendar implements SupportTime {

    /** A version of the calendar in force from {@code from}. */
    public record Version(Instant from, SupportTime calendar) {
        public Version {
            Objects.requireNonNull(from, "from");
            Objects.requireNonNull(calendar, "calendar");
        }
    }

    private final List<Version> versions;

    private EffectiveCalendar(List<Version> versions) {
        this.versions = versions;
    }

    /** The versions in any order; at least one. A single version is the calendar itself. */
    public static SupportTime of(List<Version> versions) {
        if (versions.isEmpty()) throw new IllegalArgumentException("a calendar has at least one version");
        List<Version> sorted = new ArrayList<>(versions);
        sorted.sort(Comparator.comparing(Version::from));
        return sorted.size() == 1 ? sorted.get(0).calendar() : new EffectiveCalendar(List.copyOf(sorted));
    }

    public List<Version> versions() { return versions; }

    /** End of version {@code i} (null for the last). */
    private Instant end(int i) { return i + 1 < versions.size() ? versions.get(i + 1).from() : null; }

    @Override
    public Duration between(Instant from, Instant to) {
        if (!to.isAfter(from)) return Duration.ZERO;
        Duration total = Duration.ZERO;
        for (int i = 0; i < versions.size(); i++) {
            Instant start = i == 0 ? from : max(from, versions.get(i).from());
            Instant end = end(i) == null ? to : min(to, end(i));
            if (end.isAfter(start)) total = total.plus(versions.get(i).calendar().between(start, end));
        }
        return total;
    }

    @Override
    public Instant plus(Instant from, Duration amount) {
        if (amount.isNegative() || amount.isZero()) return from;
        Duration left = amount;
        for (int i = 0; i < versions.size(); i++) {
            Instant end = end(i);
            if (end != null && !end.isAfter(from)) continue;
            Instant start = i == 0 ? from : max(from, versions.get(i).from());
            SupportTime c = versions.get(i).calendar();
            Instant due = c.plus(start, left);
            if (end == null || !due.isAfter(end)) return due;
            left = left.minus(c.between(start, end));
        }
        throw new IllegalStateException("unreachable: the last version is open-ended");
    }

    private static Instant max(Instant a, Instant b) { return a.isAfter(b) ? a : b; }

    private static Instant min(Instant a, Instant b) { return a.isBefore(b) ? a : b; }

    @Override
    public String toString() { return "EffectiveCalendar" + versions; }
}
