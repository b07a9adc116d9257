package org.fieldsupport.claims.rates.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.fieldsupport.claims.rates.domain.RateFileCheck;
import org.fieldsupport.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Which edition is in force on a date, and the rates RateTables answers from it (demo edition and test ones). */
@IntegrationTest
class RateTablesTests {

    @Autowired RateTables rates;
    @Autowired RateImport rateImport;

    static RateImport.Request edition(String code, String from, String[][] equipment, String[][] categories) {
        Map<RateFileCheck.Table, RateFileCheck.Rows> tables = new LinkedHashMap<>();
        tables.put(RateFileCheck.Table.EQUIPMENT, rows(RateFileCheck.Table.EQUIPMENT, equipment));
        tables.put(RateFileCheck.Table.SELF_SUSTAINMENT, rows(RateFileCheck.Table.SELF_SUSTAINMENT, categories));
        return new RateImport.Request(new RateFileCheck.EditionHeader(code, "Test edition " + code, "",
                from, false, "test"), tables);
    }

    static RateFileCheck.Rows rows(RateFileCheck.Table table, String[][] values) {
        List<Map<String, String>> rows = new ArrayList<>();
        for (String[] v : values) {
            Map<String, String> row = new LinkedHashMap<>();
            for (int c = 0; c < v.length; c++) {
                row.put(table.columns().get(c), v[c]);
            }
            rows.add(row);
        }
        // the header names the columns given (the optional French equipment columns only when the rows have them)
        int width = 0;
        for (String[] v : values) {
            width = Math.max(width, v.length);
        }
        List<String> header = new ArrayList<>();
        for (int c = 0; c < table.columns().size(); c++) {
            if (c < width || !table.columns().get(c).endsWith("_fr")) {
                header.add(table.columns().get(c));
            }
        }
        return new RateFileCheck.Rows(header, rows);
    }

    @Test
    void the_illustrative_demo_edition_is_in_force_for_the_demo_quarter() {
        LocalDate july = LocalDate.of(2026, 7, 1);
        RateTables.EquipmentRate apc = rates.equipmentRate("APC-WH-II", july).orElseThrow();
        assertThat(apc.edition()).isEqualTo(RateDemoData.EDITION);
        assertThat(apc.illustrative()).isTrue();
        assertThat(apc.category()).isEqualTo("Armoured personnel carrier");
        // 825,000 × (1 + 15 × 0.003) / 180 = 4,789.5833… → 4,789.58; + 2,900.00 maintenance
        assertThat(apc.dryMonthly()).isEqualByComparingTo("4789.58");
        assertThat(apc.wetMonthly()).isEqualByComparingTo("7689.58");
        assertThat(rates.equipmentRates(july)).hasSize(RateDemoData.EQUIPMENT.length)
                .isSortedAccordingTo((a, b) -> a.category().equals(b.category()) ? a.code().compareTo(b.code())
                        : a.category().compareTo(b.category()));
        assertThat(rates.selfSustainmentRate("CATERING", july)).get()
                .satisfies(r -> assertThat(r.perPersonPerMonth()).isEqualByComparingTo("28.00"))
                .satisfies(r -> assertThat(r.illustrative()).isTrue());
        assertThat(rates.selfSustainmentRates(july)).extracting(RateTables.SelfSustainmentRate::category)
                .contains("CATERING", "COMMUNICATIONS", "MEDICAL_BASIC", "ACCOMMODATION", "TENTAGE", "EOD")
                .isSorted();
        assertThat(rates.equipmentRate("NO-SUCH-CODE", july)).isEmpty();
        assertThat(rates.equipmentRate(" ", july)).isEmpty();
    }

    @Test
    void before_any_edition_nothing_is_in_force() {
        LocalDate early = LocalDate.of(1900, 1, 1);
        assertThat(rates.equipmentRates(early)).isEmpty();
        assertThat(rates.selfSustainmentRates(early)).isEmpty();
        assertThat(rates.equipmentRate("APC-WH-II", early)).isEmpty();
        assertThat(rates.selfSustainmentRate("CATERING", early)).isEmpty();
    }

    @Test
    void the_latest_edition_effective_on_or_before_the_date_is_in_force() {
        rateImport.importAs(edition("TEST-INFORCE-2091", "2091-01-01",
                new String[][] {{"X-1", "Cat", "Item one", "1200.00", "1", "0", "10.00"}},
                new String[][] {{"CATERING", "Catering", "30.00"}}), "test");
        rateImport.importAs(edition("TEST-INFORCE-2092", "2092-07-01",
                new String[][] {{"X-1", "Cat", "Item one", "2400.00", "1", "0", "10.00"},
                        {"X-2", "Cat", "Item two", "120.00", "1", "0", "0"}},
                new String[][] {{"CATERING", "Catering", "31.00"}}), "test");
        // the day before the second edition: the first one
        assertThat(rates.equipmentRate("X-1", LocalDate.of(2092, 6, 30))).get()
                .satisfies(r -> assertThat(r.edition()).isEqualTo("TEST-INFORCE-2091"))
                .satisfies(r -> assertThat(r.dryMonthly()).isEqualByComparingTo("100.00"))
                .satisfies(r -> assertThat(r.wetMonthly()).isEqualByComparingTo("110.00"))
                .satisfies(r -> assertThat(r.illustrative()).isFalse());
        assertThat(rates.equipmentRate("X-2", LocalDate.of(2092, 6, 30))).isEmpty();
        assertThat(rates.selfSustainmentRate("CATERING", LocalDate.of(2091, 1, 1))).get()
                .satisfies(r -> assertThat(r.perPersonPerMonth()).isEqualByComparingTo("30.00"));
        // on its effective date and after: the second one
        assertThat(rates.equipmentRate("X-1", LocalDate.of(2092, 7, 1))).get()
                .satisfies(r -> assertThat(r.edition()).isEqualTo("TEST-INFORCE-2092"))
                .satisfies(r -> assertThat(r.dryMonthly()).isEqualByComparingTo("200.00"));
        assertThat(rates.equipmentRates(LocalDate.of(2092, 12, 31))).extracting(RateTables.EquipmentRate::code)
                .containsExactly("X-1", "X-2");
        assertThat(rates.selfSustainmentRate("CATERING", LocalDate.of(2093, 1, 1))).get()
                .satisfies(r -> assertThat(r.perPersonPerMonth()).isEqualByComparingTo("31.00"));
        // the day before the first test edition: still the demo edition
        assertThat(rates.equipmentRate("APC-WH-II", LocalDate.of(2090, 12, 31))).get()
                .satisfies(r -> assertThat(r.edition()).isEqualTo(RateDemoData.EDITION));
    }
}
