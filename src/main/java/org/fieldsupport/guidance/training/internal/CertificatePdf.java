package org.fieldsupport.guidance.training.internal;

import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.FontFactory;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.PdfWriter;
import java.io.ByteArrayOutputStream;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** A completion certificate as a one-page PDF in the reader's language (OpenPDF). */
@Component
public class CertificatePdf {

    private final MessageSource messages;

    CertificatePdf(MessageSource messages) {
        this.messages = messages;
    }

    public byte[] render(TrainingRegister.Certificate c, Locale locale) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4.rotate(), 72, 72, 72, 72);
        PdfWriter.getInstance(document, out);
        document.addTitle(c.number());
        document.open();
        boolean fr = "fr".equals(locale.getLanguage());
        Font big = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 26);
        Font name = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 20);
        Font plain = FontFactory.getFont(FontFactory.HELVETICA, 13);
        add(document, messages.getMessage("guidance.certificate.title", null, locale), big, 30);
        add(document, messages.getMessage("guidance.certificate.certifies", null, locale), plain, 20);
        add(document, c.fullName(), name, 12);
        add(document, messages.getMessage("guidance.certificate.completed", new Object[] {fr ? c.courseTitleFr() : c.courseTitleEn(),
                c.hours()}, locale), plain, 12);
        add(document, c.completedOn().format(DateTimeFormatter.ofPattern("d MMMM yyyy", locale)), plain, 12);
        add(document, messages.getMessage("guidance.certificate.number", new Object[] {c.number()}, locale),
                FontFactory.getFont(FontFactory.HELVETICA, 9), 40);
        document.close();
        return out.toByteArray();
    }

    private static void add(Document d, String text, Font font, float before) {
        Paragraph p = new Paragraph(text, font);
        p.setAlignment(Element.ALIGN_CENTER);
        p.setSpacingBefore(before);
        d.add(p);
    }
}
