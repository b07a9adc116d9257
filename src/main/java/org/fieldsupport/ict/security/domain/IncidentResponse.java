package org.fieldsupport.ict.security.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The response an information security incident requires (pure), by its severity and the classification of the data
 * involved (ST/SGB/2007/6 levels): a containment step and the people who must be told, each with a deadline counted
 * from detection. The 2019 breach is the case to avoid — staff asked to reset passwords without being told why — so
 * affected staff are always on the list when strictly confidential data, or confidential data in a high or critical
 * incident, is involved. Also the remediation deadline of a vulnerability finding and phishing-exercise rates.
 */
public final class IncidentResponse {

    public static final String RULE = "ICTSEC-2026-v1";

    private IncidentResponse() { }

    public enum Severity { LOW, MEDIUM, HIGH, CRITICAL }

    public enum Classification { UNCLASSIFIED, CONFIDENTIAL, STRICTLY_CONFIDENTIAL }

    /** A required step: kind CONTAINMENT or NOTIFICATION, the audience (null for containment), the deadline. */
    public record Step(String kind, String audience, Instant dueAt) { }

    /**
     * The deadlines, in hours from detection, that the response counts with. The figures are the platform's defaults
     * pending OICT's (the CISO sets the real ones, effective-dated, on the security deadlines screen).
     */
    public enum Deadline {
        CONTAIN_CRITICAL(4), CONTAIN_HIGH(24), CONTAIN_MEDIUM(72), CONTAIN_LOW(168),
        NOTIFY_OICT_CRITICAL(24), NOTIFY_OICT_HIGH(24), NOTIFY_OICT_MEDIUM(72),
        NOTIFY_SENIOR_MANAGEMENT(24), NOTIFY_DATA_OWNERS(72), NOTIFY_AFFECTED_STAFF(72);

        private final int defaultHours;

        Deadline(int defaultHours) { this.defaultHours = defaultHours; }

        public int defaultHours() { return defaultHours; }
    }

    /** The hours of each deadline (those not given: the default). */
    public record Deadlines(Map<Deadline, Integer> hours) {

        public static final Deadlines DEFAULTS = new Deadlines(Map.of());

        public Deadlines {
            hours = hours == null ? Map.of() : Map.copyOf(hours);
        }

        public int hoursOf(Deadline d) { return hours.getOrDefault(d, d.defaultHours()); }

        public Duration of(Deadline d) { return Duration.ofHours(hoursOf(d)); }
    }

    public static Duration containWithin(Severity s) {
        return containWithin(s, Deadlines.DEFAULTS);
    }

    public static Duration containWithin(Severity s, Deadlines d) {
        return d.of(switch (s) {
            case CRITICAL -> Deadline.CONTAIN_CRITICAL;
            case HIGH -> Deadline.CONTAIN_HIGH;
            case MEDIUM -> Deadline.CONTAIN_MEDIUM;
            case LOW -> Deadline.CONTAIN_LOW;
        });
    }

    public static List<Step> requiredSteps(Severity s, Classification c, Instant detectedAt) {
        return requiredSteps(s, c, detectedAt, Deadlines.DEFAULTS);
    }

    /** The steps with their deadlines counted with {@code d} (the figures in force at detection). */
    public static List<Step> requiredSteps(Severity s, Classification c, Instant detectedAt, Deadlines d) {
        List<Step> steps = new ArrayList<>();
        steps.add(new Step("CONTAINMENT", null, detectedAt.plus(containWithin(s, d))));
        if (s != Severity.LOW) {
            steps.add(new Step("NOTIFICATION", "OICT_SECURITY", detectedAt.plus(d.of(switch (s) {
                case CRITICAL -> Deadline.NOTIFY_OICT_CRITICAL;
                case HIGH -> Deadline.NOTIFY_OICT_HIGH;
                default -> Deadline.NOTIFY_OICT_MEDIUM;
            }))));
        }
        if (s == Severity.CRITICAL) {
            steps.add(new Step("NOTIFICATION", "SENIOR_MANAGEMENT", detectedAt.plus(d.of(Deadline.NOTIFY_SENIOR_MANAGEMENT))));
        }
        if (c != Classification.UNCLASSIFIED) {
            steps.add(new Step("NOTIFICATION", "DATA_OWNERS", detectedAt.plus(d.of(Deadline.NOTIFY_DATA_OWNERS))));
        }
        if (c == Classification.STRICTLY_CONFIDENTIAL
                || (c == Classification.CONFIDENTIAL && (s == Severity.HIGH || s == Severity.CRITICAL))) {
            steps.add(new Step("NOTIFICATION", "AFFECTED_STAFF", detectedAt.plus(d.of(Deadline.NOTIFY_AFFECTED_STAFF))));
        }
        return steps;
    }

    /** The latest remediation date of a vulnerability found on {@code foundOn}. */
    public static LocalDate remediateBy(Severity s, LocalDate foundOn) {
        return foundOn.plusDays(switch (s) {
            case CRITICAL -> 15;
            case HIGH -> 30;
            case MEDIUM -> 90;
            case LOW -> 180;
        });
    }

    /** {@code part} of {@code whole} in percent with one decimal (0 when whole is 0). */
    public static BigDecimal rate(int part, int whole) {
        return whole == 0 ? BigDecimal.ZERO.setScale(1)
                : BigDecimal.valueOf(part).multiply(BigDecimal.valueOf(100)).divide(BigDecimal.valueOf(whole), 1, RoundingMode.HALF_UP);
    }
}
