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
    private final PortalQueries portal;
    private final org.fieldsupport.claims.report.internal.ReportLedger ledger;
    private final org.fieldsupport.platform.reference.ReferenceData reference;

    PortalStatements(MessageSource messages, Formats formats, PortalQueries portal,
                     org.fieldsupport.claims.report.internal.ReportLedger ledger,
                     org.fieldsupport.platform.reference.ReferenceData reference) {
        this.messages = messages;
        this.formats = formats;
        this.portal = portal;
        this.ledger = ledger;
        this.reference = reference;
    }

    /** Reports not yet certified (rejected ones are closed, not in the pipeline). */
    private static final java.util.Set<String> PIPELINE = java.util.Set.of("COMPUTED", "SUBMITTED",
            "TECHNICALLY_REVIEWED");

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
        document.add(new Paragraph(messages.getMessage("claims.portal.statement.memberState",
                new Object[] {stateName(state, locale)}, locale), FontFactory.getFont(FontFactory.HELVETICA, 11)));
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
        payments(document, state, locale, bold, plain);
        pipeline(document, state, locale, bold, plain);
        document.add(new Paragraph(" "));
        document.add(new Paragraph(messages.getMessage("claims.portal.statement.note",
                new Object[] {formats.date(java.time.LocalDate.now(java.time.ZoneOffset.UTC), locale)}, locale), plain));
        document.close();
        return out.toByteArray();
    }

    /** The payments received, with their date, report and reference. */
    private void payments(Document document, String state, Locale locale, Font bold, Font plain) {
        document.add(new Paragraph(" "));
        document.add(new Paragraph(msg("claims.portal.statement.payments", locale),
                FontFactory.getFont(FontFactory.HELVETICA_BOLD, 12)));
        var payments = ledger.payments(state);
        if (payments.isEmpty()) {
            document.add(new Paragraph(msg("claims.portal.statement.payments.none", locale), plain));
            return;
        }
        PdfPTable table = new PdfPTable(5);
        table.setWidthPercentage(100);
        for (String header : new String[] {"claims.portal.statement.paidOn", "claims.portal.statement.report",
                "claims.portal.mission", "claims.portal.statement.reference", "claims.portal.statement.amount"}) {
            table.addCell(new PdfPCell(new Phrase(msg(header, locale), bold)));
        }
        for (var p : payments) {
            table.addCell(new Phrase(formats.date(p.paidOn(), locale), plain));
            table.addCell(new Phrase(p.reportReference(), plain));
            table.addCell(new Phrase(p.missionCode(), plain));
            table.addCell(new Phrase(p.reference() == null ? "—" : p.reference(), plain));
            money(table, plain, locale, p.currency(), p.amount());
        }
        document.add(table);
    }

    /** The reports still on their way (computed, submitted, technically reviewed): what is coming. */
    private void pipeline(Document document, String state, Locale locale, Font bold, Font plain) {
        document.add(new Paragraph(" "));
        document.add(new Paragraph(msg("claims.portal.statement.pipeline", locale),
                FontFactory.getFont(FontFactory.HELVETICA_BOLD, 12)));
        var reports = portal.reports(state).stream().filter(r -> PIPELINE.contains(r.status())).toList();
        if (reports.isEmpty()) {
            document.add(new Paragraph(msg("claims.portal.statement.pipeline.none", locale), plain));
            return;
        }
        PdfPTable table = new PdfPTable(4);
        table.setWidthPercentage(100);
        for (String header : new String[] {"claims.portal.statement.report", "claims.portal.mission",
                "claims.portal.period", "claims.portal.statement.status"}) {
            table.addCell(new PdfPCell(new Phrase(msg(header, locale), bold)));
        }
        for (var r : reports) {
            table.addCell(new Phrase(r.reference(), plain));
            table.addCell(new Phrase(r.missionCode(), plain));
            table.addCell(new Phrase(r.from() + " – " + r.to(), plain));
            table.addCell(new Phrase(msg("claims.report.status." + r.status(), locale), plain));
        }
        document.add(table);
    }

    /** "Bangladesh (BGD)" in the reader's language; the code alone when reference data does not know it. */
    private String stateName(String state, Locale locale) {
        return reference.country(state).map(c -> c.name(locale) + " (" + state + ")").orElse(state);
    }

    /**
     * The amount as the locale writes it, printable with the PDF's standard fonts: French groups thousands with a
     * narrow no-break space (U+202F), which WinAnsi Helvetica cannot show (it vanished: "315244,55 $US"); the
     * ordinary no-break space (U+00A0) keeps "315 244,55 $US" on one line.
     */
    static String printable(String formatted) {
        return formatted.replace('\u202f', '\u00a0');
    }

    private void money(PdfPTable table, Font font, Locale locale, String currency, java.math.BigDecimal... amounts) {
        for (java.math.BigDecimal amount : amounts) {
            PdfPCell cell = new PdfPCell(new Phrase(printable(formats.money(amount, currency, locale)), font));
            cell.setHorizontalAlignment(Element.ALIGN_RIGHT);
            table.addCell(cell);
        }
    }

    private String title(String state, Locale locale) {
        return messages.getMessage("claims.portal.statement.title", new Object[] {stateName(state, locale)}, locale);
    }

    private String msg(String key, Locale locale) {
        return messages.getMessage(key, null, locale);
    }
}
