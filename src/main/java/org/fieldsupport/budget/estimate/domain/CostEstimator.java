package org.fieldsupport.budget.estimate.domain;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.fieldsupport.platform.api.FieldErrors;

/**
 * Cost of the lines of a budget by rule set BUDGET-2026-v1:
 * <ul>
 *   <li>group I: {@code persons × monthlyRate × months × (1 − delayedDeploymentFactor)};</li>
 *   <li>group II: {@code posts × standardAnnualCost × months / 12 × (1 − vacancyRate)};</li>
 *   <li>group III: {@code quantity × unitCost}.</li>
 * </ul>
 * Each line is rounded HALF_EVEN to the cent; group totals and the total are sums of rounded lines.
 */
public final class CostEstimator {

    public static final String RULE_SET = "BUDGET-2026-v1";
    private static final BigDecimal TWELVE = BigDecimal.valueOf(12);

    private CostEstimator() { }

    /** A line as received (text, unchecked): the fields of all three groups, those of other groups left null. */
    public record RawLine(String cls, String persons, String monthlyRate, String months, String delayedDeploymentFactor,
                          String posts, String standardAnnualCost, String vacancyRate, String quantity,
                          String unitCost) { }

    /** A checked line: only the fields of its class's group are set. */
    public record Line(ExpenditureClass cls, BigDecimal persons, BigDecimal monthlyRate, Integer months,
                       BigDecimal delayedDeploymentFactor, BigDecimal posts, BigDecimal standardAnnualCost,
                       BigDecimal vacancyRate, BigDecimal quantity, BigDecimal unitCost) {

        public static Line groupI(ExpenditureClass c, BigDecimal persons, BigDecimal rate, int months, BigDecimal factor) {
            return new Line(c, persons, rate, months, factor, null, null, null, null, null);
        }

        public static Line groupII(ExpenditureClass c, BigDecimal posts, BigDecimal annual, int months, BigDecimal vacancy) {
            return new Line(c, null, null, months, null, posts, annual, vacancy, null, null);
        }

        public static Line groupIII(ExpenditureClass c, BigDecimal quantity, BigDecimal unitCost) {
            return new Line(c, null, null, null, null, null, null, null, quantity, unitCost);
        }
    }

    public record LineAmount(Line line, BigDecimal amount) {
        public CostGroup group() { return line.cls().group(); }
    }

    public record Estimate(String ruleSet, List<LineAmount> lines, Map<CostGroup, BigDecimal> groups, BigDecimal total) { }

    /** The amount of one line, rounded HALF_EVEN to the cent. */
    public static BigDecimal amount(Line l) {
        BigDecimal raw = switch (l.cls().group()) {
            case I -> l.persons().multiply(l.monthlyRate()).multiply(BigDecimal.valueOf(l.months()))
                    .multiply(BigDecimal.ONE.subtract(l.delayedDeploymentFactor()));
            case II -> l.posts().multiply(l.standardAnnualCost()).multiply(BigDecimal.valueOf(l.months()))
                    .multiply(BigDecimal.ONE.subtract(l.vacancyRate())).divide(TWELVE, MathContext.DECIMAL128);
            case III -> l.quantity().multiply(l.unitCost());
        };
        return Money.cents(raw);
    }

    /** Lines, group totals (only groups with lines) and total. */
    public static Estimate estimate(List<Line> lines) {
        List<LineAmount> amounts = new ArrayList<>();
        Map<CostGroup, BigDecimal> groups = new EnumMap<>(CostGroup.class);
        BigDecimal total = Money.ZERO;
        for (Line l : lines) {
            BigDecimal a = amount(l);
            amounts.add(new LineAmount(l, a));
            groups.merge(l.cls().group(), a, BigDecimal::add);
            total = total.add(a);
        }
        return new Estimate(RULE_SET, amounts, new LinkedHashMap<>(groups), total);
    }

    /**
     * Checks raw lines; every problem is added to {@code errors} under {@code <prefix>[i].<field>}. Returns the
     * checked lines (complete only when no error was added).
     */
    public static List<Line> parse(List<RawLine> raw, String prefix, FieldErrors errors) {
        List<Line> lines = new ArrayList<>();
        if (raw == null || raw.isEmpty()) {
            errors.add(prefix, "NotEmpty", "budget.estimate.lines.empty");
            return lines;
        }
        for (int i = 0; i < raw.size(); i++) {
            RawLine r = raw.get(i);
            String p = prefix + "[" + i + "].";
            if (r == null) {
                errors.add(prefix + "[" + i + "]", "NotNull", "budget.field.required");
                continue;
            }
            var cls = ExpenditureClass.of(r.cls());
            if (cls.isEmpty()) {
                errors.add(p + "class", r.cls() == null || r.cls().isBlank() ? "NotBlank" : "UnknownClass",
                        r.cls() == null || r.cls().isBlank() ? "budget.field.required" : "budget.class.unknown",
                        r.cls());
                continue;
            }
            ExpenditureClass c = cls.get();
            Fields f = new Fields(p, errors);
            switch (c.group()) {
                case I -> {
                    f.forbid("posts", r.posts()).forbid("standardAnnualCost", r.standardAnnualCost())
                            .forbid("vacancyRate", r.vacancyRate()).forbid("quantity", r.quantity())
                            .forbid("unitCost", r.unitCost());
                    BigDecimal persons = f.nonNegative("persons", r.persons());
                    BigDecimal rate = f.nonNegative("monthlyRate", r.monthlyRate());
                    Integer months = f.months("months", r.months());
                    BigDecimal factor = f.factor("delayedDeploymentFactor", r.delayedDeploymentFactor());
                    if (f.ok()) {
                        lines.add(Line.groupI(c, persons, rate, months, factor));
                    }
                }
                case II -> {
                    f.forbid("persons", r.persons()).forbid("monthlyRate", r.monthlyRate())
                            .forbid("delayedDeploymentFactor", r.delayedDeploymentFactor())
                            .forbid("quantity", r.quantity()).forbid("unitCost", r.unitCost());
                    BigDecimal posts = f.nonNegative("posts", r.posts());
                    BigDecimal annual = f.nonNegative("standardAnnualCost", r.standardAnnualCost());
                    Integer months = f.months("months", r.months());
                    BigDecimal vacancy = f.factor("vacancyRate", r.vacancyRate());
                    if (f.ok()) {
                        lines.add(Line.groupII(c, posts, annual, months, vacancy));
                    }
                }
                case III -> {
                    f.forbid("persons", r.persons()).forbid("monthlyRate", r.monthlyRate())
                            .forbid("delayedDeploymentFactor", r.delayedDeploymentFactor())
                            .forbid("posts", r.posts()).forbid("standardAnnualCost", r.standardAnnualCost())
                            .forbid("vacancyRate", r.vacancyRate()).forbid("months", r.months());
                    BigDecimal quantity = f.nonNegative("quantity", r.quantity());
                    BigDecimal unitCost = f.nonNegative("unitCost", r.unitCost());
                    if (f.ok()) {
                        lines.add(Line.groupIII(c, quantity, unitCost));
                    }
                }
            }
        }
        return lines;
    }

    /** Field checks of one line, each problem added to the shared errors. */
    private static final class Fields {
        private final String prefix;
        private final FieldErrors errors;
        private boolean ok = true;

        Fields(String prefix, FieldErrors errors) {
            this.prefix = prefix;
            this.errors = errors;
        }

        boolean ok() { return ok; }

        private void bad(String field, String rule, String key, Object... args) {
            errors.add(prefix + field, rule, key, args);
            ok = false;
        }

        Fields forbid(String field, String value) {
            if (value != null) {
                bad(field, "NotAllowed", "budget.estimate.field.notInGroup");
            }
            return this;
        }

        BigDecimal decimal(String field, String value) {
            if (value == null || value.isBlank()) {
                bad(field, "NotNull", "budget.field.required");
                return null;
            }
            try {
                return new BigDecimal(value.trim());
            } catch (NumberFormatException e) {
                bad(field, "Decimal", "budget.field.decimal", value);
                return null;
            }
        }

        BigDecimal nonNegative(String field, String value) {
            BigDecimal d = decimal(field, value);
            if (d != null && d.signum() < 0) {
                bad(field, "PositiveOrZero", "budget.field.nonNegative");
                return null;
            }
            return d;
        }

        BigDecimal factor(String field, String value) {
            BigDecimal d = decimal(field, value);
            if (d != null && (d.signum() < 0 || d.compareTo(BigDecimal.ONE) >= 0)) {
                bad(field, "Range", "budget.field.factor");
                return null;
            }
            return d;
        }

        Integer months(String field, String value) {
            BigDecimal d = decimal(field, value);
            if (d == null) {
                return null;
            }
            try {
                int m = d.intValueExact();
                if (m >= 1 && m <= 12) {
                    return m;
                }
            } catch (ArithmeticException e) {
                // not a whole number
            }
            bad(field, "Range", "budget.field.months");
            return null;
        }
    }
}
