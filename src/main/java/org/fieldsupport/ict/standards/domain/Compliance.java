package org.fieldsupport.ict.standards.domain;

import java.time.LocalDate;
import java.util.Collection;

/**
 * Whether a catalogue service's use of a technology standard complies (pure): COMPLIANT when the version it uses is
 * an approved version of the standard not past its sunset date; otherwise SUNSET (the version's sunset date has
 * passed) or NOT_APPROVED (no such approved version) — unless an approved exception for the service's mission and
 * standard is still valid on the date, which makes it EXCEPTION.
 */
public final class Compliance {

    private Compliance() { }

    public enum Status { COMPLIANT, EXCEPTION, SUNSET, NOT_APPROVED }

    public record Version(String standardCode, String versionLabel, LocalDate approvedOn, LocalDate sunsetOn) { }

    public record Use(String serviceCode, String standardCode, String versionLabel) { }

    public static Status of(Use use, Collection<Version> versions, Collection<LocalDate> approvedExceptionsValidUntil, LocalDate asOf) {
        Version v = versions.stream().filter(x -> x.standardCode().equals(use.standardCode())
                && x.versionLabel().equals(use.versionLabel()) && !x.approvedOn().isAfter(asOf)).findFirst().orElse(null);
        Status raw;
        if (v == null) {
            raw = Status.NOT_APPROVED;
        } else if (v.sunsetOn() != null && v.sunsetOn().isBefore(asOf)) {
            raw = Status.SUNSET;
        } else {
            return Status.COMPLIANT;
        }
        boolean excepted = approvedExceptionsValidUntil.stream().anyMatch(until -> !until.isBefore(asOf));
        return excepted ? Status.EXCEPTION : raw;
    }
}
