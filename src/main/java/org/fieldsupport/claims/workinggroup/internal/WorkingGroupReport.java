package org.fieldsupport.claims.workinggroup.internal;

import com.lowagie.text.Document;
import com.lowagie.text.Font;
import com.lowagie.text.FontFactory;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.PdfWriter;
import java.io.ByteArrayOutputStream;
import java.util.List;
import java.util.Locale;
import org.fieldsupport.claims.workinggroup.domain.WorkingGroupRules;
import org.fieldsupport.platform.i18n.Formats;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * The report of a Working Group session to the legislative body (PDF, in the reader's language): the session, the
 * proposals by kind with their submitters and decisions, and the COE Manual edition with the rate-table edition its
 * adopted changes made. Needs {@code claims.workinggroup.manage}.
 */
@Component
public class WorkingGroupReport {

    private final WorkingGroupService workingGroup;
    private final MessageSource messages;
    private final Formats formats;

    WorkingGroupReport(WorkingGroupService workingGroup, MessageSource messages, Formats formats) {
        this.workingGroup = workingGroup;
        this.messages = messages;
        this.formats = formats;
    }

    public record Rendered(String fileName, byte[] pdf) { }

    public Rendered pdf(long sessionId) {
        WorkingGroupService.Detail d = workingGroup.reportData(sessionId);
        Locale locale = LocaleContextHolder.getLocale();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4, 56, 56, 56, 56);
        PdfWriter.getInstance(document, out);
        document.addTitle(d.session().code());
        document.open();
        Font title = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 16);
        Font heading = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 12);
        Font plain = FontFactory.getFont(FontFactory.HELVETICA, 11);
        Font small = FontFactory.getFont(FontFactory.HELVETICA, 9);
        WorkingGroupService.Session s = d.session();
        document.add(new Paragraph(msg("claimsplanning.wg.report.title", locale, s.code()), title));
        document.add(new Paragraph(msg("claimsplanning.wg.report.session", locale, s.year(),
                formats.date(s.opensOn(), locale), formats.date(s.closesOn(), locale),
                msg("claimsplanning.wg.status." + s.status().name(), locale)), plain));
        List<WorkingGroupService.Proposal> proposals = d.proposals();
        long adopted = proposals.stream().filter(p -> p.decision() == WorkingGroupRules.Decision.ADOPTED).count();
        document.add(new Paragraph(msg("claimsplanning.wg.report.counts", locale, proposals.size(), adopted), plain));
        for (WorkingGroupRules.Kind kind : WorkingGroupRules.Kind.values()) {
            Paragraph h = new Paragraph(msg("claimsplanning.wg.kind." + kind.name(), locale), heading);
            h.setSpacingBefore(12);
            document.add(h);
            List<WorkingGroupService.Proposal> ofKind = proposals.stream().filter(p -> p.kind() == kind).toList();
            if (ofKind.isEmpty()) {
                document.add(new Paragraph(msg("claimsplanning.wg.report.none", locale), small));
            }
            for (WorkingGroupService.Proposal p : ofKind) {
                String submitter = WorkingGroupRules.SECRETARIAT.equals(p.submitter())
                        ? msg("claimsplanning.wg.secretariat", locale) : p.submitter();
                String decision = p.decision() == null ? msg("claimsplanning.wg.undecided", locale)
                        : msg("claimsplanning.wg.decision." + p.decision().name(), locale);
                Paragraph para = new Paragraph(p.reference() + " — " + p.title() + " (" + submitter + ")"
                        + (p.subject() == null ? "" : " · " + p.subject() + ": "
                        + formats.money(p.proposedAmount(), "USD", locale)) + " — " + decision, plain);
                para.setSpacingBefore(4);
                document.add(para);
                if (p.decisionNote() != null && !p.decisionNote().isBlank()) {
                    document.add(new Paragraph(p.decisionNote(), small));
                }
            }
        }
        WorkingGroupService.ManualEdition m = d.manual();
        Paragraph h = new Paragraph(msg("claimsplanning.wg.manual", locale), heading);
        h.setSpacingBefore(12);
        document.add(h);
        document.add(new Paragraph("ADOPTED".equals(m.status())
                ? msg("claimsplanning.wg.report.manualAdopted", locale, m.code(), formats.date(m.effectiveFrom(), locale),
                        m.rateEdition() == null ? "—" : m.rateEdition())
                : msg("claimsplanning.wg.report.manualDraft", locale, m.code()), plain));
        document.close();
        return new Rendered(s.code() + "-report-" + locale.getLanguage() + ".pdf", out.toByteArray());
    }

    private String msg(String key, Locale locale, Object... args) {
        return messages.getMessage(key, args, locale);
    }
}
