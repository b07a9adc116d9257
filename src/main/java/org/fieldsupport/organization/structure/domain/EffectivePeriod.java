package org.fieldsupport.organization.structure.domain;

import java.time.LocalDate;
import java.util.Objects;

/**
 * The days a record is in force: from {@code validFrom} to {@code validTo}, both inclusive; an open end
 * ({@code validTo == null}) means "until further notice".
 */
public record EffectivePeriod(LocalDate validFrom, LocalDate validTo) {

    public EffectivePeriod {
        Objects.requireNonNull(validFrom, "validFrom");
        if (validTo != null && validTo.isBefore(validFrom)) {
            throw new IllegalArgumentException("valid_to " + validTo + " is before valid_from " + validFrom);
        }
    }

    public static boolean consistent(LocalDate validFrom, LocalDate validTo) {
        return validFrom != null && (validTo == null || !validTo.isBefore(validFrom));
    }

    public static EffectivePeriod from(LocalDate validFrom) {
        return new EffectivePeriod(validFrom, null);
    }

    public boolean contains(LocalDate date) {
        return !validFrom.isAfter(date) && (validTo == null || !validTo.isBefore(date));
    }

    public boolean overlaps(EffectivePeriod other) {
        boolean thisEndsBefore = validTo != null && validTo.isBefore(other.validFrom);
        boolean otherEndsBefore = other.validTo != null && other.validTo.isBefore(validFrom);
        return !thisEndsBefore && !otherEndsBefore;
    }

    /** Whether {@code inner} lies wholly within this period. */
    public boolean encloses(EffectivePeriod inner) {
        return !inner.validFrom.isBefore(validFrom)
                && (validTo == null || (inner.validTo != null && !inner.validTo.isAfter(validTo)));
    }

    /** This period closed on the day before {@code successorStart}. */
    public EffectivePeriod closedBefore(LocalDate successorStart) {
        return new EffectivePeriod(validFrom, successorStart.minusDays(1));
    }
}
