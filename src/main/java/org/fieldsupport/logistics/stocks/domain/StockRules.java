package org.fieldsupport.logistics.stocks.domain;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Strategic deployment stocks: an allocation takes serviceable lots oldest first (rotation by age); a kit whose
 * serviceable quantity falls under its target is to be replenished by the shortfall; a lot older than the kit's
 * shelf life is to be rotated; receipt and inspection at the mission is timed from shipment (target 30 days).
 */
public final class StockRules {

    public static final int RECEIPT_TARGET_DAYS = 30;

    private StockRules() { }

    public record Lot(long id, String location, int quantity, LocalDate stockedOn) { }

    public record Pick(long lotId, int quantity) { }

    /** The lots to take {@code quantity} from, oldest first; empty when the serviceable stock is not enough. */
    public static List<Pick> pickOldestFirst(List<Lot> serviceable, int quantity) {
        List<Pick> picks = new ArrayList<>();
        int left = quantity;
        for (Lot lot : serviceable.stream().sorted(Comparator.comparing(Lot::stockedOn).thenComparing(Lot::id)).toList()) {
            if (left == 0) {
                break;
            }
            int take = Math.min(left, lot.quantity());
            if (take > 0) {
                picks.add(new Pick(lot.id(), take));
                left -= take;
            }
        }
        return left == 0 ? picks : List.of();
    }

    /** How many to replenish: the target less the serviceable quantity, never negative. */
    public static int shortfall(int target, int serviceable) {
        return Math.max(0, target - serviceable);
    }

    public static boolean toRotate(LocalDate stockedOn, int shelfLifeMonths, LocalDate today) {
        return !stockedOn.plusMonths(shelfLifeMonths).isAfter(today);
    }

    /** Days from shipment to receipt and inspection (whole days, rounded up). */
    public static long receiptDays(Instant shipped, Instant received) {
        long hours = Duration.between(shipped, received).toHours();
        return (hours + 23) / 24;
    }
}
