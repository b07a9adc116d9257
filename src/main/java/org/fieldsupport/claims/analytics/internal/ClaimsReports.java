package org.fieldsupport.claims.analytics.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.fieldsupport.claims.analytics.domain.Shortfalls;
import org.fieldsupport.claims.deathdisability.domain.DndClaim;
import org.fieldsupport.claims.deathdisability.internal.DndClaimStore;
import org.fieldsupport.claims.mou.internal.ContingentData;
import org.fieldsupport.claims.report.internal.ComputedLinesCodec;
import org.fieldsupport.claims.report.internal.ReportLedger;
import org.fieldsupport.claims.report.internal.ReportStore;
import org.fieldsupport.claims.rules.domain.ContingentInput;
import org.fieldsupport.claims.rules.domain.RuleSet;
import org.fieldsupport.claims.rules.domain.RuleSets;
import org.fieldsupport.claims.shared.internal.ClaimsAccess;
import org.fieldsupport.claims.shared.internal.ClaimsMessages;
import org.fieldsupport.claims.shared.internal.ClaimsPermissions;
import org.fieldsupport.claims.shared.internal.EquipmentLabels;
import org.fieldsupport.platform.security.AccessPolicy;
import org.fieldsupport.platform.security.CurrentUser;
import org.fieldsupport.platform.security.Scope;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.fieldsupport.platform.ops.ReportQuery;
import org.springframework.transaction.annotation.Transactional;

/**
 * The claims reports (issue 4, item 8): financial status (certified / paid / outstanding by Member State and
 * mission, and D&amp;D claims), shortfalls per mission and contingent for a month (8.3.k), and the COE Working
 * Group summary by equipment and self-sustainment category (7.5.d). Readers hold {@code claims.reports.read}:
 * at department scope they see every mission; at mission scope only those missions; Member State users hold
 * no such permission and are refused (403) — a state's own figures are in its portal.
 */
@Service
public class ClaimsReports {

    private final JdbcClient jdbc;
    private final ReportLedger ledger;
    private final DndClaimStore dndClaims;
    private final ContingentData contingents;
    private final RuleSets ruleSets;
    private final ClaimsAccess access;
    private final ObjectProvider<AccessPolicy> accessPolicy;
    private final ClaimsMessages messages;

    ClaimsReports(JdbcClient jdbc, ReportLedger ledger, DndClaimStore dndClaims, ContingentData contingents,
                  RuleSets ruleSets, ClaimsAccess access, ObjectProvider<AccessPolicy> accessPolicy,
                  ClaimsMessages messages) {
        this.jdbc = jdbc;
        this.ledger = ledger;
        this.dndClaims = dndClaims;
        this.contingents = contingents;
        this.ruleSets = ruleSets;
        this.access = access;
        this.accessPolicy = accessPolicy;
        this.messages = messages;
    }

    // ------------------------------------------------------------------ access and periods

    /**
     * The missions the signed-in reader may report on: {@code null} = all (department scope); refused with
     * 403 when the reader holds {@code claims.reports.read} nowhere (Member State users in particular).
     */
    public Set<String> readableMissions() {
        String user = CurrentUser.username().orElseThrow(() -> new AccessDeniedException("sign-in required"));
        AccessPolicy policy = accessPolicy.getIfAvailable();
        if (policy == null || policy.mayCurrentUser(ClaimsPermissions.REPORTS_READ, Scope.department())) {
            return null;
        }
        Set<String> missions = policy.scopesOf(user, ClaimsPermissions.REPORTS_READ).stream()
                .filter(s -> s.type() == Scope.ScopeType.MISSION).map(Scope::key)
                .collect(Collectors.toCollection(TreeSet::new));
        if (missions.isEmpty()) {
            throw new AccessDeniedException("claims reports need " + ClaimsPermissions.REPORTS_READ);
        }
        return missions;
    }

    /** A period of whole months. */
    public record Period(YearMonth from, YearMonth to) { }

    /**
     * The UN peacekeeping financial year containing {@code day}: 1 July to 30 June (the peacekeeping budget
     * year, GA resolution 49/233), the reports' default period.
     */
    public static Period financialYear(LocalDate day) {
        int start = day.getMonthValue() >= 7 ? day.getYear() : day.getYear() - 1;
        return new Period(YearMonth.of(start, 7), YearMonth.of(start + 1, 6));
    }

    // ------------------------------------------------------------------ 1. financial status

    /** Certified / paid / outstanding of a group (a Member State, a mission, a cell, or a total per currency). */
    public record Amounts(String memberState, String missionCode, String currency, int count, BigDecimal certified,
                          BigDecimal paid, BigDecimal outstanding) {

        Amounts plus(Amounts o) {
            return new Amounts(memberState, missionCode, currency, count + o.count, certified.add(o.certified),
                    paid.add(o.paid), outstanding.add(o.outstanding));
        }
    }

    public record FinancialStatus(YearMonth from, YearMonth to, String memberState, String missionCode,
                                  List<String> memberStates, List<String> missions, List<Amounts> byMemberState,
                                  List<Amounts> byMission, List<Amounts> cells, List<Amounts> totals,
                                  List<Amounts> dndByMemberState, List<Amounts> dndCells, List<Amounts> dndTotals) {

        /** The cell of a Member State and a mission in one currency, or null. */
        public Amounts cell(String state, String mission, String currency) {
            return cells.stream().filter(c -> c.memberState().equals(state) && c.missionCode().equals(mission)
                    && c.currency().equals(currency)).findFirst().orElse(null);
        }

        public List<String> currencies() {
            return totals.stream().map(Amounts::currency).toList();
        }
    }

    /**
     * Verification reports whose period starts in [from, to] (amounts as of now: paid so far), and D&amp;D claims
     * certified in that period; both by Member State, by mission, and crossed.
     */
    @ReportQuery
    @Transactional(readOnly = true)
    public FinancialStatus financialStatus(YearMonth from, YearMonth to, String memberState, String missionCode) {
        Set<String> visible = readableMissions();
        List<Amounts> reports = ledger.entries(new ReportLedger.Filter(memberState, missionCode, from, to, visible))
                .stream().map(e -> new Amounts(e.memberState(), e.missionCode(), e.currency(), 1, e.certified(),
                        e.paid(), e.outstanding()))
                .toList();
        List<Amounts> dnd = dndClaims.certifiedBetween(from.atDay(1).atStartOfDay().toInstant(ZoneOffset.UTC),
                        to.plusMonths(1).atDay(1).atStartOfDay().toInstant(ZoneOffset.UTC), memberState, missionCode,
                        visible)
                .stream().map(c -> new Amounts(c.memberState(), c.missionCode(), "USD", 1, c.certifiedAmount(),
                        c.paidAmount(), c.outstanding()))
                .toList();
        List<String> states = reports.stream().map(Amounts::memberState).distinct().sorted().toList();
        List<String> missions = reports.stream().map(Amounts::missionCode).distinct().sorted().toList();
        return new FinancialStatus(from, to, memberState, missionCode, states, missions,
                group(reports, a -> a.memberState() + "|" + a.currency(), true, false),
                group(reports, a -> a.missionCode() + "|" + a.currency(), false, true),
                group(reports, a -> a.memberState() + "|" + a.missionCode() + "|" + a.currency(), true, true),
                group(reports, Amounts::currency, false, false),
                group(dnd, a -> a.memberState() + "|" + a.currency(), true, false),
                group(dnd, a -> a.memberState() + "|" + a.missionCode() + "|" + a.currency(), true, true),
                group(dnd, Amounts::currency, false, false));
    }

    private static List<Amounts> group(List<Amounts> rows, Function<Amounts, String> key, boolean keepState,
                                       boolean keepMission) {
        Map<String, Amounts> groups = new TreeMap<>();
        for (Amounts a : rows) {
            Amounts keyed = new Amounts(keepState ? a.memberState() : null, keepMission ? a.missionCode() : null,
                    a.currency(), a.count(), a.certified(), a.paid(), a.outstanding());
            groups.merge(key.apply(a), keyed, Amounts::plus);
        }
        return List.copyOf(groups.values());
    }

    // ------------------------------------------------------------------ 2. shortfalls

    public record ContingentShortfalls(long contingentId, String reference, String missionCode, String memberState,
                                       String unitType, List<Shortfalls.Shortfall> shortfalls,
                                       List<String> amountProblems, BigDecimal effect) {

        public long count(Shortfalls.Type type) {
            return shortfalls.stream().filter(s -> s.types().contains(type)).count();
        }
    }

    /** Counts per mission: equipment lines below MOU / below standard / not verified, categories by rating. */
    public record MissionShortfalls(String missionCode, int contingents, long belowMou, long belowStandard,
                                    long equipmentNotVerified, long unsatisfactory, long notProvided,
                                    long partiallySatisfactory, long categoriesNotVerified, BigDecimal effect) { }

    public record ShortfallReport(YearMonth month, String ruleSetId, String currency,
                                  List<ContingentShortfalls> contingents, List<MissionShortfalls> missions) { }

    private record ContingentHead(long id, String reference, String missionCode, String memberState,
                                  String unitType) { }

    /**
     * The shortfalls of every contingent deployed in {@code month} (optionally of one mission / Member State),
     * read by the current rule set from the contingents' stored MOU and verifications
     * ({@link ContingentData#inputs}) — the same "verification in force" the reports are computed with.
     */
    @ReportQuery
    @Transactional(readOnly = true)
    public ShortfallReport shortfalls(YearMonth month, String memberState, String missionCode) {
        Set<String> visible = readableMissions();
        RuleSet ruleSet = ruleSets.current();
        List<String> where = new ArrayList<>();
        List<Object> params = new ArrayList<>();
        if (memberState != null) {
            where.add("member_state = ?");
            params.add(memberState);
        }
        if (missionCode != null) {
            where.add("mission_code = ?");
            params.add(missionCode);
        }
        if (visible != null) {
            if (visible.isEmpty()) {
                return new ShortfallReport(month, ruleSet.id(), ruleSet.currency(), List.of(), List.of());
            }
            where.add("mission_code IN (" + String.join(", ", Collections.nCopies(visible.size(), "?")) + ")");
            params.addAll(visible.stream().sorted().toList());
        }
        List<ContingentHead> heads = jdbc.sql("SELECT id, reference, mission_code, member_state, unit_type "
                        + "FROM claims_contingent" + (where.isEmpty() ? "" : " WHERE " + String.join(" AND ", where))
                        + " ORDER BY mission_code, member_state, reference")
                .params(params)
                .query((rs, n) -> new ContingentHead(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getString(5)))
                .list();
        Map<Long, org.fieldsupport.claims.mou.domain.MouTimeline> inputs = heads.isEmpty() ? Map.of()
                : contingents.inputs(heads.stream().map(ContingentHead::id).toList());
        Locale locale = LocaleContextHolder.getLocale();
        List<ContingentShortfalls> result = new ArrayList<>();
        for (ContingentHead head : heads) {
            // the month with the MOU version in force on its first day
            org.fieldsupport.claims.mou.domain.MouTimeline timeline = inputs.get(head.id());
            ContingentInput input = timeline == null || timeline.versions().isEmpty() ? null
                    : timeline.inForce(month).input();
            org.fieldsupport.claims.rules.domain.MonthFindings findings = input == null ? null : ruleSet.findings(input, month);
            if (findings == null || findings.equipment().isEmpty() && findings.categories().isEmpty()) {
                continue;   // not deployed in the month
            }
            Shortfalls.Result found = Shortfalls.of(ruleSet, input, month);
            BigDecimal effect = found.amountProblems().isEmpty()
                    ? found.shortfalls().stream().map(Shortfalls.Shortfall::effect)
                    .reduce(BigDecimal.ZERO.setScale(2), BigDecimal::add)
                    : null;
            result.add(new ContingentShortfalls(head.id(), head.reference(), head.missionCode(), head.memberState(),
                    head.unitType(), found.shortfalls(),
                    found.amountProblems().stream()
                            .map(p -> messages.message(p.messageKey(), p.args(), locale)).toList(),
                    effect));
        }
        Map<String, List<ContingentShortfalls>> byMission = result.stream()
                .collect(Collectors.groupingBy(ContingentShortfalls::missionCode, TreeMap::new, Collectors.toList()));
        List<MissionShortfalls> missions = new ArrayList<>();
        byMission.forEach((mission, list) -> missions.add(new MissionShortfalls(mission, list.size(),
                sum(list, Shortfalls.Type.BELOW_MOU), sum(list, Shortfalls.Type.BELOW_STANDARD),
                list.stream().flatMap(c -> c.shortfalls().stream()).filter(s -> s.kind()
                        == org.fieldsupport.claims.rules.domain.LineKind.MAJOR_EQUIPMENT
                        && s.types().contains(Shortfalls.Type.NOT_VERIFIED)).count(),
                sum(list, Shortfalls.Type.UNSATISFACTORY), sum(list, Shortfalls.Type.NOT_PROVIDED),
                sum(list, Shortfalls.Type.PARTIALLY_SATISFACTORY),
                list.stream().flatMap(c -> c.shortfalls().stream()).filter(s -> s.kind()
                        == org.fieldsupport.claims.rules.domain.LineKind.SELF_SUSTAINMENT
                        && s.types().contains(Shortfalls.Type.NOT_VERIFIED)).count(),
                list.stream().map(ContingentShortfalls::effect).filter(java.util.Objects::nonNull)
                        .reduce(BigDecimal.ZERO.setScale(2), BigDecimal::add))));
        return new ShortfallReport(month, ruleSet.id(), ruleSet.currency(), result, missions);
    }

    private static long sum(List<ContingentShortfalls> list, Shortfalls.Type type) {
        return list.stream().mapToLong(c -> c.count(type)).sum();
    }

    // ------------------------------------------------------------------ 3. COE Working Group summary

    /**
     * One category's figures over the stored report lines of the period: amount, line-months, contingents,
     * line-months flagged below standard and not verified. {@code memberState} null unless split by state.
     * {@code categoryFr}: the French label of a major-equipment category when every MOU line of that (English)
     * category agrees on one, else null.
     */
    public record CategoryRow(String kind, String category, String memberState, String currency, BigDecimal amount,
                              long lineMonths, long contingents, long belowStandard, long notVerified,
                              String categoryFr) {

        /** The category in the reader's language ({@link EquipmentLabels}); grouping stays by {@code category}. */
        public String category(java.util.Locale locale) {
            return EquipmentLabels.of(locale, category, categoryFr);
        }

        public BigDecimal belowStandardShare() {
            return share(belowStandard);
        }

        public BigDecimal notVerifiedShare() {
            return share(notVerified);
        }

        private BigDecimal share(long part) {
            return lineMonths == 0 ? BigDecimal.ZERO
                    : BigDecimal.valueOf(part).divide(BigDecimal.valueOf(lineMonths), 4, RoundingMode.HALF_EVEN);
        }
    }

    /**
     * Report documents (≈ 17 KB each) read per round trip by the COE summary, which sums them in Java: without a
     * fetch size PostgreSQL's driver reads the whole result before the first row (a financial year of a quarter-end
     * portfolio ≈ 170 MB, the 120 months the screens allow ≈ 1.7 GB); with one, inside the method's read-only
     * transaction, it reads through a cursor, page by page.
     */
    static final int DOCUMENTS_PER_FETCH = 64;

    /** The same for the rows of reports computed before V28_1 (one per line, small). */
    static final int ROWS_PER_FETCH = 2000;

    public record CoeSummary(YearMonth from, YearMonth to, String memberState, boolean byMemberState,
                             boolean certifiedOnly, List<CategoryRow> equipment, List<CategoryRow> selfSustainment) { }

    /**
     * Totals of the stored report lines of reports whose period starts in [from, to] (only certified reports
     * when {@code certifiedOnly}), by major-equipment category (taken from the contingent's MOU line: one
     * category per contingent and line code, even when the MOU has several versions) and by self-sustainment
     * category; optionally split by Member State.
     */
    @ReportQuery
    @Transactional(readOnly = true)
    public CoeSummary coeSummary(YearMonth from, YearMonth to, String memberState, boolean byMemberState,
                                 boolean certifiedOnly) {
        Set<String> visible = readableMissions();
        List<Object> params = new ArrayList<>(List.of(from.atDay(1), to.atEndOfMonth()));
        StringBuilder where = new StringBuilder(" WHERE r.period_from >= ? AND r.period_from <= ?");
        if (memberState != null) {
            where.append(" AND r.member_state = ?");
            params.add(memberState);
        }
        if (certifiedOnly) {
            where.append(" AND r.status = 'CERTIFIED'");
        }
        if (visible != null) {
            if (visible.isEmpty()) {
                return new CoeSummary(from, to, memberState, byMemberState, certifiedOnly, List.of(), List.of());
            }
            where.append(" AND r.mission_code IN (").append(String.join(", ", Collections.nCopies(visible.size(), "?")))
                    .append(")");
            params.addAll(visible.stream().sorted().toList());
        }
        // one category per contingent and line code, even when the MOU has several versions
        Map<Long, Map<String, String>> categories = new HashMap<>();
        jdbc.sql("SELECT e.contingent_id, e.line, MIN(e.category) FROM claims_mou_equipment e "
                        + "WHERE e.contingent_id IN (SELECT r.contingent_id FROM claims_verification_report r" + where
                        + ") GROUP BY e.contingent_id, e.line")
                .params(params)
                .query(rs -> {
                    categories.computeIfAbsent(rs.getLong(1), k -> new HashMap<>()).put(rs.getString(2), rs.getString(3));
                });
        // French label of each equipment category: only when all its MOU lines agree on one
        Map<String, Set<String>> frenchLabels = new HashMap<>();
        jdbc.sql("SELECT e.category, e.category_fr FROM claims_mou_equipment e "
                        + "WHERE e.contingent_id IN (SELECT r.contingent_id FROM claims_verification_report r" + where
                        + ") GROUP BY e.category, e.category_fr")
                .params(params)
                .query(rs -> {
                    frenchLabels.computeIfAbsent(rs.getString(1), k -> new HashSet<>())
                            .add(Objects.requireNonNullElse(rs.getString(2), ""));
                });
        Map<String, String> french = new HashMap<>();
        frenchLabels.forEach((category, labels) -> {
            if (labels.size() == 1 && !labels.contains("")) {
                french.put(category, labels.iterator().next());
            }
        });
        CategoryTotals totals = new CategoryTotals(byMemberState, categories, french);
        // computed lines: one document per report (V28_1), streamed (a period may hold tens of thousands) ...
        jdbc.sql("SELECT r.contingent_id, r.member_state, r.currency, d.content FROM claims_verification_report r "
                        + "JOIN claims_report_computed_lines d ON d.report_id = r.id" + where)
                .withFetchSize(DOCUMENTS_PER_FETCH)
                .params(params)
                .query(rs -> {
                    long contingent = rs.getLong(1);
                    String state = rs.getString(2);
                    String currency = rs.getString(3);
                    for (ReportStore.StoredLine line : ComputedLinesCodec.decode(rs.getBytes(4))) {
                        totals.add(contingent, state, currency, line.kind(), line.reference(), line.amount(),
                                line.flags().contains("BELOW_STANDARD"), line.flags().contains("NOT_VERIFIED"));
                    }
                });
        // ... and rows for reports computed before it
        jdbc.sql("SELECT r.contingent_id, r.member_state, r.currency, l.kind, l.reference, l.amount, l.flags "
                        + "FROM claims_report_line l JOIN claims_verification_report r ON r.id = l.report_id" + where
                        + " AND l.kind IN ('MAJOR_EQUIPMENT', 'SELF_SUSTAINMENT')")
                .withFetchSize(ROWS_PER_FETCH)
                .params(params)
                .query(rs -> {
                    String flags = rs.getString(7);
                    totals.add(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                            rs.getBigDecimal(6), flags.contains("BELOW_STANDARD"), flags.contains("NOT_VERIFIED"));
                });
        List<CategoryRow> rows = totals.rows();
        return new CoeSummary(from, to, memberState, byMemberState, certifiedOnly,
                rows.stream().filter(r -> r.kind().equals("MAJOR_EQUIPMENT")).toList(),
                rows.stream().filter(r -> r.kind().equals("SELF_SUSTAINMENT")).toList());
    }

    /**
     * Sums report lines by kind, category (the MOU line's equipment category, else the line's reference: the
     * self-sustainment category), Member State when split by state, and currency; in that order.
     */
    private static final class CategoryTotals {

        private record Key(String kind, String category, String memberState, String currency) { }

        private static final class Sum {
            BigDecimal amount = BigDecimal.ZERO.setScale(2);
            long lines;
            long belowStandard;
            long notVerified;
            final Set<Long> contingents = new HashSet<>();
        }

        private static final Comparator<Key> ORDER = Comparator.comparing(Key::kind)
                .thenComparing(Key::category, Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparing(Key::memberState, Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparing(Key::currency);

        private final boolean byMemberState;
        private final Map<Long, Map<String, String>> categories;
        private final Map<String, String> french;
        private final Map<Key, Sum> sums = new HashMap<>();

        CategoryTotals(boolean byMemberState, Map<Long, Map<String, String>> categories, Map<String, String> french) {
            this.byMemberState = byMemberState;
            this.categories = categories;
            this.french = french;
        }

        void add(long contingent, String memberState, String currency, String kind, String reference,
                 BigDecimal amount, boolean belowStandard, boolean notVerified) {
            String category = reference;
            if (kind.equals("MAJOR_EQUIPMENT")) {
                String found = categories.getOrDefault(contingent, Map.of()).get(reference);
                category = found != null ? found : reference;
            } else if (!kind.equals("SELF_SUSTAINMENT")) {
                return;
            }
            Sum sum = sums.computeIfAbsent(new Key(kind, category, byMemberState ? memberState : null, currency),
                    k -> new Sum());
            sum.amount = sum.amount.add(amount);
            sum.lines++;
            sum.belowStandard += belowStandard ? 1 : 0;
            sum.notVerified += notVerified ? 1 : 0;
            sum.contingents.add(contingent);
        }

        List<CategoryRow> rows() {
            return sums.entrySet().stream()
                    .sorted(Map.Entry.comparingByKey(ORDER))
                    .map(e -> new CategoryRow(e.getKey().kind(), e.getKey().category(), e.getKey().memberState(),
                            e.getKey().currency(), e.getValue().amount.setScale(2), e.getValue().lines,
                            e.getValue().contingents.size(), e.getValue().belowStandard, e.getValue().notVerified,
                            e.getKey().kind().equals("MAJOR_EQUIPMENT") ? french.get(e.getKey().category()) : null))
                    .toList();
        }
    }
}
