package org.fieldsupport.support;

import java.util.Arrays;
import java.util.Collection;

/**
 * The percentiles of a benchmark's timings (milliseconds), by the nearest-rank method: one definition for every
 * benchmark of the project, so their p95s compare.
 */
public record Timings(int n, double p50, double p95, double p99, double max) {

    public static Timings of(double[] millis) {
        double[] sorted = millis.clone();
        Arrays.sort(sorted);
        return new Timings(sorted.length, percentile(sorted, 0.50), percentile(sorted, 0.95), percentile(sorted, 0.99),
                sorted.length == 0 ? Double.NaN : sorted[sorted.length - 1]);
    }

    public static Timings of(Collection<Double> millis) {
        return of(millis.stream().mapToDouble(Double::doubleValue).toArray());
    }

    /** The value at or below which {@code p} (0–1) of the sorted values lie (nearest rank). */
    public static double percentile(double[] sorted, double p) {
        if (sorted.length == 0) {
            return Double.NaN;
        }
        return sorted[Math.max(0, Math.min(sorted.length - 1, (int) Math.ceil(p * sorted.length) - 1))];
    }
}
