package org.fieldsupport.claims.portal.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.fieldsupport.claims.report.internal.ReportLedger;
import org.fieldsupport.claims.shared.internal.ClaimsAccess;
import org.fieldsupport.claims.shared.internal.ClaimsPermissions;
import org.fieldsupport.platform.security.AccessPolicy;
import org.fieldsupport.platform.security.CurrentUser;
import org.fieldsupport.platform.security.Scope;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The Member State portal's read side: a state's contingents (MOUs), its reports and the certified / paid /
 * outstanding amounts per mission and period. Every entry point checks {@code claims.portal.read} at the
 * state's scope first, so a user scoped to another Member State is refused (403).
 */
@Component
public class PortalQueries {

    private final JdbcClient jdbc;
    private final ClaimsAccess access;
    private final ObjectProvider<AccessPolicy> accessPolicy;
    private final ReportLedger ledger;

    PortalQueries(JdbcClient jdbc, ClaimsAccess access, ObjectProvider<AccessPolicy> accessPolicy,
                  ReportLedger ledger) {
        this.jdbc = jdbc;
        this.access = access;
        this.accessPolicy = accessPolicy;
        this.ledger = ledger;
    }

    public record ContingentRow(long id, String reference, String missionCode, String unitType, int authorisedStrength,
                                LocalDate deployedOn, LocalDate repatriatedOn) { }

    public record ReportRow(long id, String reference, String missionCode, YearMonth from, YearMonth to,
                            String currency, String status, BigDecimal certified, BigDecimal paid,
                            BigDecimal outstanding) { }

    /** One line of the summary / statement: a mission and period, amounts in one currency. */
    public record SummaryRow(String missionCode, YearMonth from, YearMonth to, String currency, BigDecimal certified,
                             BigDecimal paid, BigDecimal outstanding) { }

    public record Totals(String currency, BigDecimal certified, BigDecimal paid, BigDecimal outstanding) { }

    /** Refuses (403) unless the signed-in user may read this Member State's portal. */
    public String requireState(String iso3) {
        String state = normalise(iso3);
        if (!access.may(ClaimsPermissions.PORTAL_READ, Scope.memberState(state))) {
            throw new AccessDeniedException("not allowed to read the portal of " + state);
        }
        return state;
    }

    /**
     * The Member States the signed-in user may pick: their own MEMBER_STATE scopes, or every state with a
     * contingent for users holding the permission at department scope.
     */
    @Transactional(readOnly = true)
    public List<String> selectableStates() {
        String user = CurrentUser.username().orElse(null);
        AccessPolicy policy = accessPolicy.getIfAvailable();
        if (user == null) {
            return List.of();
        }
        Set<String> states = new TreeSet<>();
        boolean department = policy == null;
        if (policy != null) {
            for (Scope scope : policy.scopesOf(user, ClaimsPermissions.PORTAL_READ)) {
                if (scope.type() == Scope.ScopeType.MEMBER_STATE) {
                    states.add(scope.key());
                } else if (scope.type() == Scope.ScopeType.DEPARTMENT) {
                    department = true;
                }
            }
        }
        if (department) {
            states.addAll(jdbc.sql("SELECT DISTINCT member_state FROM claims_contingent").query(String.class).list());
        }
        return List.copyOf(states);
    }

    @Transactional(readOnly = true)
    public List<ContingentRow> contingents(String iso3) {
        String state = requireState(iso3);
        return jdbc.sql("""
                SELECT id, reference, mission_code, unit_type, authorised_strength, deployed_on, repatriated_on
                FROM claims_contingent WHERE member_state = ? ORDER BY mission_code, reference""")
                .param(state)
                .query((rs, n) -> new ContingentRow(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getInt(5), rs.getObject(6, LocalDate.class), rs.getObject(7, LocalDate.class)))
                .list();
    }

    /** One statement: no transaction of its own (its BEGIN and COMMIT were a third of the read's database work). */
    public List<ReportRow> reports(String iso3) {
        String state = requireState(iso3);
        // the shared definition of certified / paid / outstanding (ReportLedger, from the domain)
        return ledger.entries(ReportLedger.Filter.memberState(state)).stream()
                .sorted(java.util.Comparator.comparing(ReportLedger.Entry::missionCode)
                        .thenComparing(ReportLedger.Entry::from).thenComparing(ReportLedger.Entry::id))
                .map(e -> new ReportRow(e.id(), e.reference(), e.missionCode(), e.from(), e.to(), e.currency(),
                        e.status(), e.certified(), e.paid(), e.outstanding()))
                .toList();
    }

    /** Certified, paid and outstanding per mission and period (reports of the same mission and period summed). */
    public List<SummaryRow> summary(String iso3) {
        Map<String, SummaryRow> rows = new LinkedHashMap<>();
        for (ReportRow r : reports(iso3)) {
            String key = r.missionCode() + "|" + r.from() + "|" + r.to() + "|" + r.currency();
            rows.merge(key, new SummaryRow(r.missionCode(), r.from(), r.to(), r.currency(), r.certified(), r.paid(),
                    r.outstanding()), (a, b) -> new SummaryRow(a.missionCode(), a.from(), a.to(), a.currency(),
                    a.certified().add(b.certified()), a.paid().add(b.paid()), a.outstanding().add(b.outstanding())));
        }
        return new ArrayList<>(rows.values());
    }

    /** Totals per currency over the summary rows. */
    public static List<Totals> totals(List<SummaryRow> rows) {
        Map<String, Totals> totals = new LinkedHashMap<>();
        for (SummaryRow r : rows) {
            totals.merge(r.currency(), new Totals(r.currency(), r.certified(), r.paid(), r.outstanding()),
                    (a, b) -> new Totals(a.currency(), a.certified().add(b.certified()), a.paid().add(b.paid()),
                            a.outstanding().add(b.outstanding())));
        }
        return new ArrayList<>(totals.values());
    }

    private static String normalise(String iso3) {
        if (iso3 == null || !iso3.matches("[A-Za-z]{3}")) {
            throw new AccessDeniedException("not a Member State code");
        }
        return iso3.toUpperCase(Locale.ROOT);
    }
}
