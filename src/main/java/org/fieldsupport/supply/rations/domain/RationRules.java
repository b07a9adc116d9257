package org.fieldsupport.supply.rations.domain;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * Rations: an order covers headcount × days person-days (the ration scale gives the weight per person per day); the
 * invoice is matched three ways — the quantity invoiced must not exceed the quantity ordered nor the quantity
 * accepted at receipt (received less rejected), and the amount must equal the quantity invoiced at the order's price.
 */
public final class RationRules {

    private RationRules() { }

    public static int personDays(int headcount, int days) {
        return Math.multiplyExact(headcount, days);
    }

    public static BigDecimal weightKg(int personDays, BigDecimal scaleKg) {
        return scaleKg.multiply(BigDecimal.valueOf(personDays));
    }

    /** The reasons an invoice does not match (empty = matched). */
    public static List<String> match(int ordered, int received, int rejected, int invoiced, BigDecimal unitPrice,
                                     BigDecimal amount) {
        List<String> reasons = new ArrayList<>();
        if (invoiced > ordered) {
            reasons.add("OVER_ORDER");
        }
        if (invoiced > received - rejected) {
            reasons.add("OVER_ACCEPTED");
        }
        if (unitPrice.multiply(BigDecimal.valueOf(invoiced)).compareTo(amount) != 0) {
            reasons.add("PRICE");
        }
        return reasons;
    }
}
