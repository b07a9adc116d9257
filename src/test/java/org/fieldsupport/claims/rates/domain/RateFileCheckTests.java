package org.fieldsupport.claims.rates.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.fieldsupport.claims.rates.domain.RateFileCheck.Problem;
import org.fieldsupport.claims.rates.domain.RateFileCheck.Table;
import org.junit.jupiter.api.Test;

/** Row-level checks of a rate import, without Spring. */
class RateFileCheckTests {

    static final RateFileCheck.Existing NOTHING = new RateFileCheck.Existing(Set.of(), Set.of(), Set.of(), Set.of());
    static final RateFileCheck.EditionHeader HEADER = new RateFileCheck.EditionHeader("coe-2026-test", "Test", "",
            "2026-07-01", true, "test");

    static RateFileCheck.Rows rows(Table table, String[]... values) {
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

    static Map<Table, RateFileCheck.Rows> tables(RateFileCheck.Rows equipment, RateFileCheck.Rows categories) {
        Map<Table, RateFileCheck.Rows> tables = new LinkedHashMap<>();
        tables.put(Table.EQUIPMENT, equipment);
        tables.put(Table.SELF_SUSTAINMENT, categories);
        return tables;
    }

    static List<String> where(List<Problem> problems) {
        return problems.stream().map(p -> (p.table() == null ? "form" : p.table().key()) + ":" + p.row() + ":"
                + p.column() + ":" + p.messageKey()).toList();
    }

    @Test
    void a_good_edition_is_typed_with_its_derived_rates() {
        RateFileCheck.Result r = RateFileCheck.check(HEADER, tables(
                rows(Table.EQUIPMENT, new String[] {"APC-1", "APC", "APC wheeled", "825000", "15", "0.003", "2900"}),
                rows(Table.SELF_SUSTAINMENT, new String[] {"catering", "Catering", "28"})), NOTHING);
        assertThat(r.problems()).isEmpty();
        assertThat(r.edition().code()).isEqualTo("COE-2026-TEST");
        assertThat(r.edition().titleFr()).isEqualTo("Test");
        assertThat(r.edition().effectiveFrom()).isEqualTo(LocalDate.of(2026, 7, 1));
        assertThat(r.equipment().get(0).derived().wetMonthly()).isEqualByComparingTo("7689.58");
        assertThat(r.selfSustainment().get(0).category()).isEqualTo("CATERING");
        assertThat(r.selfSustainment().get(0).perPersonPerMonth()).isEqualByComparingTo("28.00");
    }

    @Test
    void every_bad_cell_is_named_by_table_row_and_column() {
        RateFileCheck.Result r = RateFileCheck.check(HEADER, tables(
                rows(Table.EQUIPMENT,
                        new String[] {"APC-1", "APC", "ok", "825000", "15", "0.003", "2900"},
                        new String[] {"APC-1", "APC", "dup", "-5", "0", "1", "12,5"},
                        new String[] {"", "", "x", "10.123", "2.5", "-0.1", "1"}),
                rows(Table.SELF_SUSTAINMENT, new String[] {"CATERING", "", "28"},
                        new String[] {"CATERING", "", "-1"}, new String[] {"bad code", "", "abc"})), NOTHING);
        assertThat(where(r.problems())).containsExactlyInAnyOrder(
                "equipment:2:code:claims.rates.import.duplicate",
                "equipment:2:gfmv:claims.rates.import.negative",
                "equipment:2:useful_life_years:claims.rates.import.life",
                "equipment:2:nfi_factor:claims.rates.import.factor",
                "equipment:2:maintenance_monthly:claims.rates.import.number",
                "equipment:3:code:claims.rates.import.required",
                "equipment:3:category:claims.rates.import.required",
                "equipment:3:gfmv:claims.rates.import.cents",
                "equipment:3:useful_life_years:claims.rates.import.life",
                "equipment:3:nfi_factor:claims.rates.import.factor",
                "self-sustainment:2:category:claims.rates.import.duplicate",
                "self-sustainment:2:per_person_per_month:claims.rates.import.negative",
                "self-sustainment:3:category:claims.rates.import.category.format",
                "self-sustainment:3:per_person_per_month:claims.rates.import.number");
        assertThat(r.ok()).isFalse();
        Problem duplicate = r.problems().get(0);
        assertThat(duplicate.args()).containsExactly("APC-1", 1);
    }

    @Test
    void the_header_the_files_and_what_is_recorded_are_checked() {
        RateFileCheck.Existing existing = new RateFileCheck.Existing(Set.of("COE-2023"),
                Set.of(LocalDate.of(2023, 7, 1)), Set.of(LocalDate.of(2018, 7, 1)), Set.of());
        RateFileCheck.Result r = RateFileCheck.check(
                new RateFileCheck.EditionHeader("coe-2023", " ", "", "2023-07-01", false, ""),
                Map.of(Table.EQUIPMENT, new RateFileCheck.Rows(List.of("code", "category"), List.of())), existing);
        assertThat(where(r.problems())).containsExactlyInAnyOrder(
                "form:0:code:claims.rates.import.edition.exists",
                "form:0:titleEn:claims.rates.import.required",
                "form:0:effectiveFrom:claims.rates.import.edition.date.exists",
                "form:0:source:claims.rates.import.required",
                "self-sustainment:0:file:claims.rates.import.file.missing",
                "equipment:0:description:claims.rates.import.column.missing",
                "equipment:0:gfmv:claims.rates.import.column.missing",
                "equipment:0:useful_life_years:claims.rates.import.column.missing",
                "equipment:0:nfi_factor:claims.rates.import.column.missing",
                "equipment:0:maintenance_monthly:claims.rates.import.column.missing");
    }

    @Test
    void troop_cost_and_dd_rows_alone_refuse_recorded_dates_and_other_currencies() {
        RateFileCheck.Existing existing = new RateFileCheck.Existing(Set.of(), Set.of(),
                Set.of(LocalDate.of(2018, 7, 1)), Set.of());
        Map<Table, RateFileCheck.Rows> tables = new LinkedHashMap<>();
        tables.put(Table.TROOP_COST, rows(Table.TROOP_COST, new String[] {"2018-07-01", "1428", "USD", "GA"},
                new String[] {"2027-07-01", "1500", "", "GA"}, new String[] {"2027-07-01", "1500", "EUR", "GA"},
                new String[] {"1/7/2028", "1500", "USD", ""}));
        tables.put(Table.DD_STANDARD, rows(Table.DD_STANDARD, new String[] {"2027-01-01", "77000.00", "USD", "GA"}));
        RateFileCheck.Result r = RateFileCheck.check(null, tables, existing);
        assertThat(where(r.problems())).containsExactlyInAnyOrder(
                "troop-cost:1:effective_from:claims.rates.import.date.exists",
                "troop-cost:3:effective_from:claims.rates.import.duplicate",
                "troop-cost:3:currency:claims.rates.import.currency",
                "troop-cost:4:effective_from:claims.rates.import.date",
                "troop-cost:4:source:claims.rates.import.required");
        assertThat(r.troopCost()).singleElement().satisfies(t -> assertThat(t.currency()).isEqualTo("USD"));
        assertThat(r.ddStandard()).singleElement()
                .satisfies(d -> assertThat(d.amount()).isEqualByComparingTo("77000.00"));
    }

    @Test
    void an_empty_import_is_refused() {
        assertThat(where(RateFileCheck.check(null, Map.of(), NOTHING).problems()))
                .containsExactly("form:0:file:claims.rates.import.nothing");
    }
}
