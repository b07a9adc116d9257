package org.fieldsupport.claims.budgeting.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Rule set {@value #ID}: the COE requirement of a mission's budget period, from its contingents' MOUs.
 * <p>For every month {@code m} of the period and every contingent, the MOU version in force on the first day of
 * {@code m} applies (none yet → nothing for {@code m}); the contingent is <em>in service</em> in {@code m} when
 * deployed on or before the month's last day and not repatriated before its first day. Budgets count whole months.
 * With {@code F} the sum of the version's mission factors:
 * <ul>
 *   <li>major equipment, per Annex B line: {@code MOU quantity × monthly reimbursement rate × (1 + F)};</li>
 *   <li>self-sustainment, per Annex C category provided by the contributor:
 *       {@code rate per person per month × authorised strength × (1 + F)} (UN-provided categories cost nothing).</li>
 * </ul>
 * An estimate line is one contingent's kind and category (equipment lines grouped by their category): the sum of
 * its months, unrounded, then rounded HALF_EVEN to the cent once; totals are sums of rounded lines. USD.
 * Troop cost is not COE (group I personnel) and is not part of the estimate.
 */
public final class CoeBudgetRule {

    public static final String ID = "COE-BUDGET-2026-v1";
    public static final int MAX_MONTHS = 24;

    public enum Kind { MAJOR_EQUIPMENT, SELF_SUSTAINMENT }

    /** An Annex B line of a version. */
    public record Equipment(String category, int quantity, BigDecimal monthlyRate) { }

    /** An Annex C category of a version; {@code contributorProvided} false = provided by the UN. */
    public record Category(String category, boolean contributorProvided, BigDecimal ratePerPersonPerMonth) { }

    /** An MOU version that took effect. */
    public record Version(LocalDate effectiveFrom, LocalDate deployedOn, LocalDate repatriatedOn,
                          int authorisedStrength, BigDecimal factors, List<Equipment> equipment,
                          List<Category> categories) { }

    public record Contingent(long id, String reference, String memberState, List<Version> versions) { }

    /** {@code unitMonths}: quantity (or persons) × months summed over the months in service. */
    public record Line(long contingentId, String contingentReference, String memberState, Kind kind, String category,
                       BigDecimal unitMonths, int months, BigDecimal amount) { }

    public record Estimate(String ruleSet, YearMonth from, YearMonth to, List<Line> lines, BigDecimal majorEquipment,
                           BigDecimal selfSustainment, BigDecimal total) { }

    private CoeBudgetRule() { }

    /** Months of the period, both ends included; the caller checks 1..{@value #MAX_MONTHS}. */
    public static int months(YearMonth from, YearMonth to) {
        return (int) (from.until(to, java.time.temporal.ChronoUnit.MONTHS) + 1);
    }

    public static Estimate estimate(YearMonth from, YearMonth to, List<Contingent> contingents) {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("period ends before it starts");
        }
        List<Line> lines = new ArrayList<>();
        for (Contingent c : contingents) {
            Map<String, BigDecimal[]> acc = new LinkedHashMap<>();   // key kind|category → {amount, unitMonths, months}
            for (YearMonth m = from; !m.isAfter(to); m = m.plusMonths(1)) {
                Version v = inForce(c.versions(), m);
                if (v == null || !inService(v, m)) {
                    continue;
                }
                BigDecimal f = BigDecimal.ONE.add(v.factors() == null ? BigDecimal.ZERO : v.factors());
                java.util.Set<String> counted = new java.util.HashSet<>();
                for (Equipment e : v.equipment()) {
                    add(acc, counted, Kind.MAJOR_EQUIPMENT + "|" + e.category(), BigDecimal.valueOf(e.quantity())
                            .multiply(e.monthlyRate()).multiply(f), BigDecimal.valueOf(e.quantity()));
                }
                for (Category k : v.categories()) {
                    if (!k.contributorProvided() || k.ratePerPersonPerMonth() == null) {
                        continue;
                    }
                    BigDecimal persons = BigDecimal.valueOf(v.authorisedStrength());
                    add(acc, counted, Kind.SELF_SUSTAINMENT + "|" + k.category(),
                            k.ratePerPersonPerMonth().multiply(persons).multiply(f), persons);
                }
            }
            for (Map.Entry<String, BigDecimal[]> e : acc.entrySet()) {
                String[] key = e.getKey().split("\\|", 2);
                BigDecimal[] a = e.getValue();
                lines.add(new Line(c.id(), c.reference(), c.memberState(), Kind.valueOf(key[0]), key[1],
                        a[1].setScale(2, RoundingMode.HALF_EVEN), a[2].intValue(),
                        a[0].setScale(2, RoundingMode.HALF_EVEN)));
            }
        }
        lines.sort(Comparator.comparing(Line::memberState).thenComparing(Line::contingentReference)
                .thenComparing(Line::kind).thenComparing(Line::category));
        BigDecimal me = sum(lines, Kind.MAJOR_EQUIPMENT);
        BigDecimal ss = sum(lines, Kind.SELF_SUSTAINMENT);
        return new Estimate(ID, from, to, List.copyOf(lines), me, ss, me.add(ss));
    }

    private static void add(Map<String, BigDecimal[]> acc, java.util.Set<String> counted, String key, BigDecimal amount,
                            BigDecimal units) {
        BigDecimal[] a = acc.computeIfAbsent(key, k -> new BigDecimal[] {BigDecimal.ZERO, BigDecimal.ZERO,
                BigDecimal.ZERO});
        a[0] = a[0].add(amount);
        a[1] = a[1].add(units);
        if (counted.add(key)) {
            a[2] = a[2].add(BigDecimal.ONE);
        }
    }

    private static BigDecimal sum(List<Line> lines, Kind kind) {
        return lines.stream().filter(l -> l.kind() == kind).map(Line::amount).reduce(BigDecimal.ZERO, BigDecimal::add)
                .setScale(2, RoundingMode.HALF_EVEN);
    }

    /** The version in force on the first day of {@code month}: the latest taking effect on or before it. */
    static Version inForce(List<Version> versions, YearMonth month) {
        LocalDate first = month.atDay(1);
        Version found = null;
        for (Version v : versions) {
            if (!v.effectiveFrom().isAfter(first) && (found == null || v.effectiveFrom().isAfter(found.effectiveFrom()))) {
                found = v;
            }
        }
        return found;
    }

    static boolean inService(Version v, YearMonth month) {
        return !v.deployedOn().isAfter(month.atEndOfMonth())
                && (v.repatriatedOn() == null || !v.repatriatedOn().isBefore(month.atDay(1)));
    }

    /**
     * How much of a report's payment counts against one kind: {@code paid × kindCertified / reportCertified},
     * HALF_EVEN to the cent (0 when nothing was certified).
     */
    public static BigDecimal paidShare(BigDecimal paid, BigDecimal kindCertified, BigDecimal reportCertified) {
        if (paid == null || reportCertified == null || reportCertified.signum() == 0) {
            return BigDecimal.ZERO.setScale(2);
        }
        return paid.multiply(kindCertified).divide(reportCertified, 2, RoundingMode.HALF_EVEN);
    }
}
