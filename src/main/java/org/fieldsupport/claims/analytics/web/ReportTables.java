package org.fieldsupport.claims.analytics.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.fieldsupport.claims.analytics.domain.Shortfalls;
import org.fieldsupport.claims.analytics.internal.ClaimsReports.Amounts;
import org.fieldsupport.claims.analytics.internal.ClaimsReports.CategoryRow;
import org.fieldsupport.claims.analytics.internal.ClaimsReports;
import org.fieldsupport.platform.api.SpreadsheetCells;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The reports as tables with headers in the reader's language, and their exports: XLSX (one sheet per table,
 * numeric cells — money as {@code #,##0.00}, shares as percentages) and CSV (one table; comma-separated,
 * RFC 4180 quoting, UTF-8, numbers with a dot and no grouping so that any tool reads them).
 */
@Component
class ReportTables {

    /** A money cell. */
    record Money(BigDecimal value) { }

    /** A share between 0 and 1, shown as a percentage. */
    record Share(BigDecimal value) { }

    /** One table: {@code name} names it in URLs ({@code ?table=}) and is the sheet's key; cells are String, Number, Money or Share. */
    record Table(String name, String title, List<String> headers, List<List<Object>> rows) { }

    private final MessageSource messages;

    ReportTables(MessageSource messages) {
        this.messages = messages;
    }

    // ------------------------------------------------------------------ tables of each report

    List<Table> financial(ClaimsReports.FinancialStatus f, Locale locale) {
        String period = f.from() + " – " + f.to();
        List<Table> tables = new ArrayList<>();
        tables.add(amounts("by-member-state", msg("claims.reports.financial.byMemberState", locale, period),
                f.byMemberState(), f.totals(), true, false, "claims.reports.col.reports", locale));
        tables.add(amounts("by-mission", msg("claims.reports.financial.byMission", locale, period),
                f.byMission(), f.totals(), false, true, "claims.reports.col.reports", locale));
        tables.add(amounts("cross", msg("claims.reports.financial.cross", locale, period),
                f.cells(), f.totals(), true, true, "claims.reports.col.reports", locale));
        tables.add(amounts("dnd", msg("claims.reports.financial.dnd", locale, period),
                f.dndCells(), f.dndTotals(), true, true, "claims.reports.col.claims", locale));
        return tables;
    }

    private Table amounts(String name, String title, List<Amounts> rows, List<Amounts> totals, boolean state,
                          boolean mission, String countKey, Locale locale) {
        List<String> headers = new ArrayList<>();
        if (state) {
            headers.add(msg("claims.reports.col.memberState", locale));
        }
        if (mission) {
            headers.add(msg("claims.reports.col.mission", locale));
        }
        headers.addAll(List.of(msg("claims.reports.col.currency", locale), msg(countKey, locale),
                msg("claims.reports.col.certified", locale), msg("claims.reports.col.paid", locale),
                msg("claims.reports.col.outstanding", locale)));
        List<List<Object>> out = new ArrayList<>();
        for (Amounts a : rows) {
            out.add(amountRow(state ? a.memberState() : null, mission ? a.missionCode() : null, a, state, mission));
        }
        String total = msg("claims.reports.total", locale);
        for (Amounts t : totals) {
            out.add(amountRow(total, mission && state ? "" : total, t, state, mission));
        }
        return new Table(name, title, headers, out);
    }

    private static List<Object> amountRow(String state, String mission, Amounts a, boolean withState,
                                          boolean withMission) {
        List<Object> row = new ArrayList<>();
        if (withState) {
            row.add(state);
        }
        if (withMission) {
            row.add(mission);
        }
        row.addAll(List.of(a.currency(), a.count(), new Money(a.certified()), new Money(a.paid()),
                new Money(a.outstanding())));
        return row;
    }

    List<Table> shortfalls(ClaimsReports.ShortfallReport r, Locale locale) {
        List<String> headers = keys(locale, "claims.reports.col.mission", "claims.reports.col.memberState",
                "claims.reports.col.contingent", "claims.reports.col.unitType", "claims.reports.col.kind",
                "claims.reports.col.line", "claims.reports.col.shortfall", "claims.reports.col.lease",
                "claims.reports.col.mouQuantity", "claims.reports.col.serviceable", "claims.reports.col.rating",
                "claims.reports.col.amount", "claims.reports.col.effect");
        List<List<Object>> rows = new ArrayList<>();
        for (ClaimsReports.ContingentShortfalls c : r.contingents()) {
            for (Shortfalls.Shortfall s : c.shortfalls()) {
                rows.add(java.util.Arrays.asList(c.missionCode(), c.memberState(), c.reference(), c.unitType(),
                        msg("claims.kind." + s.kind().name(), locale), s.reference(), types(s, locale),
                        s.leaseType() == null ? "" : s.leaseType().name(), s.mouQuantity(), s.serviceable(),
                        s.rating() == null ? "" : msg("claims.rating." + s.rating().name(), locale),
                        s.amount() == null ? null : new Money(s.amount()),
                        s.effect() == null ? null : new Money(s.effect())));
            }
        }
        List<String> missionHeaders = keys(locale, "claims.reports.col.mission", "claims.reports.col.contingents",
                "claims.reports.shortfall.BELOW_MOU", "claims.reports.shortfall.BELOW_STANDARD",
                "claims.reports.col.equipmentNotVerified", "claims.reports.shortfall.UNSATISFACTORY",
                "claims.reports.shortfall.NOT_PROVIDED", "claims.reports.shortfall.PARTIALLY_SATISFACTORY",
                "claims.reports.col.categoriesNotVerified", "claims.reports.col.effect");
        List<List<Object>> missionRows = new ArrayList<>();
        for (ClaimsReports.MissionShortfalls m : r.missions()) {
            missionRows.add(List.of(m.missionCode(), m.contingents(), m.belowMou(), m.belowStandard(),
                    m.equipmentNotVerified(), m.unsatisfactory(), m.notProvided(), m.partiallySatisfactory(),
                    m.categoriesNotVerified(), new Money(m.effect())));
        }
        return List.of(new Table("shortfalls", msg("claims.reports.shortfalls.heading", locale, r.month()), headers,
                        rows),
                new Table("by-mission", msg("claims.reports.shortfalls.byMission", locale, r.month()), missionHeaders,
                        missionRows));
    }

    String types(Shortfalls.Shortfall s, Locale locale) {
        return s.types().stream().sorted().map(t -> msg("claims.reports.shortfall." + t.name(), locale))
                .collect(Collectors.joining(", "));
    }

    List<Table> coeSummary(ClaimsReports.CoeSummary s, Locale locale) {
        String period = s.from() + " – " + s.to();
        return List.of(categories("equipment", msg("claims.reports.coe.equipment", locale, period), s.equipment(),
                        s.byMemberState(), true, locale),
                categories("self-sustainment", msg("claims.reports.coe.selfSustainment", locale, period),
                        s.selfSustainment(), s.byMemberState(), false, locale));
    }

    private Table categories(String name, String title, List<CategoryRow> rows, boolean byState, boolean equipment,
                             Locale locale) {
        List<String> headers = new ArrayList<>();
        headers.add(msg("claims.reports.col.category", locale));
        if (byState) {
            headers.add(msg("claims.reports.col.memberState", locale));
        }
        headers.addAll(keys(locale, "claims.reports.col.currency", "claims.reports.col.amount",
                "claims.reports.col.lineMonths", "claims.reports.col.contingents"));
        if (equipment) {
            headers.addAll(keys(locale, "claims.reports.col.belowStandard", "claims.reports.col.belowStandardShare"));
        }
        headers.addAll(keys(locale, "claims.reports.col.notVerified", "claims.reports.col.notVerifiedShare"));
        List<List<Object>> out = new ArrayList<>();
        for (CategoryRow r : rows) {
            List<Object> row = new ArrayList<>();
            row.add(r.category());
            if (byState) {
                row.add(r.memberState());
            }
            row.addAll(List.of(r.currency(), new Money(r.amount()), r.lineMonths(), r.contingents()));
            if (equipment) {
                row.addAll(List.of(r.belowStandard(), new Share(r.belowStandardShare())));
            }
            row.addAll(List.of(r.notVerified(), new Share(r.notVerifiedShare())));
            out.add(row);
        }
        return new Table(name, title, headers, out);
    }

    // ------------------------------------------------------------------ exports

    byte[] xlsx(List<Table> tables) {
        try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            CellStyle money = book.createCellStyle();
            money.setDataFormat(book.createDataFormat().getFormat("#,##0.00"));
            CellStyle share = book.createCellStyle();
            share.setDataFormat(book.createDataFormat().getFormat("0.0%"));
            for (Table table : tables) {
                Sheet sheet = book.createSheet(table.name());
                sheet.createRow(0).createCell(0).setCellValue(SpreadsheetCells.safe(table.title()));
                Row header = sheet.createRow(2);
                for (int i = 0; i < table.headers().size(); i++) {
                    header.createCell(i).setCellValue(SpreadsheetCells.safe(table.headers().get(i)));
                    sheet.setColumnWidth(i, 18 * 256);
                }
                int r = 3;
                for (List<Object> values : table.rows()) {
                    Row row = sheet.createRow(r++);
                    for (int i = 0; i < values.size(); i++) {
                        Object v = values.get(i);
                        if (v == null) {
                            continue;
                        }
                        Cell cell = row.createCell(i);
                        if (v instanceof Money m) {
                            cell.setCellValue(m.value().doubleValue());
                            cell.setCellStyle(money);
                        } else if (v instanceof Share s) {
                            cell.setCellValue(s.value().doubleValue());
                            cell.setCellStyle(share);
                        } else if (v instanceof Number n) {
                            cell.setCellValue(n.doubleValue());
                        } else {
                            cell.setCellValue(SpreadsheetCells.safe(v.toString()));
                        }
                    }
                }
            }
            book.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static byte[] csv(Table table) {
        StringBuilder out = new StringBuilder();
        line(out, new ArrayList<>(table.headers()));
        for (List<Object> row : table.rows()) {
            line(out, row);
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static void line(StringBuilder out, List<?> values) {
        for (int i = 0; i < values.size(); i++) {
            if (i > 0) {
                out.append(',');
            }
            Object v = values.get(i);
            String text = v == null ? ""
                    : v instanceof Money m ? m.value().setScale(2).toPlainString()
                    : v instanceof Share s ? s.value().toPlainString()
                    : v instanceof BigDecimal d ? d.toPlainString()
                    : SpreadsheetCells.safe(v.toString());
            if (text.contains(",") || text.contains("\"") || text.contains("\n") || text.contains("\r")) {
                text = '"' + text.replace("\"", "\"\"") + '"';
            }
            out.append(text);
        }
        out.append("\r\n");
    }

    private List<String> keys(Locale locale, String... keys) {
        List<String> out = new ArrayList<>();
        for (String key : keys) {
            out.add(msg(key, locale));
        }
        return out;
    }

    String msg(String key, Locale locale, Object... args) {
        return messages.getMessage(key, args, locale);
    }
}
