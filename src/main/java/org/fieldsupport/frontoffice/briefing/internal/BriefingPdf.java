package org.fieldsupport.frontoffice.briefing.internal;

import com.lowagie.text.Document;
import com.lowagie.text.Font;
import com.lowagie.text.FontFactory;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.PdfWriter;
import java.io.ByteArrayOutputStream;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.fieldsupport.frontoffice.briefing.domain.BriefingNote;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** Lays a briefing note out as one PDF in the note's language (OpenPDF). */
@Component
class BriefingPdf {

    private final MessageSource messages;

    BriefingPdf(MessageSource messages) {
        this.messages = messages;
    }

    byte[] render(BriefingNote note, int version) {
        Locale locale = Locale.forLanguageTag(note.language());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4, 56, 56, 56, 56);
        PdfWriter.getInstance(document, out);
        document.addTitle(note.reference());
        document.open();
        Font title = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 16);
        Font heading = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 12);
        Font plain = FontFactory.getFont(FontFactory.HELVETICA, 11);
        Font small = FontFactory.getFont(FontFactory.HELVETICA, 9);
        document.add(new Paragraph(msg("frontoffice.briefing.pdf.title", locale), title));
        document.add(new Paragraph(note.meeting(), heading));
        String date = note.meetingDate().format(DateTimeFormatter.ofPattern("d MMMM yyyy", locale));
        document.add(new Paragraph(msg("frontoffice.briefing.pdf.facts", locale, note.counterpart(), date,
                note.principal()), plain));
        document.add(new Paragraph(msg("frontoffice.briefing.pdf.version", locale, note.reference(), version), small));
        for (BriefingNote.Section s : note.sections()) {
            Paragraph h = new Paragraph(s.position() + ". " + s.heading(), heading);
            h.setSpacingBefore(12);
            document.add(h);
            for (String para : s.text().split("\\R\\R")) {
                Paragraph p = new Paragraph(para.strip(), plain);
                p.setSpacingBefore(4);
                document.add(p);
            }
            document.add(new Paragraph(msg("frontoffice.briefing.pdf.contributed", locale, s.unitCode()), small));
        }
        document.close();
        return out.toByteArray();
    }

    private String msg(String key, Locale locale, Object... args) {
        return messages.getMessage(key, args, locale);
    }
}
