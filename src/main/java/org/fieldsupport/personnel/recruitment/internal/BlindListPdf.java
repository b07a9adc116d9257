package org.fieldsupport.personnel.recruitment.internal;

import com.lowagie.text.Document;
import com.lowagie.text.Font;
import com.lowagie.text.FontFactory;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import java.io.ByteArrayOutputStream;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.fieldsupport.personnel.recruitment.domain.BlindCandidate;
import org.fieldsupport.personnel.recruitment.internal.OpeningService.Opening;
import org.fieldsupport.platform.audit.DataChanged;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The blind list of an opening's applications as PDF (EN/FR), for panels that work on paper: built from
 * {@link BlindCandidate} only (the record has no field for a name, nationality, date of birth, e-mail, address or
 * photograph), read by the same access check as the screen (assessors named on the opening, broad readers). The
 * printing is audited with the opening and the number of rows, never a candidate's identity.
 */
@Component
public class BlindListPdf {

    /** At most this many rows in one PDF (the screen pages; a panel prints a filtered list). */
    public static final int MAX_ROWS = 2_000;

    private final ApplicationService applications;
    private final OpeningService openings;
    private final MessageSource messages;
    private final ApplicationEventPublisher events;

    BlindListPdf(ApplicationService applications, OpeningService openings, MessageSource messages,
                 ApplicationEventPublisher events) {
        this.applications = applications;
        this.openings = openings;
        this.messages = messages;
        this.events = events;
    }

    public record Pdf(String filename, byte[] body) { }

    public Pdf render(long openingId, ApplicationService.Filter filter, Locale locale) {
        Opening o = openings.get(openingId);
        List<BlindCandidate> rows = applications.export(openingId, filter);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document d = new Document(PageSize.A4.rotate(), 36, 36, 36, 36);
        PdfWriter.getInstance(d, out);
        d.open();
        Font title = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 13);
        Font head = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 8);
        Font plain = FontFactory.getFont(FontFactory.HELVETICA, 8);
        d.add(new Paragraph(msg("recruitment.pdf.title", locale, o.reference(), o.title(locale), o.gradeCode() == null
                ? "" : o.gradeCode()), title));
        d.add(new Paragraph(msg("recruitment.blind.hint", locale), plain));
        d.add(new Paragraph(msg("recruitment.pdf.count", locale, rows.size()), plain));
        d.add(new Paragraph(" "));
        List<String> columns = List.of("candidate", "gender", "experience", "education", "languages", "onRoster",
                "unStatus", "screening", "status", "test", "interview");
        PdfPTable table = new PdfPTable(new float[] {11, 5, 6, 9, 14, 6, 9, 7, 11, 6, 7});
        table.setWidthPercentage(100);
        table.setHeaderRows(1);
        for (String c : columns) {
            table.addCell(new PdfPCell(new Phrase(msg("recruitment.field." + c, locale), head)));
        }
        int n = 0;
        for (BlindCandidate c : rows) {
            if (n++ >= MAX_ROWS) {
                break;
            }
            for (String v : List.of(c.candidateRef(), c.gender(), c.totalExperience().toPlainString(),
                    c.educationLevel() == null ? "" : msg("recruitment.education." + c.educationLevel(), locale),
                    String.join(", ", c.languages().stream().map(l -> l.language().toUpperCase(Locale.ROOT) + " ("
                            + msg("recruitment.level." + l.level(), locale) + ")").toList()),
                    msg(c.onRoster() ? "recruitment.yes" : "recruitment.no", locale), c.unStatus(),
                    msg(c.screeningPassed() ? "recruitment.passed" : "recruitment.failed", locale),
                    msg("recruitment.appstatus." + c.status(), locale),
                    c.testScore() == null ? "" : c.testScore().toPlainString(),
                    c.interviewScore() == null ? "" : c.interviewScore().toPlainString())) {
                table.addCell(new PdfPCell(new Phrase(v, plain)));
            }
        }
        d.add(table);
        if (rows.size() > MAX_ROWS) {
            d.add(new Paragraph(msg("recruitment.pdf.truncated", locale, MAX_ROWS), plain));
        }
        d.close();
        events.publishEvent(DataChanged.created("personnel.recruitment.blind-list-pdf", o.id() + ":" + locale.getLanguage(),
                Map.of("opening", o.reference(), "rows", rows.size(), "language", locale.getLanguage())));
        return new Pdf(o.reference() + "-applications-" + locale.getLanguage() + ".pdf", out.toByteArray());
    }

    private String msg(String key, Locale locale, Object... args) {
        return messages.getMessage(key, args, key, locale);
    }
}
