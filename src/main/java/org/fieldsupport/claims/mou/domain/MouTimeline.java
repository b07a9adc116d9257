package org.fieldsupport.claims.mou.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.fieldsupport.claims.rules.domain.ContingentInput;
import org.fieldsupport.claims.rules.domain.IncompleteInputException;
import org.fieldsupport.claims.rules.domain.InputProblem;
import org.fieldsupport.claims.rules.domain.MonthStatement;
import org.fieldsupport.claims.rules.domain.RuleSet;
import org.fieldsupport.claims.rules.domain.Statement;

/**
 * A contingent's MOU over time: the versions that took effect (the original and its amendments), each with the
 * rule set's input built from that version. A month is computed with ONE version: the one in force on the
 * month's first day (effective dates are first days of months). Months before the first version are computed
 * with the first version (its deployment date, never before its effective month, makes them empty).
 * <p>
 * The rule set is unchanged: a period spanning an amendment is cut into runs of months that share a version,
 * each run is checked and computed by the rule set with that version's input, and the month statements are put
 * back in order; the total is the sum of the month totals (each already a sum of rounded lines), so the result
 * is exactly what the rule set gives month by month.
 */
public record MouTimeline(List<Version> versions) {

    /** A version in force from {@code effectiveFrom} (a first day of a month) with its rule-set input. */
    public record Version(int number, LocalDate effectiveFrom, ContingentInput input) { }

    /** Months {@code from}..{@code to} computed with one version. */
    public record Run(Version version, YearMonth from, YearMonth to) { }

    public MouTimeline {
        versions = versions.stream().sorted(Comparator.comparing(Version::effectiveFrom)).toList();
    }

    /** A contingent with a single MOU version (tests, the what-if calculator). */
    public static MouTimeline single(ContingentInput input) {
        return new MouTimeline(List.of(new Version(1, LocalDate.MIN, input)));
    }

    /** The version in force on the first day of {@code month} (the first version before it took effect). */
    public Version inForce(YearMonth month) {
        if (versions.isEmpty()) {
            throw new IllegalStateException("no MOU version");
        }
        LocalDate first = month.atDay(1);
        Version found = versions.get(0);
        for (Version v : versions) {
            if (!v.effectiveFrom().isAfter(first)) {
                found = v;
            }
        }
        return found;
    }

    /** The runs of consecutive months of {@code from}..{@code to} that share a version, in order. */
    public List<Run> runs(YearMonth from, YearMonth to) {
        List<Run> runs = new ArrayList<>();
        if (versions.isEmpty() || from == null || to == null || to.isBefore(from)) {
            return runs;
        }
        Version current = inForce(from);
        YearMonth start = from;
        for (YearMonth m = from.plusMonths(1); !m.isAfter(to); m = m.plusMonths(1)) {
            Version v = inForce(m);
            if (v != current) {
                runs.add(new Run(current, start, m.minusMonths(1)));
                current = v;
                start = m;
            }
        }
        runs.add(new Run(current, start, to));
        return runs;
    }

    /** Every problem of every run (each once), as the rule set names them; a missing MOU is a problem too. */
    public List<InputProblem> check(RuleSet ruleSet, YearMonth from, YearMonth to) {
        if (versions.isEmpty()) {
            return List.of(InputProblem.of("mouVersions", "claims.mou.input.noVersionInForce"));
        }
        List<Run> runs = runs(from, to);
        if (runs.isEmpty()) {   // period missing or reversed: the rule set names it
            return ruleSet.check(versions.get(0).input(), from, to);
        }
        Set<InputProblem> problems = new LinkedHashSet<>();
        for (Run run : runs) {
            problems.addAll(ruleSet.check(run.version().input(), run.from(), run.to()));
        }
        return List.copyOf(problems);
    }

    /**
     * The statement of months {@code from}..{@code to}, each month computed with its version.
     *
     * @throws IncompleteInputException when {@link #check} finds anything: nothing is computed then
     */
    public Statement calculate(RuleSet ruleSet, YearMonth from, YearMonth to) {
        if (!versions.isEmpty()) {
            List<Run> runs = runs(from, to);
            if (runs.size() <= 1) {
                // one version (or a period the rule set refuses): the rule set checks exactly what check() would
                ContingentInput only = runs.isEmpty() ? versions.get(0).input() : runs.get(0).version().input();
                return ruleSet.calculate(only, from, to);
            }
        }
        List<InputProblem> problems = check(ruleSet, from, to);
        if (!problems.isEmpty()) {
            throw new IncompleteInputException(problems);
        }
        List<MonthStatement> months = new ArrayList<>();
        BigDecimal total = BigDecimal.ZERO.setScale(2);
        String id = ruleSet.id();
        String currency = ruleSet.currency();
        for (Run run : runs(from, to)) {
            Statement part = ruleSet.calculate(run.version().input(), run.from(), run.to());
            months.addAll(part.months());
            total = total.add(part.total());
            id = part.ruleSetId();
            currency = part.currency();
        }
        return new Statement(id, currency, months, total);
    }
}
