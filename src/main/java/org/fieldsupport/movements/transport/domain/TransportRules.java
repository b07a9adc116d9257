package org.fieldsupport.movements.transport.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;

/**
 * The plain rules of transport: a trip's load within its asset's seats and payload; the fleet's utilisation
 * (hours flown in a month against the contracted hours, HALF_EVEN to one decimal, under 80% flagged as paying for
 * unused hours); a contingent's next rotation after 6 or 12 months (due within 60 days flagged); a letter of
 * assist's use within its not-to-exceed amount; and the latest date to start acquiring a transport requirement by
 * its route (lead times: LOA 120 days, commercial 90, systems contract 30).
 */
public final class TransportRules {

    public static final BigDecimal LOW_UTILISATION = new BigDecimal("80");
    public static final int ROTATION_NOTICE_DAYS = 60;

    private TransportRules() { }

    public static boolean fits(int seats, int payloadKg, int passengersBooked, BigDecimal cargoBookedKg,
                               int passengers, BigDecimal cargoKg) {
        return passengersBooked + passengers <= seats
                && cargoBookedKg.add(cargoKg).compareTo(BigDecimal.valueOf(payloadKg)) <= 0;
    }

    /** Percent of contracted hours flown; null when the asset has no contracted hours. */
    public static BigDecimal utilisation(BigDecimal hoursFlown, BigDecimal contractHours) {
        if (contractHours == null || contractHours.signum() == 0) {
            return null;
        }
        return hoursFlown.multiply(BigDecimal.valueOf(100)).divide(contractHours, 1, RoundingMode.HALF_EVEN);
    }

    public static boolean lowUtilisation(BigDecimal percent) {
        return percent != null && percent.compareTo(LOW_UTILISATION) < 0;
    }

    public static LocalDate nextRotation(LocalDate lastRotation, int cycleMonths) {
        if (cycleMonths != 6 && cycleMonths != 12) {
            throw new IllegalArgumentException("a rotation cycle is 6 or 12 months");
        }
        return lastRotation.plusMonths(cycleMonths);
    }

    public static boolean rotationDue(LocalDate next, LocalDate today) {
        return !next.isAfter(today.plusDays(ROTATION_NOTICE_DAYS));
    }

    /** Whether {@code amount} may still be charged to a letter of assist that has {@code used} of {@code nte}. */
    public static boolean withinNte(BigDecimal nte, BigDecimal used, BigDecimal amount) {
        return used.add(amount).compareTo(nte) <= 0;
    }

    public static BigDecimal percentUsed(BigDecimal nte, BigDecimal used) {
        return used.multiply(BigDecimal.valueOf(100)).divide(nte, 1, RoundingMode.HALF_EVEN);
    }

    public enum Route {
        COMMERCIAL(90), SYSTEMS_CONTRACT(30), LOA(120);

        private final int leadDays;

        Route(int leadDays) { this.leadDays = leadDays; }

        public int leadDays() { return leadDays; }
    }

    public static LocalDate latestStart(LocalDate neededBy, Route route) {
        return neededBy.minusDays(route.leadDays());
    }

    /** "2027-Q1": the acquisition plan quarter in which acquisition must start. */
    public static String planQuarter(LocalDate start) {
        return start.getYear() + "-Q" + ((start.getMonthValue() - 1) / 3 + 1);
    }
}
