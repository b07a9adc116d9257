package org.fieldsupport.budget.performance.domain;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.fieldsupport.budget.estimate.domain.CostEstimator;
import org.fieldsupport.budget.estimate.domain.CostGroup;
import org.fieldsupport.budget.estimate.domain.ExpenditureClass;
import org.fieldsupport.budget.estimate.domain.Money;

/**
 * Variance analysis of a performance report (BUDGET-2026-v1): {@code variance = apportionment − expenditure};
 * {@code variancePercent = variance / apportionment × 100} (none when the apportionment is 0), shown HALF_EVEN to
 * one decimal but compared unrounded; an explanation is required when |variance| ≥ the amount threshold and
 * |variancePercent| ≥ the percent threshold (amount alone when the apportionment is 0). Group subtotals and the
 * total (sums of rounded lines) are analysed the same way.
 */
public final class VarianceAnalysis {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private VarianceAnalysis() { }

    /** The thresholds (configuration; defaults 100,000 and 5 %). */
    public record Thresholds(BigDecimal amount, BigDecimal percent) {
        public static final Thresholds DEFAULT = new Thresholds(new BigDecimal("100000.00"), new BigDecimal("5"));
    }

    public record Input(ExpenditureClass cls, BigDecimal apportionment, BigDecimal expenditure) { }

    /** One analysed figure; {@code percent} unrounded (null when apportionment is 0). */
    public record Figure(BigDecimal apportionment, BigDecimal expenditure, BigDecimal variance, BigDecimal percent,
                         boolean explanationRequired) {

        /** The percentage shown: HALF_EVEN to one decimal; null when there is none. */
        public String percentText() {
            return percent == null ? null : percent.setScale(1, RoundingMode.HALF_EVEN).toPlainString();
        }
    }

    public record Line(ExpenditureClass cls, Figure figure) {
        public CostGroup group() { return cls.group(); }
    }

    public record Result(String ruleSet, List<Line> lines, Map<CostGroup, Figure> groups, Figure total) { }

    public static Figure figure(BigDecimal apportionment, BigDecimal expenditure, Thresholds t) {
        BigDecimal a = Money.cents(apportionment);
        BigDecimal e = Money.cents(expenditure);
        BigDecimal variance = a.subtract(e);
        BigDecimal percent = a.signum() == 0 ? null
                : variance.multiply(HUNDRED).divide(a, MathContext.DECIMAL128);
        boolean bigAmount = variance.abs().compareTo(t.amount()) >= 0;
        boolean required = percent == null ? bigAmount : bigAmount && percent.abs().compareTo(t.percent()) >= 0;
        return new Figure(a, e, variance, percent, required);
    }

    public static Result analyse(List<Input> inputs, Thresholds t) {
        List<Line> lines = new ArrayList<>();
        Map<CostGroup, BigDecimal[]> sums = new EnumMap<>(CostGroup.class);
        BigDecimal totalA = Money.ZERO;
        BigDecimal totalE = Money.ZERO;
        for (Input in : inputs) {
            Figure f = figure(in.apportionment(), in.expenditure(), t);
            lines.add(new Line(in.cls(), f));
            BigDecimal[] s = sums.computeIfAbsent(in.cls().group(), g -> new BigDecimal[] {Money.ZERO, Money.ZERO});
            s[0] = s[0].add(f.apportionment());
            s[1] = s[1].add(f.expenditure());
            totalA = totalA.add(f.apportionment());
            totalE = totalE.add(f.expenditure());
        }
        Map<CostGroup, Figure> groups = new LinkedHashMap<>();
        sums.forEach((g, s) -> groups.put(g, figure(s[0], s[1], t)));
        return new Result(CostEstimator.RULE_SET, lines, groups, figure(totalA, totalE, t));
    }
}
