package org.fieldsupport.budget.execution.internal;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.fieldsupport.budget.estimate.domain.ExpenditureClass;
import org.fieldsupport.budget.estimate.domain.Money;
import org.fieldsupport.budget.estimate.internal.Budgets;
import org.fieldsupport.budget.execution.domain.RedeploymentRule;
import org.fieldsupport.platform.api.RuleRefusal;
import org.fieldsupport.budget.shared.internal.BudgetAccess;
import org.fieldsupport.budget.shared.internal.BudgetPermissions;
import org.fieldsupport.organization.AuthorityCheck;
import org.fieldsupport.organization.AuthorityDecision;
import org.fieldsupport.organization.DelegationLink;
import org.fieldsupport.organization.DelegationsOfAuthority;
import org.fieldsupport.platform.api.FieldErrors;
import org.fieldsupport.platform.api.NotFoundException;
import org.fieldsupport.platform.api.MoneyInput;
import org.fieldsupport.platform.api.TabularFile;
import org.fieldsupport.platform.audit.DataChanged;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Budget execution: allotments issued by the Controller by class, commitments and expenditure imported from the
 * ERP (all or nothing), availability by class (allotment − commitments − expenditure), the monthly expenditure
 * pattern, and redeployments between classes (BUDGET-2026-v1: the mission under a delegation of authority within
 * a group, the Controller across groups).
 */
@Service("budgetExecution")
public class Execution {

    public static final List<String> IMPORT_COLUMNS = List.of("document_number", "posting_date", "fund", "funds_center",
            "class", "value_type", "amount_usd");

    private final JdbcClient jdbc;
    private final JdbcTemplate template;
    private final Budgets budgets;
    private final BudgetAccess access;
    private final DelegationsOfAuthority delegations;
    private final ApplicationEventPublisher events;

    Execution(JdbcClient jdbc, JdbcTemplate template, Budgets budgets, BudgetAccess access,
              DelegationsOfAuthority delegations, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.template = template;
        this.budgets = budgets;
        this.access = access;
        this.delegations = delegations;
        this.events = events;
    }

    public record Availability(ExpenditureClass cls, BigDecimal allotment, BigDecimal commitments,
                               BigDecimal expenditure, BigDecimal available) { }

    public record Redeployment(long id, String reference, long budgetId, ExpenditureClass fromClass,
                               ExpenditureClass toClass, BigDecimal amount, String justification, String approvalLevel,
                               String status, String requestedBy, String decidedBy, String delegation) { }

    public record ImportResult(long importId, int lines, BigDecimal total) { }

    // ---- allotments and availability ----

    /** The delegation-of-authority type an allotment needs (the register's code; contributed by the organisation). */
    public static final String ALLOTMENT_AUTHORITY = "BUDGET_ALLOTMENT";

    /**
     * Sets the allotment of a class (the Controller): a decision on money, so it needs a live delegation of authority
     * of type {@value #ALLOTMENT_AUTHORITY} covering the resulting allotment of the class in USD, the budget's mission
     * and today; the register logs the use (or the refusal) and the allotment keeps the chain used.
     */
    @Transactional
    public Availability allot(long budgetId, String classCode, String amountText) {
        Budgets.Budget b = budgets.get(budgetId);
        String user = access.require(BudgetPermissions.ALLOT, b.missionCode());
        FieldErrors errors = new FieldErrors();
        ExpenditureClass cls = ExpenditureClass.of(classCode).orElse(null);
        if (cls == null) {
            errors.add("class", "UnknownClass", "budget.class.unknown", classCode);
        }
        BigDecimal amount = money(amountText, "amount", errors);
        errors.throwIfAny();
        Budgets.requireStatus(b, "SENT_TO_CONTROLLER");
        AuthorityDecision d = delegations.checkAndRecordUse(AuthorityCheck.forAmount(user, ALLOTMENT_AUTHORITY,
                b.missionCode(), amount, "USD", null), "budget allotment", b.reference() + " " + cls.name());
        if (d instanceof AuthorityDecision.Refused refused) {
            throw RuleRefusal.of("budget", "no-delegation", refused.messageKey(), refused.args().toArray());
        }
        setAllotment(budgetId, cls, amount);
        jdbc.sql("INSERT INTO bud_allotment_decision (budget_id, class_code, amount, delegation, decided_by, decided_at)"
                        + " VALUES (?, ?, ?, ?, ?, ?)")
                .params(budgetId, cls.name(), Money.cents(amount), chain(d.chain()), user,
                        OffsetDateTime.now(ZoneOffset.UTC)).update();
        return availability(budgetId).get(cls);
    }

    /** Sets an allotment without a permission check (demo data). */
    @Transactional
    public void setAllotment(long budgetId, ExpenditureClass cls, BigDecimal amount) {
        BigDecimal before = jdbc.sql("SELECT amount FROM bud_allotment WHERE budget_id = ? AND class_code = ?")
                .params(budgetId, cls.name()).query(BigDecimal.class).optional().orElse(null);
        if (before == null) {
            jdbc.sql("INSERT INTO bud_allotment (budget_id, class_code, amount) VALUES (?, ?, ?)")
                    .params(budgetId, cls.name(), Money.cents(amount)).update();
        } else {
            jdbc.sql("UPDATE bud_allotment SET amount = ?, version = version + 1 WHERE budget_id = ? AND class_code = ?")
                    .params(Money.cents(amount), budgetId, cls.name()).update();
        }
        events.publishEvent(new DataChanged("budget.allotment", budgetId + ":" + cls.name(),
                before == null ? DataChanged.Action.CREATE : DataChanged.Action.UPDATE,
                before == null ? null : Map.of("amount", before), Map.of("amount", Money.cents(amount))));
    }

    /** Availability of a budget the user may read (404 otherwise). */
    public Map<ExpenditureClass, Availability> availabilityChecked(long budgetId) {
        budgets.get(budgetId);
        return availability(budgetId);
    }

    /** Availability by class (classes with an allotment or ERP lines), in class order. */
    public Map<ExpenditureClass, Availability> availability(long budgetId) {
        Map<ExpenditureClass, BigDecimal[]> sums = new EnumMap<>(ExpenditureClass.class);
        jdbc.sql("SELECT class_code, amount FROM bud_allotment WHERE budget_id = ?").param(budgetId)
                .query(rs -> {
                    sums.computeIfAbsent(ExpenditureClass.valueOf(rs.getString(1)), c -> zeros())[0] = rs.getBigDecimal(2);
                });
        jdbc.sql("SELECT class_code, kind, SUM(amount) FROM bud_erp_line WHERE budget_id = ? GROUP BY class_code, kind")
                .param(budgetId).query(rs -> {
                    BigDecimal[] s = sums.computeIfAbsent(ExpenditureClass.valueOf(rs.getString(1)), c -> zeros());
                    s["COMMITMENT".equals(rs.getString(2)) ? 1 : 2] = rs.getBigDecimal(3);
                });
        Map<ExpenditureClass, Availability> out = new LinkedHashMap<>();
        sums.forEach((c, s) -> out.put(c, new Availability(c, Money.cents(s[0]), Money.cents(s[1]), Money.cents(s[2]),
                Money.cents(s[0].subtract(s[1]).subtract(s[2])))));
        return out;
    }

    /** Commitments plus expenditure by class (what the performance report compares with the apportionment). */
    public Map<ExpenditureClass, BigDecimal> spentByClass(long budgetId) {
        Map<ExpenditureClass, BigDecimal> out = new EnumMap<>(ExpenditureClass.class);
        availability(budgetId).forEach((c, a) -> out.put(c, a.commitments().add(a.expenditure())));
        return out;
    }

    /** Expenditure by month of the period (12 months, zero when nothing was posted). */
    public Map<YearMonth, BigDecimal> monthlyPattern(long budgetId) {
        Budgets.Budget b = budgets.load(budgetId);
        Map<YearMonth, BigDecimal> out = new TreeMap<>();
        YearMonth first = YearMonth.from(b.periodStart());
        for (int i = 0; i < 12; i++) {
            out.put(first.plusMonths(i), Money.ZERO);
        }
        jdbc.sql("SELECT posting_month, SUM(amount) FROM bud_erp_line WHERE budget_id = ? AND kind = 'EXPENDITURE' "
                        + "GROUP BY posting_month").param(budgetId)
                .query(rs -> {
                    out.merge(YearMonth.from(rs.getObject(1, LocalDate.class)), rs.getBigDecimal(2), BigDecimal::add);
                });
        return out;
    }

    // ---- ERP import ----

    /** A template of the ERP extract (CSV or XLSX) with one example row. */
    public byte[] template(boolean xlsx) {
        Map<String, String> row = Map.of("document_number", "4500123456", "posting_date", "2026-07-15", "fund", "MSA",
                "funds_center", "MINUSCA", "class", "FACILITIES_AND_INFRASTRUCTURE", "value_type", "EXPENDITURE",
                "amount_usd", "125000.00");
        return xlsx ? TabularFile.xlsx("ERP extract", IMPORT_COLUMNS, List.of(row)) : TabularFile.csv(IMPORT_COLUMNS, List.of(row));
    }

    /** Imports an ERP extract into a budget: every row checked, all problems listed, nothing stored when any. */
    @Transactional
    public ImportResult importExtract(long budgetId, String fileName, byte[] content) {
        Budgets.Budget b = budgets.get(budgetId);
        String user = access.require(BudgetPermissions.IMPORT, b.missionCode());
        return importAs(b, fileName, content, user);
    }

    /** The import after the permission check (also used by the demo data, as "system"). */
    @Transactional
    public ImportResult importAs(Budgets.Budget b, String fileName, byte[] content, String user) {
        long budgetId = b.id();
        TabularFile.Table table = TabularFile.read(fileName, content, "file");
        List<TabularFile.CellProblem> problems = new ArrayList<>();
        for (String c : IMPORT_COLUMNS) {
            if (!table.header().contains(c)) {
                problems.add(new TabularFile.CellProblem(null, 0, c, "budget.import.column.missing", c));
            }
        }
        if (table.rows().isEmpty()) {
            problems.add(new TabularFile.CellProblem(null, 0, "file", "budget.import.empty"));
        }
        TabularFile.refuseIfAny(problems);
        LocalDate periodEnd = b.periodStart().plusYears(1).minusDays(1);
        List<Object[]> rows = new ArrayList<>();
        BigDecimal total = Money.ZERO;
        int n = 0;
        for (Map<String, String> r : table.rows()) {
            n++;
            String document = r.get("document_number");
            if (document == null || document.isBlank() || document.length() > 60) {
                problems.add(new TabularFile.CellProblem(null, n, "document_number", "budget.import.document"));
            }
            LocalDate date = null;
            try {
                date = LocalDate.parse(r.get("posting_date"));
                if (date.isBefore(b.periodStart()) || date.isAfter(periodEnd)) {
                    problems.add(new TabularFile.CellProblem(null, n, "posting_date", "budget.import.date.outside",
                            r.get("posting_date"), b.period()));
                    date = null;
                }
            } catch (DateTimeParseException | NullPointerException e) {
                problems.add(new TabularFile.CellProblem(null, n, "posting_date", "budget.import.date", r.get("posting_date")));
            }
            if (!b.fund().equals(r.get("fund"))) {
                problems.add(new TabularFile.CellProblem(null, n, "fund", "budget.import.fund", r.get("fund"), b.fund()));
            }
            if (!b.missionCode().equals(r.get("funds_center"))) {
                problems.add(new TabularFile.CellProblem(null, n, "funds_center", "budget.import.fundsCenter",
                        r.get("funds_center"), b.missionCode()));
            }
            ExpenditureClass cls = ExpenditureClass.of(r.get("class")).orElse(null);
            if (cls == null) {
                problems.add(new TabularFile.CellProblem(null, n, "class", "budget.class.unknown", r.get("class")));
            }
            String kind = r.get("value_type");
            if (!"COMMITMENT".equals(kind) && !"EXPENDITURE".equals(kind)) {
                problems.add(new TabularFile.CellProblem(null, n, "value_type", "budget.import.valueType", kind));
            }
            BigDecimal amount = null;
            try {
                amount = new BigDecimal(r.get("amount_usd"));
                if (amount.scale() > 2) {
                    problems.add(new TabularFile.CellProblem(null, n, "amount_usd", "budget.import.amount.cents", r.get("amount_usd")));
                    amount = null;
                } else if (!MoneyInput.fits(amount)) { // 1e999 is a number, not an amount the ledger can hold
                    problems.add(new TabularFile.CellProblem(null, n, "amount_usd", "platform.money.digits",
                            MoneyInput.INTEGER_DIGITS, MoneyInput.DECIMALS));
                    amount = null;
                }
            } catch (NumberFormatException | NullPointerException e) {
                problems.add(new TabularFile.CellProblem(null, n, "amount_usd", "budget.import.amount", r.get("amount_usd")));
            }
            if (date != null && cls != null && amount != null) {
                rows.add(new Object[] {budgetId, cls.name(), kind, date.withDayOfMonth(1), document, Money.cents(amount)});
                total = total.add(Money.cents(amount));
            }
        }
        if (!MoneyInput.fits(total)) { // each amount fits, their sum does not: the file as a whole is refused
            problems.add(new TabularFile.CellProblem(null, 0, "amount_usd", "budget.import.total", total.toPlainString()));
        }
        TabularFile.refuseIfAny(problems);
        jdbc.sql("INSERT INTO bud_erp_import (budget_id, file_name, line_count, total, imported_by, imported_at) "
                        + "VALUES (?, ?, ?, ?, ?, ?)")
                .params(budgetId, fileName == null ? "extract.csv" : fileName, rows.size(), total, user,
                        OffsetDateTime.ofInstant(Instant.now(), ZoneOffset.UTC)).update();
        long importId = jdbc.sql("SELECT MAX(id) FROM bud_erp_import WHERE budget_id = ?").param(budgetId)
                .query(Long.class).single();
        for (Object[] row : rows) {
            row[0] = importId;
        }
        if (!copyLines(importId, budgetId, rows)) {
            template.batchUpdate("INSERT INTO bud_erp_line (import_id, budget_id, class_code, kind, posting_month, document, amount) "
                    + "VALUES (?, " + budgetId + ", ?, ?, ?, ?, ?)", rows);
        }
        events.publishEvent(DataChanged.created("budget.erp-import", importId,
                Map.of("budget", b.reference(), "file", String.valueOf(fileName), "lines", rows.size(), "total", total)));
        return new ImportResult(importId, rows.size(), total);
    }

    /** The PostgreSQL driver's connection interface, when that driver is present (null otherwise: H2 uses the batch). */
    private static final Class<?> PG_CONNECTION = driverClass("org.postgresql.PGConnection");
    private static final Class<?> PG_COPY_MANAGER = driverClass("org.postgresql.copy.CopyManager");

    private static Class<?> driverClass(String name) {
        try {
            return Class.forName(name);
        } catch (ClassNotFoundException | LinkageError e) {
            return null;
        }
    }

    /**
     * On PostgreSQL, writes the checked lines with the driver's {@code COPY ... FROM STDIN} on the transaction's own
     * connection (so the import stays all or nothing); answers false elsewhere (the caller uses a JDBC batch). The
     * driver is a runtime dependency, hence the reflective call. Rows: import, class, kind, month, document, amount.
     */
    private boolean copyLines(long importId, long budgetId, List<Object[]> rows) {
        if (PG_CONNECTION == null || PG_COPY_MANAGER == null || template.getDataSource() == null) {
            return false;
        }
        javax.sql.DataSource ds = template.getDataSource();
        java.sql.Connection con = org.springframework.jdbc.datasource.DataSourceUtils.getConnection(ds);
        try {
            if (!con.isWrapperFor(PG_CONNECTION)) {
                return false;
            }
            Object pg = con.unwrap(PG_CONNECTION);
            Object copy = PG_CONNECTION.getMethod("getCopyAPI").invoke(pg);
            StringBuilder csv = new StringBuilder(rows.size() * 80);
            for (Object[] r : rows) {
                csv.append(importId).append(',').append(budgetId).append(',').append(r[1]).append(',').append(r[2])
                        .append(',').append(r[3]).append(",\"").append(((String) r[4]).replace("\"", "\"\"")).append("\",")
                        .append(((BigDecimal) r[5]).toPlainString()).append('\n');
            }
            PG_COPY_MANAGER.getMethod("copyIn", String.class, java.io.Reader.class).invoke(copy,
                    "COPY bud_erp_line (import_id, budget_id, class_code, kind, posting_month, document, amount) "
                            + "FROM STDIN (FORMAT csv)", new java.io.StringReader(csv.toString()));
            return true;
        } catch (java.lang.reflect.InvocationTargetException e) {
            Throwable cause = e.getCause();
            throw cause instanceof RuntimeException re ? re
                    : new org.springframework.dao.DataAccessResourceFailureException("COPY of ERP lines failed", cause);
        } catch (ReflectiveOperationException | java.sql.SQLException e) {
            throw new org.springframework.dao.DataAccessResourceFailureException("COPY of ERP lines failed", e);
        } finally {
            org.springframework.jdbc.datasource.DataSourceUtils.releaseConnection(con, ds);
        }
    }

    // ---- redeployments ----

    public List<Redeployment> redeployments(long budgetId) {
        return jdbc.sql("SELECT * FROM bud_redeployment WHERE budget_id = ? ORDER BY id DESC").param(budgetId)
                .query(Execution::redeployment).list();
    }

    /** Redeployments of every budget the user may read; {@code status} null = all. */
    public List<Redeployment> visibleRedeployments(String status) {
        java.util.Set<Long> visible = new java.util.HashSet<>();
        budgets.list().forEach(b -> visible.add(b.id()));
        return jdbc.sql("SELECT * FROM bud_redeployment ORDER BY requested_at DESC, id DESC").query(Execution::redeployment)
                .list().stream().filter(r -> visible.contains(r.budgetId()))
                .filter(r -> status == null || status.equals(r.status())).toList();
    }

    /** A redeployment without the visibility check (after the caller checked). */
    Redeployment find(String reference) {
        return jdbc.sql("SELECT * FROM bud_redeployment WHERE reference = ?").param(reference)
                .query(Execution::redeployment).optional().orElseThrow(() -> new NotFoundException("Redeployment", reference));
    }

    public Redeployment redeployment(String reference) {
        Redeployment r = jdbc.sql("SELECT * FROM bud_redeployment WHERE reference = ?").param(reference)
                .query(Execution::redeployment).optional().orElseThrow(() -> new NotFoundException("Redeployment", reference));
        budgets.get(r.budgetId()); // visibility
        return r;
    }

    /** Requests a redeployment: answers the approval level; refused when above the unspent allotment. */
    @Transactional
    public Redeployment request(long budgetId, String fromCode, String toCode, String amountText, String justification) {
        Budgets.Budget b = budgets.get(budgetId);
        String user = access.require(BudgetPermissions.REDEPLOY_REQUEST, b.missionCode());
        FieldErrors errors = new FieldErrors();
        ExpenditureClass from = ExpenditureClass.of(fromCode).orElse(null);
        ExpenditureClass to = ExpenditureClass.of(toCode).orElse(null);
        if (from == null) {
            errors.add("fromClass", "UnknownClass", "budget.class.unknown", fromCode);
        }
        if (to == null) {
            errors.add("toClass", "UnknownClass", "budget.class.unknown", toCode);
        } else if (to == from) {
            errors.add("toClass", "Different", "budget.redeployment.sameClass");
        }
        BigDecimal amount = money(amountText, "amount", errors);
        if (amount != null && amount.signum() == 0) {
            errors.add("amount", "Positive", "budget.field.positive");
        }
        if (justification == null || justification.isBlank()) {
            errors.add("justification", "NotBlank", "budget.field.required");
        } else if (justification.length() > 2000) {
            errors.add("justification", "Size", "budget.field.tooLong", 2000);
        }
        errors.throwIfAny();
        refuseAboveUnspent(budgetId, from, amount);
        return create(b, from, to, amount, justification.trim(), user);
    }

    /** Records a checked redeployment request (also used by the demo data). */
    @Transactional
    public Redeployment create(Budgets.Budget b, ExpenditureClass from, ExpenditureClass to, BigDecimal amount,
                               String justification, String user) {
        long budgetId = b.id();
        String level = RedeploymentRule.approvalLevel(from, to).name();
        long seq = jdbc.sql("SELECT COUNT(*) FROM bud_redeployment WHERE budget_id = ?").param(budgetId).query(Long.class).single() + 1;
        String reference = b.reference().replace("BUD-", "RDP-") + "-" + String.format("%03d", seq);
        while (jdbc.sql("SELECT COUNT(*) FROM bud_redeployment WHERE reference = ?").param(reference).query(Long.class).single() > 0) {
            seq++;
            reference = b.reference().replace("BUD-", "RDP-") + "-" + String.format("%03d", seq);
        }
        jdbc.sql("""
                INSERT INTO bud_redeployment (reference, budget_id, from_class, to_class, amount, justification,
                    approval_level, status, requested_by, requested_at) VALUES (?, ?, ?, ?, ?, ?, ?, 'REQUESTED', ?, ?)""")
                .params(reference, budgetId, from.name(), to.name(), Money.cents(amount), justification, level, user,
                        OffsetDateTime.now(ZoneOffset.UTC)).update();
        Redeployment r = find(reference);
        events.publishEvent(DataChanged.created("budget.redeployment", r.id(), r));
        return r;
    }

    /**
     * Approves a redeployment and moves the allotments. Within a group: a mission approver holding a delegation of
     * authority for budget redeployment covering the mission and the amount (the use is logged). Across groups: the
     * Controller.
     */
    @Transactional
    public Redeployment approve(String reference) {
        Redeployment r = redeployment(reference);
        Budgets.Budget b = budgets.load(r.budgetId());
        String delegation = null;
        String user;
        if (RedeploymentRule.ApprovalLevel.MISSION.name().equals(r.approvalLevel())) {
            user = access.require(BudgetPermissions.REDEPLOY_APPROVE, b.missionCode());
        } else {
            user = access.require(BudgetPermissions.REDEPLOY_CONTROL, null);
        }
        if (!"REQUESTED".equals(r.status())) {
            throw RuleRefusal.of("budget", "invalid-state", "budget.refusal.invalid-state", r.reference(), r.status());
        }
        // lock the allotment row left, then check the unspent amount again
        jdbc.sql("SELECT amount FROM bud_allotment WHERE budget_id = ? AND class_code = ? FOR UPDATE")
                .params(r.budgetId(), r.fromClass().name()).query(BigDecimal.class).optional();
        refuseAboveUnspent(r.budgetId(), r.fromClass(), r.amount());
        if (RedeploymentRule.ApprovalLevel.MISSION.name().equals(r.approvalLevel())) {
            AuthorityDecision d = delegations.checkAndRecordUse(AuthorityCheck.forAmount(user, RedeploymentRule.AUTHORITY,
                    b.missionCode(), r.amount(), "USD", null), "budget redeployment", r.reference());
            if (d instanceof AuthorityDecision.Refused refused) {
                throw RuleRefusal.of("budget", "no-delegation", refused.messageKey(), refused.args().toArray());
            }
            delegation = chain(d.chain());
        }
        Map<ExpenditureClass, Availability> av = availability(r.budgetId());
        setAllotment(r.budgetId(), r.fromClass(), av.get(r.fromClass()).allotment().subtract(r.amount()));
        BigDecimal toAllotment = av.containsKey(r.toClass()) ? av.get(r.toClass()).allotment() : Money.ZERO;
        setAllotment(r.budgetId(), r.toClass(), toAllotment.add(r.amount()));
        jdbc.sql("UPDATE bud_redeployment SET status = 'APPROVED', decided_by = ?, decided_at = ?, delegation = ? WHERE id = ?")
                .params(user, OffsetDateTime.now(ZoneOffset.UTC), delegation, r.id()).update();
        Redeployment after = redeployment(reference);
        events.publishEvent(DataChanged.updated("budget.redeployment", r.id(), r, after));
        return after;
    }

    @Transactional
    public Redeployment reject(String reference) {
        Redeployment r = redeployment(reference);
        Budgets.Budget b = budgets.load(r.budgetId());
        String user = RedeploymentRule.ApprovalLevel.MISSION.name().equals(r.approvalLevel())
                ? access.require(BudgetPermissions.REDEPLOY_APPROVE, b.missionCode())
                : access.require(BudgetPermissions.REDEPLOY_CONTROL, null);
        if (!"REQUESTED".equals(r.status())) {
            throw RuleRefusal.of("budget", "invalid-state", "budget.refusal.invalid-state", r.reference(), r.status());
        }
        jdbc.sql("UPDATE bud_redeployment SET status = 'REJECTED', decided_by = ?, decided_at = ? WHERE id = ?")
                .params(user, OffsetDateTime.now(ZoneOffset.UTC), r.id()).update();
        Redeployment after = redeployment(reference);
        events.publishEvent(DataChanged.updated("budget.redeployment", r.id(), r, after));
        return after;
    }

    private void refuseAboveUnspent(long budgetId, ExpenditureClass from, BigDecimal amount) {
        Availability a = availability(budgetId).get(from);
        BigDecimal unspent = a == null ? Money.ZERO : a.available();
        RedeploymentRule.refusal(amount, unspent).ifPresent(type -> {
            throw RuleRefusal.of("budget", type, "budget.refusal.insufficient-allotment", Money.text(amount), from.name(),
                    Money.text(unspent));
        });
    }

    private static String chain(List<DelegationLink> chain) {
        StringBuilder sb = new StringBuilder();
        for (DelegationLink l : chain) {
            if (!sb.isEmpty()) {
                sb.append(" > ");
            }
            sb.append('#').append(l.id()).append(' ').append(l.delegatee());
        }
        return sb.length() > 300 ? sb.substring(0, 300) : sb.toString();
    }

    static BigDecimal money(String text, String field, FieldErrors errors) {
        if (text == null || text.isBlank()) {
            errors.add(field, "NotNull", "budget.field.required");
            return null;
        }
        try {
            BigDecimal d = new BigDecimal(text.trim());
            if (d.signum() < 0) {
                errors.add(field, "PositiveOrZero", "budget.field.nonNegative");
                return null;
            }
            if (d.scale() > 2) {
                errors.add(field, "Digits", "budget.field.cents");
                return null;
            }
            return d;
        } catch (NumberFormatException e) {
            errors.add(field, "Decimal", "budget.field.decimal", text);
            return null;
        }
    }

    private static BigDecimal[] zeros() {
        return new BigDecimal[] {Money.ZERO, Money.ZERO, Money.ZERO};
    }

    static Redeployment redeployment(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        return new Redeployment(rs.getLong("id"), rs.getString("reference"), rs.getLong("budget_id"),
                ExpenditureClass.valueOf(rs.getString("from_class")), ExpenditureClass.valueOf(rs.getString("to_class")),
                rs.getBigDecimal("amount"), rs.getString("justification"), rs.getString("approval_level"),
                rs.getString("status"), rs.getString("requested_by"), rs.getString("decided_by"), rs.getString("delegation"));
    }
}
