package org.fieldsupport.frontoffice.briefing.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.fieldsupport.frontoffice.briefing.domain.BriefingNote;
import org.fieldsupport.frontoffice.office.internal.FrontOfficeAccess;
import org.fieldsupport.frontoffice.office.internal.References;
import org.fieldsupport.organization.OrganizationStructure;
import org.fieldsupport.platform.api.BusinessRuleException;
import org.fieldsupport.platform.api.FieldErrors;
import org.fieldsupport.platform.api.InvalidInputException;
import org.fieldsupport.platform.api.NotFoundException;
import org.fieldsupport.platform.audit.DataChanged;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Briefing notes and talking points (4.3.j): requested, contributed by units, assembled as versioned PDFs. */
@Service
public class BriefingDesk {

    static final String ENTITY = "frontoffice.briefing";

    private final JdbcClient jdbc;
    private final FrontOfficeAccess access;
    private final References references;
    private final OrganizationStructure structure;
    private final BriefingPdf pdf;
    private final BriefingDocx docx;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    BriefingDesk(JdbcClient jdbc, FrontOfficeAccess access, References references, OrganizationStructure structure,
                 BriefingPdf pdf, BriefingDocx docx, ApplicationEventPublisher events, ObjectProvider<Clock> clock) {
        this.docx = docx;
        this.jdbc = jdbc;
        this.access = access;
        this.references = references;
        this.structure = structure;
        this.pdf = pdf;
        this.events = events;
        this.clock = clock.getIfAvailable(Clock::systemUTC);
    }

    public record NewSection(String heading, String unitCode) { }

    public record NewBriefing(String meeting, String counterpart, LocalDate meetingDate, String principal,
                              String language, List<NewSection> sections) { }

    public record Summary(long id, String reference, String meeting, String counterpart, LocalDate meetingDate,
                          String principal, String language, String status, int currentVersion, List<String> missingUnits) { }

    public record Version(int versionNo, String language, String assembledBy, OffsetDateTime assembledAt, boolean docx) { }

    public record Detail(Summary summary, List<BriefingNote.Section> sections, List<Version> versions) { }

    @Transactional
    public Detail request(NewBriefing cmd) {
        access.requireDepartmentWide(FrontOfficeAccess.BRIEFINGS_MANAGE);
        FieldErrors errors = new FieldErrors();
        if (cmd.meeting() == null || cmd.meeting().isBlank()) errors.add("meeting", "NotBlank", "frontoffice.error.required");
        if (cmd.counterpart() == null || cmd.counterpart().isBlank()) errors.add("counterpart", "NotBlank", "frontoffice.error.required");
        if (cmd.meetingDate() == null) errors.add("meetingDate", "NotNull", "frontoffice.error.required");
        String principal = cmd.principal() == null || cmd.principal().isBlank() ? "USG" : cmd.principal().strip().toUpperCase(Locale.ROOT);
        if (!List.of("USG", "ASG").contains(principal)) errors.add("principal", "OneOf", "frontoffice.error.principal");
        String language = cmd.language() == null || cmd.language().isBlank() ? "en" : cmd.language().strip().toLowerCase(Locale.ROOT);
        if (!List.of("en", "fr").contains(language)) errors.add("language", "OneOf", "frontoffice.error.language");
        List<NewSection> sections = cmd.sections() == null ? List.of() : cmd.sections();
        if (sections.isEmpty()) errors.add("sections", "NotEmpty", "frontoffice.error.required");
        for (int i = 0; i < sections.size(); i++) {
            NewSection s = sections.get(i);
            if (s == null || s.heading() == null || s.heading().isBlank()) {
                errors.add("sections[" + i + "].heading", "NotBlank", "frontoffice.error.required");
            }
            if (s == null || s.unitCode() == null || structure.unit(s.unitCode().strip(), LocalDate.now(clock)).isEmpty()) {
                errors.add("sections[" + i + "].unitCode", "UnknownUnit", "frontoffice.error.unknownUnit",
                        s == null ? null : s.unitCode());
            }
        }
        errors.throwIfAny();
        String reference = references.next("FO-B", LocalDate.now(clock));
        String user = access.user();
        OffsetDateTime now = OffsetDateTime.now(clock);
        var keys = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO fo_briefing (reference, meeting, counterpart, meeting_date, principal, language, status,
                  current_version, version, created_by, created_at, modified_by, modified_at)
                VALUES (?, ?, ?, ?, ?, ?, 'REQUESTED', 0, 0, ?, ?, ?, ?)""")
                .params(reference, cmd.meeting().strip(), cmd.counterpart().strip(), cmd.meetingDate(), principal,
                        language, user, now, user, now)
                .update(keys, "id");
        long id = keys.getKeyAs(Number.class).longValue();
        int position = 1;
        for (NewSection s : sections) {
            jdbc.sql("INSERT INTO fo_briefing_section (briefing_id, position, heading, unit_code) VALUES (?, ?, ?, ?)")
                    .params(id, position++, s.heading().strip(), s.unitCode().strip()).update();
        }
        Detail detail = get(id);
        events.publishEvent(DataChanged.created(ENTITY, id, detail.summary()));
        return detail;
    }

    /** A unit writes its section (again, until the note is assembled; a later assembly makes a new version). */
    @Transactional
    public Detail contribute(long briefingId, long sectionId, String text) {
        Detail before = get(briefingId);
        BriefingNote.Section section = before.sections().stream().filter(s -> s.id() == sectionId).findFirst()
                .orElseThrow(() -> new NotFoundException("section", sectionId));
        access.requireFor(FrontOfficeAccess.TASKS_CONTRIBUTE, section.unitCode());
        if (text == null || text.isBlank()) throw InvalidInputException.of("text", "NotBlank", "frontoffice.error.required");
        jdbc.sql("UPDATE fo_briefing_section SET text = ?, submitted_by = ?, submitted_at = ? WHERE id = ?")
                .params(text.strip(), access.user(), OffsetDateTime.now(clock), sectionId).update();
        Detail after = get(briefingId);
        events.publishEvent(DataChanged.updated(ENTITY, briefingId, Map.of("section", sectionId),
                Map.of("section", sectionId, "unit", section.unitCode())));
        return after;
    }

    /** Assembles the note in {@code language} (or its own) as the next version. */
    @Transactional
    public Detail assemble(long id, String language) {
        access.requireDepartmentWide(FrontOfficeAccess.BRIEFINGS_MANAGE);
        Detail before = get(id);
        String lang = language == null || language.isBlank() ? before.summary().language()
                : language.strip().toLowerCase(Locale.ROOT);
        if (!List.of("en", "fr").contains(lang)) throw InvalidInputException.of("language", "OneOf", "frontoffice.error.language");
        BriefingNote note = note(before, lang);
        note.refusalToAssemble().ifPresent(key -> {
            throw new BusinessRuleException(key, String.join(", ", note.missingUnits()));
        });
        int version = before.summary().currentVersion() + 1;
        byte[] document = pdf.render(note, version);
        byte[] word = docx.render(note, version);
        jdbc.sql("INSERT INTO fo_briefing_version (briefing_id, version_no, language, pdf, docx, assembled_by, assembled_at)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?)")
                .params(id, version, lang, document, word, access.user(), OffsetDateTime.now(clock)).update();
        jdbc.sql("UPDATE fo_briefing SET status = 'ASSEMBLED', current_version = ?, version = version + 1, modified_by = ?,"
                        + " modified_at = ? WHERE id = ?")
                .params(version, access.user(), OffsetDateTime.now(clock), id).update();
        Detail after = get(id);
        events.publishEvent(DataChanged.updated(ENTITY, id, before.summary(), after.summary()));
        return after;
    }

    private static BriefingNote note(Detail d, String language) {
        Summary s = d.summary();
        return new BriefingNote(s.reference(), s.meeting(), s.counterpart(), s.meetingDate(), s.principal(), language,
                d.sections());
    }

    @Transactional(readOnly = true)
    public byte[] pdf(long id, int version) {
        get(id);
        return jdbc.sql("SELECT pdf FROM fo_briefing_version WHERE briefing_id = ? AND version_no = ?")
                .params(id, version).query((rs, n) -> rs.getBytes(1)).optional()
                .orElseThrow(() -> new NotFoundException("briefing version", version));
    }

    /** The version's DOCX; 404 for a version assembled before DOCX existed (its PDF is the record). */
    @Transactional(readOnly = true)
    public byte[] docx(long id, int version) {
        get(id);
        byte[] word = jdbc.sql("SELECT docx FROM fo_briefing_version WHERE briefing_id = ? AND version_no = ?")
                .params(id, version).query((rs, n) -> java.util.Optional.ofNullable(rs.getBytes(1))).optional()
                .orElseThrow(() -> new NotFoundException("briefing version", version)).orElse(null);
        if (word == null) throw new NotFoundException("briefing version DOCX", version);
        return word;
    }

    private static final String SUMMARY = "SELECT id, reference, meeting, counterpart, meeting_date, principal, language,"
            + " status, current_version FROM fo_briefing";

    private record Row(long id, String reference, String meeting, String counterpart, LocalDate meetingDate,
                       String principal, String language, String status, int currentVersion) { }

    @Transactional(readOnly = true)
    public Detail get(long id) {
        access.requireAnywhere(FrontOfficeAccess.BRIEFINGS_READ);
        Row r = jdbc.sql(SUMMARY + " WHERE id = ?").param(id).query(Row.class).optional()
                .orElseThrow(() -> new NotFoundException("briefing", id));
        List<BriefingNote.Section> sections = jdbc.sql("SELECT id, position, heading, unit_code, text FROM fo_briefing_section"
                        + " WHERE briefing_id = ? ORDER BY position").param(id)
                .query((rs, n) -> new BriefingNote.Section(rs.getLong(1), rs.getInt(2), rs.getString(3), rs.getString(4),
                        rs.getString(5))).list();
        List<Version> versions = jdbc.sql("SELECT version_no, language, assembled_by, assembled_at, docx IS NOT NULL FROM fo_briefing_version"
                        + " WHERE briefing_id = ? ORDER BY version_no DESC").param(id)
                .query((rs, n) -> new Version(rs.getInt(1), rs.getString(2), rs.getString(3),
                        rs.getObject(4, OffsetDateTime.class), rs.getBoolean(5))).list();
        return new Detail(summary(r, sections), sections, versions);
    }

    private static Summary summary(Row r, List<BriefingNote.Section> sections) {
        List<String> missing = sections.stream().filter(s -> !s.submitted()).map(BriefingNote.Section::unitCode)
                .distinct().sorted().toList();
        return new Summary(r.id(), r.reference(), r.meeting(), r.counterpart(), r.meetingDate(), r.principal(),
                r.language(), r.status(), r.currentVersion(), missing);
    }

    @Transactional(readOnly = true)
    public List<Summary> list() {
        access.requireAnywhere(FrontOfficeAccess.BRIEFINGS_READ);
        List<Row> rows = jdbc.sql(SUMMARY + " ORDER BY meeting_date DESC, id DESC LIMIT 200").query(Row.class).list();
        List<Summary> out = new ArrayList<>();
        for (Row r : rows) {
            List<String> missing = jdbc.sql("SELECT DISTINCT unit_code FROM fo_briefing_section WHERE briefing_id = ?"
                    + " AND (text IS NULL OR text = '') ORDER BY unit_code").param(r.id()).query(String.class).list();
            out.add(new Summary(r.id(), r.reference(), r.meeting(), r.counterpart(), r.meetingDate(), r.principal(),
                    r.language(), r.status(), r.currentVersion(), missing));
        }
        return out;
    }
}
