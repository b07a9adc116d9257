package org.fieldsupport.claims.report.internal;

import java.math.BigDecimal;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.fieldsupport.claims.report.domain.VerificationReport;
import org.fieldsupport.claims.rules.domain.Explanation;
import org.fieldsupport.claims.rules.domain.Flag;
import org.fieldsupport.claims.rules.domain.Statement;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.BatchPreparedStatementSetter;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.StatementCreatorUtils;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** Verification reports, their lines and payments; optimistic locking on the report's version. */
@Repository
public class ReportStore {

    private static final String COLUMNS = """
            id, reference, contingent_id, mission_code, member_state, period_from, period_to, rule_set, currency,
            total, adjustments, paid, status, submitted_by, reviewed_by, certified_by, version""";

    private static final String INSERT_REPORT = "INSERT INTO claims_verification_report ("
            + COLUMNS.replace("id, reference", "reference") + ", created_by, created_at, modified_by, modified_at) "
            + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

    private static final int[] REPORT_TYPES = {Types.VARCHAR, Types.BIGINT, Types.VARCHAR, Types.VARCHAR, Types.DATE,
            Types.DATE, Types.VARCHAR, Types.VARCHAR, Types.NUMERIC, Types.NUMERIC, Types.NUMERIC, Types.VARCHAR,
            Types.VARCHAR, Types.VARCHAR, Types.VARCHAR, Types.BIGINT, Types.VARCHAR, Types.TIMESTAMP_WITH_TIMEZONE,
            Types.VARCHAR, Types.TIMESTAMP_WITH_TIMEZONE};

    /** A report's computed lines, one document per report (V28_1, {@link ComputedLinesCodec}). */
    private static final String INSERT_COMPUTED_LINES = """
            INSERT INTO claims_report_computed_lines (report_id, format, line_count, content) VALUES (?, ?, ?, ?)""";

    private static final int[] COMPUTED_LINES_TYPES = {Types.BIGINT, Types.SMALLINT, Types.INTEGER, Types.VARBINARY};

    /** An adjustment line, added after certification by someone else: it keeps its own audit. */
    private static final String INSERT_ADJUSTMENT_LINE = """
            INSERT INTO claims_report_line (report_id, line_month, kind, reference, amount, flags, explanation_key,
                explanation_args, reason, created_by, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""";

    private static final Flag[] FLAGS = Flag.values();

    private final JdbcClient jdbc;
    private final JdbcTemplate template;

    ReportStore(JdbcClient jdbc, JdbcTemplate template) {
        this.jdbc = jdbc;
        this.template = template;
    }

    public record StoredLine(LocalDate month, String kind, String reference, BigDecimal amount, List<String> flags,
                      Explanation explanation, String reason) { }

    /** A computed report and its lines, to be stored together. */
    record NewReport(VerificationReport report, ComputedLinesCodec.Document lines) {

        /** Encodes the statement's lines now (a report batch does it on its computing threads). */
        NewReport(VerificationReport report, Statement statement) {
            this(report, ComputedLinesCodec.encode(statement));
        }
    }

    long insert(VerificationReport report, Statement statement, String user) {
        return insert(List.of(new NewReport(report, statement)), user).get(0);
    }

    /**
     * Stores computed reports with all their lines (the caller's transaction); returns the reports' ids in order.
     * The reports go in one typed JDBC batch returning their ids (typed, so no parameter metadata lookups); a
     * report's computed lines in one document (their audit is the report's created_by / created_at), and the
     * documents of all the reports in a second batch.
     */
    List<Long> insert(List<NewReport> computed, String user) {
        if (computed.isEmpty()) {
            return List.of();
        }
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        List<Object[]> rows = new ArrayList<>(computed.size());
        for (NewReport item : computed) {
            VerificationReport report = item.report();
            rows.add(new Object[] {report.reference(), report.contingentId(), report.missionCode(),
                    report.memberState(), report.from().atDay(1), report.to().atEndOfMonth(), report.ruleSetId(),
                    report.currency(), report.total(), report.adjustments(), report.paid(), report.status().name(),
                    report.submittedBy(), report.reviewedBy(), report.certifiedBy(), 0L, user, now, user, now});
        }
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        template.batchUpdate(connection -> connection.prepareStatement(INSERT_REPORT, new String[] {"id"}),
                new BatchPreparedStatementSetter() {
                    @Override
                    public void setValues(PreparedStatement statement, int i) throws SQLException {
                        Object[] row = rows.get(i);
                        for (int c = 0; c < row.length; c++) {
                            StatementCreatorUtils.setParameterValue(statement, c + 1, REPORT_TYPES[c], row[c]);
                        }
                    }

                    @Override
                    public int getBatchSize() {
                        return rows.size();
                    }
                }, keys);
        List<Long> ids = keys.getKeyList().stream().map(k -> ((Number) k.get("id")).longValue()).toList();
        if (ids.size() != computed.size()) {
            throw new IllegalStateException("expected " + computed.size() + " report ids, got " + ids.size());
        }
        List<Object[]> documents = new ArrayList<>(computed.size());
        for (int i = 0; i < computed.size(); i++) {
            ComputedLinesCodec.Document document = computed.get(i).lines();
            documents.add(new Object[] {ids.get(i), ComputedLinesCodec.FORMAT, document.lines(), document.content()});
        }
        template.batchUpdate(INSERT_COMPUTED_LINES, documents, COMPUTED_LINES_TYPES);
        return ids;
    }

    /** A line's flags as stored: their names in declaration order, comma-separated ("" for none). */
    static String flags(Set<Flag> flags) {
        if (flags.isEmpty()) {
            return "";
        }
        StringBuilder text = new StringBuilder();
        for (Flag flag : FLAGS) {
            if (flags.contains(flag)) {
                if (!text.isEmpty()) {
                    text.append(',');
                }
                text.append(flag.name());
            }
        }
        return text.toString();
    }

    void insertAdjustment(long reportId, BigDecimal amount, String reason, String user) {
        insertLine(reportId, null, "ADJUSTMENT", null, amount, List.of(),
                Explanation.of("claims.explain.adjustment", amount), reason, user, OffsetDateTime.now(ZoneOffset.UTC));
    }

    private void insertLine(long reportId, LocalDate month, String kind, String reference, BigDecimal amount,
                            List<String> flags, Explanation explanation, String reason, String user, OffsetDateTime now) {
        jdbc.sql(INSERT_ADJUSTMENT_LINE)
                .params(reportId, month, kind, reference, amount, String.join(",", flags), explanation.messageKey(),
                        ExplanationCodec.encode(explanation.args()), reason, user, now)
                .update();
    }

    void insertPayment(long reportId, BigDecimal amount, String currency, LocalDate paidOn, String reference, String user) {
        jdbc.sql("""
                INSERT INTO claims_payment (report_id, paid_on, amount, currency, reference, created_by, created_at)
                VALUES (?, ?, ?, ?, ?, ?, ?)""")
                .params(reportId, paidOn, amount, currency, reference, user, OffsetDateTime.now(ZoneOffset.UTC))
                .update();
    }

    Optional<VerificationReport> find(long id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM claims_verification_report WHERE id = ?").param(id)
                .query(ReportStore::report).optional();
    }

    /**
     * A report's lines: its computed lines (from its document; as rows for reports computed before V28_1), then
     * its adjustment lines in the order they were added.
     */
    public List<StoredLine> lines(long reportId) {
        List<StoredLine> lines = new ArrayList<>(jdbc.sql(
                        "SELECT content FROM claims_report_computed_lines WHERE report_id = ?")
                .param(reportId)
                .query((rs, n) -> ComputedLinesCodec.decode(rs.getBytes(1)))
                .optional().orElse(List.of()));
        lines.addAll(jdbc.sql("""
                SELECT line_month, kind, reference, amount, flags, explanation_key, explanation_args, reason
                FROM claims_report_line WHERE report_id = ? ORDER BY id""")
                .param(reportId)
                .query(ReportStore::lineRow)
                .list());
        return lines;
    }

    /** A line stored as a row of {@code claims_report_line} (columns in the order of {@link #lines(long)}). */
    static StoredLine lineRow(ResultSet rs, int n) throws SQLException {
        return new StoredLine(rs.getObject(1, LocalDate.class), rs.getString(2), rs.getString(3),
                rs.getBigDecimal(4), rs.getString(5).isEmpty() ? List.of() : List.of(rs.getString(5).split(",")),
                new Explanation(rs.getString(6), ExplanationCodec.decode(rs.getString(7))), rs.getString(8));
    }

    /** A payment recorded against a report. */
    record StoredPayment(LocalDate paidOn, BigDecimal amount, String currency, String reference, String recordedBy,
                         OffsetDateTime recordedAt) { }

    List<StoredPayment> payments(long reportId) {
        return jdbc.sql("""
                SELECT paid_on, amount, currency, reference, created_by, created_at
                FROM claims_payment WHERE report_id = ? ORDER BY paid_on, id""")
                .param(reportId)
                .query((rs, n) -> new StoredPayment(rs.getObject(1, LocalDate.class), rs.getBigDecimal(2),
                        rs.getString(3), rs.getString(4), rs.getString(5), rs.getObject(6, OffsetDateTime.class)))
                .list();
    }

    /** Who computed the report and when it was computed, submitted, reviewed and certified (null while not yet). */
    record Timeline(String computedBy, OffsetDateTime computedAt, OffsetDateTime submittedAt,
                    OffsetDateTime reviewedAt, OffsetDateTime certifiedAt) { }

    Timeline timeline(long reportId) {
        return jdbc.sql("""
                SELECT created_by, created_at, submitted_at, reviewed_at, certified_at
                FROM claims_verification_report WHERE id = ?""")
                .param(reportId)
                .query((rs, n) -> new Timeline(rs.getString(1), rs.getObject(2, OffsetDateTime.class),
                        rs.getObject(3, OffsetDateTime.class), rs.getObject(4, OffsetDateTime.class),
                        rs.getObject(5, OffsetDateTime.class)))
                .single();
    }

    /**
     * After the workflow kit moved the report (state and version, compare-and-set): its steps' people and times.
     * A step just done gets {@code now}; a step undone by a return loses its time with its person.
     */
    void recordSteps(VerificationReport r, String action, String user) {
        Timeline t = timeline(r.id());
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        OffsetDateTime submittedAt = r.submittedBy() == null ? null : "submit".equals(action) ? now : t.submittedAt();
        OffsetDateTime reviewedAt = r.reviewedBy() == null ? null : "review".equals(action) ? now : t.reviewedAt();
        OffsetDateTime certifiedAt = r.certifiedBy() == null ? null : "certify".equals(action) ? now : t.certifiedAt();
        jdbc.sql("""
                UPDATE claims_verification_report SET submitted_by = ?, reviewed_by = ?, certified_by = ?,
                    submitted_at = ?, reviewed_at = ?, certified_at = ?, modified_by = ?, modified_at = ?
                WHERE id = ?""")
                .params(r.submittedBy(), r.reviewedBy(), r.certifiedBy(), submittedAt, reviewedAt, certifiedAt, user,
                        now, r.id())
                .update();
    }

    /** Saves the report's state; refuses when someone else changed it since it was read. */
    void update(VerificationReport r, String user) {
        int updated = jdbc.sql("""
                UPDATE claims_verification_report SET status = ?, adjustments = ?, paid = ?, submitted_by = ?,
                    reviewed_by = ?, certified_by = ?,
                    submitted_at = CASE WHEN ? = 'SUBMITTED' AND submitted_at IS NULL THEN ? ELSE submitted_at END,
                    reviewed_at = CASE WHEN ? = 'TECHNICALLY_REVIEWED' AND reviewed_at IS NULL THEN ? ELSE reviewed_at END,
                    certified_at = CASE WHEN ? = 'CERTIFIED' AND certified_at IS NULL THEN ? ELSE certified_at END,
                    version = version + 1, modified_by = ?, modified_at = ?
                WHERE id = ? AND version = ?""")
                .params(r.status().name(), r.adjustments(), r.paid(), r.submittedBy(), r.reviewedBy(),
                        r.certifiedBy(), r.status().name(), OffsetDateTime.now(ZoneOffset.UTC), r.status().name(),
                        OffsetDateTime.now(ZoneOffset.UTC), r.status().name(), OffsetDateTime.now(ZoneOffset.UTC), user,
                        OffsetDateTime.now(ZoneOffset.UTC), r.id(), r.version())
                .update();
        if (updated != 1) {
            throw new OptimisticLockingFailureException("verification report " + r.reference() + " changed meanwhile");
        }
    }


    private static VerificationReport report(ResultSet rs, int n) throws SQLException {
        return new VerificationReport(rs.getLong(1), rs.getString(2), rs.getLong(3), rs.getString(4), rs.getString(5),
                YearMonth.from(rs.getObject(6, LocalDate.class)), YearMonth.from(rs.getObject(7, LocalDate.class)),
                rs.getString(8), rs.getString(9), rs.getBigDecimal(10), rs.getBigDecimal(11), rs.getBigDecimal(12),
                VerificationReport.Status.valueOf(rs.getString(13)), rs.getString(14), rs.getString(15),
                rs.getString(16), rs.getLong(17));
    }
}
