package org.fieldsupport.claims.rules.domain;

import java.math.BigDecimal;

/** An inspector's rating of a self-sustainment category and the share of the rate it earns. */
public enum Rating {
    SATISFACTORY(new BigDecimal("1.0")),
    PARTIALLY_SATISFACTORY(new BigDecimal("0.5")),
    UNSATISFACTORY(BigDecimal.ZERO),
    NOT_PROVIDED(BigDecimal.ZERO);

    private final BigDecimal share;

    Rating(BigDecimal share) { this.share = share; }

    public BigDecimal share() { return share; }
}
