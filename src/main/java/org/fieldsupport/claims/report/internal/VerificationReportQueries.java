package org.fieldsupport.claims.report.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.fieldsupport.claims.report.domain.VerificationReport;
import org.fieldsupport.claims.shared.internal.ClaimsPermissions;
import org.fieldsupport.platform.api.PageQuery;
import org.fieldsupport.platform.api.PageResponse;
import org.fieldsupport.platform.security.AccessPolicy;
import org.fieldsupport.platform.security.CurrentUser;
import org.fieldsupport.platform.security.Scope;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The HQ and mission read side of verification reports: the filtered, paged list with totals, the export, and
 * the contingents a user may compute a report for. Only claims staff see these lists: a user holding one of
 * the staff permissions at department scope sees every mission, a user holding them at mission scope only
 * those missions; anybody else (Member State portal users included: they have the portal) is refused.
 */
@Component
public class VerificationReportQueries {

    /** The permissions that make a user claims staff for a mission (any of them lets them read its reports). */
    static final List<String> STAFF = List.of(ClaimsPermissions.VERIFICATION_READ, ClaimsPermissions.VERIFICATION_SUBMIT,
            ClaimsPermissions.REVIEW_TECHNICAL, ClaimsPermissions.CERTIFY, ClaimsPermissions.PAYMENTS_RECORD,
            ClaimsPermissions.MOU_MANAGE);

    /** API sort field → column (whitelist). */
    public static final Map<String, String> SORTS = Map.of("reference", "r.reference", "mission", "r.mission_code",
            "memberState", "r.member_state", "from", "r.period_from", "status", "r.status", "total", "r.total",
            "contingent", "c.reference");

    private static final String DEFAULT_ORDER = "r.period_from DESC, r.mission_code, r.member_state, r.id";

    /** Most rows an export writes (an export is a list, not a data dump). */
    public static final int EXPORT_LIMIT = 10_000;

    private final JdbcClient jdbc;
    private final ObjectProvider<AccessPolicy> accessPolicy;

    VerificationReportQueries(JdbcClient jdbc, ObjectProvider<AccessPolicy> accessPolicy) {
        this.jdbc = jdbc;
        this.accessPolicy = accessPolicy;
    }

    /**
     * The list's filters; null or blank = any. Periods overlap [{@code from}, {@code to}]. {@code contingent} is a
     * contingent id (digits only) or a part of its MOU reference.
     */
    public record Filter(String mission, String memberState, VerificationReport.Status status, YearMonth from,
                         YearMonth to, String contingent) {

        public Filter {
            mission = blankToNull(mission, true);
            memberState = blankToNull(memberState, true);
            contingent = blankToNull(contingent, false);
        }

        public static Filter none() {
            return new Filter(null, null, null, null, null, null);
        }
    }

    public record Row(long id, String reference, long contingentId, String contingentReference, String unitType,
                      String missionCode, String memberState, YearMonth from, YearMonth to, String ruleSet,
                      String currency, String status, BigDecimal total, BigDecimal adjustments, BigDecimal certified,
                      BigDecimal paid, BigDecimal outstanding) { }

    /** Sums over every report the filter selects (not only the page shown), per currency. */
    public record Totals(String currency, long reports, BigDecimal computed, BigDecimal adjustments,
                         BigDecimal certified, BigDecimal paid, BigDecimal outstanding) { }

    public record ContingentOption(long id, String reference, String missionCode, String memberState,
                                   String unitType) { }

    /**
     * The missions whose reports the signed-in user may list: empty = every mission. Refuses (403) users who
     * are not claims staff anywhere.
     */
    public Optional<Set<String>> visibleMissions() {
        String user = CurrentUser.username().orElseThrow(() -> new AccessDeniedException("sign-in required"));
        AccessPolicy policy = accessPolicy.getIfAvailable();
        if (policy == null) {
            return Optional.empty();
        }
        Set<String> missions = new TreeSet<>();
        for (String permission : STAFF) {
            if (policy.mayCurrentUser(permission, Scope.department())) {
                return Optional.empty();
            }
            policy.scopesOf(user, permission).stream().filter(s -> s.type() == Scope.ScopeType.MISSION)
                    .forEach(s -> missions.add(s.key()));
        }
        if (missions.isEmpty()) {
            throw new AccessDeniedException("verification reports are for claims staff; Member States use the portal");
        }
        return Optional.of(missions);
    }

    /** Refuses (403) unless the signed-in user is claims staff for this mission. */
    public void requireStaff(String missionCode) {
        visibleMissions().ifPresent(missions -> {
            if (!missions.contains(missionCode)) {
                throw new AccessDeniedException("not claims staff for " + missionCode);
            }
        });
    }

    @Transactional(readOnly = true)
    public PageResponse<Row> list(Filter filter, PageQuery page) {
        Where where = where(filter, visibleMissions().orElse(null));
        List<Object> params = new ArrayList<>(where.params());
        params.add(page.size());
        params.add(page.offset());
        List<Row> rows = jdbc.sql(SELECT + where.sql() + " ORDER BY " + page.orderByOr(DEFAULT_ORDER)
                        + (page.orderBy() == null ? "" : ", r.id") + " LIMIT ? OFFSET ?")
                .params(params).query(VerificationReportQueries::row).list();
        long total = jdbc.sql("SELECT COUNT(*) FROM claims_verification_report r JOIN claims_contingent c "
                + "ON c.id = r.contingent_id" + where.sql()).params(where.params()).query(Long.class).single();
        return PageResponse.of(rows, page, total);
    }

    /** Every row the filter selects, up to {@link #EXPORT_LIMIT}, in the list's default order. */
    @Transactional(readOnly = true)
    public List<Row> export(Filter filter) {
        Where where = where(filter, visibleMissions().orElse(null));
        List<Object> params = new ArrayList<>(where.params());
        params.add(EXPORT_LIMIT);
        return jdbc.sql(SELECT + where.sql() + " ORDER BY " + DEFAULT_ORDER + " LIMIT ?")
                .params(params).query(VerificationReportQueries::row).list();
    }

    @Transactional(readOnly = true)
    public List<Totals> totals(Filter filter) {
        Where where = where(filter, visibleMissions().orElse(null));
        return jdbc.sql("""
                SELECT r.currency, COUNT(*), SUM(r.total), SUM(r.adjustments),
                       SUM(CASE WHEN r.status = 'CERTIFIED' THEN r.total + r.adjustments ELSE 0 END), SUM(r.paid)
                FROM claims_verification_report r JOIN claims_contingent c ON c.id = r.contingent_id"""
                        + where.sql() + " GROUP BY r.currency ORDER BY r.currency")
                .params(where.params())
                .query((rs, n) -> {
                    BigDecimal certified = rs.getBigDecimal(5).setScale(2);
                    BigDecimal paid = rs.getBigDecimal(6).setScale(2);
                    return new Totals(rs.getString(1), rs.getLong(2), rs.getBigDecimal(3).setScale(2),
                            rs.getBigDecimal(4).setScale(2), certified, paid, certified.subtract(paid));
                })
                .list();
    }

    /** Missions appearing in reports the user may see (for the filter's choices). */
    @Transactional(readOnly = true)
    public List<String> missions() {
        Where where = where(Filter.none(), visibleMissions().orElse(null));
        return jdbc.sql("SELECT DISTINCT r.mission_code FROM claims_verification_report r JOIN claims_contingent c "
                        + "ON c.id = r.contingent_id" + where.sql() + " ORDER BY r.mission_code")
                .params(where.params()).query(String.class).list();
    }

    /** Contingents of the missions where the signed-in user may compute (submit) verification reports. */
    @Transactional(readOnly = true)
    public List<ContingentOption> computable() {
        String user = CurrentUser.username().orElseThrow(() -> new AccessDeniedException("sign-in required"));
        AccessPolicy policy = accessPolicy.getIfAvailable();
        String sql = "SELECT id, reference, mission_code, member_state, unit_type FROM claims_contingent";
        List<Object> params = new ArrayList<>();
        if (policy != null && !policy.mayCurrentUser(ClaimsPermissions.VERIFICATION_SUBMIT, Scope.department())) {
            List<String> missions = policy.scopesOf(user, ClaimsPermissions.VERIFICATION_SUBMIT).stream()
                    .filter(s -> s.type() == Scope.ScopeType.MISSION).map(Scope::key).sorted().toList();
            if (missions.isEmpty()) {
                return List.of();
            }
            sql += " WHERE mission_code IN (" + placeholders(missions.size()) + ")";
            params.addAll(missions);
        }
        return jdbc.sql(sql + " ORDER BY mission_code, member_state, reference").params(params)
                .query((rs, n) -> new ContingentOption(rs.getLong(1), rs.getString(2), rs.getString(3),
                        rs.getString(4), rs.getString(5)))
                .list();
    }

    private static final String SELECT = """
            SELECT r.id, r.reference, r.contingent_id, c.reference, c.unit_type, r.mission_code, r.member_state,
                   r.period_from, r.period_to, r.rule_set, r.currency, r.status, r.total, r.adjustments, r.paid
            FROM claims_verification_report r JOIN claims_contingent c ON c.id = r.contingent_id""";

    private record Where(String sql, List<Object> params) { }

    private static Where where(Filter f, Set<String> missions) {
        List<String> conditions = new ArrayList<>();
        List<Object> params = new ArrayList<>();
        if (missions != null) {
            conditions.add("r.mission_code IN (" + placeholders(missions.size()) + ")");
            params.addAll(missions);
        }
        if (f.mission() != null) {
            conditions.add("r.mission_code = ?");
            params.add(f.mission());
        }
        if (f.memberState() != null) {
            conditions.add("r.member_state = ?");
            params.add(f.memberState());
        }
        if (f.status() != null) {
            conditions.add("r.status = ?");
            params.add(f.status().name());
        }
        if (f.from() != null) {
            conditions.add("r.period_to >= ?");
            params.add(f.from().atDay(1));
        }
        if (f.to() != null) {
            conditions.add("r.period_from <= ?");
            params.add(f.to().atEndOfMonth());
        }
        if (f.contingent() != null && f.contingent().matches("\\d{1,18}")) {
            conditions.add("r.contingent_id = ?");   // the contingent page links by id
            params.add(Long.parseLong(f.contingent()));
        } else if (f.contingent() != null) {
            conditions.add("UPPER(c.reference) LIKE ? ESCAPE '!'");
            params.add("%" + f.contingent().toUpperCase(Locale.ROOT).replace("!", "!!").replace("%", "!%")
                    .replace("_", "!_") + "%");
        }
        return new Where(conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions), params);
    }

    private static String placeholders(int n) {
        return String.join(", ", java.util.Collections.nCopies(n, "?"));
    }

    private static Row row(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        String status = rs.getString(12);
        BigDecimal total = rs.getBigDecimal(13).setScale(2);
        BigDecimal adjustments = rs.getBigDecimal(14).setScale(2);
        BigDecimal paid = rs.getBigDecimal(15).setScale(2);
        BigDecimal certified = "CERTIFIED".equals(status) ? total.add(adjustments) : BigDecimal.ZERO.setScale(2);
        return new Row(rs.getLong(1), rs.getString(2), rs.getLong(3), rs.getString(4), rs.getString(5),
                rs.getString(6), rs.getString(7), YearMonth.from(rs.getObject(8, LocalDate.class)),
                YearMonth.from(rs.getObject(9, LocalDate.class)), rs.getString(10), rs.getString(11), status, total,
                adjustments, certified, paid, certified.subtract(paid));
    }

    private static String blankToNull(String s, boolean upper) {
        if (s == null || s.isBlank()) {
            return null;
        }
        return upper ? s.strip().toUpperCase(Locale.ROOT) : s.strip();
    }
}
