package org.fieldsupport.oversight.risk.domain;

/**
 * A risk's rating: likelihood × impact, each 1–5 (score 1–25). Levels: LOW 1–4, MEDIUM 5–9, HIGH 10–16,
 * VERY_HIGH 20–25 (scores 17–19 cannot occur on a 5×5 grid).
 */
public final class RiskRating {

    public enum Level { LOW, MEDIUM, HIGH, VERY_HIGH }

    private RiskRating() { }

    public static boolean valid(Integer value) {
        return value != null && value >= 1 && value <= 5;
    }

    public static int score(int likelihood, int impact) {
        if (!valid(likelihood) || !valid(impact)) {
            throw new IllegalArgumentException("likelihood and impact are 1-5");
        }
        return likelihood * impact;
    }

    public static Level level(int likelihood, int impact) {
        int score = score(likelihood, impact);
        if (score <= 4) return Level.LOW;
        if (score <= 9) return Level.MEDIUM;
        if (score <= 16) return Level.HIGH;
        return Level.VERY_HIGH;
    }

    /** Counts per cell: {@code grid[likelihood-1][impact-1]}. */
    public static int[][] heatMap(Iterable<int[]> likelihoodImpactPairs) {
        int[][] grid = new int[5][5];
        for (int[] pair : likelihoodImpactPairs) {
            grid[pair[0] - 1][pair[1] - 1]++;
        }
        return grid;
    }
}
