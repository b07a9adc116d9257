package org.fieldsupport.claims.report.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import org.fieldsupport.claims.report.domain.VerificationReport;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The one read of verification-report amounts that the Member State portal and the claims reports share:
 * certified, paid and outstanding per report, as the domain defines them ({@link VerificationReport#certifiedAmount()}
 * — total plus adjustments once certified, zero before — and {@link VerificationReport#outstanding()}), so
 * there is no second definition in SQL. No permission check here: callers check first.
 */
@Component
public class ReportLedger {

    private final JdbcClient jdbc;

    ReportLedger(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** One report's amounts as of now. */
    public record Entry(long id, String reference, long contingentId, String missionCode, String memberState,
                        YearMonth from, YearMonth to, String currency, String status, BigDecimal total,
                        BigDecimal certified, BigDecimal paid, BigDecimal outstanding) { }

    /**
     * Which reports: a Member State and a mission (null = any), reports whose period STARTS in [from, to]
     * (null = open), and {@code missions} the reader may see (null = no restriction).
     */
    public record Filter(String memberState, String missionCode, YearMonth from, YearMonth to, Set<String> missions) {

        public static Filter memberState(String iso3) {
            return new Filter(iso3, null, null, null, null);
        }
    }

    public List<Entry> entries(Filter filter) {
        List<String> where = new ArrayList<>();
        List<Object> params = new ArrayList<>();
        if (filter.memberState() != null) {
            where.add("member_state = ?");
            params.add(filter.memberState());
        }
        if (filter.missionCode() != null) {
            where.add("mission_code = ?");
            params.add(filter.missionCode());
        }
        if (filter.from() != null) {
            where.add("period_from >= ?");
            params.add(filter.from().atDay(1));
        }
        if (filter.to() != null) {
            where.add("period_from <= ?");
            params.add(filter.to().atEndOfMonth());
        }
        if (filter.missions() != null) {
            if (filter.missions().isEmpty()) {
                return List.of();
            }
            where.add("mission_code IN (" + String.join(", ", Collections.nCopies(filter.missions().size(), "?")) + ")");
            params.addAll(filter.missions().stream().sorted().toList());
        }
        return jdbc.sql("""
                SELECT id, reference, contingent_id, mission_code, member_state, period_from, period_to, rule_set,
                       currency, total, adjustments, paid, status, submitted_by, reviewed_by, certified_by, version
                FROM claims_verification_report""" + (where.isEmpty() ? "" : " WHERE " + String.join(" AND ", where))
                        + " ORDER BY member_state, mission_code, period_from, id")
                .params(params)
                .query((rs, n) -> {
                    VerificationReport r = new VerificationReport(rs.getLong(1), rs.getString(2), rs.getLong(3),
                            rs.getString(4), rs.getString(5), YearMonth.from(rs.getObject(6, LocalDate.class)),
                            YearMonth.from(rs.getObject(7, LocalDate.class)), rs.getString(8), rs.getString(9),
                            rs.getBigDecimal(10), rs.getBigDecimal(11), rs.getBigDecimal(12),
                            VerificationReport.Status.valueOf(rs.getString(13)), rs.getString(14), rs.getString(15),
                            rs.getString(16), rs.getLong(17));
                    return new Entry(r.id(), r.reference(), r.contingentId(), r.missionCode(), r.memberState(), r.from(),
                            r.to(), r.currency(), r.status().name(), r.total().setScale(2),
                            r.certifiedAmount().setScale(2), r.paid().setScale(2), r.outstanding().setScale(2));
                })
                .list();
    }

    /** A payment recorded against one of a Member State's reports (the statement lists them). */
    public record PaymentEntry(String reportReference, String missionCode, java.time.LocalDate paidOn,
                               BigDecimal amount, String currency, String reference) { }

    /** A Member State's payments, oldest first (no permission check: callers check first). */
    public List<PaymentEntry> payments(String memberState) {
        return jdbc.sql("""
                SELECT r.reference, r.mission_code, p.paid_on, p.amount, p.currency, p.reference
                FROM claims_payment p JOIN claims_verification_report r ON r.id = p.report_id
                WHERE r.member_state = ? ORDER BY p.paid_on, p.id""")
                .param(memberState)
                .query((rs, n) -> new PaymentEntry(rs.getString(1), rs.getString(2),
                        rs.getObject(3, java.time.LocalDate.class), rs.getBigDecimal(4).setScale(2), rs.getString(5),
                        rs.getString(6)))
                .list();
    }
}
