package org.fieldsupport.claims.rules.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * Rule set {@code COE-2026-v1} (shared/spec/coe-rules.md), per contingent and calendar month m:
 * <ul>
 * <li>N = days in m, D = days of m within [deployed, repatriated] (inclusive; open end = still deployed);</li>
 * <li>F = sum of the mission factors, each in [0, 0.05]; P = min(average strength, authorised strength);</li>
 * <li>major equipment: q = min(Q, S), R × q × (1 + F) × D / N; surplus flagged never paid; wet lease with
 *     S / Q &lt; 0.90 flagged below standard; no verification in force → 0, not verified;</li>
 * <li>self-sustainment: r × P × s × (1 + F) × D / N, s by rating; UN-provided → 0;</li>
 * <li>troop cost: T (in force on the first day of m) × P × D / N, no factors;</li>
 * <li>each line rounded to cents half-even; totals are sums of rounded lines.</li>
 * </ul>
 * Death and disability: standard amount in force on the incident date × 100 % (death) or the impairment %.
 */
public final class CoeRuleSet2026v1 implements RuleSet {

    public static final String ID = "COE-2026-v1";
    public static final BigDecimal MAX_FACTOR = new BigDecimal("0.05");
    /** S / Q below this is a wet-lease shortfall: compared exactly as 10 × S &lt; 9 × Q. */
    static final int STANDARD_NUMERATOR = 9;
    static final int STANDARD_DENOMINATOR = 10;
    /** Longest period one calculation covers (ten years of months). */
    public static final int MAX_MONTHS = 120;

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    @Override
    public String id() { return ID; }

    @Override
    public String currency() { return "USD"; }

    // ---------------------------------------------------------------- checks

    @Override
    public List<InputProblem> check(ContingentInput in, YearMonth from, YearMonth to) {
        List<InputProblem> problems = new ArrayList<>();
        boolean periodKnown = from != null && to != null;
        if (from == null) {
            problems.add(InputProblem.of("from", "claims.input.required"));
        }
        if (to == null) {
            problems.add(InputProblem.of("to", "claims.input.required"));
        }
        if (periodKnown && to.isBefore(from)) {
            problems.add(InputProblem.of("to", "claims.input.period.reversed"));
            periodKnown = false;
        } else if (periodKnown && ChronoUnit.MONTHS.between(from, to) + 1 > MAX_MONTHS) {
            problems.add(InputProblem.of("to", "claims.input.period.tooLong", MAX_MONTHS));
            periodKnown = false;
        }
        if (in.deployedOn() == null) {
            problems.add(InputProblem.of("deployedOn", "claims.input.required"));
        } else if (in.repatriatedOn() != null && in.repatriatedOn().isBefore(in.deployedOn())) {
            problems.add(InputProblem.of("repatriatedOn", "claims.input.repatriation.beforeDeployment"));
        }
        if (in.authorisedStrength() == null) {
            problems.add(InputProblem.of("authorisedStrength", "claims.input.required"));
        } else if (in.authorisedStrength() < 0) {
            problems.add(InputProblem.of("authorisedStrength", "claims.input.negative"));
        }
        in.missionFactors().byName().forEach((name, value) -> {
            if (value.signum() < 0 || value.compareTo(MAX_FACTOR) > 0) {
                problems.add(InputProblem.of("missionFactors." + name, "claims.input.factor.range",
                        MAX_FACTOR));
            }
        });
        checkTroopCostRates(in, problems);
        checkStrengthReturns(in, problems);
        checkMajorEquipment(in, problems);
        checkSelfSustainment(in, problems);
        checkVerifications(in, problems);
        if (periodKnown && in.deployedOn() != null) {
            checkMonthsCanBeComputed(in, from, to, problems);
        }
        return problems;
    }

    private static void checkTroopCostRates(ContingentInput in, List<InputProblem> problems) {
        Set<LocalDate> seen = new HashSet<>();
        for (int i = 0; i < in.troopCostRates().size(); i++) {
            DatedRate rate = in.troopCostRates().get(i);
            if (rate == null) {
                problems.add(InputProblem.of(at("troopCostRates", i, ""), "claims.input.required"));
                continue;
            }
            if (rate.from() == null) {
                problems.add(InputProblem.of(at("troopCostRates", i, "from"), "claims.input.required"));
            } else if (!seen.add(rate.from())) {
                problems.add(InputProblem.of(at("troopCostRates", i, "from"), "claims.input.duplicate", rate.from()));
            }
            checkMoney(rate.amount(), "troopCostRates", i, "perPersonPerMonth", problems);
        }
    }

    private static void checkStrengthReturns(ContingentInput in, List<InputProblem> problems) {
        Set<YearMonth> seen = new HashSet<>();
        for (int i = 0; i < in.strengthReturns().size(); i++) {
            StrengthReturn ret = in.strengthReturns().get(i);
            if (ret == null) {
                problems.add(InputProblem.of(at("strengthReturns", i, ""), "claims.input.required"));
                continue;
            }
            if (ret.month() == null) {
                problems.add(InputProblem.of(at("strengthReturns", i, "month"), "claims.input.required"));
            } else if (!seen.add(ret.month())) {
                problems.add(InputProblem.of(at("strengthReturns", i, "month"), "claims.input.duplicate", ret.month()));
            }
            if (ret.averageStrength() == null) {
                problems.add(InputProblem.of(at("strengthReturns", i, "averageStrength"), "claims.input.required"));
            } else if (ret.averageStrength().signum() < 0) {
                problems.add(InputProblem.of(at("strengthReturns", i, "averageStrength"), "claims.input.negative"));
            }
        }
    }

    private static void checkMajorEquipment(ContingentInput in, List<InputProblem> problems) {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < in.majorEquipment().size(); i++) {
            MajorEquipmentLine line = in.majorEquipment().get(i);
            if (line == null) {
                problems.add(InputProblem.of(at("majorEquipment", i, ""), "claims.input.required"));
                continue;
            }
            if (line.line() == null || line.line().isBlank()) {
                problems.add(InputProblem.of(at("majorEquipment", i, "line"), "claims.input.required"));
            } else if (!seen.add(line.line())) {
                problems.add(InputProblem.of(at("majorEquipment", i, "line"), "claims.input.duplicate", line.line()));
            }
            if (line.leaseType() == null) {
                problems.add(InputProblem.of(at("majorEquipment", i, "leaseType"), "claims.input.required"));
            }
            if (line.mouQuantity() == null) {
                problems.add(InputProblem.of(at("majorEquipment", i, "mouQuantity"), "claims.input.required"));
            } else if (line.mouQuantity() < 0) {
                problems.add(InputProblem.of(at("majorEquipment", i, "mouQuantity"), "claims.input.negative"));
            }
            if (line.monthlyRate() == null) {
                problems.add(InputProblem.of(at("majorEquipment", i, "monthlyRate"), "claims.input.rate.missing",
                        String.valueOf(line.line())));
            } else {
                checkMoney(line.monthlyRate(), "majorEquipment", i, "monthlyRate", problems);
            }
        }
    }

    private static void checkSelfSustainment(ContingentInput in, List<InputProblem> problems) {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < in.selfSustainment().size(); i++) {
            SelfSustainmentCategory category = in.selfSustainment().get(i);
            if (category == null) {
                problems.add(InputProblem.of(at("selfSustainment", i, ""), "claims.input.required"));
                continue;
            }
            if (category.category() == null || category.category().isBlank()) {
                problems.add(InputProblem.of(at("selfSustainment", i, "category"), "claims.input.required"));
            } else if (!seen.add(category.category())) {
                problems.add(InputProblem.of(at("selfSustainment", i, "category"), "claims.input.duplicate",
                        category.category()));
            }
            if (category.providedBy() == null) {
                problems.add(InputProblem.of(at("selfSustainment", i, "providedBy"), "claims.input.required"));
            }
            if (category.ratePerPersonPerMonth() == null) {
                if (category.providedBy() == Provider.CONTRIBUTOR) {
                    problems.add(InputProblem.of(at("selfSustainment", i, "ratePerPersonPerMonth"),
                            "claims.input.rate.missing",
                            String.valueOf(category.category())));
                }
            } else {
                checkMoney(category.ratePerPersonPerMonth(), "selfSustainment", i, "ratePerPersonPerMonth", problems);
            }
        }
    }

    private static void checkVerifications(ContingentInput in, List<InputProblem> problems) {
        Set<String> lines = new HashSet<>();
        in.majorEquipment().stream().filter(l -> l != null && l.line() != null).forEach(l -> lines.add(l.line()));
        Set<String> categories = new HashSet<>();
        in.selfSustainment().stream().filter(c -> c != null && c.category() != null)
                .forEach(c -> categories.add(c.category()));
        for (int i = 0; i < in.verifications().size(); i++) {
            Verification verification = in.verifications().get(i);
            String path = "verifications[" + i + "]";
            if (verification == null) {
                problems.add(InputProblem.of(path, "claims.input.required"));
                continue;
            }
            if (verification.date() == null) {
                problems.add(InputProblem.of(path + ".date", "claims.input.required"));
            }
            if (allKnownAndPresent(verification.serviceable(), lines) && verification.serviceable().values().stream()
                    .allMatch(v -> v != null && v >= 0)
                    && allKnownAndPresent(verification.ratings(), categories)) {
                continue;   // the usual case; the sorted pass below only names problems in a stable order
            }
            verification.serviceable().entrySet().stream().filter(e -> e.getKey() != null).sorted(Map.Entry.comparingByKey()).forEach(e -> {
                if (!lines.contains(e.getKey())) {
                    problems.add(InputProblem.of(path + ".majorEquipment", "claims.input.line.unknown", e.getKey()));
                }
                if (e.getValue() == null) {
                    problems.add(InputProblem.of(path + ".majorEquipment", "claims.input.serviceable.missing",
                            e.getKey()));
                } else if (e.getValue() < 0) {
                    problems.add(InputProblem.of(path + ".majorEquipment", "claims.input.serviceable.negative",
                            e.getKey()));
                }
            });
            verification.ratings().entrySet().stream().filter(e -> e.getKey() != null).sorted(Map.Entry.comparingByKey()).forEach(e -> {
                if (!categories.contains(e.getKey())) {
                    problems.add(InputProblem.of(path + ".selfSustainment", "claims.input.category.unknown",
                            e.getKey()));
                }
                if (e.getValue() == null) {
                    problems.add(InputProblem.of(path + ".selfSustainment", "claims.input.rating.missing",
                            e.getKey()));
                }
            });
        }
    }

    /** Every key non-null, known and with a non-null value. */
    private static boolean allKnownAndPresent(Map<String, ?> findings, Set<String> known) {
        for (Map.Entry<String, ?> e : findings.entrySet()) {
            if (e.getKey() == null || e.getValue() == null || !known.contains(e.getKey())) {
                return false;
            }
        }
        return true;
    }

    /** A deployed month needs its strength return and a troop cost rate in force on its first day. */
    private static void checkMonthsCanBeComputed(ContingentInput in, YearMonth from, YearMonth to,
                                                 List<InputProblem> problems) {
        Set<YearMonth> returned = new HashSet<>();
        in.strengthReturns().stream().filter(r -> r != null && r.month() != null && r.averageStrength() != null)
                .forEach(r -> returned.add(r.month()));
        for (YearMonth m = from; !m.isAfter(to); m = m.plusMonths(1)) {
            if (deployedDays(in, m) == 0) {
                continue;
            }
            if (!returned.contains(m)) {
                problems.add(InputProblem.of("strengthReturns", "claims.input.strengthReturn.missing", m));
            }
            if (DatedRate.inForceOn(in.troopCostRates().stream().filter(r -> r != null).toList(),
                    m.atDay(1)).isEmpty()) {
                problems.add(InputProblem.of("troopCostRates", "claims.input.troopCostRate.missing", m.atDay(1)));
            }
        }
    }

    private static void checkMoney(BigDecimal amount, String list, int index, String field,
                                   List<InputProblem> problems) {
        if (amount == null) {
            problems.add(InputProblem.of(at(list, index, field), "claims.input.required"));
        } else if (amount.signum() < 0) {
            problems.add(InputProblem.of(at(list, index, field), "claims.input.negative"));
        } else if (amount.scale() > 2 && amount.stripTrailingZeros().scale() > 2) {
            problems.add(InputProblem.of(at(list, index, field), "claims.input.money.cents"));
        }
    }

    /** The field path a problem names, e.g. {@code majorEquipment[3].monthlyRate} (built only for a problem). */
    private static String at(String list, int index, String field) {
        return list + "[" + index + "]" + (field.isEmpty() ? "" : "." + field);
    }

    // ---------------------------------------------------------------- calculation

    @Override
    public Statement calculate(ContingentInput in, YearMonth from, YearMonth to) {
        List<InputProblem> problems = check(in, from, to);
        if (!problems.isEmpty()) {
            throw new IncompleteInputException(problems);
        }
        List<MonthStatement> months = new ArrayList<>();
        BigDecimal total = BigDecimal.ZERO.setScale(2);
        for (YearMonth m = from; !m.isAfter(to); m = m.plusMonths(1)) {
            MonthStatement month = month(in, m);
            months.add(month);
            total = total.add(month.total());
        }
        return new Statement(ID, currency(), months, total);
    }

    /** D: the days of {@code m} within [deployed, repatriated], both inclusive. */
    static int deployedDays(ContingentInput in, YearMonth m) {
        LocalDate first = max(m.atDay(1), in.deployedOn());
        LocalDate last = in.repatriatedOn() == null ? m.atEndOfMonth() : min(m.atEndOfMonth(), in.repatriatedOn());
        return last.isBefore(first) ? 0 : (int) ChronoUnit.DAYS.between(first, last) + 1;
    }

    private MonthStatement month(ContingentInput in, YearMonth m) {
        int n = m.lengthOfMonth();
        int d = deployedDays(in, m);
        if (d == 0) {
            return new MonthStatement(m, n, 0, List.of(), BigDecimal.ZERO.setScale(2));
        }
        Period period = new Period(m, n, d, in.missionFactors().total(),
                in.strengthReturns().stream().filter(r -> r.month().equals(m)).findFirst().orElseThrow()
                        .averageStrength(),
                BigDecimal.valueOf(in.authorisedStrength()));
        List<ClaimLine> lines = new ArrayList<>();
        for (MajorEquipmentLine line : in.majorEquipment()) {
            lines.add(majorEquipment(line, inForce(in, m, v -> v.serviceable().get(line.line())), period));
        }
        for (SelfSustainmentCategory category : in.selfSustainment()) {
            lines.add(selfSustainment(category, inForce(in, m, v -> v.ratings().get(category.category())), period));
        }
        BigDecimal troopCostRate = DatedRate.inForceOn(in.troopCostRates(), m.atDay(1)).orElseThrow().amount();
        lines.add(troopCost(troopCostRate, period));
        BigDecimal total = lines.stream().map(ClaimLine::amount).reduce(BigDecimal.ZERO.setScale(2), BigDecimal::add);
        return new MonthStatement(m, n, d, lines, total);
    }

    /** The month's common inputs. */
    private record Period(YearMonth month, int n, int d, BigDecimal factors, BigDecimal averageStrength,
                          BigDecimal authorisedStrength) {

        BigDecimal persons() { return averageStrength.min(authorisedStrength); }

        BigDecimal onePlusF() { return BigDecimal.ONE.add(factors); }

        /** amount × D / N rounded to cents, half-even (exact quotient, one rounding). */
        BigDecimal prorate(BigDecimal monthly) {
            return monthly.multiply(BigDecimal.valueOf(d)).divide(BigDecimal.valueOf(n), 2, RoundingMode.HALF_EVEN);
        }
    }

    /**
     * The finding of the verification in force in month m: the most recent one dated on or before the
     * month's last day that covers the line (of two on the same date, the later listed).
     */
    private static <T> Optional<T> inForce(ContingentInput in, YearMonth m, Function<Verification, T> finding) {
        LocalDate lastDay = m.atEndOfMonth();
        Verification best = null;
        T found = null;
        for (Verification v : in.verifications()) {
            T value = finding.apply(v);
            if (value != null && !v.date().isAfter(lastDay) && (best == null || !v.date().isBefore(best.date()))) {
                best = v;
                found = value;
            }
        }
        return Optional.ofNullable(found);
    }

    private static ClaimLine majorEquipment(MajorEquipmentLine line, Optional<Integer> serviceable, Period p) {
        BigDecimal rate = money(line.monthlyRate());
        int quantity = line.mouQuantity();
        if (serviceable.isEmpty()) {
            return new ClaimLine(LineKind.MAJOR_EQUIPMENT, line.line(), BigDecimal.ZERO.setScale(2),
                    EnumSet.of(Flag.NOT_VERIFIED), Explanation.of("claims.explain.majorEquipment.notVerified",
                    rate, quantity, p.month().atEndOfMonth()));
        }
        int found = serviceable.get();
        int paid = Math.min(quantity, found);
        Set<Flag> flags = equipmentFlags(line, serviceable);
        BigDecimal amount = p.prorate(rate.multiply(BigDecimal.valueOf(paid)).multiply(p.onePlusF()));
        return new ClaimLine(LineKind.MAJOR_EQUIPMENT, line.line(), amount, flags,
                Explanation.of("claims.explain.majorEquipment", rate, quantity, found, plain(p.factors()), p.d(), p.n()));
    }

    /** The flags of a major-equipment line given the serviceable quantity in force (empty = not verified). */
    private static Set<Flag> equipmentFlags(MajorEquipmentLine line, Optional<Integer> serviceable) {
        if (serviceable.isEmpty()) {
            return EnumSet.of(Flag.NOT_VERIFIED);
        }
        int found = serviceable.get();
        int quantity = line.mouQuantity();
        Set<Flag> flags = EnumSet.noneOf(Flag.class);
        if (found > quantity) {
            flags.add(Flag.SURPLUS);
        }
        if (line.leaseType() == LeaseType.WET && quantity > 0
                && (long) STANDARD_DENOMINATOR * found < (long) STANDARD_NUMERATOR * quantity) {
            flags.add(Flag.BELOW_STANDARD);
        }
        return flags;
    }

    @Override
    public MonthFindings findings(ContingentInput in, YearMonth m) {
        if (in.deployedOn() == null || deployedDays(in, m) == 0) {
            return new MonthFindings(m, List.of(), List.of());
        }
        List<MonthFindings.EquipmentFinding> equipment = new ArrayList<>();
        for (MajorEquipmentLine line : in.majorEquipment()) {
            Optional<Integer> serviceable = inForce(in, m, v -> v.serviceable().get(line.line()));
            equipment.add(new MonthFindings.EquipmentFinding(line.line(), line.leaseType(), line.mouQuantity(),
                    serviceable.orElse(null), equipmentFlags(line, serviceable)));
        }
        List<MonthFindings.CategoryFinding> categories = new ArrayList<>();
        for (SelfSustainmentCategory category : in.selfSustainment()) {
            Rating rating = category.providedBy() == Provider.UN ? null
                    : inForce(in, m, v -> v.ratings().get(category.category())).orElse(null);
            categories.add(new MonthFindings.CategoryFinding(category.category(), category.providedBy(), rating));
        }
        return new MonthFindings(m, equipment, categories);
    }

    private static ClaimLine selfSustainment(SelfSustainmentCategory category, Optional<Rating> rating, Period p) {
        if (category.providedBy() == Provider.UN) {
            return new ClaimLine(LineKind.SELF_SUSTAINMENT, category.category(), BigDecimal.ZERO.setScale(2),
                    Set.of(), Explanation.of("claims.explain.selfSustainment.un"));
        }
        BigDecimal rate = money(category.ratePerPersonPerMonth());
        if (rating.isEmpty()) {
            return new ClaimLine(LineKind.SELF_SUSTAINMENT, category.category(), BigDecimal.ZERO.setScale(2),
                    EnumSet.of(Flag.NOT_VERIFIED), Explanation.of("claims.explain.selfSustainment.notVerified",
                    rate, p.month().atEndOfMonth()));
        }
        Rating r = rating.get();
        BigDecimal amount = p.prorate(rate.multiply(p.persons()).multiply(r.share()).multiply(p.onePlusF()));
        return new ClaimLine(LineKind.SELF_SUSTAINMENT, category.category(), amount, Set.of(),
                Explanation.of("claims.explain.selfSustainment", rate, plain(p.averageStrength()),
                        plain(p.authorisedStrength()), r.share(), r, plain(p.factors()), p.d(), p.n()));
    }

    private static ClaimLine troopCost(BigDecimal troopCostRate, Period p) {
        BigDecimal rate = money(troopCostRate);
        BigDecimal amount = p.prorate(rate.multiply(p.persons()));
        return new ClaimLine(LineKind.TROOP_COST, null, amount, Set.of(),
                Explanation.of("claims.explain.troopCost", rate, plain(p.averageStrength()),
                        plain(p.authorisedStrength()), p.d(), p.n()));
    }

    // ---------------------------------------------------------------- death and disability

    @Override
    public List<InputProblem> check(DeathAndDisability claim) {
        List<InputProblem> problems = new ArrayList<>();
        if (claim.incidentDate() == null) {
            problems.add(InputProblem.of("incidentDate", "claims.input.required"));
        }
        if (claim.kind() == null) {
            problems.add(InputProblem.of("kind", "claims.input.required"));
        } else if (claim.kind() == DeathAndDisability.Kind.DISABILITY
                && (claim.impairmentPercent() == null || claim.impairmentPercent() < 1
                || claim.impairmentPercent() > 100)) {
            problems.add(InputProblem.of("impairmentPercent", "claims.input.impairment.range"));
        }
        for (int i = 0; i < claim.standardAmounts().size(); i++) {
            DatedRate rate = claim.standardAmounts().get(i);
            if (rate == null || rate.from() == null) {
                problems.add(InputProblem.of("standardAmounts[" + i + "].from", "claims.input.required"));
            }
            if (rate != null) {
                checkMoney(rate.amount(), "standardAmounts", i, "amount", problems);
            }
        }
        if (claim.incidentDate() != null && DatedRate.inForceOn(
                claim.standardAmounts().stream().filter(r -> r != null).toList(), claim.incidentDate()).isEmpty()) {
            problems.add(InputProblem.of("standardAmounts", "claims.input.standardAmount.missing",
                    claim.incidentDate()));
        }
        return problems;
    }

    @Override
    public Compensation compensate(DeathAndDisability claim) {
        List<InputProblem> problems = check(claim);
        if (!problems.isEmpty()) {
            throw new IncompleteInputException(problems);
        }
        BigDecimal standard = money(DatedRate.inForceOn(claim.standardAmounts(), claim.incidentDate())
                .orElseThrow().amount());
        int percent = claim.kind() == DeathAndDisability.Kind.DEATH ? 100 : claim.impairmentPercent();
        BigDecimal amount = standard.multiply(BigDecimal.valueOf(percent)).divide(HUNDRED, 2, RoundingMode.HALF_EVEN);
        return new Compensation(amount, Explanation.of(claim.kind() == DeathAndDisability.Kind.DEATH
                ? "claims.explain.death" : "claims.explain.disability", standard, percent, claim.incidentDate()));
    }

    // ---------------------------------------------------------------- helpers

    /** Money as shown in explanations: at least two decimals ("5000.00"). */
    private static BigDecimal money(BigDecimal amount) {
        return amount.scale() < 2 ? amount.setScale(2) : amount;
    }

    /** A factor or head-count as shown in explanations, without trailing zeros ("0.035", "850"). */
    private static BigDecimal plain(BigDecimal value) {
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }

    private static LocalDate max(LocalDate a, LocalDate b) { return a.isAfter(b) ? a : b; }

    private static LocalDate min(LocalDate a, LocalDate b) { return a.isBefore(b) ? a : b; }
}
