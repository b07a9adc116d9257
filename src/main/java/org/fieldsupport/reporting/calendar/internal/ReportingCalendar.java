package org.fieldsupport.reporting.calendar.internal;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.fieldsupport.organization.Missions;
import org.fieldsupport.organization.OrganizationStructure;
import org.fieldsupport.platform.api.BusinessRuleException;
import org.fieldsupport.platform.api.FieldErrors;
import org.fieldsupport.platform.api.InvalidInputException;
import org.fieldsupport.platform.api.NotFoundException;
import org.fieldsupport.platform.audit.DataChanged;
import org.fieldsupport.reporting.ReportFigureContributor;
import org.fieldsupport.reporting.calendar.domain.CalendarRules;
import org.fieldsupport.reporting.calendar.domain.CalendarRules.InputStatus;
import org.fieldsupport.reporting.calendar.domain.CalendarRules.ReportStatus;
import org.fieldsupport.platform.security.Scope;
import org.fieldsupport.platform.work.Assignee;
import org.fieldsupport.platform.work.NewWorkItem;
import org.fieldsupport.platform.work.WorkItems;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The reporting calendar (4.3.e): reports of the Secretary-General with their legislative mandate and due date to
 * the drafting department, requests for inputs to units, inputs collected and cleared, figures pulled from the
 * modules through {@link ReportFigureContributor}s with the moment they were taken.
 */
@Service
public class ReportingCalendar {

    private static final Set<String> BODIES = Set.of("EXT-SC", "EXT-C34", "EXT-ACABQ", "EXT-GA4", "EXT-GA5", "EXT-COEWG");

    private final JdbcClient jdbc;
    private final ReportingAccess access;
    private final Missions missions;
    private final OrganizationStructure structure;
    private final ObjectProvider<ReportFigureContributor> contributors;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final WorkItems workItems;

    ReportingCalendar(JdbcClient jdbc, ReportingAccess access, Missions missions, OrganizationStructure structure,
                      ObjectProvider<ReportFigureContributor> contributors, ApplicationEventPublisher events,
                      ObjectProvider<Clock> clock, WorkItems workItems) {
        this.workItems = workItems;
        this.jdbc = jdbc;
        this.access = access;
        this.missions = missions;
        this.structure = structure;
        this.contributors = contributors;
        this.events = events;
        this.clock = clock.getIfAvailable(Clock::systemUTC);
    }

    public LocalDate today() { return LocalDate.now(clock); }

    public record Report(long id, String code, String titleEn, String titleFr, String body, String mandate,
                         String missionCode, String draftingDepartment, LocalDate dueOn, String status,
                         long inputs, long inputsCleared) {
        public String title(Locale locale) {
            return locale != null && "fr".equals(locale.getLanguage()) ? titleFr : titleEn;
        }
    }

    public record Input(long id, String unitCode, String topic, LocalDate deadline, String status, String text,
                        String submittedBy, String clearedBy, boolean late) { }

    public record TakenFigure(long id, String key, String missionCode, BigDecimal value, String unitOfMeasure,
                              String source, LocalDate asOf, OffsetDateTime takenAt, String takenBy) { }

    public record Detail(Report report, List<Input> inputs, List<TakenFigure> figures) { }

    public record NewReport(String code, String titleEn, String titleFr, String body, String mandate, String missionCode,
                            String draftingDepartment, LocalDate dueOn) { }

    public record NewInput(String unitCode, String topic, LocalDate deadline) { }

    @Transactional
    public Detail create(NewReport cmd) {
        access.require(access.department(ReportingAccess.CALENDAR_MANAGE), ReportingAccess.CALENDAR_MANAGE);
        FieldErrors errors = new FieldErrors();
        String code = cmd.code() == null ? "" : cmd.code().strip().toUpperCase(Locale.ROOT);
        if (!code.matches("[A-Z0-9][A-Z0-9.-]{1,39}")) errors.add("code", "Pattern", "reporting.error.code");
        else if (jdbc.sql("SELECT COUNT(*) FROM rp_report WHERE code = ?").param(code).query(Long.class).single() > 0) {
            errors.add("code", "Unique", "reporting.error.duplicate", code);
        }
        if (cmd.titleEn() == null || cmd.titleEn().isBlank()) errors.add("titleEn", "NotBlank", "reporting.error.required");
        if (cmd.titleFr() == null || cmd.titleFr().isBlank()) errors.add("titleFr", "NotBlank", "reporting.error.required");
        if (cmd.body() == null || !BODIES.contains(cmd.body().strip())) errors.add("body", "OneOf", "reporting.error.body", String.join(", ", BODIES.stream().sorted().toList()));
        if (cmd.mandate() == null || cmd.mandate().isBlank()) errors.add("mandate", "NotBlank", "reporting.error.required");
        String mission = cmd.missionCode() == null || cmd.missionCode().isBlank() ? null : cmd.missionCode().strip().toUpperCase(Locale.ROOT);
        if (mission != null && missions.find(mission).isEmpty()) errors.add("missionCode", "UnknownMission", "reporting.error.unknownMission", mission);
        if (cmd.dueOn() == null) errors.add("dueOn", "NotNull", "reporting.error.required");
        errors.throwIfAny();
        String drafting = cmd.draftingDepartment() == null || cmd.draftingDepartment().isBlank() ? "EXT-DPKO" : cmd.draftingDepartment().strip();
        String user = access.user();
        OffsetDateTime now = OffsetDateTime.now(clock);
        jdbc.sql("INSERT INTO rp_report (code, title_en, title_fr, body, mandate, mission_code, drafting_department, due_on,"
                        + " status, version, created_by, created_at, modified_by, modified_at)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, 'PLANNED', 0, ?, ?, ?, ?)")
                .params(code, cmd.titleEn().strip(), cmd.titleFr().strip(), cmd.body().strip(), cmd.mandate().strip(), mission,
                        drafting, cmd.dueOn(), user, now, user, now).update();
        Detail d = detail(code);
        events.publishEvent(DataChanged.created("reporting.report", d.report().id(), d.report()));
        return d;
    }

    @Transactional
    public Detail requestInput(String code, NewInput cmd) {
        access.require(access.department(ReportingAccess.CALENDAR_MANAGE), ReportingAccess.CALENDAR_MANAGE);
        Report r = report(code);
        FieldErrors errors = new FieldErrors();
        if (cmd.unitCode() == null || structure.unit(cmd.unitCode().strip(), today()).isEmpty()) {
            errors.add("unitCode", "UnknownUnit", "reporting.error.unknownUnit", cmd.unitCode());
        }
        if (cmd.topic() == null || cmd.topic().isBlank()) errors.add("topic", "NotBlank", "reporting.error.required");
        if (cmd.deadline() == null) errors.add("deadline", "NotNull", "reporting.error.required");
        errors.throwIfAny();
        CalendarRules.mayRequest(ReportStatus.valueOf(r.status()), cmd.deadline(), r.dueOn()).ifPresent(key -> {
            throw new BusinessRuleException(key, r.dueOn());
        });
        var keys = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO rp_input_request (report_id, unit_code, topic, deadline, status) VALUES (?, ?, ?, ?, 'REQUESTED')")
                .params(r.id(), cmd.unitCode().strip(), cmd.topic().strip(), cmd.deadline()).update(keys, "id");
        if ("PLANNED".equals(r.status())) {
            jdbc.sql("UPDATE rp_report SET status = 'COLLECTING', version = version + 1 WHERE id = ?").param(r.id()).update();
        }
        long inputId = keys.getKeyAs(Number.class).longValue();
        workItems.open(NewWorkItem.of("reporting.input", inputId, r.code(), "/reporting/calendar/" + r.code(),
                contributorsOf(cmd.unitCode().strip()), cmd.deadline(), "reporting.work.input", r.code(), cmd.topic().strip()));
        events.publishEvent(DataChanged.created("reporting.input", inputId,
                Map.of("report", r.code(), "unit", cmd.unitCode(), "deadline", cmd.deadline())));
        return detail(code);
    }

    /**
     * Who is asked for a unit's input: the unit's reporting contributors, who may open the report and submit it
     * ({@link ReportingAccess#INPUTS_CONTRIBUTE} for the unit). Not every member of the unit (issue 12.4): a unit
     * officer without a reporting role was given an item linking to a report that refused them (decision record
     * menus-s5).
     */
    static Assignee contributorsOf(String unitCode) {
        return Assignee.role("REPORTING_CONTRIBUTOR", Scope.unit(unitCode));
    }

    @Transactional
    public Detail submitInput(long inputId, String text) {
        Input before = input(inputId);
        access.require(access.forUnit(ReportingAccess.INPUTS_CONTRIBUTE, before.unitCode()), "contribute for " + before.unitCode());
        if (text == null || text.isBlank()) throw InvalidInputException.of("text", "NotBlank", "reporting.error.required");
        CalendarRules.maySubmitInput(InputStatus.valueOf(before.status())).ifPresent(k -> { throw new BusinessRuleException(k); });
        jdbc.sql("UPDATE rp_input_request SET status = 'SUBMITTED', text = ?, submitted_by = ?, submitted_at = ? WHERE id = ?")
                .params(text.strip(), access.user(), OffsetDateTime.now(clock), inputId).update();
        workItems.closeFor("reporting.input", String.valueOf(inputId));
        String reportCode = reportCodeOf(inputId);
        workItems.open(NewWorkItem.of("reporting.input", inputId, reportCode, "/reporting/calendar/" + reportCode,
                Assignee.role("REPORTING_OFFICER", Scope.department()), before.deadline(), "reporting.work.clear",
                reportCode, before.unitCode()));
        events.publishEvent(DataChanged.updated("reporting.input", inputId, before, input(inputId)));
        return detail(reportCodeOf(inputId));
    }

    @Transactional
    public Detail clearInput(long inputId) {
        access.require(access.department(ReportingAccess.CALENDAR_MANAGE), ReportingAccess.CALENDAR_MANAGE);
        Input before = input(inputId);
        CalendarRules.mayClear(InputStatus.valueOf(before.status())).ifPresent(k -> { throw new BusinessRuleException(k); });
        jdbc.sql("UPDATE rp_input_request SET status = 'CLEARED', cleared_by = ?, cleared_at = ? WHERE id = ?")
                .params(access.user(), OffsetDateTime.now(clock), inputId).update();
        workItems.closeFor("reporting.input", String.valueOf(inputId));
        events.publishEvent(DataChanged.updated("reporting.input", inputId, before, input(inputId)));
        return detail(reportCodeOf(inputId));
    }

    @Transactional
    public Detail submitReport(String code) {
        access.require(access.department(ReportingAccess.CALENDAR_MANAGE), ReportingAccess.CALENDAR_MANAGE);
        Detail d = detail(code);
        CalendarRules.maySubmitReport(ReportStatus.valueOf(d.report().status()),
                d.inputs().stream().map(i -> InputStatus.valueOf(i.status())).toList()).ifPresent(k -> {
            throw new BusinessRuleException(k);
        });
        jdbc.sql("UPDATE rp_report SET status = 'SUBMITTED', version = version + 1, modified_by = ?, modified_at = ? WHERE id = ?")
                .params(access.user(), OffsetDateTime.now(clock), d.report().id()).update();
        Detail after = detail(code);
        events.publishEvent(DataChanged.updated("reporting.report", d.report().id(), d.report(), after.report()));
        return after;
    }

    /** Takes a figure from the module that offers it, as of today, and records it with the report. */
    @Transactional
    public Detail takeFigure(String code, String key, String missionCode) {
        access.require(access.department(ReportingAccess.CALENDAR_MANAGE), ReportingAccess.CALENDAR_MANAGE);
        Report r = report(code);
        String mission = missionCode == null || missionCode.isBlank() ? null : missionCode.strip().toUpperCase(Locale.ROOT);
        if (mission != null && missions.find(mission).isEmpty()) {
            throw InvalidInputException.of("missionCode", "UnknownMission", "reporting.error.unknownMission", mission);
        }
        for (ReportFigureContributor c : contributors.orderedStream().toList()) {
            for (ReportFigureContributor.Figure f : c.figures()) {
                if (!f.key().equals(key)) continue;
                if (mission != null && !f.perMission()) {
                    throw InvalidInputException.of("missionCode", "NotPerMission", "reporting.error.notPerMission", key);
                }
                BigDecimal value = c.value(key, mission, today()).orElseThrow(() ->
                        new BusinessRuleException("reporting.figure.unavailable", key));
                jdbc.sql("INSERT INTO rp_report_figure (report_id, figure_key, mission_code, figure_value, unit_of_measure,"
                                + " source, as_of, taken_at, taken_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")
                        .params(r.id(), key, mission, value, f.unitOfMeasure(), key.substring(0, key.indexOf('.')), today(),
                                OffsetDateTime.now(clock), access.user()).update();
                events.publishEvent(DataChanged.created("reporting.figure", r.code() + "|" + key,
                        Map.of("report", r.code(), "key", key, "value", value, "mission", mission == null ? "" : mission)));
                return detail(code);
            }
        }
        throw InvalidInputException.of("key", "UnknownFigure", "reporting.error.unknownFigure", key);
    }

    // ------------------------------------------------------------------ reads

    private static final String REPORT = "SELECT r.id, r.code, r.title_en, r.title_fr, r.body, r.mandate, r.mission_code,"
            + " r.drafting_department, r.due_on, r.status,"
            + " (SELECT COUNT(*) FROM rp_input_request i WHERE i.report_id = r.id) AS inputs,"
            + " (SELECT COUNT(*) FROM rp_input_request i WHERE i.report_id = r.id AND i.status = 'CLEARED') AS inputs_cleared"
            + " FROM rp_report r";

    private Report report(String code) {
        return jdbc.sql(REPORT + " WHERE r.code = ?").param(code == null ? "" : code.strip().toUpperCase(Locale.ROOT))
                .query(Report.class).optional().orElseThrow(() -> new NotFoundException("report", code));
    }

    private Input input(long id) {
        return jdbc.sql("SELECT id, unit_code, topic, deadline, status, text, submitted_by, cleared_by FROM rp_input_request WHERE id = ?")
                .param(id).query((rs, n) -> mapInput(rs)).optional().orElseThrow(() -> new NotFoundException("input", id));
    }

    private Input mapInput(java.sql.ResultSet rs) throws java.sql.SQLException {
        LocalDate deadline = rs.getObject(4, LocalDate.class);
        String status = rs.getString(5);
        return new Input(rs.getLong(1), rs.getString(2), rs.getString(3), deadline, status, rs.getString(6), rs.getString(7),
                rs.getString(8), CalendarRules.late(InputStatus.valueOf(status), deadline, today()));
    }

    private String reportCodeOf(long inputId) {
        return jdbc.sql("SELECT r.code FROM rp_report r JOIN rp_input_request i ON i.report_id = r.id WHERE i.id = ?")
                .param(inputId).query(String.class).single();
    }

    @Transactional(readOnly = true)
    public Detail detail(String code) {
        if (!access.anywhere(ReportingAccess.CALENDAR_READ)) throw new AccessDeniedException(ReportingAccess.CALENDAR_READ);
        Report r = report(code);
        List<Input> inputs = jdbc.sql("SELECT id, unit_code, topic, deadline, status, text, submitted_by, cleared_by"
                        + " FROM rp_input_request WHERE report_id = ? ORDER BY deadline, unit_code").param(r.id())
                .query((rs, n) -> mapInput(rs)).list();
        List<TakenFigure> figures = jdbc.sql("SELECT id, figure_key, mission_code, figure_value, unit_of_measure, source,"
                        + " as_of, taken_at, taken_by FROM rp_report_figure WHERE report_id = ? ORDER BY taken_at DESC, id DESC")
                .param(r.id()).query((rs, n) -> new TakenFigure(rs.getLong(1), rs.getString(2), rs.getString(3),
                        rs.getBigDecimal(4), rs.getString(5), rs.getString(6), rs.getObject(7, LocalDate.class),
                        rs.getObject(8, OffsetDateTime.class), rs.getString(9))).list();
        return new Detail(r, inputs, figures);
    }

    @Transactional(readOnly = true)
    public List<Report> calendar() {
        if (!access.anywhere(ReportingAccess.CALENDAR_READ)) throw new AccessDeniedException(ReportingAccess.CALENDAR_READ);
        return jdbc.sql(REPORT + " ORDER BY r.due_on, r.code").query(Report.class).list();
    }

    /** Input requests still open for the units the user contributes for (their inbox of requests). */
    @Transactional(readOnly = true)
    public List<Input> myRequests() {
        return jdbc.sql("SELECT id, unit_code, topic, deadline, status, text, submitted_by, cleared_by FROM rp_input_request"
                        + " WHERE status = 'REQUESTED' ORDER BY deadline").query((rs, n) -> mapInput(rs)).list()
                .stream().filter(i -> access.forUnit(ReportingAccess.INPUTS_CONTRIBUTE, i.unitCode())).toList();
    }

    public List<ReportFigureContributor.Figure> availableFigures() {
        return contributors.orderedStream().flatMap(c -> c.figures().stream()).toList();
    }
}
