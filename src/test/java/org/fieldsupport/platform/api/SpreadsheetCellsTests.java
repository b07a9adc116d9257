package org.fieldsupport.platform.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Issue 9 item 7: formula-looking text cells are neutralised in every export; numbers stay numbers. */
class SpreadsheetCellsTests {

    @Test
    void cells_starting_with_a_formula_trigger_get_an_apostrophe() {
        assertThat(SpreadsheetCells.safe("=HYPERLINK(\"http://evil\",\"x\")")).isEqualTo("'=HYPERLINK(\"http://evil\",\"x\")");
        assertThat(SpreadsheetCells.safe("=cmd|' /C calc'!A0")).startsWith("'=");
        assertThat(SpreadsheetCells.safe("@SUM(1+1)")).isEqualTo("'@SUM(1+1)");
        assertThat(SpreadsheetCells.safe("+1+2")).isEqualTo("'+1+2");
        assertThat(SpreadsheetCells.safe("-2+3")).isEqualTo("'-2+3");
        assertThat(SpreadsheetCells.safe("\tx")).isEqualTo("'\tx");
        assertThat(SpreadsheetCells.safe("\rx")).isEqualTo("'\rx");
    }

    @Test
    void plain_text_and_numbers_are_unchanged() {
        assertThat(SpreadsheetCells.safe("Logistics Support Division")).isEqualTo("Logistics Support Division");
        assertThat(SpreadsheetCells.safe("-1000.00")).isEqualTo("-1000.00");
        assertThat(SpreadsheetCells.safe("+3")).isEqualTo("+3");
        assertThat(SpreadsheetCells.safe("")).isEmpty();
        assertThat(SpreadsheetCells.safe(null)).isNull();
    }

    @Test
    void the_platform_csv_and_xlsx_writers_neutralise_and_the_reader_reads_back_the_original() {
        List<String> columns = List.of("code", "name");
        List<Map<String, String>> rows = List.of(Map.of("code", "X", "name", "=HYPERLINK(\"http://evil\")"));

        String csv = new String(TabularFile.csv(columns, rows), java.nio.charset.StandardCharsets.UTF_8);
        assertThat(csv).contains("'=HYPERLINK").doesNotContain(",=HYPERLINK").doesNotContain(",\"=HYPERLINK");
        assertThat(TabularFile.read("x.csv", csv.getBytes(java.nio.charset.StandardCharsets.UTF_8), "file").rows()
                .get(0).get("name")).isEqualTo("=HYPERLINK(\"http://evil\")");

        byte[] xlsx = TabularFile.xlsx("s", columns, rows);
        try (var book = new org.apache.poi.xssf.usermodel.XSSFWorkbook(new java.io.ByteArrayInputStream(xlsx))) {
            var cell = book.getSheetAt(0).getRow(1).getCell(1);
            assertThat(cell.getCellType()).isEqualTo(org.apache.poi.ss.usermodel.CellType.STRING);
            assertThat(cell.getStringCellValue()).startsWith("'=");
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        assertThat(TabularFile.read("x.xlsx", xlsx, "file").rows().get(0).get("name"))
                .isEqualTo("=HYPERLINK(\"http://evil\")");
    }
}
