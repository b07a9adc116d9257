package org.fieldsupport.budget.estimate.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.fieldsupport.budget.estimate.domain.CostEstimator;
import org.fieldsupport.budget.estimate.domain.CostGroup;
import org.fieldsupport.budget.estimate.domain.ExpenditureClass;
import org.fieldsupport.budget.performance.domain.VarianceAnalysis;
import org.fieldsupport.budget.shared.internal.BudgetAccess;
import org.fieldsupport.budget.shared.internal.BudgetPermissions;
import org.fieldsupport.claims.CoeBudgets;
import org.fieldsupport.platform.api.FieldErrors;
import org.fieldsupport.platform.api.MoneyInput;
import org.fieldsupport.platform.audit.DataChanged;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Cost parameters of BUDGET-2026-v1 as effective-dated reference data (table {@code bud_cost_parameter}): standard
 * annual salary cost per post by grade and duty station ({@code STANDARD_SALARY}, USD), vacancy factors by class
 * ({@code VACANCY_FACTOR}) and delayed-deployment factors by class ({@code DELAYED_DEPLOYMENT}), each for a duty
 * station or mission code or {@code *} (any). Troop-cost and COE rates are not kept here: they are read from the
 * claims module's rate tables ({@link CoeBudgets}). Also the variance-explanation thresholds
 * ({@code bud_variance_threshold}). Headquarters' budget officers add rows ({@link BudgetPermissions#PARAMETERS});
 * every budget reader reads them. A row is never changed: a new row with a later effective date replaces it.
 */
@Service("budgetCostParameters")
public class CostParameters {

    public enum Kind { STANDARD_SALARY, VACANCY_FACTOR, DELAYED_DEPLOYMENT }

    public static final String ANY = "*";

    private final JdbcClient jdbc;
    private final BudgetAccess access;
    private final CoeBudgets coe;
    private final ApplicationEventPublisher events;

    CostParameters(JdbcClient jdbc, BudgetAccess access, CoeBudgets coe, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.access = access;
        this.coe = coe;
        this.events = events;
    }

    public record Parameter(long id, Kind kind, String code, String dutyStation, LocalDate effectiveFrom,
                            BigDecimal amount, String currency, String source, String createdBy) { }

    public record Threshold(LocalDate effectiveFrom, BigDecimal amount, BigDecimal percent, String createdBy) { }

    /** Rates read from claims (not retyped): troop cost per person-month, COE rates in force. */
    public record ClaimsRates(LocalDate on, BigDecimal troopCostPerPersonMonth, List<CoeBudgets.EquipmentRate> equipment,
                              List<CoeBudgets.SelfSustainmentRate> selfSustainment) { }

    // ---- reading ----

    /** Every row (history included), newest first within a key; {@code kind} null = all. Needs budget read. */
    public List<Parameter> list(String kind) {
        requireReader();
        return jdbc.sql("SELECT * FROM bud_cost_parameter ORDER BY kind, code, duty_station, effective_from DESC")
                .query(CostParameters::parameter).list().stream()
                .filter(p -> kind == null || kind.isBlank() || p.kind().name().equals(kind)).toList();
    }

    /** The rows in force on {@code on} (the latest effective date not after it, per key). */
    public List<Parameter> inForce(LocalDate on) {
        requireReader();
        List<Parameter> out = new ArrayList<>();
        String lastKey = null;
        for (Parameter p : jdbc.sql("SELECT * FROM bud_cost_parameter WHERE effective_from <= ? "
                + "ORDER BY kind, code, duty_station, effective_from DESC").param(on).query(CostParameters::parameter).list()) {
            String key = p.kind() + "|" + p.code() + "|" + p.dutyStation();
            if (!key.equals(lastKey)) {
                out.add(p);
            }
            lastKey = key;
        }
        return out;
    }

    /**
     * The value in force on {@code on} for {@code code} at {@code dutyStation} (then at any duty station). No
     * permission check: the caller checked the user's access to the budget it fills.
     */
    public Optional<BigDecimal> value(Kind kind, String code, String dutyStation, LocalDate on) {
        return jdbc.sql("""
                SELECT amount FROM bud_cost_parameter WHERE kind = ? AND code = ? AND duty_station IN (?, '*')
                   AND effective_from <= ?
                 ORDER BY CASE WHEN duty_station = '*' THEN 1 ELSE 0 END, effective_from DESC FETCH FIRST 1 ROWS ONLY""")
                .params(kind.name(), code, dutyStation == null ? ANY : dutyStation, on).query(BigDecimal.class).optional();
    }

    public ClaimsRates claimsRates(LocalDate on) {
        requireReader();
        return new ClaimsRates(on, coe.troopCostRate(on).orElse(null), coe.equipmentRates(on), coe.selfSustainmentRates(on));
    }

    public List<Threshold> thresholds() {
        requireReader();
        return jdbc.sql("SELECT * FROM bud_variance_threshold ORDER BY effective_from DESC")
                .query((rs, n) -> new Threshold(rs.getObject("effective_from", LocalDate.class), rs.getBigDecimal("amount"),
                        rs.getBigDecimal("percent"), rs.getString("created_by"))).list();
    }

    public boolean mayEdit() {
        return access.may(BudgetPermissions.PARAMETERS, null);
    }

    // ---- writing ----

    /** Adds a row; every bad field named (400); an existing row for the same key and date is a 400 on effectiveFrom. */
    @Transactional
    public Parameter add(String kindText, String codeText, String dutyStationText, String effectiveFromText,
                         String amountText, String sourceText) {
        String user = access.require(BudgetPermissions.PARAMETERS, null);
        FieldErrors errors = new FieldErrors();
        Kind kind = null;
        if (kindText == null || kindText.isBlank()) {
            errors.add("kind", "NotBlank", "budget.field.required");
        } else {
            try {
                kind = Kind.valueOf(kindText.trim());
            } catch (IllegalArgumentException e) {
                errors.add("kind", "OneOf", "budget.parameter.kind.invalid", kindText);
            }
        }
        String code = codeText == null ? "" : codeText.trim().toUpperCase(Locale.ROOT);
        if (code.isEmpty()) {
            errors.add("code", "NotBlank", "budget.field.required");
        } else if (code.length() > 60) {
            errors.add("code", "Size", "budget.field.tooLong", 60);
        } else if (kind != null && kind != Kind.STANDARD_SALARY) {
            Optional<ExpenditureClass> cls = ExpenditureClass.of(code);
            CostGroup expected = kind == Kind.VACANCY_FACTOR ? CostGroup.II : CostGroup.I;
            if (cls.isEmpty() || cls.get().group() != expected) {
                errors.add("code", "UnknownClass", "budget.parameter.class", code, expected.name());
            }
        } else if (kind == Kind.STANDARD_SALARY && !code.matches("[A-Z]{1,4}-?[0-9A-Z]{0,3}")) {
            errors.add("code", "Pattern", "budget.parameter.grade", code);
        }
        String station = dutyStationText == null || dutyStationText.isBlank() ? ANY
                : dutyStationText.trim().toUpperCase(Locale.ROOT);
        if (station.length() > 60) {
            errors.add("dutyStation", "Size", "budget.field.tooLong", 60);
        }
        LocalDate from = date(effectiveFromText, "effectiveFrom", errors);
        BigDecimal amount = null;
        if (amountText == null || amountText.isBlank()) {
            errors.add("amount", "NotNull", "budget.field.required");
        } else {
            try {
                amount = new BigDecimal(amountText.trim());
                if (kind == Kind.STANDARD_SALARY) {
                    if (!MoneyInput.check(errors, "amount", amount, MoneyInput.Sign.POSITIVE)) {
                        amount = null;
                    }
                } else if (kind != null && (amount.signum() < 0 || amount.compareTo(BigDecimal.ONE) >= 0
                        || amount.stripTrailingZeros().scale() > 4)) {
                    errors.add("amount", "Range", "budget.parameter.factor");
                    amount = null;
                }
            } catch (NumberFormatException e) {
                errors.add("amount", "Decimal", "budget.field.decimal", amountText);
            }
        }
        String source = sourceText == null || sourceText.isBlank() ? null : sourceText.trim();
        if (source != null && source.length() > 200) {
            errors.add("source", "Size", "budget.field.tooLong", 200);
        }
        if (kind != null && !code.isEmpty() && from != null && jdbc.sql("""
                SELECT COUNT(*) FROM bud_cost_parameter WHERE kind = ? AND code = ? AND duty_station = ? AND effective_from = ?""")
                .params(kind.name(), code, station, from).query(Long.class).single() > 0) {
            errors.add("effectiveFrom", "Unique", "budget.parameter.exists", from.toString());
        }
        errors.throwIfAny();
        jdbc.sql("""
                INSERT INTO bud_cost_parameter (kind, code, duty_station, effective_from, amount, currency, source,
                    created_by, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(kind.name(), code, station, from, amount, kind == Kind.STANDARD_SALARY ? "USD" : null, source, user,
                        OffsetDateTime.now(ZoneOffset.UTC)).update();
        Parameter p = jdbc.sql("SELECT * FROM bud_cost_parameter WHERE kind = ? AND code = ? AND duty_station = ? "
                + "AND effective_from = ?").params(kind.name(), code, station, from).query(CostParameters::parameter).single();
        events.publishEvent(DataChanged.created("budget.cost-parameter", p.id(), p));
        return p;
    }

    /** Adds variance-explanation thresholds from a date (amount in USD, percent 0–100). */
    @Transactional
    public Threshold addThreshold(String effectiveFromText, String amountText, String percentText) {
        String user = access.require(BudgetPermissions.PARAMETERS, null);
        FieldErrors errors = new FieldErrors();
        LocalDate from = date(effectiveFromText, "effectiveFrom", errors);
        BigDecimal amount = null;
        if (amountText == null || amountText.isBlank()) {
            errors.add("amount", "NotNull", "budget.field.required");
        } else {
            try {
                amount = new BigDecimal(amountText.trim());
                if (!MoneyInput.check(errors, "amount", amount, MoneyInput.Sign.ANY)) {
                    amount = null;
                } else if (amount.signum() < 0) {
                    errors.add("amount", "PositiveOrZero", "budget.field.nonNegative");
                }
            } catch (NumberFormatException e) {
                errors.add("amount", "Decimal", "budget.field.decimal", amountText);
            }
        }
        BigDecimal percent = null;
        if (percentText == null || percentText.isBlank()) {
            errors.add("percent", "NotNull", "budget.field.required");
        } else {
            try {
                percent = new BigDecimal(percentText.trim());
                if (percent.signum() < 0 || percent.compareTo(BigDecimal.valueOf(100)) > 0
                        || percent.stripTrailingZeros().scale() > 4) {
                    errors.add("percent", "Range", "budget.threshold.percent");
                }
            } catch (NumberFormatException e) {
                errors.add("percent", "Decimal", "budget.field.decimal", percentText);
            }
        }
        if (from != null && jdbc.sql("SELECT COUNT(*) FROM bud_variance_threshold WHERE effective_from = ?").param(from)
                .query(Long.class).single() > 0) {
            errors.add("effectiveFrom", "Unique", "budget.parameter.exists", from.toString());
        }
        errors.throwIfAny();
        jdbc.sql("INSERT INTO bud_variance_threshold (effective_from, amount, percent, created_by, created_at) "
                        + "VALUES (?, ?, ?, ?, ?)")
                .params(from, amount.setScale(2, java.math.RoundingMode.UNNECESSARY), percent, user,
                        OffsetDateTime.now(ZoneOffset.UTC)).update();
        Threshold t = new Threshold(from, amount.setScale(2, java.math.RoundingMode.UNNECESSARY), percent, user);
        events.publishEvent(new DataChanged("budget.variance-threshold", from.toString(), DataChanged.Action.CREATE, null,
                Map.of("amount", t.amount(), "percent", t.percent())));
        return t;
    }

    /** The thresholds in force on {@code date} (defaults of the rule set when none). */
    public VarianceAnalysis.Thresholds thresholdsOn(LocalDate date) {
        return jdbc.sql("SELECT amount, percent FROM bud_variance_threshold WHERE effective_from <= ? "
                        + "ORDER BY effective_from DESC FETCH FIRST 1 ROWS ONLY").param(date)
                .query((rs, n) -> new VarianceAnalysis.Thresholds(rs.getBigDecimal(1), rs.getBigDecimal(2)))
                .optional().orElse(VarianceAnalysis.Thresholds.DEFAULT);
    }

    // ---- filling cost-estimate lines ----

    /**
     * Fills the rate fields a line leaves empty from the parameters in force on {@code on} for the mission (or
     * {@code dutyStation}): group II standard annual cost from the grade's standard salary cost and the vacancy
     * factor of the class; group I delayed-deployment factor of the class and, for contingents and formed police
     * units, the monthly rate from claims' troop-cost rate table. Fields the line gives are kept. A grade that has
     * no standard cost is named ({@code lines[i].grade}).
     */
    public CostEstimator.RawLine fill(CostEstimator.RawLine raw, String grade, String dutyStation, String missionCode,
                                      LocalDate on, String field, FieldErrors errors) {
        if (raw == null) {
            return null;
        }
        ExpenditureClass cls = ExpenditureClass.of(raw.cls()).orElse(null);
        if (cls == null) {
            return raw;
        }
        if (cls.group() != CostGroup.II && (!blank(grade) || !blank(dutyStation))) {
            errors.add(field + "." + (blank(grade) ? "dutyStation" : "grade"), "NotAllowed", "budget.estimate.field.notInGroup");
        }
        String station = dutyStation == null || dutyStation.isBlank() ? missionCode : dutyStation.trim().toUpperCase(Locale.ROOT);
        String monthlyRate = raw.monthlyRate();
        String delayed = raw.delayedDeploymentFactor();
        String annual = raw.standardAnnualCost();
        String vacancy = raw.vacancyRate();
        if (cls.group() == CostGroup.II) {
            if (blank(annual) && grade != null && !grade.isBlank()) {
                Optional<BigDecimal> v = value(Kind.STANDARD_SALARY, grade.trim().toUpperCase(Locale.ROOT), station, on);
                if (v.isEmpty()) {
                    errors.add(field + ".grade", "NoStandardCost", "budget.parameter.noStandardCost", grade, station, on);
                } else {
                    annual = v.get().toPlainString();
                }
            }
            if (blank(vacancy)) {
                vacancy = value(Kind.VACANCY_FACTOR, cls.name(), station, on).map(BigDecimal::toPlainString).orElse(null);
            }
        } else if (cls.group() == CostGroup.I) {
            if (blank(delayed)) {
                delayed = value(Kind.DELAYED_DEPLOYMENT, cls.name(), station, on).map(BigDecimal::toPlainString).orElse(null);
            }
            if (blank(monthlyRate) && (cls == ExpenditureClass.MILITARY_CONTINGENTS || cls == ExpenditureClass.FORMED_POLICE_UNITS)) {
                monthlyRate = coe.troopCostRate(on).map(BigDecimal::toPlainString).orElse(null);
            }
        }
        return new CostEstimator.RawLine(raw.cls(), raw.persons(), monthlyRate, raw.months(), delayed, raw.posts(), annual,
                vacancy, raw.quantity(), raw.unitCost());
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private void requireReader() {
        var missions = access.missions(BudgetPermissions.READ);
        if (missions != null && missions.isEmpty()) {
            throw new org.springframework.security.access.AccessDeniedException("no budget role");
        }
    }

    private static LocalDate date(String text, String field, FieldErrors errors) {
        if (text == null || text.isBlank()) {
            errors.add(field, "NotNull", "budget.field.required");
            return null;
        }
        try {
            LocalDate d = LocalDate.parse(text.trim());
            if (d.getYear() < 1990 || d.getYear() > 2199) {
                errors.add(field, "Range", "budget.field.date", text);
                return null;
            }
            return d;
        } catch (DateTimeParseException e) {
            errors.add(field, "Date", "budget.field.date", text);
            return null;
        }
    }

    static Parameter parameter(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        return new Parameter(rs.getLong("id"), Kind.valueOf(rs.getString("kind")), rs.getString("code"),
                rs.getString("duty_station"), rs.getObject("effective_from", LocalDate.class), rs.getBigDecimal("amount"),
                rs.getString("currency"), rs.getString("source"), rs.getString("created_by"));
    }
}
