package org.fieldsupport.platform.api;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Tables exchanged as files — CSV (UTF-8, optional BOM, comma-separated, quoted as RFC 4180) or XLSX (first
 * sheet) — for all-or-nothing imports and their templates and exports, with the row/column error convention:
 * <ul>
 *   <li>the first row is the header; column names are trimmed and lower-cased; blank rows are skipped;</li>
 *   <li>cells are trimmed strings; an XLSX date cell reads as {@code YYYY-MM-DD}, a number as displayed;</li>
 *   <li>a problem names its data row (1 = first row after the header, 0 = the file or column as a whole) and
 *       column, and all problems are thrown together as one {@link InvalidInputException} (400) whose fields
 *       read {@code row N: column} (or {@code <part> row N: column} when an import has several files).</li>
 * </ul>
 * Used by the organisation's structure import and the claims rate import.
 */
public final class TabularFile {

    public static final String XLSX_CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private TabularFile() { }

    /** A table read from a file: lower-case header and the non-blank data rows (column → trimmed cell). */
    public record Table(List<String> header, List<Map<String, String>> rows) {
        public Table {
            header = List.copyOf(header);
            rows = List.copyOf(rows);
        }
    }

    /** One problem of an import: optional part (file) name, data row (0 = as a whole), column, message. */
    public record CellProblem(String part, int row, String column, String messageKey, Object... args) { }

    /** XLSX when the name ends with {@code .xlsx}, otherwise CSV. */
    public static boolean isXlsx(String fileName) {
        return fileName != null && fileName.toLowerCase(Locale.ROOT).endsWith(".xlsx");
    }

    /**
     * Reads a CSV or XLSX file (by its name's extension). An unreadable file is refused as a 400 on the field
     * {@code field} ("file" when null) with the key {@code platform.import.unreadable}.
     */
    public static Table read(String fileName, byte[] content, String field) {
        Table table;
        try {
            table = isXlsx(fileName) ? readXlsx(content) : readCsv(content);
        } catch (IOException | RuntimeException e) {
            throw InvalidInputException.of(field == null ? "file" : field, "Unreadable", "platform.import.unreadable",
                    String.valueOf(e.getMessage()));
        }
        refuseNul(table, field == null || "file".equals(field) ? null : field);
        return table;
    }

    /**
     * No NUL character in a header or a cell (the import fuzz test, issue 20): PostgreSQL refuses it in text columns
     * (a 500 at the first write), and it is never meaningful; each cell holding one is named, nothing is written.
     */
    private static void refuseNul(Table table, String part) {
        List<CellProblem> problems = new ArrayList<>();
        for (String column : table.header()) {
            if (column.indexOf('\u0000') >= 0) {
                problems.add(new CellProblem(part, 0, column.replace('\u0000', '?'), "platform.input.nul"));
            }
        }
        for (int i = 0; i < table.rows().size(); i++) {
            for (Map.Entry<String, String> cell : table.rows().get(i).entrySet()) {
                if (cell.getValue() != null && cell.getValue().indexOf('\u0000') >= 0) {
                    problems.add(new CellProblem(part, i + 1, cell.getKey().replace('\u0000', '?'), "platform.input.nul"));
                }
            }
        }
        refuseIfAny(problems);
    }

    private static Table readCsv(byte[] content) throws IOException {
        try (CSVParser parser = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).setTrim(true)
                .setIgnoreEmptyLines(true).get()
                .parse(new InputStreamReader(new ByteArrayInputStream(stripBom(content)), StandardCharsets.UTF_8))) {
            List<String> header = parser.getHeaderNames().stream().map(TabularFile::column).toList();
            List<Map<String, String>> rows = new ArrayList<>();
            for (CSVRecord rec : parser) {
                Map<String, String> r = new LinkedHashMap<>();
                boolean any = false;
                for (int i = 0; i < header.size(); i++) {
                    String v = i < rec.size() ? SpreadsheetCells.unescape(rec.get(i).trim()) : "";
                    any |= !v.isEmpty();
                    r.put(header.get(i), v);
                }
                if (any) {
                    rows.add(r);
                }
            }
            return new Table(header, rows);
        }
    }

    private static Table readXlsx(byte[] content) throws IOException {
        try (Workbook wb = new XSSFWorkbook(new ByteArrayInputStream(content))) {
            Sheet sheet = wb.getSheetAt(0);
            DataFormatter fmt = new DataFormatter(Locale.ROOT);
            Row headerRow = sheet.getRow(sheet.getFirstRowNum());
            List<String> header = new ArrayList<>();
            if (headerRow != null) {
                for (int c = 0; c < headerRow.getLastCellNum(); c++) {
                    Cell cell = headerRow.getCell(c);
                    header.add(cell == null ? "" : column(fmt.formatCellValue(cell)));
                }
            }
            List<Map<String, String>> rows = new ArrayList<>();
            for (int i = sheet.getFirstRowNum() + 1; i <= sheet.getLastRowNum(); i++) {
                Row row = sheet.getRow(i);
                if (row == null) {
                    continue;
                }
                Map<String, String> r = new LinkedHashMap<>();
                boolean any = false;
                for (int c = 0; c < header.size(); c++) {
                    Cell cell = row.getCell(c);
                    String v = cell == null ? "" : SpreadsheetCells.unescape(value(cell, fmt));
                    any |= !v.isEmpty();
                    r.put(header.get(c), v);
                }
                if (any) {
                    rows.add(r);
                }
            }
            return new Table(header, rows);
        }
    }

    /**
     * A cell as text: a date as {@code YYYY-MM-DD}; a number by its stored value, not as displayed (no
     * thousands separators, rounding, percent or scientific notation); a formula by its cached result.
     */
    private static String value(Cell cell, DataFormatter fmt) {
        CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
        return switch (type) {
            case NUMERIC -> DateUtil.isCellDateFormatted(cell)
                    ? cell.getLocalDateTimeCellValue().toLocalDate().toString()
                    : plain(cell.getNumericCellValue());
            case STRING -> cell.getStringCellValue().trim();
            case BOOLEAN -> String.valueOf(cell.getBooleanCellValue()).toUpperCase(Locale.ROOT);
            case BLANK, ERROR, _NONE -> "";
            default -> fmt.formatCellValue(cell).trim();
        };
    }

    private static String plain(double d) {
        if (Double.isNaN(d) || Double.isInfinite(d)) {
            return String.valueOf(d);
        }
        BigDecimal v = BigDecimal.valueOf(d).stripTrailingZeros();
        return (v.scale() < 0 ? v.setScale(0) : v).toPlainString();
    }

    private static String column(String name) {
        return name.trim().toLowerCase(Locale.ROOT);
    }

    private static byte[] stripBom(byte[] b) {
        if (b.length >= 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF) {
            return Arrays.copyOfRange(b, 3, b.length);
        }
        return b;
    }

    // ---- writing (exports, templates) ----

    /** CSV, UTF-8, with the header row; missing cells are empty. */
    public static byte[] csv(List<String> columns, List<Map<String, String>> rows) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (CSVPrinter printer = new CSVPrinter(new OutputStreamWriter(out, StandardCharsets.UTF_8),
                CSVFormat.DEFAULT.builder().setHeader(columns.toArray(String[]::new)).get())) {
            for (Map<String, String> r : rows) {
                printer.printRecord(columns.stream().map(c -> SpreadsheetCells.safe(r.getOrDefault(c, ""))).toList());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** XLSX with one sheet: bold, frozen header row, then text cells. */
    public static byte[] xlsx(String sheetName, List<String> columns, List<Map<String, String>> rows) {
        try (Workbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = wb.createSheet(sheetName);
            Row header = sheet.createRow(0);
            var bold = wb.createFont();
            bold.setBold(true);
            var style = wb.createCellStyle();
            style.setFont(bold);
            for (int c = 0; c < columns.size(); c++) {
                Cell cell = header.createCell(c);
                cell.setCellValue(columns.get(c));
                cell.setCellStyle(style);
            }
            for (int i = 0; i < rows.size(); i++) {
                Row row = sheet.createRow(i + 1);
                for (int c = 0; c < columns.size(); c++) {
                    row.createCell(c).setCellValue(SpreadsheetCells.safe(rows.get(i).getOrDefault(columns.get(c), "")));
                }
            }
            sheet.createFreezePane(0, 1);
            for (int c = 0; c < Math.min(columns.size(), 5); c++) {
                sheet.setColumnWidth(c, 24 * 256);
            }
            wb.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    // ---- problems ----

    /** The field a problem is reported on: {@code row N: column}, {@code part row N: column}, or the column. */
    public static String field(CellProblem p) {
        String where = p.row() == 0 ? p.column() : "row " + p.row() + ": " + p.column();
        if (p.part() == null || p.part().isEmpty()) {
            return where;
        }
        return p.row() == 0 ? p.part() + ": " + p.column() : p.part() + " " + where;
    }

    /** The problems as field errors, rule {@code Import}. */
    public static List<FieldErrors.FieldError> fieldErrors(List<CellProblem> problems) {
        FieldErrors errors = new FieldErrors();
        for (CellProblem p : problems) {
            errors.add(field(p), "Import", p.messageKey(), p.args());
        }
        return errors.list();
    }

    /** Throws all problems as one {@link InvalidInputException} (nothing when there is none). */
    public static void refuseIfAny(List<CellProblem> problems) {
        if (!problems.isEmpty()) {
            throw new InvalidInputException(fieldErrors(problems));
        }
    }
}
