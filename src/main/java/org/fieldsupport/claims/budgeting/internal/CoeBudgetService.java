package org.fieldsupport.claims.budgeting.internal;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.fieldsupport.claims.budgeting.domain.CoeBudgetRule;
import org.fieldsupport.claims.report.internal.ReportStore;
import org.fieldsupport.claims.shared.internal.ClaimsAccess;
import org.fieldsupport.claims.shared.internal.ClaimsPlanningPermissions;
import org.fieldsupport.organization.AuthorityCheck;
import org.fieldsupport.organization.AuthorityDecision;
import org.fieldsupport.organization.DelegationLink;
import org.fieldsupport.organization.DelegationsOfAuthority;
import org.fieldsupport.organization.Missions;
import org.fieldsupport.platform.api.BusinessRuleException;
import org.fieldsupport.platform.api.FieldErrors;
import org.fieldsupport.platform.api.MoneyInput;
import org.fieldsupport.platform.api.NotFoundException;
import org.fieldsupport.platform.api.ReferenceNumbers;
import org.fieldsupport.platform.audit.DataChanged;
import org.fieldsupport.platform.security.Scope;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * COE budget estimates of missions (7.5.c): computed from the MOUs that took effect by rule set
 * {@link CoeBudgetRule#ID}, stored with their lines per contingent and category; allotments recorded against an
 * estimate per kind (never above the estimate of that kind); obligations and expenditure followed from the
 * certified verification reports of the mission within the period and their payments. Reading needs
 * {@code claims.coebudget.read}, writing {@code claims.coebudget.manage}, both for the estimate's mission; Member
 * State users hold neither.
 */
@Service
public class CoeBudgetService {

    static final String ENTITY = "claims.coe-budget-estimate";

    private final JdbcClient jdbc;
    private final ClaimsAccess access;
    private final Missions missions;
    private final ReferenceNumbers references;
    private final ReportStore reports;
    private final ApplicationEventPublisher events;
    private final DelegationsOfAuthority delegations;

    /** The delegation-of-authority type an allotment needs (the same as the budget module's allotments). */
    public static final String ALLOTMENT_AUTHORITY = "BUDGET_ALLOTMENT";

    CoeBudgetService(JdbcClient jdbc, ClaimsAccess access, Missions missions, ReferenceNumbers references,
                     ReportStore reports, ApplicationEventPublisher events, DelegationsOfAuthority delegations) {
        this.delegations = delegations;
        this.jdbc = jdbc;
        this.access = access;
        this.missions = missions;
        this.references = references;
        this.reports = reports;
        this.events = events;
    }

    public record Summary(long id, String reference, String missionCode, YearMonth from, YearMonth to, String ruleSet,
                          String currency, BigDecimal majorEquipment, BigDecimal selfSustainment, BigDecimal total,
                          String createdBy, OffsetDateTime createdAt) { }

    public record Allotment(long id, String kind, BigDecimal amount, LocalDate allottedOn, String reference,
                            String createdBy) { }

    /** Per kind: estimate, allotted, obligated (certified), expended (paid), available (allotted − obligated). */
    public record Tracking(String kind, BigDecimal estimate, BigDecimal allotted, BigDecimal obligated,
                           BigDecimal expended, BigDecimal available, boolean overObligated) { }

    public record Detail(Summary estimate, List<CoeBudgetRule.Line> lines, List<Allotment> allotments,
                         List<Tracking> tracking, int certifiedReports, boolean mayManage) { }

    // ------------------------------------------------------------------ writing

    /** Computes and stores the estimate of a mission for a budget period (months, both ends included). */
    @Transactional
    public Detail compute(String missionCode, YearMonth from, YearMonth to) {
        FieldErrors errors = new FieldErrors();
        if (missionCode == null || missionCode.isBlank()) {
            errors.add("missionCode", "NotBlank", "claimsplanning.budget.input.mission");
        }
        if (from == null) {
            errors.add("from", "NotNull", "claimsplanning.budget.input.from");
        }
        if (to == null) {
            errors.add("to", "NotNull", "claimsplanning.budget.input.to");
        }
        if (from != null && to != null && (to.isBefore(from)
                || CoeBudgetRule.months(from, to) > CoeBudgetRule.MAX_MONTHS)) {
            errors.add("to", "Period", "claimsplanning.budget.input.period", CoeBudgetRule.MAX_MONTHS);
        }
        errors.throwIfAny();
        String mission = missionCode.trim().toUpperCase(Locale.ROOT);
        String user = access.require(ClaimsPlanningPermissions.BUDGET_MANAGE, Scope.mission(mission));
        missions.requireOpenForNewRecords(mission);
        return computeAs(user, mission, from, to);
    }

    /** Same, as a given user (demo data); no permission check. */
    @Transactional
    public Detail computeAs(String user, String mission, YearMonth from, YearMonth to) {
        CoeBudgetRule.Estimate estimate = CoeBudgetRule.estimate(from, to, contingents(mission));
        if (estimate.lines().isEmpty()) {
            throw new BusinessRuleException("claimsplanning.budget.noMou", mission, from.toString(), to.toString());
        }
        String reference = "COE-BUD-" + mission + "-" + from.getYear() + "-"
                + String.format("%03d", references.next("claims.coebudget", mission + "-" + from.getYear()));
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO claims_budget_estimate (reference, mission_code, period_from, period_to, rule_set, currency,
                    major_equipment, self_sustainment, total, created_by, created_at)
                VALUES (?, ?, ?, ?, ?, 'USD', ?, ?, ?, ?, ?)""")
                .params(reference, mission, from.atDay(1), to.atEndOfMonth(), estimate.ruleSet(),
                        estimate.majorEquipment(), estimate.selfSustainment(), estimate.total(), user,
                        OffsetDateTime.now(ZoneOffset.UTC))
                .update(key, "id");
        long id = key.getKey().longValue();
        for (CoeBudgetRule.Line l : estimate.lines()) {
            jdbc.sql("""
                    INSERT INTO claims_budget_estimate_line (estimate_id, contingent_id, contingent_reference,
                        member_state, kind, category, unit_months, months, amount) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                    .params(id, l.contingentId(), l.contingentReference(), l.memberState(), l.kind().name(),
                            l.category(), l.unitMonths(), l.months(), l.amount())
                    .update();
        }
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("reference", reference);
        after.put("missionCode", mission);
        after.put("from", from.toString());
        after.put("to", to.toString());
        after.put("ruleSet", estimate.ruleSet());
        after.put("total", estimate.total().toPlainString());
        events.publishEvent(DataChanged.created(ENTITY, id, after));
        return read(id);
    }

    /**
     * Records an allotment against the estimate for one kind; the allotments of a kind never exceed its estimate. An
     * allotment is a decision on money: it needs a live delegation of authority of type {@value #ALLOTMENT_AUTHORITY}
     * covering the kind's resulting allotted total in USD, the estimate's mission and today; the register logs the use
     * (or the refusal) and the allotment keeps the chain of delegations used.
     */
    @Transactional
    public Allotment allot(long estimateId, String kind, BigDecimal amount, LocalDate allottedOn, String reference) {
        Summary s = summary(estimateId);
        String user = access.require(ClaimsPlanningPermissions.BUDGET_MANAGE, Scope.mission(s.missionCode()));
        return record(user, estimateId, kind, amount, allottedOn, reference, true);
    }

    /** Same, as a given user (demo data); no permission or delegation check. */
    @Transactional
    public Allotment allotAs(String user, long estimateId, String kind, BigDecimal amount, LocalDate allottedOn,
                             String reference) {
        return record(user, estimateId, kind, amount, allottedOn, reference, false);
    }

    private Allotment record(String user, long estimateId, String kind, BigDecimal amount, LocalDate allottedOn,
                             String reference, boolean underDelegation) {
        Summary s = summary(estimateId);
        FieldErrors errors = new FieldErrors();
        CoeBudgetRule.Kind k = null;
        try {
            k = kind == null ? null : CoeBudgetRule.Kind.valueOf(kind.trim());
        } catch (IllegalArgumentException e) {
            k = null;
        }
        if (k == null) {
            errors.add("kind", "OneOf", "claimsplanning.budget.input.kind");
        }
        if (amount == null) {
            errors.add("amount", "NotNull", "claimsplanning.budget.input.amount");
        } else {
            MoneyInput.check(errors, "amount", amount, MoneyInput.Sign.POSITIVE);
        }
        if (reference == null || reference.isBlank()) {
            errors.add("reference", "NotBlank", "claimsplanning.budget.input.reference");
        }
        errors.throwIfAny();
        LocalDate on = allottedOn == null ? LocalDate.now(ZoneOffset.UTC) : allottedOn;
        BigDecimal ceiling = k == CoeBudgetRule.Kind.MAJOR_EQUIPMENT ? s.majorEquipment() : s.selfSustainment();
        BigDecimal already = jdbc.sql("SELECT COALESCE(SUM(amount), 0) FROM claims_budget_allotment WHERE estimate_id = ? AND kind = ?")
                .params(estimateId, k.name()).query(BigDecimal.class).single();
        if (already.add(amount).compareTo(ceiling) > 0) {
            throw new BusinessRuleException("claimsplanning.budget.allotment.exceeds", amount.toPlainString(),
                    already.toPlainString(), ceiling.toPlainString());
        }
        String delegation = null;
        if (underDelegation) {
            AuthorityDecision d = delegations.checkAndRecordUse(AuthorityCheck.forAmount(user, ALLOTMENT_AUTHORITY,
                    s.missionCode(), already.add(amount), "USD", null), "COE budget allotment",
                    s.reference() + " " + k.name() + " " + reference.trim());
            if (d instanceof AuthorityDecision.Refused refused) {
                throw new BusinessRuleException(refused.messageKey(), refused.args().toArray());
            }
            delegation = chain(d.chain());
        }
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO claims_budget_allotment (estimate_id, kind, amount, allotted_on, reference, created_by,
                    created_at) VALUES (?, ?, ?, ?, ?, ?, ?)""")
                .params(estimateId, k.name(), amount.setScale(2, java.math.RoundingMode.HALF_EVEN), on,
                        reference.trim(), user, OffsetDateTime.now(ZoneOffset.UTC))
                .update(key, "id");
        long id = key.getKey().longValue();
        if (delegation != null) {
            jdbc.sql("INSERT INTO claims_budget_allotment_decision (allotment_id, delegation) VALUES (?, ?)")
                    .params(id, delegation).update();
        }
        events.publishEvent(DataChanged.created("claims.coe-budget-allotment", id, Map.of("estimate", s.reference(),
                "kind", k.name(), "amount", amount.toPlainString(), "reference", reference.trim())));
        return new Allotment(id, k.name(), amount.setScale(2, java.math.RoundingMode.HALF_EVEN), on, reference.trim(),
                user);
    }

    /** The delegations used, root first: {@code #12 DFS-FBFD-HEAD > #15 coe.planning}. */
    private static String chain(List<DelegationLink> chain) {
        StringBuilder sb = new StringBuilder();
        for (DelegationLink l : chain) {
            sb.append(sb.isEmpty() ? "" : " > ").append('#').append(l.id()).append(' ').append(l.delegatee());
        }
        return sb.toString();
    }

    // ------------------------------------------------------------------ reading

    /** The estimates the user may read, latest first (optionally of one mission). */
    @Transactional(readOnly = true)
    public List<Summary> list(String missionCode) {
        String mission = missionCode == null || missionCode.isBlank() ? null
                : missionCode.trim().toUpperCase(Locale.ROOT);
        if (!access.holdsAnywhere(ClaimsPlanningPermissions.BUDGET_READ)) {
            throw new AccessDeniedException("claims.coebudget.read needed");
        }
        return jdbc.sql("SELECT * FROM claims_budget_estimate" + (mission == null ? "" : " WHERE mission_code = ?")
                        + " ORDER BY created_at DESC, id DESC")
                .params(mission == null ? List.of() : List.of(mission))
                .query(CoeBudgetService::summaryRow).list().stream()
                .filter(s -> access.may(ClaimsPlanningPermissions.BUDGET_READ, Scope.mission(s.missionCode())))
                .toList();
    }

    @Transactional(readOnly = true)
    public Detail detail(long id) {
        Summary s = summary(id);
        access.require(ClaimsPlanningPermissions.BUDGET_READ, Scope.mission(s.missionCode()));
        return read(id);
    }

    public boolean mayCompute() {
        return access.holdsAnywhere(ClaimsPlanningPermissions.BUDGET_MANAGE);
    }

    /** For the module API: the latest estimate of the mission (covering {@code month} when given); no permission check. */
    @Transactional(readOnly = true)
    public java.util.Optional<Detail> latest(String mission, YearMonth month) {
        List<Object> params = new ArrayList<>(List.of(mission));
        String sql = "SELECT id FROM claims_budget_estimate WHERE mission_code = ?";
        if (month != null) {
            sql += " AND period_from <= ? AND period_to >= ?";
            params.add(month.atDay(1));
            params.add(month.atDay(1));
        }
        return jdbc.sql(sql + " ORDER BY created_at DESC, id DESC FETCH FIRST 1 ROWS ONLY").params(params)
                .query(Long.class).optional().map(this::read);
    }

    private Summary summary(long id) {
        return jdbc.sql("SELECT * FROM claims_budget_estimate WHERE id = ?").param(id)
                .query(CoeBudgetService::summaryRow).optional()
                .orElseThrow(() -> new NotFoundException("coe-budget-estimate", id));
    }

    private Detail read(long id) {
        Summary s = summary(id);
        List<CoeBudgetRule.Line> lines = jdbc.sql("""
                SELECT contingent_id, contingent_reference, member_state, kind, category, unit_months, months, amount
                FROM claims_budget_estimate_line WHERE estimate_id = ? ORDER BY member_state, contingent_reference, kind,
                category""")
                .param(id)
                .query((rs, n) -> new CoeBudgetRule.Line(rs.getLong(1), rs.getString(2), rs.getString(3),
                        CoeBudgetRule.Kind.valueOf(rs.getString(4)), rs.getString(5), rs.getBigDecimal(6), rs.getInt(7),
                        rs.getBigDecimal(8)))
                .list();
        List<Allotment> allotments = jdbc.sql("""
                SELECT id, kind, amount, allotted_on, reference, created_by FROM claims_budget_allotment
                WHERE estimate_id = ? ORDER BY allotted_on, id""")
                .param(id)
                .query((rs, n) -> new Allotment(rs.getLong(1), rs.getString(2), rs.getBigDecimal(3),
                        rs.getObject(4, LocalDate.class), rs.getString(5), rs.getString(6)))
                .list();
        // obligations and expenditure: the mission's certified verification reports within the period
        List<Object[]> certified = jdbc.sql("""
                SELECT id, total, adjustments, paid FROM claims_verification_report
                WHERE mission_code = ? AND status = 'CERTIFIED' AND period_from >= ? AND period_to <= ?""")
                .params(s.missionCode(), s.from().atDay(1), s.to().atEndOfMonth())
                .query((rs, n) -> new Object[] {rs.getLong(1), rs.getBigDecimal(2).add(rs.getBigDecimal(3)),
                        rs.getBigDecimal(4)})
                .list();
        Map<String, BigDecimal[]> track = new LinkedHashMap<>();
        for (CoeBudgetRule.Kind k : CoeBudgetRule.Kind.values()) {
            track.put(k.name(), new BigDecimal[] {BigDecimal.ZERO, BigDecimal.ZERO});
        }
        for (Object[] r : certified) {
            Map<String, BigDecimal> byKind = new LinkedHashMap<>();
            for (ReportStore.StoredLine line : reports.lines((Long) r[0])) {
                if (track.containsKey(line.kind())) {
                    byKind.merge(line.kind(), line.amount(), BigDecimal::add);
                }
            }
            byKind.forEach((kind, amount) -> {
                BigDecimal[] t = track.get(kind);
                t[0] = t[0].add(amount);
                t[1] = t[1].add(CoeBudgetRule.paidShare((BigDecimal) r[2], amount, (BigDecimal) r[1]));
            });
        }
        List<Tracking> tracking = new ArrayList<>();
        for (CoeBudgetRule.Kind k : CoeBudgetRule.Kind.values()) {
            BigDecimal allotted = allotments.stream().filter(a -> a.kind().equals(k.name())).map(Allotment::amount)
                    .reduce(BigDecimal.ZERO, BigDecimal::add).setScale(2);
            BigDecimal[] t = track.get(k.name());
            BigDecimal obligated = t[0].setScale(2, java.math.RoundingMode.HALF_EVEN);
            tracking.add(new Tracking(k.name(), k == CoeBudgetRule.Kind.MAJOR_EQUIPMENT ? s.majorEquipment()
                    : s.selfSustainment(), allotted, obligated, t[1].setScale(2, java.math.RoundingMode.HALF_EVEN),
                    allotted.subtract(obligated), obligated.compareTo(allotted) > 0));
        }
        return new Detail(s, lines, allotments, tracking, certified.size(),
                access.may(ClaimsPlanningPermissions.BUDGET_MANAGE, Scope.mission(s.missionCode())));
    }

    private static Summary summaryRow(ResultSet rs, int n) throws SQLException {
        return new Summary(rs.getLong("id"), rs.getString("reference"), rs.getString("mission_code"),
                YearMonth.from(rs.getObject("period_from", LocalDate.class)),
                YearMonth.from(rs.getObject("period_to", LocalDate.class)), rs.getString("rule_set"),
                rs.getString("currency"), rs.getBigDecimal("major_equipment"), rs.getBigDecimal("self_sustainment"),
                rs.getBigDecimal("total"), rs.getString("created_by"),
                rs.getObject("created_at", OffsetDateTime.class));
    }

    /** The mission's contingents with the MOU versions that took effect (Annex B lines and Annex C categories). */
    List<CoeBudgetRule.Contingent> contingents(String mission) {
        record Head(long id, String reference, String memberState) { }
        List<Head> heads = jdbc.sql("SELECT id, reference, member_state FROM claims_contingent WHERE mission_code = ? ORDER BY id")
                .param(mission).query((rs, n) -> new Head(rs.getLong(1), rs.getString(2), rs.getString(3))).list();
        List<CoeBudgetRule.Contingent> result = new ArrayList<>();
        for (Head h : heads) {
            List<CoeBudgetRule.Version> versions = new ArrayList<>();
            List<Object[]> rows = jdbc.sql("""
                    SELECT id, effective_from, deployed_on, repatriated_on, authorised_strength,
                        factor_environmental + factor_intensified + factor_hostile + factor_transport
                    FROM claims_mou_version WHERE contingent_id = ? AND status = 'EFFECTIVE' ORDER BY effective_from""")
                    .param(h.id())
                    .query((rs, n) -> new Object[] {rs.getLong(1), rs.getObject(2, LocalDate.class),
                            rs.getObject(3, LocalDate.class), rs.getObject(4, LocalDate.class), rs.getInt(5),
                            rs.getBigDecimal(6)})
                    .list();
            for (Object[] v : rows) {
                long versionId = (Long) v[0];
                List<CoeBudgetRule.Equipment> equipment = jdbc.sql(
                                "SELECT category, mou_quantity, monthly_rate FROM claims_mou_equipment WHERE version_id = ? ORDER BY line")
                        .param(versionId)
                        .query((rs, n) -> new CoeBudgetRule.Equipment(rs.getString(1), rs.getInt(2), rs.getBigDecimal(3)))
                        .list();
                List<CoeBudgetRule.Category> categories = jdbc.sql(
                                "SELECT category, provided_by, rate FROM claims_mou_self_sustainment WHERE version_id = ? ORDER BY category")
                        .param(versionId)
                        .query((rs, n) -> new CoeBudgetRule.Category(rs.getString(1),
                                "CONTRIBUTOR".equals(rs.getString(2)), rs.getBigDecimal(3)))
                        .list();
                versions.add(new CoeBudgetRule.Version((LocalDate) v[1], (LocalDate) v[2], (LocalDate) v[3],
                        (Integer) v[4], (BigDecimal) v[5], equipment, categories));
            }
            if (!versions.isEmpty()) {
                result.add(new CoeBudgetRule.Contingent(h.id(), h.reference(), h.memberState(), versions));
            }
        }
        return result;
    }
}
