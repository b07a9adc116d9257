package org.fieldsupport.logistics.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.fieldsupport.logistics.aviation.domain.AviationRules;
import org.fieldsupport.logistics.governance.domain.GovernanceRules;
import org.fieldsupport.logistics.stocks.domain.StockRules;
import org.junit.jupiter.api.Test;

class LogisticsRulesTests {

    @Test
    void allocation_takes_the_oldest_serviceable_lots_first_or_nothing() {
        List<StockRules.Lot> lots = List.of(new StockRules.Lot(1, "Valencia", 4, LocalDate.of(2024, 1, 1)),
                new StockRules.Lot(2, "Brindisi", 3, LocalDate.of(2015, 1, 1)));
        assertThat(StockRules.pickOldestFirst(lots, 5)).containsExactly(new StockRules.Pick(2, 3), new StockRules.Pick(1, 2));
        assertThat(StockRules.pickOldestFirst(lots, 8)).isEmpty();
    }

    @Test
    void replenishment_shelf_life_and_receipt_time() {
        assertThat(StockRules.shortfall(6, 4)).isEqualTo(2);
        assertThat(StockRules.shortfall(6, 9)).isZero();
        assertThat(StockRules.toRotate(LocalDate.of(2016, 1, 1), 120, LocalDate.of(2026, 1, 1))).isTrue();
        assertThat(StockRules.toRotate(LocalDate.of(2016, 1, 2), 120, LocalDate.of(2026, 1, 1))).isFalse();
        assertThat(StockRules.receiptDays(Instant.parse("2026-01-01T00:00:00Z"), Instant.parse("2026-01-31T01:00:00Z")))
                .isEqualTo(31);
    }

    @Test
    void occurrence_reports_are_due_within_24_hours_and_read_on_the_icao_matrix() {
        Instant at = Instant.parse("2026-12-01T10:00:00Z");
        assertThat(AviationRules.late(at, Instant.parse("2026-12-02T10:00:00Z"), 24)).isFalse();
        assertThat(AviationRules.late(at, Instant.parse("2026-12-02T10:00:01Z"), 24)).isTrue();
        assertThat(AviationRules.risk(5, 'A')).isEqualTo(AviationRules.Risk.INTOLERABLE);
        assertThat(AviationRules.risk(3, 'C')).isEqualTo(AviationRules.Risk.TOLERABLE);
        assertThat(AviationRules.risk(1, 'B')).isEqualTo(AviationRules.Risk.ACCEPTABLE);
        assertThat(AviationRules.risk(2, 'E')).isEqualTo(AviationRules.Risk.ACCEPTABLE);
        assertThatThrownBy(() -> AviationRules.risk(6, 'A')).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void policies_innovations_and_disposal_priorities() {
        assertThat(GovernanceRules.reviewOverdue(LocalDate.of(2024, 1, 1), 24, LocalDate.of(2026, 1, 2))).isTrue();
        assertThat(GovernanceRules.reviewOverdue(LocalDate.of(2024, 1, 1), 24, LocalDate.of(2026, 1, 1))).isFalse();
        assertThat(GovernanceRules.innovationMay("PROPOSED", "PILOTING")).isTrue();
        assertThat(GovernanceRules.innovationMay("PROPOSED", "ADOPTED")).isFalse();
        assertThat(GovernanceRules.needsJustification("RETURN_UNLB")).isFalse();
        assertThat(GovernanceRules.needsJustification("SALE")).isTrue();
    }
}
