package org.fieldsupport.claims.rules.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.Optional;

/** An amount in force from a date until the next one (troop cost per person per month, D&D standard amount). */
public record DatedRate(LocalDate from, BigDecimal amount) {

    /** The rate in force on {@code day}: the one with the latest {@code from} on or before it. */
    public static Optional<DatedRate> inForceOn(Collection<DatedRate> rates, LocalDate day) {
        return rates.stream()
                .filter(r -> r.from() != null && r.amount() != null && !r.from().isAfter(day))
                .max(Comparator.comparing(DatedRate::from));
    }
}
