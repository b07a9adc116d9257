package org.fieldsupport.organization.delegation.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Objects;

/**
 * The question asked before an approval: this authority, for this mission (null = not mission
 * business), for this amount in this currency and/or this grade, on this date.
 */
public record AuthorityQuery(String authority, String mission, BigDecimal amount, String currency, String grade,
                             LocalDate date) {

    public AuthorityQuery {
        Objects.requireNonNull(authority, "authority");
        Objects.requireNonNull(date, "date");
        authority = authority.strip().toUpperCase(Locale.ROOT);
        mission = mission == null || mission.isBlank() ? null : mission.strip().toUpperCase(Locale.ROOT);
        currency = currency == null || currency.isBlank() ? null : currency.strip().toUpperCase(Locale.ROOT);
        grade = grade == null || grade.isBlank() ? null : grade.strip().toUpperCase(Locale.ROOT);
    }

    public AuthorityQuery withAmount(BigDecimal newAmount) {
        return new AuthorityQuery(authority, mission, newAmount, currency, grade, date);
    }
}
