package org.fieldsupport.ict.standards.internal;

import static org.fieldsupport.ict.operations.IctInfraPermissions.EXCEPTION_DECIDE;
import static org.fieldsupport.ict.operations.IctInfraPermissions.EXCEPTION_REQUEST;
import static org.fieldsupport.ict.operations.IctInfraPermissions.STANDARDS_MANAGE;
import static org.fieldsupport.ict.operations.IctInfraPermissions.STANDARDS_READ;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.fieldsupport.ict.operations.Check;
import org.fieldsupport.ict.shared.internal.IctAccess;
import org.fieldsupport.ict.operations.IctInfraPermissions;
import org.fieldsupport.platform.api.RuleRefusal;
import org.fieldsupport.ict.operations.ServiceDirectory;
import org.fieldsupport.ict.standards.domain.Compliance;
import org.fieldsupport.platform.api.NotFoundException;
import org.fieldsupport.platform.api.ReferenceNumbers;
import org.fieldsupport.platform.audit.DataChanged;
import org.fieldsupport.platform.security.Scope;
import org.fieldsupport.platform.work.Assignee;
import org.fieldsupport.platform.work.NewWorkItem;
import org.fieldsupport.platform.work.WorkItems;
import org.fieldsupport.platform.workflow.AvailableAction;
import org.fieldsupport.platform.workflow.TransitionInput;
import org.fieldsupport.platform.workflow.AuthorityRequirement;
import org.fieldsupport.platform.workflow.Workflow;
import org.fieldsupport.platform.workflow.Workflows;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Approved technology standards (one row per approved version, with its sunset date), the standards each catalogue
 * service uses, exceptions requested by missions and decided by headquarters through the workflow kit, and the
 * compliance of the catalogue's services ({@link Compliance}).
 */
@Service
public class Standards {

    public static final String ENTITY = "ict.standard-exception";

    /**
     * Granting an exception to a technology standard is exercised under a delegation of authority covering the
     * requesting mission (session 5; the same check as change approvals). Rejecting one keeps the standard and needs
     * the permission only.
     */
    public static final String AUTHORITY = "ICT_STANDARDS_EXCEPTION";
    public static final Set<String> CATEGORIES = Set.of("PLATFORM", "DATABASE", "NETWORK", "SECURITY", "END_USER", "INTEGRATION");

    public enum Status { SUBMITTED, APPROVED, REJECTED }

    public record ExceptionRequest(long id, String reference, String missionCode, String standardCode, String serviceCode,
                            String justification, LocalDate validUntil, Status status, long version, String decisionNote,
                            String requestedBy, Instant requestedAt) { }

    static final Workflow<ExceptionRequest, Status> FLOW = Workflow.define(ENTITY, ExceptionRequest.class, Status.class)
            .id(ExceptionRequest::id).state(ExceptionRequest::status).version(ExceptionRequest::version).reference(ExceptionRequest::reference)
            .scope(e -> Scope.mission(e.missionCode()))
            .storedIn("ictstd_exception", "id", "status", "version")
            .stateLabels("ictinfra.exceptionStatus.")
            .refusedKey("ictinfra.exception.refused")
            .transition("approve", Status.SUBMITTED, Status.APPROVED, EXCEPTION_DECIDE, t -> t.label("ictinfra.action.approve")
                    .authority(AUTHORITY, (e, in) -> AuthorityRequirement.Subject.mission(e.missionCode())))
            .transition("reject", Status.SUBMITTED, Status.REJECTED, EXCEPTION_DECIDE,
                    t -> t.label("ictinfra.action.reject").requires("note"))
            .build();

    private final JdbcClient jdbc;
    private final IctAccess access;
    private final ServiceDirectory services;
    private final Workflows workflows;
    private final WorkItems work;
    private final ReferenceNumbers references;
    private final ApplicationEventPublisher events;

    Standards(JdbcClient jdbc, IctAccess access, ServiceDirectory services, Workflows workflows, WorkItems work,
              ReferenceNumbers references, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.access = access;
        this.services = services;
        this.workflows = workflows;
        this.work = work;
        this.references = references;
        this.events = events;
    }

    public record NewStandard(String code, String name, String category, String versionLabel, LocalDate approvedOn, LocalDate sunsetOn) { }

    public record Standard(long id, String code, String name, String category, String versionLabel, LocalDate approvedOn,
                           LocalDate sunsetOn, boolean sunset) { }

    public record NewUse(String serviceCode, String standardCode, String versionLabel) { }

    public record NewException(String missionCode, String standardCode, String serviceCode, String justification, LocalDate validUntil) { }

    public record Decision(String action, String note, Long expectedVersion) { }

    public record ServiceCompliance(String serviceCode, String serviceName, String standardCode, String versionLabel,
                                    Compliance.Status status) { }

    // ---------------------------------------------------------------- standards

    public List<Standard> standards() {
        access.visible(STANDARDS_READ);
        LocalDate today = today();
        return jdbc.sql("SELECT * FROM ictstd_standard ORDER BY category, code, approved_on DESC").query((rs, n) -> {
            LocalDate sunset = rs.getObject("sunset_on", LocalDate.class);
            return new Standard(rs.getLong("id"), rs.getString("code"), rs.getString("name"), rs.getString("category"),
                    rs.getString("version_label"), rs.getObject("approved_on", LocalDate.class), sunset,
                    sunset != null && sunset.isBefore(today));
        }).list();
    }

    @Transactional
    public Standard addStandard(NewStandard in) {
        String user = access.require(STANDARDS_MANAGE, null);
        Check c = new Check();
        String code = Check.strip(in.code());
        c.text("code", code, 40).text("name", in.name(), 160).oneOf("category", in.category(), CATEGORIES)
                .text("versionLabel", in.versionLabel(), 30).required("approvedOn", in.approvedOn());
        if (in.approvedOn() != null && in.sunsetOn() != null && !in.sunsetOn().isAfter(in.approvedOn())) {
            c.add("sunsetOn", "After", "ictinfra.standard.sunsetBeforeApproval");
        }
        if (code != null && in.versionLabel() != null && jdbc.sql("SELECT COUNT(*) FROM ictstd_standard WHERE code = ? AND version_label = ?")
                .params(code, in.versionLabel().strip()).query(Long.class).single() > 0) {
            c.add("versionLabel", "Unique", "ictinfra.input.taken", in.versionLabel().strip());
        }
        c.done();
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO ictstd_standard (code, name, category, version_label, approved_on, sunset_on, created_by) VALUES (?, ?, ?, ?, ?, ?, ?)")
                .params(code, in.name().strip(), in.category(), in.versionLabel().strip(), in.approvedOn(), in.sunsetOn(), user)
                .update(keys, "id");
        long id = keys.getKey().longValue();
        events.publishEvent(DataChanged.created("ict.standard", id, in));
        return standards().stream().filter(s -> s.id() == id).findFirst().orElseThrow();
    }

    /** Records (or changes) which version of a standard a catalogue service uses. */
    @Transactional
    public List<ServiceCompliance> recordUse(NewUse in) {
        String user = access.require(STANDARDS_MANAGE, null);
        Check c = new Check();
        c.required("serviceCode", in.serviceCode()).required("standardCode", in.standardCode()).text("versionLabel", in.versionLabel(), 30);
        String svc = Check.strip(in.serviceCode());
        String std = Check.strip(in.standardCode());
        if (svc != null && services.find(svc).isEmpty()) {
            c.add("serviceCode", "UnknownService", "ictinfra.input.unknownService", svc);
        }
        if (std != null && jdbc.sql("SELECT COUNT(*) FROM ictstd_standard WHERE code = ?").param(std).query(Long.class).single() == 0) {
            c.add("standardCode", "Unknown", "ictinfra.input.unknown", std);
        }
        c.done();
        int n = jdbc.sql("UPDATE ictstd_service_use SET version_label = ? WHERE service_code = ? AND standard_code = ?")
                .params(in.versionLabel().strip(), svc, std).update();
        if (n == 0) {
            jdbc.sql("INSERT INTO ictstd_service_use (service_code, standard_code, version_label, created_by) VALUES (?, ?, ?, ?)")
                    .params(svc, std, in.versionLabel().strip(), user).update();
        }
        events.publishEvent(DataChanged.updated("ict.service-standard", svc + "/" + std, Map.of(), Map.of("version", in.versionLabel())));
        return compliance(today(), null);
    }

    /**
     * Compliance of every recorded use as of a date. An exception counts for a use when it names the standard and
     * either that service or no service, and was requested by a mission the service serves (any mission when the
     * catalogue does not say).
     */
    public List<ServiceCompliance> compliance(LocalDate asOf, String mission) {
        access.visible(STANDARDS_READ);
        LocalDate date = asOf == null ? today() : asOf;
        List<Compliance.Version> versions = jdbc.sql("SELECT code, version_label, approved_on, sunset_on FROM ictstd_standard")
                .query((rs, n) -> new Compliance.Version(rs.getString(1), rs.getString(2), rs.getObject(3, LocalDate.class),
                        rs.getObject(4, LocalDate.class))).list();
        List<ExceptionRequest> approved = exceptionsWhere("e.status = 'APPROVED'", List.of());
        List<ServiceCompliance> out = new ArrayList<>();
        jdbc.sql("SELECT service_code, standard_code, version_label FROM ictstd_service_use ORDER BY service_code, standard_code")
                .query((rs, n) -> new Compliance.Use(rs.getString(1), rs.getString(2), rs.getString(3))).list().forEach(u -> {
                    List<LocalDate> until = approved.stream().filter(e -> e.standardCode().equals(u.standardCode())
                            && (e.serviceCode() == null || e.serviceCode().equals(u.serviceCode()))
                            && (mission == null || mission.equals(e.missionCode()))).map(ExceptionRequest::validUntil).toList();
                    String name = services.find(u.serviceCode()).map(ServiceDirectory.ServiceTargets::name).orElse(u.serviceCode());
                    out.add(new ServiceCompliance(u.serviceCode(), name, u.standardCode(), u.versionLabel(),
                            Compliance.of(u, versions, until, date)));
                });
        return out;
    }

    // ---------------------------------------------------------------- exceptions (workflow kit)

    public List<ExceptionRequest> exceptions() {
        Optional<Set<String>> visible = access.visible(STANDARDS_READ);
        List<Object> params = new ArrayList<>();
        return exceptionsWhere(IctAccess.missionFilter("e.mission_code", visible, params), params);
    }

    public ExceptionRequest exception(long id) {
        ExceptionRequest e = exceptionsWhere("e.id = ?", List.of(id)).stream().findFirst()
                .orElseThrow(() -> new NotFoundException("standard-exception", id));
        access.requireSees(STANDARDS_READ, e.missionCode(), "standard-exception", id);
        return e;
    }

    public List<AvailableAction> actions(ExceptionRequest e) {
        return workflows.actions(FLOW, e);
    }

    public List<Workflows.TransitionRecord> history(long id) {
        return workflows.history(ENTITY, id);
    }

    @Transactional
    public ExceptionRequest request(NewException in) {
        Check c = new Check();
        String mission = access.mission(c, "missionCode", in.missionCode());
        c.required("standardCode", in.standardCode()).text("justification", in.justification(), 2000).required("validUntil", in.validUntil());
        String std = Check.strip(in.standardCode());
        String svc = in.serviceCode() == null || in.serviceCode().isBlank() ? null : in.serviceCode().strip();
        if (std != null && jdbc.sql("SELECT COUNT(*) FROM ictstd_standard WHERE code = ?").param(std).query(Long.class).single() == 0) {
            c.add("standardCode", "Unknown", "ictinfra.input.unknown", std);
        }
        if (svc != null && services.find(svc).isEmpty()) {
            c.add("serviceCode", "UnknownService", "ictinfra.input.unknownService", svc);
        }
        if (in.validUntil() != null && (!in.validUntil().isAfter(today()) || in.validUntil().isAfter(today().plusYears(2)))) {
            c.add("validUntil", "Range", "ictinfra.exception.validity");
        }
        c.done();
        String user = access.require(EXCEPTION_REQUEST, mission);
        String reference = "STX-" + mission + "-" + today().getYear() + "-"
                + String.format("%03d", references.next("ict.standard-exception", mission + "-" + today().getYear()));
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO ictstd_exception (reference, mission_code, standard_code, service_code, justification, valid_until, "
                        + "status, requested_by, requested_at) VALUES (?, ?, ?, ?, ?, ?, 'SUBMITTED', ?, ?)")
                .params(reference, mission, std, svc, in.justification().strip(), in.validUntil(), user, Timestamp.from(Instant.now()))
                .update(keys, "id");
        long id = keys.getKey().longValue();
        events.publishEvent(DataChanged.created(ENTITY, id, in));
        work.open(NewWorkItem.of(ENTITY, id, reference, "/ict/standards/exceptions/" + id,
                Assignee.role(IctInfraPermissions.ROLE_PLANNER, Scope.department()), today().plusDays(10),
                "ictinfra.work.decideException", reference, mission, std));
        return exception(id);
    }

    @Transactional
    public ExceptionRequest decide(long id, Decision d) {
        ExceptionRequest e = exception(id);
        new Check().oneOf("action", d.action(), Set.of("approve", "reject")).optionalText("note", d.note(), 1000).done();
        TransitionInput input = TransitionInput.of("note", d.note() == null ? "" : d.note()).expectingVersion(d.expectedVersion());
        var done = workflows.perform(FLOW, e, d.action(), input);
        jdbc.sql("UPDATE ictstd_exception SET decision_note = ? WHERE id = ?").params(done.note(), id).update();
        return exception(id);
    }

    private List<ExceptionRequest> exceptionsWhere(String where, List<Object> params) {
        return jdbc.sql("SELECT e.* FROM ictstd_exception e WHERE " + where + " ORDER BY e.requested_at DESC").params(params)
                .query((rs, n) -> new ExceptionRequest(rs.getLong("id"), rs.getString("reference"), rs.getString("mission_code"),
                        rs.getString("standard_code"), rs.getString("service_code"), rs.getString("justification"),
                        rs.getObject("valid_until", LocalDate.class), Status.valueOf(rs.getString("status")), rs.getLong("version"),
                        rs.getString("decision_note"), rs.getString("requested_by"), rs.getTimestamp("requested_at").toInstant())).list();
    }

    static LocalDate today() {
        return LocalDate.now(ZoneOffset.UTC);
    }
}
