package org.fieldsupport.claims.budgeting.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import org.fieldsupport.claims.CoeBudgets;
import org.fieldsupport.claims.rates.internal.RateTables;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The claims module's {@link CoeBudgets} API: stored estimates and the rate tables, read without a permission check. */
@Service
@Transactional(readOnly = true)
class CoeBudgetsApi implements CoeBudgets {

    private final CoeBudgetService estimates;
    private final RateTables rates;
    private final JdbcClient jdbc;

    CoeBudgetsApi(CoeBudgetService estimates, RateTables rates, JdbcClient jdbc) {
        this.estimates = estimates;
        this.rates = rates;
        this.jdbc = jdbc;
    }

    @Override
    public Optional<Estimate> latestEstimate(String missionCode, YearMonth month) {
        if (missionCode == null || missionCode.isBlank()) {
            return Optional.empty();
        }
        return estimates.latest(missionCode.trim().toUpperCase(java.util.Locale.ROOT), month).map(d -> {
            CoeBudgetService.Summary s = d.estimate();
            return new Estimate(s.id(), s.reference(), s.missionCode(), s.from(), s.to(), s.ruleSet(), s.currency(),
                    s.majorEquipment(), s.selfSustainment(), s.total(), d.lines().stream()
                    .map(l -> new Line(l.contingentReference(), l.memberState(), l.kind().name(), l.category(),
                            l.months(), l.amount()))
                    .toList());
        });
    }

    @Override
    public List<EquipmentRate> equipmentRates(LocalDate on) {
        return rates.equipmentRates(on).stream().map(r -> new EquipmentRate(r.edition(), r.code(), r.category(),
                r.description(), r.dryMonthly(), r.wetMonthly(), r.illustrative())).toList();
    }

    @Override
    public List<SelfSustainmentRate> selfSustainmentRates(LocalDate on) {
        return rates.selfSustainmentRates(on).stream().map(r -> new SelfSustainmentRate(r.edition(), r.category(),
                r.perPersonPerMonth(), r.illustrative())).toList();
    }

    @Override
    public Optional<BigDecimal> troopCostRate(LocalDate on) {
        return jdbc.sql("""
                SELECT per_person_per_month FROM claims_troop_cost_rate WHERE effective_from <= ?
                ORDER BY effective_from DESC FETCH FIRST 1 ROWS ONLY""")
                .param(on).query(BigDecimal.class).optional();
    }
}
