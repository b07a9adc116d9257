package org.fieldsupport.claims.analytics.domain;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.fieldsupport.claims.rules.domain.ContingentInput;
import org.fieldsupport.claims.rules.domain.Flag;
import org.fieldsupport.claims.rules.domain.InputProblem;
import org.fieldsupport.claims.rules.domain.LeaseType;
import org.fieldsupport.claims.rules.domain.LineKind;
import org.fieldsupport.claims.rules.domain.MonthFindings;
import org.fieldsupport.claims.rules.domain.Provider;
import org.fieldsupport.claims.rules.domain.Rating;
import org.fieldsupport.claims.rules.domain.RuleSet;
import org.fieldsupport.claims.rules.domain.Statement;
import org.fieldsupport.claims.rules.domain.Verification;

/**
 * A contingent's shortfalls in one month (attribution 8.3.k), read from the rule set's findings: major
 * equipment below the MOU quantity, wet lease below the 90 % standard, lines and categories not verified,
 * self-sustainment rated unsatisfactory, not provided or partially satisfactory. The amount effect of each
 * shortfall is what full compliance (every line serviceable at the MOU quantity, every contributor category
 * satisfactory) would add to the month's statement — both statements computed by the same rule set, so no
 * formula is repeated here. When the month cannot be computed (e.g. no strength return) the shortfalls are
 * still listed, without amounts, and the rule set's problems are returned.
 */
public final class Shortfalls {

    /** What is short. A wet line found at 8 of 10 is both {@code BELOW_MOU} and {@code BELOW_STANDARD}. */
    public enum Type { BELOW_MOU, BELOW_STANDARD, NOT_VERIFIED, UNSATISFACTORY, NOT_PROVIDED, PARTIALLY_SATISFACTORY }

    /**
     * One shortfall: for equipment the MOU and serviceable quantities, for a category its rating ({@code null}
     * when not verified); {@code effect} the month's amount lost against full compliance, {@code null} when the
     * month cannot be computed.
     */
    public record Shortfall(LineKind kind, String reference, Set<Type> types, LeaseType leaseType, Integer mouQuantity,
                            Integer serviceable, Rating rating, BigDecimal amount, BigDecimal effect) {
        public Shortfall {
            types = Collections.unmodifiableSet(types.isEmpty() ? EnumSet.noneOf(Type.class) : EnumSet.copyOf(types));
        }
    }

    public record Result(YearMonth month, List<Shortfall> shortfalls, List<InputProblem> amountProblems) {
        public Result {
            shortfalls = List.copyOf(shortfalls);
            amountProblems = List.copyOf(amountProblems);
        }
    }

    private Shortfalls() { }

    public static Result of(RuleSet ruleSet, ContingentInput input, YearMonth month) {
        MonthFindings findings = ruleSet.findings(input, month);
        List<InputProblem> problems = findings.equipment().isEmpty() && findings.categories().isEmpty()
                ? List.of() : ruleSet.check(input, month, month);
        Map<String, BigDecimal> actual = new HashMap<>();
        Map<String, BigDecimal> full = new HashMap<>();
        boolean amounts = problems.isEmpty() && !(findings.equipment().isEmpty() && findings.categories().isEmpty());
        if (amounts) {
            amounts(ruleSet.calculate(input, month, month), actual);
            amounts(ruleSet.calculate(fullCompliance(input, findings, month), month, month), full);
        }
        List<Shortfall> result = new ArrayList<>();
        for (MonthFindings.EquipmentFinding e : findings.equipment()) {
            Set<Type> types = EnumSet.noneOf(Type.class);
            if (e.flags().contains(Flag.NOT_VERIFIED)) {
                types.add(Type.NOT_VERIFIED);
            } else if (e.serviceable() < e.mouQuantity()) {
                types.add(Type.BELOW_MOU);
            }
            if (e.flags().contains(Flag.BELOW_STANDARD)) {
                types.add(Type.BELOW_STANDARD);
            }
            if (!types.isEmpty()) {
                String key = key(LineKind.MAJOR_EQUIPMENT, e.line());
                result.add(new Shortfall(LineKind.MAJOR_EQUIPMENT, e.line(), types, e.leaseType(), e.mouQuantity(),
                        e.serviceable(), null, actual.get(key), effect(key, actual, full)));
            }
        }
        for (MonthFindings.CategoryFinding c : findings.categories()) {
            if (c.providedBy() != Provider.CONTRIBUTOR) {
                continue;
            }
            Type type = c.rating() == null ? Type.NOT_VERIFIED : switch (c.rating()) {
                case UNSATISFACTORY -> Type.UNSATISFACTORY;
                case NOT_PROVIDED -> Type.NOT_PROVIDED;
                case PARTIALLY_SATISFACTORY -> Type.PARTIALLY_SATISFACTORY;
                case SATISFACTORY -> null;
            };
            if (type != null) {
                String key = key(LineKind.SELF_SUSTAINMENT, c.category());
                result.add(new Shortfall(LineKind.SELF_SUSTAINMENT, c.category(), EnumSet.of(type), null, null, null,
                        c.rating(), actual.get(key), effect(key, actual, full)));
            }
        }
        return new Result(month, result, problems);
    }

    /** The same input with one more verification on the month's last day: every line at its MOU quantity. */
    static ContingentInput fullCompliance(ContingentInput in, MonthFindings findings, YearMonth month) {
        Map<String, Integer> serviceable = new LinkedHashMap<>();
        findings.equipment().forEach(e -> serviceable.put(e.line(), e.mouQuantity()));
        Map<String, Rating> ratings = new LinkedHashMap<>();
        findings.categories().stream().filter(c -> c.providedBy() == Provider.CONTRIBUTOR)
                .forEach(c -> ratings.put(c.category(), Rating.SATISFACTORY));
        List<Verification> verifications = new ArrayList<>(in.verifications());
        verifications.add(new Verification(month.atEndOfMonth(), serviceable, ratings));
        return new ContingentInput(in.deployedOn(), in.repatriatedOn(), in.authorisedStrength(), in.missionFactors(),
                in.troopCostRates(), in.strengthReturns(), in.majorEquipment(), in.selfSustainment(), verifications);
    }

    private static void amounts(Statement statement, Map<String, BigDecimal> into) {
        statement.months().forEach(m -> m.lines().forEach(l -> {
            if (l.reference() != null) {
                into.merge(key(l.kind(), l.reference()), l.amount(), BigDecimal::add);
            }
        }));
    }

    private static BigDecimal effect(String key, Map<String, BigDecimal> actual, Map<String, BigDecimal> full) {
        BigDecimal a = actual.get(key);
        BigDecimal f = full.get(key);
        return a == null || f == null ? null : f.subtract(a);
    }

    private static String key(LineKind kind, String reference) {
        return kind.name() + "|" + reference;
    }
}
