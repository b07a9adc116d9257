package org.fieldsupport.conduct.prevention.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/**
 * How far a mission is on its strategy objectives: each objective's achievement is actual ÷ target (capped at
 * 100 %); a prong's achievement is the mean of its objectives, shown HALF_EVEN to one decimal.
 */
public final class StrategyScore {

    public record Objective(Prong prong, int target, int actual) { }

    private StrategyScore() { }

    public static BigDecimal achievementPercent(List<Objective> objectives, Prong prong) {
        List<Objective> mine = objectives.stream().filter(o -> o.prong() == prong && o.target() > 0).toList();
        if (mine.isEmpty()) {
            return null;
        }
        BigDecimal sum = BigDecimal.ZERO;
        for (Objective o : mine) {
            BigDecimal ratio = BigDecimal.valueOf(Math.min(o.actual(), o.target()))
                    .divide(BigDecimal.valueOf(o.target()), 10, RoundingMode.HALF_EVEN);
            sum = sum.add(ratio);
        }
        return sum.multiply(BigDecimal.valueOf(100)).divide(BigDecimal.valueOf(mine.size()), 1, RoundingMode.HALF_EVEN);
    }
}
