package org.fieldsupport.oversight.recommendations.domain;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

/**
 * Ageing of oversight recommendations: a recommendation is <b>past due</b> when its target date is before the as-of
 * date and its status is OPEN or IN_PROGRESS. Buckets by days past due: 1–90, 91–180, 181–365, &gt; 365.
 */
public final class Ageing {

    public enum Bucket {
        DAYS_1_90("1-90"), DAYS_91_180("91-180"), DAYS_181_365("181-365"), OVER_365(">365");

        private final String label;

        Bucket(String label) { this.label = label; }

        public String label() { return label; }
    }

    private Ageing() { }

    public static boolean pastDue(LocalDate targetDate, RecommendationStatus status, LocalDate asOf) {
        return targetDate != null && status.active() && targetDate.isBefore(asOf);
    }

    public static long daysPastDue(LocalDate targetDate, LocalDate asOf) {
        return ChronoUnit.DAYS.between(targetDate, asOf);
    }

    public static Optional<Bucket> bucket(LocalDate targetDate, RecommendationStatus status, LocalDate asOf) {
        if (!pastDue(targetDate, status, asOf)) {
            return Optional.empty();
        }
        long days = daysPastDue(targetDate, asOf);
        if (days <= 90) return Optional.of(Bucket.DAYS_1_90);
        if (days <= 180) return Optional.of(Bucket.DAYS_91_180);
        if (days <= 365) return Optional.of(Bucket.DAYS_181_365);
        return Optional.of(Bucket.OVER_365);
    }
}
