package org.fieldsupport.claims.mou.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.fieldsupport.claims.Claims;
import org.fieldsupport.claims.report.internal.ClaimsService;
import org.fieldsupport.claims.report.internal.ReportBatch;
import org.fieldsupport.claims.rules.domain.LeaseType;
import org.fieldsupport.claims.rules.domain.MissionFactors;
import org.fieldsupport.claims.rules.domain.Provider;
import org.fieldsupport.claims.rules.domain.Rating;
import org.fieldsupport.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithMockUser;

/**
 * A stored verification report computes each month with the MOU version in force on its first day: a quarter
 * spanning an amendment (from 1 August 2026) computes July with version 1 and August-September with version 2,
 * through the single-report path and the quarter-end batch alike. Amounts computed by hand in the comments.
 */
@IntegrationTest
class MouVersionComputationTests {

    static final YearMonth JULY = YearMonth.of(2026, 7);
    static final YearMonth SEPTEMBER = YearMonth.of(2026, 9);

    @Autowired ContingentData contingents;
    @Autowired MouService mous;
    @Autowired ClaimsService claims;
    @Autowired ReportBatch batch;
    @Autowired JdbcTemplate jdbc;

    private long contingentWithAnAmendmentFromAugust() {
        Map<YearMonth, BigDecimal> returns = new LinkedHashMap<>();
        for (int m = 7; m <= 9; m++) {
            returns.put(YearMonth.of(2026, m), new BigDecimal("800"));
        }
        long id = contingents.register(new NewContingent("TEST-MOU-" + UUID.randomUUID(), "MINUSCA", "BGD",
                "Infantry battalion", 850, new MissionFactors(new BigDecimal("0.02"), new BigDecimal("0.015"),
                BigDecimal.ZERO, BigDecimal.ZERO), LocalDate.of(2025, 1, 1), null, false,
                List.of(new NewContingent.Equipment("ME-1", "APC", "APC, wheeled", LeaseType.WET, 10,
                        new BigDecimal("5000.00"))),
                List.of(new NewContingent.Category("CATERING", Provider.CONTRIBUTOR, new BigDecimal("28.00"))),
                List.of(new NewContingent.Inspection("ARRIVAL", LocalDate.of(2026, 6, 20), Map.of("ME-1", 12),
                                Map.of("CATERING", Rating.SATISFACTORY)),
                        // ME-9 exists only from version 2: this finding is not version 1's business
                        new NewContingent.Inspection("PERIODIC", LocalDate.of(2026, 8, 20), Map.of("ME-9", 2),
                                Map.of())),
                returns));
        int number = mous.amend(id, new MouService.Changes(LocalDate.of(2026, 8, 1), "Amendment 1",
                "Four more APCs and a water purification unit", null,
                new MouService.FactorsInput(new BigDecimal("0.03"), null, null, null), null, null, null, null))
                .draft().version().number();
        mous.putLine(id, number, new MouService.LineInput("ME-1", "APC", "APC, wheeled", "WET", 14, null,
                new BigDecimal("5000.00"), "negotiated"));
        mous.putLine(id, number, new MouService.LineInput("ME-9", "Water", "Water purification unit", "DRY", 2, null,
                new BigDecimal("900.00"), "no table rate for this model"));
        mous.takeEffect(id, number);
        return id;
    }

    private static Map<YearMonth, BigDecimal> monthTotals(Claims.Report report) {
        return report.lines().stream().collect(Collectors.groupingBy(Claims.Line::month, java.util.TreeMap::new,
                Collectors.reducing(BigDecimal.ZERO, Claims.Line::amount, BigDecimal::add)));
    }

    @Test
    @WithMockUser("admin")
    void a_quarter_spanning_an_amendment_uses_version_1_for_july_and_version_2_for_august_and_september() {
        long id = contingentWithAnAmendmentFromAugust();
        Claims.Report report = claims.computeAs("test", contingents.find(id).orElseThrow(), JULY, SEPTEMBER, null);

        // July (v1, F = 0.035): APCs min(10, 12) x 5000.00 x 1.035 = 51,750.00; catering 28.00 x 800 x 1.035 =
        // 23,184.00; troop cost 1428.00 x 800 = 1,142,400.00 -> 1,217,334.00
        // August, September (v2, F = 0.045): APCs min(14, 12) x 5000.00 x 1.045 = 62,700.00; catering 28.00 x 800 x
        // 1.045 = 23,408.00; water units 2 x 900.00 x 1.045 = 1,881.00; troop cost 1,142,400.00 -> 1,230,389.00
        assertThat(monthTotals(report)).containsExactly(
                Map.entry(JULY, new BigDecimal("1217334.00")),
                Map.entry(YearMonth.of(2026, 8), new BigDecimal("1230389.00")),
                Map.entry(SEPTEMBER, new BigDecimal("1230389.00")));
        assertThat(report.total()).isEqualByComparingTo("3678112.00");
        assertThat(report.lines()).filteredOn(l -> "ME-9".equals(l.reference())).extracting(Claims.Line::month)
                .containsExactly(YearMonth.of(2026, 8), SEPTEMBER);

        // the quarter-end batch loads the same versions
        ReportBatch.Result result = batch.computeAndStore(List.of(id), JULY, SEPTEMBER, "COE-2026-v1", "test");
        assertThat(result.total()).isEqualByComparingTo("3678112.00");
    }

    @Test
    @WithMockUser("admin")
    void a_draft_amendment_is_not_used_until_it_takes_effect() {
        long id = contingentWithAnAmendmentFromAugust();
        int draft = mous.amend(id, new MouService.Changes(LocalDate.of(2026, 9, 1), null, "fewer APCs", 100, null,
                null, null, null, null)).draft().version().number();
        assertThat(draft).isEqualTo(3);
        Claims.Report report = claims.computeAs("test", contingents.find(id).orElseThrow(), SEPTEMBER, SEPTEMBER,
                null);
        assertThat(report.total()).isEqualByComparingTo("1230389.00");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM claims_mou_version WHERE contingent_id = ?",
                Integer.class, id)).isEqualTo(3);
    }
}
