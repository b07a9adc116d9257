package org.fieldsupport.personnel.leadership.internal;

import com.lowagie.text.Document;
import com.lowagie.text.Font;
import com.lowagie.text.FontFactory;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.PdfWriter;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.fieldsupport.organization.Missions;
import org.fieldsupport.personnel.staff.domain.ContractRules;
import org.fieldsupport.personnel.staff.internal.StaffService;
import org.fieldsupport.platform.api.BusinessRuleException;
import org.fieldsupport.platform.audit.DataChanged;
import org.fieldsupport.platform.i18n.Formats;
import org.fieldsupport.platform.reference.ReferenceData;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The entitlements briefing pack of a selected senior leader (4.5.d), as PDF in English or French: the post, grade and
 * duty station; the contract (fixed-term, annual within-grade increments — {@link ContractRules}); the rest and
 * recuperation cycles of the mission's duty stations (personnel's R&R data); travel and grant once recorded on the
 * staff record; the call's conditions of employment; and the standard entitlements of the level (bundle texts).
 */
@Component
public class BriefingPack {

    private final CallService calls;
    private final LeadershipAccess access;
    private final JdbcClient jdbc;
    private final MessageSource messages;
    private final Formats formats;
    private final Missions missions;
    private final ReferenceData reference;
    private final ApplicationEventPublisher events;

    BriefingPack(CallService calls, LeadershipAccess access, JdbcClient jdbc, MessageSource messages, Formats formats,
                 Missions missions, ReferenceData reference, ApplicationEventPublisher events) {
        this.calls = calls;
        this.access = access;
        this.jdbc = jdbc;
        this.messages = messages;
        this.formats = formats;
        this.missions = missions;
        this.reference = reference;
        this.events = events;
    }

    public record Pack(String fileName, byte[] pdf) { }

    record Cycle(String dutyStation, int qualifyingDays, int rrDays, String destinations) { }

    @Transactional
    public Pack generate(long callId, Locale locale) {
        access.requireManage();
        CallService.Call c = calls.get(callId);
        CallService.Nominee n = calls.selected(c)
                .orElseThrow(() -> new BusinessRuleException("leadership.briefing.notSelected", c.reference()));
        String mission = missions.find(c.missionCode()).map(m -> m.name(locale)).orElse(c.missionCode());
        String station = missions.find(c.missionCode()).map(m -> m.hqLocation()).orElse("—");
        String grade = reference.grade(c.gradeCode()).map(g -> g.name(locale)).orElse(c.gradeCode());
        List<Cycle> cycles = jdbc.sql("""
                SELECT duty_station, qualifying_days, rr_days, destinations FROM pers_rr_cycle r
                 WHERE mission_code = ? AND valid_from = (SELECT MAX(valid_from) FROM pers_rr_cycle x
                       WHERE x.mission_code = r.mission_code AND x.duty_station = r.duty_station AND x.valid_from <= ?)
                 ORDER BY duty_station""")
                .params(c.missionCode(), StaffService.today())
                .query((rs, i) -> new Cycle(rs.getString(1), rs.getInt(2), rs.getInt(3), rs.getString(4))).list();
        Object[] staffRow = c.staffId() == null ? null : jdbc.sql("""
                SELECT s.duty_station, s.entry_on_duty, s.contract_end, s.travel_origin, s.assignment_grant, s.grant_currency
                  FROM pers_staff s WHERE s.id = ?""").param(c.staffId())
                .query((rs, i) -> new Object[] {rs.getString(1), rs.getObject(2, LocalDate.class),
                        rs.getObject(3, LocalDate.class), rs.getString(4), rs.getBigDecimal(5), rs.getString(6)})
                .optional().orElse(null);

        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document d = new Document(PageSize.A4, 56, 56, 56, 56);
        PdfWriter.getInstance(d, out);
        d.open();
        Font title = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 15);
        Font head = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 12);
        Font plain = FontFactory.getFont(FontFactory.HELVETICA, 10);
        d.add(new Paragraph(msg("leadership.briefing.header", locale), plain));
        d.add(new Paragraph(msg("leadership.briefing.title", locale), title));
        d.add(new Paragraph(msg("leadership.briefing.for", locale, n.fullName(), c.title(), mission, c.reference()), plain));
        d.add(new Paragraph(" "));
        d.add(new Paragraph(msg("leadership.briefing.post", locale), head));
        d.add(new Paragraph(msg("leadership.briefing.postLine", locale, c.postNumber(), grade,
                staffRow != null && staffRow[0] != null ? staffRow[0] : station), plain));
        d.add(new Paragraph(" "));
        d.add(new Paragraph(msg("leadership.briefing.contract", locale), head));
        if (staffRow != null) {
            LocalDate eod = (LocalDate) staffRow[1];
            d.add(new Paragraph(msg("leadership.briefing.contractDates", locale, formats.date(eod, locale),
                    staffRow[2] == null ? "—" : formats.date((LocalDate) staffRow[2], locale),
                    formats.date(ContractRules.nextStepDate(eod, 1), locale)), plain));
        } else {
            d.add(new Paragraph(msg("leadership.briefing.contractPending", locale), plain));
        }
        d.add(new Paragraph(msg("leadership.briefing.contractRule", locale), plain));
        d.add(new Paragraph(" "));
        d.add(new Paragraph(msg("leadership.briefing.rr", locale), head));
        if (cycles.isEmpty()) {
            d.add(new Paragraph(msg("leadership.briefing.rrNone", locale), plain));
        }
        for (Cycle cy : cycles) {
            d.add(new Paragraph(msg("leadership.briefing.rrLine", locale, cy.dutyStation(), cy.qualifyingDays(), cy.rrDays(),
                    cy.destinations().replace(";", ", ")), plain));
        }
        d.add(new Paragraph(" "));
        d.add(new Paragraph(msg("leadership.briefing.travel", locale), head));
        if (staffRow != null && staffRow[3] != null) {
            d.add(new Paragraph(msg("leadership.briefing.travelLine", locale, staffRow[3],
                    formats.money((BigDecimal) staffRow[4], (String) staffRow[5], locale)), plain));
        } else {
            d.add(new Paragraph(msg("leadership.briefing.travelPending", locale), plain));
        }
        d.add(new Paragraph(msg("leadership.briefing.standard." + ("USG".equals(c.gradeCode()) ? "USG" : "ASG"), locale),
                plain));
        d.add(new Paragraph(" "));
        d.add(new Paragraph(msg("leadership.briefing.conditions", locale), head));
        d.add(new Paragraph(c.conditions(), plain));
        d.add(new Paragraph(" "));
        d.add(new Paragraph(msg("leadership.briefing.footer", locale), plain));
        d.close();
        calls.briefingIssued(callId);
        events.publishEvent(DataChanged.created("personnel.leadership-briefing", c.id() + ":" + locale.getLanguage(),
                java.util.Map.of("call", c.reference(), "language", locale.getLanguage())));
        return new Pack("briefing-" + c.reference() + "-" + locale.getLanguage() + ".pdf", out.toByteArray());
    }

    private String msg(String key, Locale locale, Object... args) {
        return messages.getMessage(key, args, locale);
    }
}
