package org.fieldsupport.personnel.staff.internal;

import com.lowagie.text.Document;
import com.lowagie.text.Font;
import com.lowagie.text.FontFactory;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import java.io.ByteArrayOutputStream;
import java.util.Locale;
import org.fieldsupport.organization.Missions;
import org.fieldsupport.personnel.shared.PersonnelAccess;
import org.fieldsupport.personnel.shared.PersonnelPermissions;
import org.fieldsupport.personnel.staff.domain.StaffMember;
import org.fieldsupport.platform.i18n.Formats;
import org.fieldsupport.platform.reference.ReferenceData;
import org.springframework.context.MessageSource;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * Offers of appointment (record OFFERED) and letters of appointment (ACTIVE) as PDF, in English or French, from
 * the templates of the message bundles ({@code personnel.letter.*}). Printed by HR of the mission or by the
 * staff member for their own record.
 */
@Component
public class Letters {

    private final StaffService staff;
    private final PersonnelAccess access;
    private final MessageSource messages;
    private final Formats formats;
    private final Missions missions;
    private final ReferenceData reference;

    Letters(StaffService staff, PersonnelAccess access, MessageSource messages, Formats formats, Missions missions,
            ReferenceData reference) {
        this.staff = staff;
        this.access = access;
        this.messages = messages;
        this.formats = formats;
        this.missions = missions;
        this.reference = reference;
    }

    public record Letter(String fileName, byte[] pdf) { }

    public Letter letter(long id, Locale locale) {
        StaffMember s = staff.get(id);
        if (!access.user().equals(s.username()) && !access.may(PersonnelPermissions.STAFF_MANAGE, s.missionCode())) {
            throw new AccessDeniedException("letters are HR's of " + s.missionCode());
        }
        boolean offer = "OFFERED".equals(s.status());
        String kind = offer ? "offer" : "appointment";
        String mission = missions.find(s.missionCode()).map(m -> m.name(locale)).orElse(s.missionCode());
        String grade = reference.grade(s.gradeCode()).map(g -> g.name(locale)).orElse(s.gradeCode());
        String contract = msg("personnel.contract." + s.contractType(), locale);
        String end = s.contractEnd() == null ? msg("personnel.letter.noEnd", locale) : formats.date(s.contractEnd(), locale);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4, 56, 56, 56, 56);
        com.lowagie.text.pdf.PdfWriter.getInstance(document, out);
        document.open();
        Font title = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 14);
        Font plain = FontFactory.getFont(FontFactory.HELVETICA, 11);
        document.add(new Paragraph(msg("personnel.letter.header", locale), plain));
        document.add(new Paragraph(" "));
        document.add(new Paragraph(msg("personnel.letter." + kind + ".title", locale), title));
        document.add(new Paragraph(" "));
        document.add(new Paragraph(msg("personnel.letter.to", locale, s.fullName(), s.indexNumber()), plain));
        document.add(new Paragraph(" "));
        document.add(new Paragraph(msg("personnel.letter." + kind + ".body", locale, mission, grade, s.step(), contract,
                formats.date(s.entryOnDuty(), locale), end, s.postNumber() == null ? "—" : s.postNumber()), plain));
        document.add(new Paragraph(" "));
        if (s.travelOrigin() != null) {
            document.add(new Paragraph(msg("personnel.letter.entitlements", locale, s.travelOrigin(),
                    formats.money(s.assignmentGrant(), s.grantCurrency(), locale)), plain));
            document.add(new Paragraph(" "));
        }
        document.add(new Paragraph(msg("personnel.letter." + kind + ".closing", locale), plain));
        document.close();
        return new Letter((offer ? "offer-" : "appointment-") + s.indexNumber() + "-" + locale.getLanguage() + ".pdf",
                out.toByteArray());
    }

    private String msg(String key, Locale locale, Object... args) {
        return messages.getMessage(key, args, locale);
    }
}
