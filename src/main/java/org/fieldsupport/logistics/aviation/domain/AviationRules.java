package org.fieldsupport.logistics.aviation.domain;

import java.time.Duration;
import java.time.Instant;
import org.fieldsupport.lsd.RuleParameter;

/**
 * Aviation safety reporting: an occurrence report is due within {@link #REPORT_HOURS} of the event (24 hours by
 * default, the value in force on the event's date; later ones are flagged);
 * the risk of an occurrence or hazard is read on the ICAO safety risk matrix (Safety Management Manual, Doc 9859):
 * likelihood 5 (frequent) to 1 (extremely improbable) against severity A (catastrophic) to E (negligible).
 */
public final class AviationRules {

    /** The reporting window in hours. */
    public static final RuleParameter REPORT_HOURS = RuleParameter.whole("logistics.aviation.report-hours", "logistics",
            "issue 17, 8.3.f", 24, 1, 168, "hours", "logistics.read");

    public enum Risk { INTOLERABLE, TOLERABLE, ACCEPTABLE }

    private AviationRules() { }

    public static boolean late(Instant occurredAt, Instant reportedAt, int dueWithinHours) {
        return Duration.between(occurredAt, reportedAt).compareTo(Duration.ofHours(dueWithinHours)) > 0;
    }

    /** The matrix cell, e.g. 4B; null when either coordinate is missing. */
    public static Risk risk(Integer likelihood, Character severity) {
        if (likelihood == null || severity == null || likelihood < 1 || likelihood > 5 || severity < 'A' || severity > 'E') {
            throw new IllegalArgumentException("likelihood 1-5 and severity A-E");
        }
        String cell = likelihood + String.valueOf(severity);
        return switch (cell) {
            case "5A", "5B", "5C", "4A", "4B", "3A" -> Risk.INTOLERABLE;
            case "5D", "5E", "4C", "4D", "4E", "3B", "3C", "3D", "2A", "2B", "2C", "1A" -> Risk.TOLERABLE;
            default -> Risk.ACCEPTABLE;
        };
    }
}
