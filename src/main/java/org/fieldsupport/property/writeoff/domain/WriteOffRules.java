package org.fieldsupport.property.writeoff.domain;

import java.math.BigDecimal;
import java.util.Collection;
import org.fieldsupport.lsd.RuleParameter;

/**
 * WRITE-OFF-2026-v1: a write-off case lists assets with their depreciated values; a total up to the local limit
 * (50,000 USD by default) goes to the mission's Local Property Survey Board, above it to the Headquarters Property
 * Survey Board. An asset already written off, disposed of, or on another open case is not available. The local limit
 * is the rule parameter {@link #LOCAL_LIMIT}, in force on the case's opening date (and stored on the case).
 */
public final class WriteOffRules {

    public static final String RULE_SET = "WRITE-OFF-2026-v1";
    /** The Local Property Survey Board's limit (USD): a case total above it goes to the Headquarters board. */
    public static final RuleParameter LOCAL_LIMIT = new RuleParameter("property.writeoff.local-limit", "property",
            RULE_SET, new BigDecimal("50000.00"), new BigDecimal("1000.00"), new BigDecimal("10000000.00"), 2, "usd",
            "property.read");

    public enum Board { LOCAL, HEADQUARTERS }

    private WriteOffRules() { }

    /** Sum of the (already rounded) depreciated values. */
    public static BigDecimal total(Collection<BigDecimal> depreciatedValues) {
        return depreciatedValues.stream().reduce(BigDecimal.ZERO.setScale(2), BigDecimal::add);
    }

    public static Board board(BigDecimal total, BigDecimal localLimit) {
        return total.compareTo(localLimit) <= 0 ? Board.LOCAL : Board.HEADQUARTERS;
    }

    public static boolean available(String assetStatus, boolean onAnotherOpenCase) {
        return "IN_SERVICE".equals(assetStatus) && !onAnotherOpenCase;
    }
}
