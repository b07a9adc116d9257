package org.fieldsupport.platform.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/** The shared CSV/XLSX reader and writer, and the row/column field names of import problems. */
class TabularFileTests {

    @Test
    void csv_with_bom_trims_lower_cases_the_header_and_skips_blank_rows() {
        byte[] file = ("\uFEFFCode , Amount\n A-1 , 12.50 \n,\n\n\"B,2\",3\n").getBytes(StandardCharsets.UTF_8);
        TabularFile.Table t = TabularFile.read("rates.csv", file, "file");
        assertThat(t.header()).containsExactly("code", "amount");
        assertThat(t.rows()).containsExactly(Map.of("code", "A-1", "amount", "12.50"), Map.of("code", "B,2", "amount", "3"));
    }

    @Test
    void xlsx_reads_stored_numbers_dates_and_formula_results_not_their_display() throws Exception {
        byte[] file;
        try (Workbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = wb.createSheet("s");
            Row h = sheet.createRow(0);
            h.createCell(0).setCellValue("Value");
            h.createCell(1).setCellValue("Percent");
            h.createCell(2).setCellValue("Date");
            h.createCell(3).setCellValue("Twice");
            Row r = sheet.createRow(1);
            r.createCell(0).setCellValue(1234567.891);
            var thousands = wb.createCellStyle();
            thousands.setDataFormat(wb.createDataFormat().getFormat("#,##0"));
            r.getCell(0).setCellStyle(thousands);
            r.createCell(1).setCellValue(0.000015);
            var percent = wb.createCellStyle();
            percent.setDataFormat(wb.createDataFormat().getFormat("0%"));
            r.getCell(1).setCellStyle(percent);
            r.createCell(2).setCellValue(LocalDate.of(2026, 7, 1));
            var date = wb.createCellStyle();
            date.setDataFormat(wb.createDataFormat().getFormat("dd/mm/yyyy"));
            r.getCell(2).setCellStyle(date);
            r.createCell(3).setCellFormula("A2*2");
            wb.getCreationHelper().createFormulaEvaluator().evaluateAll();
            sheet.createRow(3).createCell(0).setCellValue(" ");
            wb.write(out);
            file = out.toByteArray();
        }
        TabularFile.Table t = TabularFile.read("x.XLSX", file, "file");
        assertThat(t.header()).containsExactly("value", "percent", "date", "twice");
        assertThat(t.rows()).containsExactly(Map.of("value", "1234567.891", "percent", "0.000015",
                "date", "2026-07-01", "twice", "2469135.782"));
    }

    @Test
    void an_unreadable_file_is_refused_on_its_field() {
        assertThatThrownBy(() -> TabularFile.read("broken.xlsx", "not a workbook".getBytes(StandardCharsets.UTF_8),
                "equipment"))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.errors())
                        .singleElement()
                        .satisfies(fe -> assertThat(fe.field()).isEqualTo("equipment"))
                        .satisfies(fe -> assertThat(fe.messageKey()).isEqualTo("platform.import.unreadable")));
    }

    @Test
    void a_nul_character_in_a_cell_is_refused_naming_its_row_and_column_of_its_part() {
        byte[] file = "code,name\nA,fine\nB,bad\u0000name\n".getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> TabularFile.read("t.csv", file, "equipment"))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.errors())
                        .extracting(FieldErrors.FieldError::field).containsExactly("equipment row 2: name"));
        assertThatThrownBy(() -> TabularFile.read("t.csv", file, "file"))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.errors())
                        .extracting(FieldErrors.FieldError::field).containsExactly("row 2: name"));
    }

    @Test
    void written_files_read_back() {
        List<String> columns = List.of("code", "name");
        List<Map<String, String>> rows = List.of(Map.of("code", "X", "name", "Ambulance, 4x4"), Map.of("code", "Y"));
        for (String name : List.of("t.csv", "t.xlsx")) {
            byte[] bytes = name.endsWith("csv") ? TabularFile.csv(columns, rows) : TabularFile.xlsx("t", columns, rows);
            TabularFile.Table t = TabularFile.read(name, bytes, "file");
            assertThat(t.header()).isEqualTo(columns);
            assertThat(t.rows()).containsExactly(Map.of("code", "X", "name", "Ambulance, 4x4"),
                    Map.of("code", "Y", "name", ""));
        }
    }

    @Test
    void problems_name_the_part_row_and_column() {
        assertThat(TabularFile.field(new TabularFile.CellProblem(null, 3, "parent", "k"))).isEqualTo("row 3: parent");
        assertThat(TabularFile.field(new TabularFile.CellProblem(null, 0, "code", "k"))).isEqualTo("code");
        assertThat(TabularFile.field(new TabularFile.CellProblem("equipment", 2, "gfmv", "k")))
                .isEqualTo("equipment row 2: gfmv");
        assertThat(TabularFile.field(new TabularFile.CellProblem("equipment", 0, "gfmv", "k")))
                .isEqualTo("equipment: gfmv");
        assertThatThrownBy(() -> TabularFile.refuseIfAny(List.of(new TabularFile.CellProblem(null, 1, "a", "k", 5))))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.errors().get(0).args())
                        .containsExactly(5));
        TabularFile.refuseIfAny(List.of());
    }
}
