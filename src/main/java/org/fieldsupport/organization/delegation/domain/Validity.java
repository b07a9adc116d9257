package org.fieldsupport.organization.delegation.domain;

import java.time.LocalDate;
import java.util.Objects;

/** Validity period of a delegation, both ends inclusive; {@code to} null = open-ended. */
public record Validity(LocalDate from, LocalDate to) {

    public Validity {
        Objects.requireNonNull(from, "from");
        if (to != null && to.isBefore(from)) {
            throw new IllegalArgumentException("validity ends before it starts");
        }
    }

    public boolean notYetStartedOn(LocalDate date) { return date.isBefore(from); }

    public boolean endedBefore(LocalDate date) { return to != null && date.isAfter(to); }

    public boolean contains(LocalDate date) { return !notYetStartedOn(date) && !endedBefore(date); }

    /** Is {@code inner} entirely inside this period? */
    public boolean includes(Validity inner) {
        if (inner.from.isBefore(from)) {
            return false;
        }
        if (to == null) {
            return true;
        }
        return inner.to != null && !inner.to.isAfter(to);
    }
}
