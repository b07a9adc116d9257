package org.fieldsupport.ict.security.internal;

import static org.fieldsupport.ict.operations.IctInfraPermissions.SECURITY_MANAGE;
import static org.fieldsupport.ict.operations.IctInfraPermissions.SECURITY_READ;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.fieldsupport.ict.operations.Check;
import org.fieldsupport.ict.shared.internal.IctAccess;
import org.fieldsupport.platform.api.RuleRefusal;
import org.fieldsupport.ict.operations.ServiceDirectory;
import org.fieldsupport.ict.security.domain.IncidentResponse;
import org.fieldsupport.ict.security.domain.IncidentResponse.Classification;
import org.fieldsupport.ict.security.domain.IncidentResponse.Severity;
import org.fieldsupport.platform.api.NotFoundException;
import org.fieldsupport.platform.api.ReferenceNumbers;
import org.fieldsupport.platform.audit.DataChanged;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Information security: incidents (severity, affected services, data classification) with the containment and
 * notification steps {@link IncidentResponse} requires, each with its deadline and, once done, who did it, when and
 * whom they told; vulnerability findings with remediation dates; phishing-exercise results per mission. Mission users
 * see their mission's records; headquarters incidents and strictly confidential ones only security officers.
 */
@Service
public class Security {

    static final Set<String> SEVERITIES = names(Severity.values());
    static final Set<String> CLASSES = names(Classification.values());

    private final JdbcClient jdbc;
    private final IctAccess access;
    private final ServiceDirectory services;
    private final ReferenceNumbers references;
    private final ApplicationEventPublisher events;
    private final SecurityDeadlines deadlines;

    Security(JdbcClient jdbc, IctAccess access, ServiceDirectory services, ReferenceNumbers references,
             ApplicationEventPublisher events, SecurityDeadlines deadlines) {
        this.deadlines = deadlines;
        this.jdbc = jdbc;
        this.access = access;
        this.services = services;
        this.references = references;
        this.events = events;
    }

    public record NewIncident(String title, String missionCode, String severity, String classification, Instant detectedAt,
                              List<String> services, String description) { }

    public record Incident(long id, String reference, String title, String missionCode, String severity, String classification,
                           Instant detectedAt, String status, Instant containedAt, String description, List<String> services,
                           List<Step> steps, int overdueSteps) { }

    public record Step(long id, String kind, String description, String audience, Instant dueAt, Instant doneAt, String doneBy,
                       String toldWhom, boolean overdue) { }

    public record StepDone(String toldWhom, Instant doneAt) { }

    public record NewStep(String kind, String description, String audience, Instant dueAt) { }

    public record NewVulnerability(String reference, String title, String missionCode, String serviceCode, String severity,
                                   LocalDate foundOn, LocalDate remediateBy) { }

    public record Vulnerability(long id, String reference, String title, String missionCode, String serviceCode, String severity,
                                LocalDate foundOn, LocalDate remediateBy, LocalDate remediatedOn, boolean overdue) { }

    public record NewPhishing(String missionCode, LocalDate runOn, Integer recipients, Integer clicked, Integer credentialsGiven,
                              Integer reported) { }

    public record Phishing(long id, String missionCode, LocalDate runOn, int recipients, int clicked, int credentialsGiven,
                           int reported, BigDecimal clickRate, BigDecimal credentialRate, BigDecimal reportRate) { }

    // ---------------------------------------------------------------- incidents

    public List<Incident> incidents() {
        List<Object> params = new ArrayList<>();
        String where = incidentScope(params);
        List<Long> ids = jdbc.sql("SELECT id FROM ictsec_incident WHERE " + where + " ORDER BY detected_at DESC").params(params)
                .query(Long.class).list();
        return ids.stream().map(this::load).toList();
    }

    /** Security officers (department) see every incident; others their missions' incidents that are not strictly confidential. */
    private String incidentScope(List<Object> params) {
        Optional<Set<String>> visible = access.visible(SECURITY_READ);
        if (access.may(SECURITY_MANAGE, null)) {
            return "1=1";
        }
        String where = "classification <> 'STRICTLY_CONFIDENTIAL'";
        if (visible.isPresent()) {
            where += " AND " + IctAccess.missionFilter("mission_code", visible, params);
        }
        return where;
    }

    public Incident incident(long id) {
        Incident i = load(id);
        boolean officer = access.may(SECURITY_MANAGE, null);
        Optional<Set<String>> visible = access.visible(SECURITY_READ);
        boolean sees = officer || (!"STRICTLY_CONFIDENTIAL".equals(i.classification())
                && (visible.isEmpty() || (i.missionCode() != null && visible.get().contains(i.missionCode()))));
        if (!sees) {
            throw new NotFoundException("security-incident", id);
        }
        return i;
    }

    @Transactional
    public Incident report(NewIncident in) {
        Check c = new Check();
        c.text("title", in.title(), 200).oneOf("severity", in.severity(), SEVERITIES).oneOf("classification", in.classification(), CLASSES)
                .required("detectedAt", in.detectedAt()).optionalText("description", in.description(), 4000);
        String mission = in.missionCode() == null || in.missionCode().isBlank() ? null : access.mission(c, "missionCode", in.missionCode());
        if (in.detectedAt() != null && in.detectedAt().isAfter(Instant.now().plusSeconds(60))) {
            c.add("detectedAt", "Past", "ictinfra.input.past");
        }
        List<String> svc = in.services() == null ? List.of() : in.services().stream().filter(s -> s != null && !s.isBlank())
                .map(String::strip).distinct().toList();
        for (String s : svc) {
            if (services.find(s).isEmpty()) {
                c.add("services", "UnknownService", "ictinfra.input.unknownService", s);
            }
        }
        c.done();
        String user = access.require(SECURITY_MANAGE, mission);
        int year = LocalDate.now(ZoneOffset.UTC).getYear();
        String reference = "SEC-" + year + "-" + String.format("%04d", references.next("ict.security-incident", String.valueOf(year)));
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO ictsec_incident (reference, title, mission_code, severity, classification, detected_at, status, "
                        + "description, created_by) VALUES (?, ?, ?, ?, ?, ?, 'OPEN', ?, ?)")
                .params(reference, in.title().strip(), mission, in.severity(), in.classification(), Timestamp.from(in.detectedAt()),
                        in.description() == null ? null : in.description().strip(), user).update(keys, "id");
        long id = keys.getKey().longValue();
        for (String s : svc) {
            jdbc.sql("INSERT INTO ictsec_incident_service (incident_id, service_code) VALUES (?, ?)").params(id, s).update();
        }
        for (IncidentResponse.Step step : IncidentResponse.requiredSteps(Severity.valueOf(in.severity()),
                Classification.valueOf(in.classification()), in.detectedAt(), deadlines.forIncident(in.detectedAt()))) {
            insertStep(id, step.kind(), "ictinfra.step." + (step.audience() == null ? "CONTAINMENT" : step.audience()),
                    step.audience(), step.dueAt());
        }
        events.publishEvent(DataChanged.created("ict.security-incident", id, in));
        return load(id);
    }

    /** An extra step (a further containment action or someone else to tell). */
    @Transactional
    public Incident addStep(long id, NewStep in) {
        Incident i = incident(id);
        new Check().oneOf("kind", in.kind(), Set.of("CONTAINMENT", "NOTIFICATION")).text("description", in.description(), 500)
                .optionalText("audience", in.audience(), 200).required("dueAt", in.dueAt()).done();
        access.require(SECURITY_MANAGE, i.missionCode());
        requireOpen(i);
        insertStep(id, in.kind(), in.description().strip(), in.audience() == null ? null : in.audience().strip(), in.dueAt());
        events.publishEvent(DataChanged.updated("ict.security-incident", id, Map.of(), Map.of("step", in.description())));
        return load(id);
    }

    /** Marks a step done: who (the user), when, and for a notification whom they told (required). */
    @Transactional
    public Incident stepDone(long id, long stepId, StepDone in) {
        Incident i = incident(id);
        Step s = i.steps().stream().filter(x -> x.id() == stepId).findFirst()
                .orElseThrow(() -> new NotFoundException("security-step", stepId));
        Check c = new Check();
        if ("NOTIFICATION".equals(s.kind())) {
            c.text("toldWhom", in.toldWhom(), 300);
        } else {
            c.optionalText("toldWhom", in.toldWhom(), 300);
        }
        Instant at = in.doneAt() == null ? Instant.now() : in.doneAt();
        if (at.isAfter(Instant.now().plusSeconds(60))) {
            c.add("doneAt", "Past", "ictinfra.input.past");
        }
        if (at.isBefore(i.detectedAt())) {
            c.add("doneAt", "AfterDetection", "ictinfra.incident.beforeDetection");
        }
        c.done();
        String user = access.require(SECURITY_MANAGE, i.missionCode());
        if (s.doneAt() != null) {
            throw new RuleRefusal("step-done", "ictinfra.incident.stepDone");
        }
        jdbc.sql("UPDATE ictsec_step SET done_at = ?, done_by = ?, told_whom = ? WHERE id = ?")
                .params(Timestamp.from(at), user, in.toldWhom() == null || in.toldWhom().isBlank() ? null : in.toldWhom().strip(), stepId)
                .update();
        events.publishEvent(DataChanged.updated("ict.security-incident", id, Map.of("step", stepId),
                Map.of("doneAt", at.toString(), "toldWhom", String.valueOf(in.toldWhom()))));
        return load(id);
    }

    /** CONTAINED once every containment step is done; CLOSED once every step is. */
    @Transactional
    public Incident move(long id, String status) {
        Incident i = incident(id);
        new Check().oneOf("status", status, Set.of("CONTAINED", "CLOSED")).done();
        access.require(SECURITY_MANAGE, i.missionCode());
        requireOpen(i);
        boolean containmentOpen = i.steps().stream().anyMatch(s -> "CONTAINMENT".equals(s.kind()) && s.doneAt() == null);
        boolean anyOpen = i.steps().stream().anyMatch(s -> s.doneAt() == null);
        if ("CONTAINED".equals(status) && (containmentOpen || !"OPEN".equals(i.status()))) {
            throw new RuleRefusal("incident-steps-open", "ictinfra.incident.containmentOpen");
        }
        if ("CLOSED".equals(status) && anyOpen) {
            throw new RuleRefusal("incident-steps-open", "ictinfra.incident.stepsOpen",
                    i.steps().stream().filter(s -> s.doneAt() == null).count());
        }
        jdbc.sql("UPDATE ictsec_incident SET status = ?, contained_at = COALESCE(contained_at, ?) WHERE id = ?")
                .params(status, Timestamp.from(Instant.now()), id).update();
        events.publishEvent(DataChanged.updated("ict.security-incident", id, Map.of("status", i.status()), Map.of("status", status)));
        return load(id);
    }

    private static void requireOpen(Incident i) {
        if ("CLOSED".equals(i.status())) {
            throw new RuleRefusal("incident-closed", "ictinfra.incident.closed");
        }
    }

    private void insertStep(long incident, String kind, String description, String audience, Instant due) {
        jdbc.sql("INSERT INTO ictsec_step (incident_id, kind, description, audience, due_at) VALUES (?, ?, ?, ?, ?)")
                .params(incident, kind, description, audience, Timestamp.from(due)).update();
    }

    private Incident load(long id) {
        Instant now = Instant.now();
        List<String> svc = jdbc.sql("SELECT service_code FROM ictsec_incident_service WHERE incident_id = ? ORDER BY service_code")
                .param(id).query(String.class).list();
        List<Step> steps = jdbc.sql("SELECT * FROM ictsec_step WHERE incident_id = ? ORDER BY due_at, id").param(id)
                .query((rs, n) -> {
                    Instant due = rs.getTimestamp("due_at").toInstant();
                    Instant done = rs.getTimestamp("done_at") == null ? null : rs.getTimestamp("done_at").toInstant();
                    return new Step(rs.getLong("id"), rs.getString("kind"), rs.getString("description"), rs.getString("audience"),
                            due, done, rs.getString("done_by"), rs.getString("told_whom"),
                            done == null ? due.isBefore(now) : done.isAfter(due));
                }).list();
        int overdue = (int) steps.stream().filter(Step::overdue).count();
        return jdbc.sql("SELECT * FROM ictsec_incident WHERE id = ?").param(id).query((rs, n) -> new Incident(rs.getLong("id"),
                rs.getString("reference"), rs.getString("title"), rs.getString("mission_code"), rs.getString("severity"),
                rs.getString("classification"), rs.getTimestamp("detected_at").toInstant(), rs.getString("status"),
                rs.getTimestamp("contained_at") == null ? null : rs.getTimestamp("contained_at").toInstant(),
                rs.getString("description"), svc, steps, overdue)).optional()
                .orElseThrow(() -> new NotFoundException("security-incident", id));
    }

    // ---------------------------------------------------------------- vulnerabilities

    public List<Vulnerability> vulnerabilities() {
        Optional<Set<String>> visible = access.visible(SECURITY_READ);
        List<Object> params = new ArrayList<>();
        String where = visible.isEmpty() ? "1=1" : IctAccess.missionFilter("mission_code", visible, params);
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        return jdbc.sql("SELECT * FROM ictsec_vulnerability WHERE " + where + " ORDER BY remediated_on NULLS FIRST, remediate_by")
                .params(params).query((rs, n) -> {
                    LocalDate by = rs.getObject("remediate_by", LocalDate.class);
                    LocalDate done = rs.getObject("remediated_on", LocalDate.class);
                    return new Vulnerability(rs.getLong("id"), rs.getString("reference"), rs.getString("title"),
                            rs.getString("mission_code"), rs.getString("service_code"), rs.getString("severity"),
                            rs.getObject("found_on", LocalDate.class), by, done,
                            done == null ? by.isBefore(today) : done.isAfter(by));
                }).list();
    }

    @Transactional
    public Vulnerability addVulnerability(NewVulnerability in) {
        Check c = new Check();
        c.text("reference", in.reference(), 40).text("title", in.title(), 200).oneOf("severity", in.severity(), SEVERITIES)
                .required("foundOn", in.foundOn());
        String mission = in.missionCode() == null || in.missionCode().isBlank() ? null : access.mission(c, "missionCode", in.missionCode());
        String svc = in.serviceCode() == null || in.serviceCode().isBlank() ? null : in.serviceCode().strip();
        if (svc != null && services.find(svc).isEmpty()) {
            c.add("serviceCode", "UnknownService", "ictinfra.input.unknownService", svc);
        }
        LocalDate latest = in.foundOn() == null || !c.ok("severity") ? null
                : IncidentResponse.remediateBy(Severity.valueOf(in.severity()), in.foundOn());
        if (latest != null && in.remediateBy() != null && (in.remediateBy().isAfter(latest) || in.remediateBy().isBefore(in.foundOn()))) {
            c.add("remediateBy", "Range", "ictinfra.vulnerability.deadline", latest);
        }
        c.done();
        String user = access.require(SECURITY_MANAGE, mission);
        LocalDate by = in.remediateBy() == null ? latest : in.remediateBy();
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO ictsec_vulnerability (reference, title, mission_code, service_code, severity, found_on, remediate_by, "
                        + "created_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")
                .params(in.reference().strip(), in.title().strip(), mission, svc, in.severity(), in.foundOn(), by, user).update(keys, "id");
        long id = keys.getKey().longValue();
        events.publishEvent(DataChanged.created("ict.vulnerability", id, in));
        return vulnerabilities().stream().filter(v -> v.id() == id).findFirst().orElseThrow();
    }

    @Transactional
    public Vulnerability remediated(long id, LocalDate on) {
        Vulnerability v = vulnerabilities().stream().filter(x -> x.id() == id).findFirst()
                .orElseThrow(() -> new NotFoundException("vulnerability", id));
        LocalDate date = on == null ? LocalDate.now(ZoneOffset.UTC) : on;
        Check c = new Check();
        if (date.isAfter(LocalDate.now(ZoneOffset.UTC)) || date.isBefore(v.foundOn())) {
            c.add("remediatedOn", "Range", "ictinfra.vulnerability.remediatedOn");
        }
        c.done();
        access.require(SECURITY_MANAGE, v.missionCode());
        if (v.remediatedOn() != null) {
            throw new RuleRefusal("already-remediated", "ictinfra.vulnerability.already");
        }
        jdbc.sql("UPDATE ictsec_vulnerability SET remediated_on = ? WHERE id = ?").params(date, id).update();
        events.publishEvent(DataChanged.updated("ict.vulnerability", id, Map.of(), Map.of("remediatedOn", date.toString())));
        return vulnerabilities().stream().filter(x -> x.id() == id).findFirst().orElseThrow();
    }

    // ---------------------------------------------------------------- phishing

    public List<Phishing> phishing(String mission) {
        Optional<Set<String>> visible = access.visible(SECURITY_READ);
        List<Object> params = new ArrayList<>();
        String where = IctAccess.missionFilter("mission_code", visible, params);
        if (mission != null && !mission.isBlank()) {
            where += " AND mission_code = ?";
            params.add(mission.strip().toUpperCase(java.util.Locale.ROOT));
        }
        return jdbc.sql("SELECT * FROM ictsec_phishing WHERE " + where + " ORDER BY mission_code, run_on DESC").params(params)
                .query((rs, n) -> {
                    int r = rs.getInt("recipients");
                    int cl = rs.getInt("clicked");
                    int cr = rs.getInt("credentials_given");
                    int rep = rs.getInt("reported");
                    return new Phishing(rs.getLong("id"), rs.getString("mission_code"), rs.getObject("run_on", LocalDate.class), r, cl,
                            cr, rep, IncidentResponse.rate(cl, r), IncidentResponse.rate(cr, r), IncidentResponse.rate(rep, r));
                }).list();
    }

    @Transactional
    public Phishing addPhishing(NewPhishing in) {
        Check c = new Check();
        String mission = access.mission(c, "missionCode", in.missionCode());
        c.required("runOn", in.runOn()).range("recipients", in.recipients(), 1, 1_000_000)
                .range("clicked", in.clicked(), 0, 1_000_000).range("credentialsGiven", in.credentialsGiven(), 0, 1_000_000)
                .range("reported", in.reported(), 0, 1_000_000);
        if (in.recipients() != null && in.clicked() != null && in.clicked() > in.recipients()) {
            c.add("clicked", "AtMost", "ictinfra.phishing.moreThanRecipients");
        }
        if (in.recipients() != null && in.reported() != null && in.reported() > in.recipients()) {
            c.add("reported", "AtMost", "ictinfra.phishing.moreThanRecipients");
        }
        if (in.clicked() != null && in.credentialsGiven() != null && in.credentialsGiven() > in.clicked()) {
            c.add("credentialsGiven", "AtMost", "ictinfra.phishing.moreThanClicked");
        }
        if (in.runOn() != null && in.runOn().isAfter(LocalDate.now(ZoneOffset.UTC))) {
            c.add("runOn", "Past", "ictinfra.input.past");
        }
        c.done();
        String user = access.require(SECURITY_MANAGE, mission);
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO ictsec_phishing (mission_code, run_on, recipients, clicked, credentials_given, reported, created_by) "
                        + "VALUES (?, ?, ?, ?, ?, ?, ?)")
                .params(mission, in.runOn(), in.recipients(), in.clicked(), in.credentialsGiven(), in.reported(), user).update(keys, "id");
        long id = keys.getKey().longValue();
        events.publishEvent(DataChanged.created("ict.phishing-exercise", id, in));
        return phishing(mission).stream().filter(p -> p.id() == id).findFirst().orElseThrow();
    }

    private static Set<String> names(Enum<?>[] values) {
        return Arrays.stream(values).map(Enum::name).collect(Collectors.toCollection(java.util.TreeSet::new));
    }
}
