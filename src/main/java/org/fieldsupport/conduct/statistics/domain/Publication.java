package org.fieldsupport.conduct.statistics.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * CONDUCT-2026-v1, publication: every cell with a count of 1 or 2 is suppressed (reads {@code count: null,
 * suppressed: true}); 0 and counts of 3 or more are shown.
 */
public final class Publication {

    private Publication() { }

    public record Cell(String key, Long count, boolean suppressed) { }

    public static boolean suppressed(long count) {
        return count == 1 || count == 2;
    }

    public static Cell cell(String key, long count) {
        if (count < 0) {
            throw new IllegalArgumentException("negative count");
        }
        return suppressed(count) ? new Cell(key, null, true) : new Cell(key, count, false);
    }

    /** Cells in the order of {@code keys}; keys absent from {@code counts} read 0. */
    public static List<Cell> cells(List<String> keys, Map<String, Long> counts) {
        List<Cell> cells = new ArrayList<>();
        for (String key : keys) {
            cells.add(cell(key, counts.getOrDefault(key, 0L)));
        }
        return cells;
    }
}
