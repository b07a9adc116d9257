package org.fieldsupport.claims.portal.web;

import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.FontFactory;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.fieldsupport.claims.portal.internal.PortalQueries.SummaryRow;
import org.fieldsupport.claims.portal.internal.PortalQueries.Totals;
import org.fieldsupport.claims.portal.internal.PortalQueries;
import org.fieldsupport.platform.api.SpreadsheetCells;
import org.fieldsupport.platform.i18n.Formats;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** The Member State statement as XLSX (numeric cells) and PDF (amounts formatted per locale); titles in the user's language. */
@Component
class PortalStatements {

    private static final String[] HEADERS = {"claims.portal.mission", "claims.portal.period", "claims.portal.currency",
            "claims.portal.certified", "claims.portal.paid", "claims.portal.outstanding"};

    private final MessageSource messages;
    private final Formats formats;

    PortalStatements(MessageSource messages, Formats formats) {
        this.messages = messages;
        this.formats = formats;
    }

    byte[] xlsx(String state, List<SummaryRow> rows, Locale locale) {
        try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = book.createSheet(state);
            CellStyle money = book.createCellStyle();
            money.setDataFormat(book.createDataFormat().getFormat("#,##0.00"));
            sheet.createRow(0).createCell(0).setCellValue(title(state, locale));
            Row header = sheet.createRow(2);
            for (int i = 0; i < HEADERS.length; i++) {
                header.createCell(i).setCellValue(msg(HEADERS[i], locale));
            }
            int r = 3;
            for (SummaryRow row : rows) {
                Row x = sheet.createRow(r++);
                x.createCell(0).setCellValue(SpreadsheetCells.safe(row.missionCode()));
                x.createCell(1).setCellValue(row.from() + " – " + row.to());
                x.createCell(2).setCellValue(row.currency());
                amounts(x, money, row.certified(), row.paid(), row.outstanding());
            }
            for (Totals total : PortalQueries.totals(rows)) {
                Row x = sheet.createRow(r++);
                x.createCell(0).setCellValue(msg("claims.portal.total", locale));
                x.createCell(2).setCellValue(total.currency());
                amounts(x, money, total.certified(), total.paid(), total.outstanding());
            }
            for (int i = 0; i < HEADERS.length; i++) {
                sheet.setColumnWidth(i, 18 * 256);
            }
            book.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void amounts(Row row, CellStyle style, java.math.BigDecimal... amounts) {
        for (int i = 0; i < amounts.length; i++) {
            var cell = row.createCell(3 + i);
            cell.setCellValue(amounts[i].doubleValue());
            cell.setCellStyle(style);
        }
    }

    byte[] pdf(String state, List<SummaryRow> rows, Locale locale) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4.rotate());
        PdfWriter.getInstance(document, out);
        document.open();
        document.add(new Paragraph(title(state, locale), FontFactory.getFont(FontFactory.HELVETICA_BOLD, 14)));
        document.add(new Paragraph(" "));
        PdfPTable table = new PdfPTable(HEADERS.length);
        table.setWidthPercentage(100);
        Font bold = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 10);
        Font plain = FontFactory.getFont(FontFactory.HELVETICA, 10);
        for (String header : HEADERS) {
            table.addCell(new PdfPCell(new Phrase(msg(header, locale), bold)));
        }
        for (SummaryRow row : rows) {
            table.addCell(new Phrase(row.missionCode(), plain));
            table.addCell(new Phrase(row.from() + " – " + row.to(), plain));
            table.addCell(new Phrase(row.currency(), plain));
            money(table, plain, locale, row.currency(), row.certified(), row.paid(), row.outstanding());
        }
        for (Totals total : PortalQueries.totals(rows)) {
            table.addCell(new Phrase(msg("claims.portal.total", locale), bold));
            table.addCell(new Phrase("", bold));
            table.addCell(new Phrase(total.currency(), bold));
            money(table, bold, locale, total.currency(), total.certified(), total.paid(), total.outstanding());
        }
        document.add(table);
        document.add(new Paragraph(" "));
        document.add(new Paragraph(messages.getMessage("claims.portal.statement.note",
                new Object[] {formats.date(java.time.LocalDate.now(java.time.ZoneOffset.UTC), locale)}, locale), plain));
        document.close();
        return out.toByteArray();
    }

    private void money(PdfPTable table, Font font, Locale locale, String currency, java.math.BigDecimal... amounts) {
        for (java.math.BigDecimal amount : amounts) {
            PdfPCell cell = new PdfPCell(new Phrase(formats.money(amount, currency, locale), font));
            cell.setHorizontalAlignment(Element.ALIGN_RIGHT);
            table.addCell(cell);
        }
    }

    private String title(String state, Locale locale) {
        return messages.getMessage("claims.portal.statement.title", new Object[] {state}, locale);
    }

    private String msg(String key, Locale locale) {
        return messages.getMessage(key, null, locale);
    }
}
