package org.fieldsupport.personnel.recruitment.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;

/**
 * The posting window of a job opening: it comes down at midnight New York time at the end of the deadline date
 * (the first instant of the next day in America/New_York, daylight saving included), stored as an instant (UTC)
 * and shown in each reader's time zone.
 */
public final class PostingWindow {

    public static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
    /** Shortest posting: 15 days for position-specific and generic openings; 7 for temporary and roster ones. */
    public static final int MIN_DAYS = 15;
    public static final int MIN_DAYS_SHORT = 7;

    private PostingWindow() { }

    public static Instant closesAt(LocalDate deadline) {
        return deadline.plusDays(1).atStartOfDay(NEW_YORK).toInstant();
    }

    public static boolean isOpen(Instant closesAt, Instant now) {
        return now.isBefore(closesAt);
    }

    /** The minimum number of days between posting and deadline for the type. */
    public static int minimumDays(OpeningType type) {
        return type == OpeningType.TEMPORARY || type == OpeningType.RECRUIT_FROM_ROSTER ? MIN_DAYS_SHORT : MIN_DAYS;
    }

    /** The closing instant in the reader's zone (the platform's zone when the reader's is unknown or invalid). */
    public static ZonedDateTime inZone(Instant closesAt, String zone, ZoneId fallback) {
        ZoneId z = fallback;
        if (zone != null && !zone.isBlank()) {
            try {
                z = ZoneId.of(zone.strip());
            } catch (java.time.DateTimeException ignored) {
                z = fallback;
            }
        }
        return closesAt.atZone(z);
    }
}
