package org.fieldsupport.frontoffice.briefing.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.fieldsupport.frontoffice.briefing.domain.BriefingNote;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Lays a briefing note out as one DOCX in the note's language (Apache POI, already used for XLSX exports), with the
 * same content as {@link BriefingPdf}: the office edits talking points in a word processor before the meeting.
 */
@Component
class BriefingDocx {

    private final MessageSource messages;

    BriefingDocx(MessageSource messages) {
        this.messages = messages;
    }

    byte[] render(BriefingNote note, int version) {
        Locale locale = Locale.forLanguageTag(note.language());
        try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            doc.getProperties().getCoreProperties().setTitle(note.reference());
            paragraph(doc, msg("frontoffice.briefing.pdf.title", locale), 16, true).setAlignment(ParagraphAlignment.LEFT);
            paragraph(doc, note.meeting(), 12, true);
            String date = note.meetingDate().format(DateTimeFormatter.ofPattern("d MMMM yyyy", locale));
            paragraph(doc, msg("frontoffice.briefing.pdf.facts", locale, note.counterpart(), date, note.principal()), 11, false);
            paragraph(doc, msg("frontoffice.briefing.pdf.version", locale, note.reference(), version), 9, false);
            for (BriefingNote.Section s : note.sections()) {
                XWPFParagraph h = paragraph(doc, s.position() + ". " + s.heading(), 12, true);
                h.setSpacingBefore(240);
                for (String para : s.text().split("\\R\\R")) {
                    paragraph(doc, para.strip(), 11, false).setSpacingBefore(80);
                }
                paragraph(doc, msg("frontoffice.briefing.pdf.contributed", locale, s.unitCode()), 9, false);
            }
            doc.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static XWPFParagraph paragraph(XWPFDocument doc, String text, int size, boolean bold) {
        XWPFParagraph p = doc.createParagraph();
        XWPFRun run = p.createRun();
        run.setFontFamily("Arial");
        run.setFontSize(size);
        run.setBold(bold);
        String[] lines = text.split("\\R", -1);
        for (int i = 0; i < lines.length; i++) {
            if (i > 0) run.addBreak();
            run.setText(lines[i]);
        }
        return p;
    }

    private String msg(String key, Locale locale, Object... args) {
        return messages.getMessage(key, args, locale);
    }
}
