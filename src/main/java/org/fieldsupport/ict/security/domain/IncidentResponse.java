package org.fieldsupport.ict.security.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

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

    public static Duration containWithin(Severity s) {
        return switch (s) {
            case CRITICAL -> Duration.ofHours(4);
            case HIGH -> Duration.ofHours(24);
            case MEDIUM -> Duration.ofHours(72);
            case LOW -> Duration.ofDays(7);
        };
    }

    public static List<Step> requiredSteps(Severity s, Classification c, Instant detectedAt) {
        List<Step> steps = new ArrayList<>();
        steps.add(new Step("CONTAINMENT", null, detectedAt.plus(containWithin(s))));
        if (s != Severity.LOW) {
            steps.add(new Step("NOTIFICATION", "OICT_SECURITY",
                    detectedAt.plus(s == Severity.MEDIUM ? Duration.ofHours(72) : Duration.ofHours(24))));
        }
        if (s == Severity.CRITICAL) {
            steps.add(new Step("NOTIFICATION", "SENIOR_MANAGEMENT", detectedAt.plus(Duration.ofHours(24))));
        }
        if (c != Classification.UNCLASSIFIED) {
            steps.add(new Step("NOTIFICATION", "DATA_OWNERS", detectedAt.plus(Duration.ofHours(72))));
        }
        if (c == Classification.STRICTLY_CONFIDENTIAL
                || (c == Classification.CONFIDENTIAL && (s == Severity.HIGH || s == Severity.CRITICAL))) {
            steps.add(new Step("NOTIFICATION", "AFFECTED_STAFF", detectedAt.plus(Duration.ofHours(72))));
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
