package org.fieldsupport.claims.mou.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;
import org.fieldsupport.claims.rates.internal.RateTables;
import org.fieldsupport.claims.rules.domain.LeaseType;
import org.springframework.stereotype.Component;

/**
 * The rates an MOU line takes from the rate tables ({@link RateTables}): the dry or wet monthly rate of an
 * equipment code, or the self-sustainment rate of a category, of the edition in force on a date, with the
 * edition's code (stored on the line, so later editions never change a version that took effect).
 */
@Component
class MouRates {

    private final RateTables tables;

    MouRates(RateTables tables) {
        this.tables = tables;
    }

    /** A rate and the edition it comes from; French labels of an equipment row when the edition gives them. */
    record Rate(BigDecimal amount, String edition, boolean illustrative, String categoryFr, String descriptionFr) {

        Rate(BigDecimal amount, String edition, boolean illustrative) {
            this(amount, edition, illustrative, null, null);
        }
    }

    Optional<Rate> equipment(String equipmentCode, LeaseType lease, LocalDate on) {
        return tables.equipmentRate(equipmentCode, on)
                .map(r -> new Rate(lease == LeaseType.WET ? r.wetMonthly() : r.dryMonthly(), r.edition(),
                        r.illustrative(), r.categoryFr(), r.descriptionFr()))
                .filter(r -> r.amount() != null);
    }

    Optional<Rate> selfSustainment(String category, LocalDate on) {
        return tables.selfSustainmentRate(category, on)
                .map(r -> new Rate(r.perPersonPerMonth(), r.edition(), r.illustrative()))
                .filter(r -> r.amount() != null);
    }
}
