package org.fieldsupport.claims.report.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.fieldsupport.claims.mou.internal.ContingentData;
import org.fieldsupport.claims.mou.internal.NewContingent;
import org.fieldsupport.claims.rules.domain.ClaimLine;
import org.fieldsupport.claims.rules.domain.CoeRuleSet2026v1;
import org.fieldsupport.claims.rules.domain.IncompleteInputException;
import org.fieldsupport.claims.rules.domain.LeaseType;
import org.fieldsupport.claims.rules.domain.MissionFactors;
import org.fieldsupport.claims.rules.domain.MonthStatement;
import org.fieldsupport.claims.rules.domain.Provider;
import org.fieldsupport.claims.rules.domain.Rating;
import org.fieldsupport.claims.rules.domain.Statement;
import org.fieldsupport.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The quarter-end batch: what it stores is what the rule set computes, chunk by chunk, audited; refusals stop it. */
@IntegrationTest
class ReportBatchTests {

    static final YearMonth FROM = YearMonth.of(2026, 7);
    static final YearMonth TO = YearMonth.of(2026, 9);

    @Autowired ReportBatch batch;
    @Autowired ContingentData contingents;
    @Autowired ReportStore reports;
    @Autowired JdbcClient jdbc;
    @Autowired org.springframework.transaction.support.TransactionTemplate transactions;

    @Test
    void stores_every_report_with_the_lines_the_rule_set_computes_across_chunks() {
        String run = "RB-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            ids.add(contingents.register(contingent(run + "-" + i, i, true)));
        }
        long audited = audits();

        ReportBatch.Result result = batch.computeAndStore(ids, FROM, TO, CoeRuleSet2026v1.ID, "batch-test", 2);

        CoeRuleSet2026v1 rules = new CoeRuleSet2026v1();
        BigDecimal expectedTotal = BigDecimal.ZERO.setScale(2);
        long expectedLines = 0;
        for (Long id : ids) {
            Statement statement = contingents.input(id).calculate(rules, FROM, TO);
            expectedTotal = expectedTotal.add(statement.total());
            long reportId = jdbc.sql("SELECT id FROM claims_verification_report WHERE contingent_id = ?").param(id)
                    .query(Long.class).single();
            assertThat(reports.find(reportId).orElseThrow().total()).isEqualByComparingTo(statement.total());
            List<ReportStore.StoredLine> stored = reports.lines(reportId);
            List<ReportStore.StoredLine> expected = new ArrayList<>();
            for (MonthStatement month : statement.months()) {
                for (ClaimLine line : month.lines()) {
                    expected.add(new ReportStore.StoredLine(month.month().atDay(1), line.kind().name(),
                            line.reference(), line.amount(), line.flags().stream().sorted().map(Enum::name).toList(),
                            line.explanation(), null));
                }
            }
            assertThat(stored).isEqualTo(expected);
            expectedLines += expected.size();
        }
        assertThat(result.reports()).isEqualTo(5);
        assertThat(result.lines()).isEqualTo(expectedLines);
        assertThat(result.total()).isEqualByComparingTo(expectedTotal);
        assertThat(result.computing()).isPositive();
        assertThat(result.storing()).isPositive();
        assertThat(audits() - audited).as("one audit record per stored report").isEqualTo(5);
        assertThat(expectedLines).as("flagged lines are stored too").isGreaterThan(5L * 3 * 6);
    }

    @Test
    void a_refused_contingent_stops_the_run_before_its_chunk_is_written() {
        String run = "RB-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        long first = contingents.register(contingent(run + "-0", 0, true));
        long second = contingents.register(contingent(run + "-1", 1, true));
        long refused = contingents.register(contingent(run + "-2", 2, false));   // no strength return for September
        long after = contingents.register(contingent(run + "-3", 3, true));

        assertThatThrownBy(() -> batch.computeAndStore(List.of(first, second, refused, after), FROM, TO,
                CoeRuleSet2026v1.ID, "batch-test", 2))
                .isInstanceOf(IncompleteInputException.class)
                .satisfies(e -> assertThat(((IncompleteInputException) e).problems())
                        .anySatisfy(p -> assertThat(p.messageKey()).isEqualTo("claims.input.strengthReturn.missing")));

        assertThat(reportsOf(first)).isEqualTo(1);
        assertThat(reportsOf(second)).isEqualTo(1);
        assertThat(reportsOf(refused)).isZero();
        assertThat(reportsOf(after)).as("its chunk is not written either").isZero();
    }

    @Test
    void computed_lines_are_one_document_audited_by_their_report_and_adjustments_rows_by_their_own_author() {
        String run = "RB-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        long id = contingents.register(contingent(run + "-0", 0, true));
        batch.computeAndStore(List.of(id), FROM, TO, CoeRuleSet2026v1.ID, "batch-test");
        long reportId = jdbc.sql("SELECT id FROM claims_verification_report WHERE contingent_id = ?").param(id)
                .query(Long.class).single();
        int computed = reports.lines(reportId).size();
        reports.insertAdjustment(reportId, new BigDecimal("-12.34"), "double-counted truck", "claims-officer");

        assertThat(jdbc.sql("SELECT created_by FROM claims_verification_report WHERE id = ?").param(reportId)
                .query(String.class).single()).isEqualTo("batch-test");
        assertThat(jdbc.sql("SELECT line_count FROM claims_report_computed_lines WHERE report_id = ?")
                .param(reportId).query(Integer.class).single()).as("the document holds every computed line")
                .isEqualTo(computed).isGreaterThan(0);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM claims_report_line WHERE report_id = ? AND kind <> 'ADJUSTMENT'")
                .param(reportId).query(Long.class).single()).as("no computed line is a row").isZero();
        List<ReportStore.StoredLine> lines = reports.lines(reportId);
        assertThat(lines).hasSize(computed + 1);
        assertThat(lines.get(computed).kind()).as("adjustments come after the computed lines").isEqualTo("ADJUSTMENT");
        assertThat(lines.get(computed).reason()).isEqualTo("double-counted truck");
        assertThat(jdbc.sql("""
                SELECT created_by FROM claims_report_line WHERE report_id = ? AND kind = 'ADJUSTMENT'
                AND created_at IS NOT NULL""").param(reportId).query(String.class).single())
                .isEqualTo("claims-officer");
        assertThatThrownBy(() -> jdbc.sql("""
                INSERT INTO claims_report_line (report_id, kind, amount, flags, explanation_key, explanation_args)
                VALUES (?, 'ADJUSTMENT', 1.00, '', 'claims.explain.adjustment', 'D:1.00')""").param(reportId).update())
                .as("an adjustment without its author is refused by the schema")
                .isInstanceOf(org.springframework.dao.DataIntegrityViolationException.class);
    }

    @Test
    void refuses_to_run_inside_a_transaction() {
        String run = "RB-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        long id = contingents.register(contingent(run + "-0", 0, true));
        assertThatThrownBy(() -> transactions.executeWithoutResult(status ->
                batch.computeAndStore(List.of(id), FROM, TO, CoeRuleSet2026v1.ID, "batch-test")))
                .isInstanceOf(IllegalStateException.class);
        assertThat(reportsOf(id)).isZero();
    }

    private long reportsOf(long contingentId) {
        return jdbc.sql("SELECT COUNT(*) FROM claims_verification_report WHERE contingent_id = ?").param(contingentId)
                .query(Long.class).single();
    }

    private long audits() {
        return jdbc.sql("SELECT COUNT(*) FROM audit_record WHERE entity_type = 'claims.verification-report'")
                .query(Long.class).single();
    }

    private static NewContingent contingent(String reference, int i, boolean allReturns) {
        List<NewContingent.Equipment> equipment = List.of(
                new NewContingent.Equipment("ME-1", "APC", "APC, wheeled (illustrative rate)", LeaseType.WET, 10,
                        new BigDecimal("5000.00")),
                new NewContingent.Equipment("ME-2", "Truck", "Truck, cargo (illustrative rate)", LeaseType.DRY, 4,
                        new BigDecimal("1234.57")),
                new NewContingent.Equipment("ME-3", "Radio", "HF radio (illustrative rate)", LeaseType.WET, 3,
                        new BigDecimal("650.00")));
        List<NewContingent.Category> categories = List.of(
                new NewContingent.Category("CATERING", Provider.CONTRIBUTOR, new BigDecimal("28.00")),
                new NewContingent.Category("COMMUNICATIONS", Provider.CONTRIBUTOR, new BigDecimal("12.50")),
                new NewContingent.Category("ACCOMMODATION", Provider.UN, null));
        Map<String, Integer> arrival = Map.of("ME-1", 10, "ME-2", 4 + i);
        Map<String, Integer> readiness = Map.of("ME-1", 8 - i);
        Map<YearMonth, BigDecimal> returns = new LinkedHashMap<>();
        for (int m = 7; m <= (allReturns ? 9 : 8); m++) {
            returns.put(YearMonth.of(2026, m), new BigDecimal("842.5").subtract(BigDecimal.valueOf(m + i)));
        }
        return new NewContingent(reference, "MINUSCA", "RWA", "Infantry battalion (illustrative)", 850,
                new MissionFactors(new BigDecimal("0.02"), new BigDecimal("0.015"), BigDecimal.ZERO,
                        new BigDecimal("0.01")),
                LocalDate.of(2025, 3, 1), i == 1 ? LocalDate.of(2026, 9, 17) : null, true, equipment, categories,
                List.of(new NewContingent.Inspection("ARRIVAL", LocalDate.of(2025, 3, 6), arrival,
                                Map.of("CATERING", Rating.SATISFACTORY)),
                        new NewContingent.Inspection("OPERATIONAL_READINESS", LocalDate.of(2026, 8, 20), readiness,
                                Map.of("CATERING", Rating.PARTIALLY_SATISFACTORY,
                                        "COMMUNICATIONS", Rating.UNSATISFACTORY))),
                returns);
    }
}
