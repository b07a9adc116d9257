package org.fieldsupport.claims.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;
import org.fieldsupport.claims.domain.LeaseType;
import org.springframework.stereotype.Component;

/**
 * The rates an MOU line takes from the rate table: the dry or wet monthly rate of an equipment code, or the
 * self-sustainment rate of a category, of the edition in force on a date, with the edition's code.
 */
@Component
class MouRates {

    /** A rate and the edition it comes from. */
    record Rate(BigDecimal amount, String edition, boolean illustrative) { }

    Optional<Rate> equipment(String equipmentCode, LeaseType lease, LocalDate on) {
        return Optional.empty();   // replaced by the rate tables' lookup when they land
    }

    Optional<Rate> selfSustainment(String category, LocalDate on) {
        return Optional.empty();
    }
}
