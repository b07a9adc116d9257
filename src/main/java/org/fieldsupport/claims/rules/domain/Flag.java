package org.fieldsupport.claims.rules.domain;

/** What a line shows besides its amount; flagged lines are listed, never hidden. */
public enum Flag {
    /** No verification on or before the month's last day covers the line: it pays 0. */
    NOT_VERIFIED,
    /** More serviceable equipment found than the MOU quantity: the surplus is reported, never paid. */
    SURPLUS,
    /** Wet lease with serviceable / MOU quantity below the 90 % standard (a shortfall); still paid on min(Q, S). */
    BELOW_STANDARD
}
