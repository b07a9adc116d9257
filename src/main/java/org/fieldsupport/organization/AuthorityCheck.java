package org.fieldsupport.organization;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * The question a module asks before an approval: may {@code person} (platform username or person
 * index number) exercise {@code authority} (an authority type code, e.g. {@code CLAIM_CERTIFICATION})
 * for {@code mission} (mission code; null for business not tied to one mission) for {@code amount}
 * in {@code currency} and/or up to {@code grade}, on {@code date} (null = today)?
 */
public record AuthorityCheck(String person, String authority, String mission, BigDecimal amount, String currency,
                             String grade, LocalDate date) {

    public static AuthorityCheck forAmount(String person, String authority, String mission, BigDecimal amount,
                                           String currency, LocalDate date) {
        return new AuthorityCheck(person, authority, mission, amount, currency, null, date);
    }

    public static AuthorityCheck forGrade(String person, String authority, String mission, String grade,
                                          LocalDate date) {
        return new AuthorityCheck(person, authority, mission, null, null, grade, date);
    }
}
