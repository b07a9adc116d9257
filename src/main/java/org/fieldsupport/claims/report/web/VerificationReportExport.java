package org.fieldsupport.claims.report.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.fieldsupport.claims.report.internal.VerificationReportQueries;
import org.fieldsupport.platform.api.SpreadsheetCells;
import org.springframework.context.MessageSource;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;

/**
 * The verification report list as CSV (UTF-8 with a byte-order mark so spreadsheets read accents; amounts
 * as plain decimals with a point) and XLSX (numeric cells); headers and statuses in the user's language.
 */
@Component
class VerificationReportExport {

    static final MediaType XLSX =
            MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private static final String[] HEADERS = {"claims.workflow.field.reference", "claims.workflow.field.contingent",
            "claims.workflow.field.mission", "claims.workflow.field.memberState", "claims.workflow.field.from",
            "claims.workflow.field.to", "claims.workflow.field.status", "claims.workflow.field.currency",
            "claims.workflow.total.computed", "claims.workflow.total.adjustments", "claims.workflow.total.certified",
            "claims.workflow.total.paid", "claims.workflow.total.outstanding"};

    private final MessageSource messages;

    VerificationReportExport(MessageSource messages) {
        this.messages = messages;
    }

    String csv(List<VerificationReportQueries.Row> rows, Locale locale) {
        StringBuilder out = new StringBuilder("\uFEFF");
        String[] headers = new String[HEADERS.length];
        for (int i = 0; i < HEADERS.length; i++) {
            headers[i] = messages.getMessage(HEADERS[i], null, locale);
        }
        line(out, (Object[]) headers);
        for (VerificationReportQueries.Row r : rows) {
            line(out, r.reference(), r.contingentReference(), r.missionCode(), r.memberState(), r.from(), r.to(),
                    status(r.status(), locale), r.currency(), r.total(), r.adjustments(), r.certified(), r.paid(),
                    r.outstanding());
        }
        return out.toString();
    }

    private static void line(StringBuilder out, Object... values) {
        for (int i = 0; i < values.length; i++) {
            if (i > 0) {
                out.append(',');
            }
            Object v = values[i];
            String text = v == null ? "" : v instanceof BigDecimal b ? b.setScale(2).toPlainString()
                    : SpreadsheetCells.safe(v.toString());   // no formula injection into a spreadsheet
            if (text.contains(",") || text.contains("\"") || text.contains("\n") || text.contains("\r")) {
                text = '"' + text.replace("\"", "\"\"") + '"';
            }
            out.append(text);
        }
        out.append("\r\n");
    }

    byte[] xlsx(List<VerificationReportQueries.Row> rows, Locale locale) {
        try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = book.createSheet(messages.getMessage("claims.workflow.export.sheet", null, locale));
            CellStyle money = book.createCellStyle();
            money.setDataFormat(book.createDataFormat().getFormat("#,##0.00"));
            Row header = sheet.createRow(0);
            for (int i = 0; i < HEADERS.length; i++) {
                header.createCell(i).setCellValue(messages.getMessage(HEADERS[i], null, locale));
            }
            int r = 1;
            for (VerificationReportQueries.Row row : rows) {
                Row x = sheet.createRow(r++);
                String[] texts = {row.reference(), row.contingentReference(), row.missionCode(), row.memberState(),
                        row.from().toString(), row.to().toString(), status(row.status(), locale), row.currency()};
                for (int i = 0; i < texts.length; i++) {
                    x.createCell(i).setCellValue(SpreadsheetCells.safe(texts[i]));
                }
                BigDecimal[] amounts = {row.total(), row.adjustments(), row.certified(), row.paid(), row.outstanding()};
                for (int i = 0; i < amounts.length; i++) {
                    var cell = x.createCell(texts.length + i);
                    cell.setCellValue(amounts[i].doubleValue());
                    cell.setCellStyle(money);
                }
            }
            for (int i = 0; i < HEADERS.length; i++) {
                sheet.setColumnWidth(i, (i < 2 ? 30 : 16) * 256);
            }
            book.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private String status(String status, Locale locale) {
        return messages.getMessage("claims.report.status." + status, null, status, locale);
    }
}
