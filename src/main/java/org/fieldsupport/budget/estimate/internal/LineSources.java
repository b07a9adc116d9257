package org.fieldsupport.budget.estimate.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.fieldsupport.budget.estimate.domain.CostEstimator;
import org.fieldsupport.budget.estimate.domain.CostGroup;
import org.fieldsupport.budget.estimate.domain.ExpenditureClass;
import org.fieldsupport.budget.estimate.domain.LineSourceRules;
import org.fieldsupport.platform.api.RuleRefusal;
import org.fieldsupport.budget.shared.internal.BudgetAccess;
import org.fieldsupport.budget.shared.internal.BudgetPermissions;
import org.fieldsupport.claims.CoeBudgets;
import org.fieldsupport.claims.ContingentStrengths;
import org.fieldsupport.personnel.StaffingTables;
import org.fieldsupport.platform.api.FieldErrors;
import org.fieldsupport.platform.api.NotFoundException;
import org.fieldsupport.platform.audit.DataChanged;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Personnel lines of a budget filled from the other modules instead of retyped: group II (civilian personnel) from
 * personnel's staffing table ({@link StaffingTables}: authorised posts by grade, category and funding source for the
 * period, with the vacant posts), group I (military and police personnel) from claims' MOUs
 * ({@link ContingentStrengths}: authorised strength per contingent, months deployed in the period). Rates come from
 * the cost parameters in force on the period's start and claims' troop-cost rate, as for typed lines.
 * <p>
 * Each filled line keeps where its figures came from ({@link Budgets.LineSource}). A re-fill brings the lines back
 * to the sources (adds new grades and contingents, updates counts and rates, removes lines whose source is gone);
 * the officer may override a filled count with a reason: a re-fill then keeps the officer's count and shows the
 * source's next to it. {@link #drift} tells, on every read, whether the sources changed since the last fill.
 */
@Service("budgetLineSources")
public class LineSources {

    public static final String STAFFING_TABLE = "STAFFING_TABLE";
    public static final String MOU = "MOU";
    /** Rates' provenance codes (labels {@code budget.source.rates.<code>}). */
    static final String RATES_PARAMETERS = "PARAMETERS";
    static final String RATES_ACTUAL_VACANCY = "PARAMETERS_ACTUAL_VACANCY";
    static final String RATES_TROOP_COST = "TROOP_COST_PARAMETERS";

    private final JdbcClient jdbc;
    private final Budgets budgets;
    private final BudgetAccess access;
    private final CostParameters parameters;
    private final StaffingTables staffing;
    private final ContingentStrengths strengths;
    private final CoeBudgets coe;
    private final ApplicationEventPublisher events;

    LineSources(JdbcClient jdbc, Budgets budgets, BudgetAccess access, CostParameters parameters, StaffingTables staffing,
                ContingentStrengths strengths, CoeBudgets coe, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.budgets = budgets;
        this.access = access;
        this.parameters = parameters;
        this.staffing = staffing;
        this.strengths = strengths;
        this.coe = coe;
        this.events = events;
    }

    /** A line as the sources give it today. {@code rate}: standard annual cost (II) or monthly rate (I). */
    public record Proposed(String key, String source, ExpenditureClass cls, String ref, BigDecimal count, Integer vacant,
                           Integer months, BigDecimal rate, BigDecimal factor, String ratesRef) {
        CostEstimator.Line line(BigDecimal persons) {
            return cls.group() == CostGroup.I ? CostEstimator.Line.groupI(cls, persons, rate, months, factor)
                    : CostEstimator.Line.groupII(cls, persons, rate, months, factor);
        }
    }

    /** Something the sources hold that cannot be costed (message key and arguments, shown in the user's language). */
    public record Gap(String key, String source, String messageKey, List<Object> args) { }

    /**
     * The sources of a budget today: the proposed lines, what could not be costed, and the posts left out because
     * they are extrabudgetary.
     */
    public record Sources(LocalDate asOf, String staffingPeriod, int posts, int vacantPosts, int extrabudgetaryPosts,
                          int contingents, List<Proposed> lines, List<Gap> gaps) { }

    /** A filled line whose source changed since the fill ({@code CHANGED}, {@code NEW} or {@code GONE}). */
    public record Drift(String key, Long lineId, String change, BigDecimal filled, BigDecimal now) { }

    public record FillResult(Budgets.Budget budget, int added, int updated, int removed, int overridesKept,
                             List<Gap> gaps) { }

    // ---- reading ----

    /** What the sources give for the budget today (budget read permission). */
    public Sources preview(long budgetId) {
        return sources(budgets.get(budgetId));
    }

    /** The sources of the budget's mission and period, without a permission check (the caller checked). */
    public Sources sources(Budgets.Budget b) {
        LocalDate start = b.periodStart();
        LocalDate end = start.plusYears(1).minusDays(1);
        List<Proposed> lines = new ArrayList<>();
        List<Gap> gaps = new ArrayList<>();
        // group II: posts by class and grade (funding sources of one class summed)
        StaffingTables.Summary table = staffing.authorisedPosts(b.missionCode(), start);
        record Count(int authorised, int vacant) { }
        Map<String, Count> byKey = new TreeMap<>();
        int extrabudgetary = 0;
        for (StaffingTables.PostGroup g : table.groups()) {
            Optional<ExpenditureClass> cls = LineSourceRules.classOfPost(g.category(), g.fundingSource());
            if (cls.isEmpty()) {
                extrabudgetary += g.authorised();
                continue;
            }
            byKey.merge(cls.get().name() + "|" + g.grade(), new Count(g.authorised(), g.vacant()),
                    (a, c) -> new Count(a.authorised() + c.authorised(), a.vacant() + c.vacant()));
        }
        for (ExpenditureClass cls : ExpenditureClass.values()) {
            for (Map.Entry<String, Count> e : byKey.entrySet()) {
                if (!e.getKey().startsWith(cls.name() + "|")) {
                    continue;
                }
                String grade = e.getKey().substring(cls.name().length() + 1);
                String key = "II|" + e.getKey();
                Count c = e.getValue();
                Optional<BigDecimal> annual = parameters.value(CostParameters.Kind.STANDARD_SALARY, grade, b.missionCode(), start);
                if (annual.isEmpty()) {
                    gaps.add(new Gap(key, STAFFING_TABLE, "budget.source.gap.noStandardCost", List.of(grade, c.authorised(), start)));
                    continue;
                }
                Optional<BigDecimal> factor = parameters.value(CostParameters.Kind.VACANCY_FACTOR, cls.name(), b.missionCode(), start);
                String ratesRef = RATES_PARAMETERS;
                if (factor.isEmpty()) {
                    factor = LineSourceRules.actualVacancy(c.authorised(), c.vacant());
                    ratesRef = RATES_ACTUAL_VACANCY;
                }
                if (factor.isEmpty()) {
                    gaps.add(new Gap(key, STAFFING_TABLE, "budget.source.gap.allVacant", List.of(grade, c.authorised())));
                    continue;
                }
                lines.add(new Proposed(key, STAFFING_TABLE, cls, grade, BigDecimal.valueOf(c.authorised()), c.vacant(), 12,
                        annual.get(), factor.get(), ratesRef));
            }
        }
        // group I: one line per contingent deployed in the period
        List<ContingentStrengths.Strength> contingents = strengths.authorisedStrength(b.missionCode(), start, end);
        Optional<BigDecimal> troopCost = coe.troopCostRate(start);
        for (ContingentStrengths.Strength s : contingents) {
            ExpenditureClass cls = LineSourceRules.classOfContingent(s.formedPolice());
            String key = "I|" + s.contingentReference();
            if (troopCost.isEmpty()) {
                gaps.add(new Gap(key, MOU, "budget.source.gap.noTroopCost", List.of(s.contingentReference(), start)));
                continue;
            }
            BigDecimal delayed = parameters.value(CostParameters.Kind.DELAYED_DEPLOYMENT, cls.name(), b.missionCode(), start)
                    .orElse(BigDecimal.ZERO);
            String ref = s.contingentReference() + " · " + s.memberState() + " · " + s.unitType() + " · MOU v" + s.mouVersion()
                    + " (" + s.effectiveFrom() + ")";
            lines.add(new Proposed(key, MOU, cls, ref, BigDecimal.valueOf(s.authorisedStrength()), null, s.monthsInPeriod(),
                    troopCost.get(), delayed, RATES_TROOP_COST));
        }
        return new Sources(table.asOf(), table.budgetPeriod(), table.authorised(), table.vacant(), extrabudgetary,
                contingents.size(), lines, gaps);
    }

    /** The filled lines whose source changed since the fill, and the sources' lines not yet in the budget. */
    public List<Drift> drift(Budgets.Budget b, List<Budgets.EstimateLine> lines) {
        return drift(lines, () -> sources(b));
    }

    /** The same with the sources already read (one read of the other modules per page). */
    public List<Drift> drift(Sources now, List<Budgets.EstimateLine> lines) {
        return drift(lines, () -> now);
    }

    private List<Drift> drift(List<Budgets.EstimateLine> lines, java.util.function.Supplier<Sources> now) {
        Map<String, Budgets.EstimateLine> filled = new LinkedHashMap<>();
        for (Budgets.EstimateLine l : lines) {
            if (l.source() != null) {
                filled.put(l.source().key(), l);
            }
        }
        if (filled.isEmpty()) {
            return List.of(); // never filled: nothing drifts
        }
        List<Drift> out = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        Sources sources = now.get();
        sources.gaps().forEach(g -> seen.add(g.key())); // still in the source, only not costable: shown as a gap
        for (Proposed p : sources.lines()) {
            seen.add(p.key());
            Budgets.EstimateLine l = filled.get(p.key());
            if (l == null) {
                out.add(new Drift(p.key(), null, "NEW", null, p.count()));
            } else if (l.source().count() == null || l.source().count().compareTo(p.count()) != 0
                    || !java.util.Objects.equals(l.months(), p.months())) {
                out.add(new Drift(p.key(), l.id(), "CHANGED", l.source().count(), p.count()));
            }
        }
        for (Budgets.EstimateLine l : filled.values()) {
            if (!seen.contains(l.source().key()) && l.source().count() != null && l.source().count().signum() != 0) {
                out.add(new Drift(l.source().key(), l.id(), "GONE", l.source().count(), BigDecimal.ZERO));
            }
        }
        return out;
    }

    // ---- writing ----

    /** Fills or re-fills the budget's personnel lines from the sources (prepare permission, proposal in preparation). */
    @Transactional
    public FillResult fill(long budgetId) {
        Budgets.Budget b = budgets.get(budgetId);
        String user = access.require(BudgetPermissions.PREPARE, b.missionCode());
        Budgets.requireStatus(b, "DRAFT", "RETURNED");
        return apply(b, user);
    }

    /** Fills without a permission check (demo data). */
    @Transactional
    public FillResult fillAs(long budgetId, String user) {
        return apply(budgets.load(budgetId), user);
    }

    private FillResult apply(Budgets.Budget b, String user) {
        Sources sources = sources(b);
        Map<String, Budgets.EstimateLine> existing = new HashMap<>();
        for (Budgets.EstimateLine l : budgets.lines(b.id())) {
            if (l.source() != null) {
                existing.put(l.source().key(), l);
            }
        }
        int added = 0;
        int updated = 0;
        int removed = 0;
        int kept = 0;
        LocalDate asOf = sources.asOf();
        for (Proposed p : sources.lines()) {
            Budgets.EstimateLine l = existing.remove(p.key());
            if (l == null) {
                insert(b.id(), p, asOf);
                added++;
                continue;
            }
            BigDecimal count = l.source().overridden() ? l.count() : p.count();
            if (l.source().overridden()) {
                kept++;
            }
            jdbc.sql("""
                    UPDATE bud_estimate_line SET persons = ?, monthly_rate = ?, months = ?, delayed_factor = ?, posts = ?,
                        standard_annual_cost = ?, vacancy_rate = ?, amount = ?, source_ref = ?, source_count = ?,
                        source_vacant = ?, source_months = ?, source_as_of = ?, rates_ref = ? WHERE id = ?""")
                    .params(columns(p, count, asOf, l.id()).toArray()).update();
            events.publishEvent(DataChanged.updated("budget.estimate-line", l.id(), l, budgets.lines(b.id()).stream()
                    .filter(x -> x.id() == l.id()).findFirst().orElse(null)));
            updated++;
        }
        Set<String> gapKeys = new LinkedHashSet<>();
        sources.gaps().forEach(g -> gapKeys.add(g.key()));
        for (Budgets.EstimateLine l : existing.values()) {
            if (gapKeys.contains(l.source().key())) {
                continue; // the source still holds it; the gap is shown, the line is not dropped
            }
            if (l.source().overridden()) {
                jdbc.sql("UPDATE bud_estimate_line SET source_count = 0, source_vacant = NULL, source_as_of = ? WHERE id = ?")
                        .params(asOf, l.id()).update();
                kept++;
            } else {
                jdbc.sql("DELETE FROM bud_estimate_line WHERE id = ?").param(l.id()).update();
                events.publishEvent(DataChanged.deleted("budget.estimate-line", l.id(), l));
                removed++;
            }
        }
        Budgets.Budget after = budgets.retotal(b);
        events.publishEvent(DataChanged.created("budget.source-fill", b.id(), Map.of("budget", b.reference(), "by", user,
                "added", added, "updated", updated, "removed", removed, "overridesKept", kept,
                "gaps", sources.gaps().stream().map(Gap::key).toList())));
        return new FillResult(after, added, updated, removed, kept, sources.gaps());
    }

    private void insert(long budgetId, Proposed p, LocalDate asOf) {
        CostEstimator.Line line = p.line(p.count());
        jdbc.sql("""
                INSERT INTO bud_estimate_line (budget_id, class_code, group_code, description, persons, monthly_rate, months,
                    delayed_factor, posts, standard_annual_cost, vacancy_rate, quantity, unit_cost, amount, source,
                    source_key, source_ref, source_count, source_vacant, source_months, source_as_of, rates_ref)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, NULL, NULL, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(budgetId, p.cls().name(), p.cls().group().name(), p.cls().group() == CostGroup.II ? p.ref()
                                : p.ref().substring(0, p.ref().indexOf(" · MOU")), line.persons(), line.monthlyRate(),
                        line.months(), line.delayedDeploymentFactor(), line.posts(), line.standardAnnualCost(),
                        line.vacancyRate(), CostEstimator.amount(line), p.source(), p.key(), p.ref(), p.count(), p.vacant(),
                        p.cls().group() == CostGroup.I ? p.months() : null, asOf, p.ratesRef())
                .update();
        Long id = jdbc.sql("SELECT MAX(id) FROM bud_estimate_line WHERE budget_id = ? AND source_key = ?")
                .params(budgetId, p.key()).query(Long.class).single();
        events.publishEvent(DataChanged.created("budget.estimate-line", id, Map.of("class", p.cls().name(),
                "source", p.source(), "key", p.key(), "count", p.count())));
    }

    private static List<Object> columns(Proposed p, BigDecimal count, LocalDate asOf, long id) {
        CostEstimator.Line line = p.line(count);
        List<Object> values = new ArrayList<>();
        values.add(line.persons());
        values.add(line.monthlyRate());
        values.add(line.months());
        values.add(line.delayedDeploymentFactor());
        values.add(line.posts());
        values.add(line.standardAnnualCost());
        values.add(line.vacancyRate());
        values.add(CostEstimator.amount(line));
        values.add(p.ref());
        values.add(p.count());
        values.add(p.vacant());
        values.add(p.cls().group() == CostGroup.I ? p.months() : null);
        values.add(asOf);
        values.add(p.ratesRef());
        values.add(id);
        return values;
    }

    /**
     * The officer replaces a filled line's count (persons or posts) with {@code value}, giving the reason; the source's
     * count stays next to it and a re-fill keeps the officer's. Audited with the reason.
     */
    @Transactional
    public Budgets.Budget override(long budgetId, long lineId, String value, String reason) {
        Budgets.Budget b = budgets.get(budgetId);
        String user = access.require(BudgetPermissions.PREPARE, b.missionCode());
        FieldErrors errors = new FieldErrors();
        BigDecimal count = null;
        if (value == null || value.isBlank()) {
            errors.add("value", "NotNull", "budget.field.required");
        } else {
            try {
                count = new BigDecimal(value.trim());
                if (count.signum() < 0) {
                    errors.add("value", "PositiveOrZero", "budget.field.nonNegative");
                } else if (count.stripTrailingZeros().scale() > 4 || count.compareTo(BigDecimal.valueOf(10_000_000)) > 0) {
                    errors.add("value", "Range", "budget.source.override.range");
                }
            } catch (NumberFormatException e) {
                errors.add("value", "Decimal", "budget.field.decimal", value);
            }
        }
        if (reason == null || reason.isBlank()) {
            errors.add("reason", "NotBlank", "budget.field.required");
        } else if (reason.length() > 2000) {
            errors.add("reason", "Size", "budget.field.tooLong", 2000);
        }
        errors.throwIfAny();
        Budgets.requireStatus(b, "DRAFT", "RETURNED");
        Budgets.EstimateLine before = line(b.id(), lineId);
        if (before.source() == null) {
            throw RuleRefusal.of("budget", "not-a-source-line", "budget.refusal.not-a-source-line", lineId);
        }
        writeCount(before, count, reason.trim(), user);
        events.publishEvent(DataChanged.updated("budget.estimate-line", lineId, before, line(b.id(), lineId)));
        return budgets.retotal(b);
    }

    /** Back to the source's count (the override's reason stays in the audit trail). */
    @Transactional
    public Budgets.Budget clearOverride(long budgetId, long lineId) {
        Budgets.Budget b = budgets.get(budgetId);
        access.require(BudgetPermissions.PREPARE, b.missionCode());
        Budgets.requireStatus(b, "DRAFT", "RETURNED");
        Budgets.EstimateLine before = line(b.id(), lineId);
        if (before.source() == null || !before.source().overridden()) {
            throw RuleRefusal.of("budget", "not-overridden", "budget.refusal.not-overridden", lineId);
        }
        writeCount(before, before.source().count(), null, null);
        events.publishEvent(DataChanged.updated("budget.estimate-line", lineId, before, line(b.id(), lineId)));
        return budgets.retotal(b);
    }

    /** Overrides the count without a permission check (demo data). */
    @Transactional
    public void overrideAs(long budgetId, String key, BigDecimal count, String reason, String user) {
        Budgets.EstimateLine l = budgets.lines(budgetId).stream().filter(x -> x.source() != null && x.source().key().equals(key))
                .findFirst().orElseThrow(() -> new NotFoundException("Budget line", key));
        writeCount(l, count, reason, user);
        budgets.retotal(budgets.load(budgetId));
    }

    /** The line's count (persons or posts) and amount; with a reason = overridden by {@code user}, without = the source's. */
    private void writeCount(Budgets.EstimateLine l, BigDecimal count, String reason, String user) {
        CostEstimator.Line changed = recosted(l, count);
        jdbc.sql("""
                UPDATE bud_estimate_line SET persons = ?, posts = ?, amount = ?, override_reason = ?, overridden_by = ?,
                    overridden_at = ? WHERE id = ?""")
                .params(changed.persons(), changed.posts(), CostEstimator.amount(changed), reason, user,
                        reason == null ? null : OffsetDateTime.now(ZoneOffset.UTC), l.id()).update();
    }

    private Budgets.EstimateLine line(long budgetId, long lineId) {
        return budgets.lines(budgetId).stream().filter(l -> l.id() == lineId).findFirst()
                .orElseThrow(() -> new NotFoundException("Budget line", lineId));
    }

    private static CostEstimator.Line recosted(Budgets.EstimateLine l, BigDecimal count) {
        return l.group() == CostGroup.I
                ? CostEstimator.Line.groupI(l.cls(), count, l.monthlyRate(), l.months(), l.delayedDeploymentFactor())
                : CostEstimator.Line.groupII(l.cls(), count, l.standardAnnualCost(), l.months(), l.vacancyRate());
    }
}
