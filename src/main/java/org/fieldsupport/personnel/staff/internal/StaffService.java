package org.fieldsupport.personnel.staff.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.fieldsupport.organization.Missions;
import org.fieldsupport.personnel.shared.Authorities;
import org.fieldsupport.personnel.shared.PersonnelAccess;
import org.fieldsupport.personnel.shared.PersonnelPermissions;
import org.fieldsupport.personnel.staff.domain.ContractRules;
import org.fieldsupport.personnel.staff.domain.StaffAction;
import org.fieldsupport.personnel.staff.domain.StaffMember;
import org.fieldsupport.platform.api.BusinessRuleException;
import org.fieldsupport.platform.api.FieldErrors;
import org.fieldsupport.platform.api.NotFoundException;
import org.fieldsupport.platform.api.PageQuery;
import org.fieldsupport.platform.api.PageResponse;
import org.fieldsupport.platform.audit.DataChanged;
import org.fieldsupport.platform.reference.ReferenceData;
import org.fieldsupport.platform.security.CurrentUser;
import org.fieldsupport.platform.security.Scope;
import org.fieldsupport.platform.work.WorkItems;
import org.fieldsupport.platform.workflow.AuthorityRequirement;
import org.fieldsupport.platform.workflow.TransitionInput;
import org.fieldsupport.platform.workflow.Transitioned;
import org.fieldsupport.platform.workflow.Workflow;
import org.fieldsupport.platform.workflow.Workflows;
import org.fieldsupport.personnel.staff.domain.StaffStatus;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Staff administration (6.3): staff records read in the HR officer's mission scope (a staff member reads only
 * their own), offers, appointments, entitlements, extensions and separations. Appointments, extensions and
 * separations are decisions under the decider's delegation ({@code RECRUITMENT_APPOINTMENT}, up to the staff
 * member's grade): refused with the register's reason without one. Personal data only for the HR role in scope.
 */
@Service
public class StaffService {

    static final String ENTITY = "personnel.staff";
    static final String SELECT = """
            SELECT s.*, p.post_number FROM pers_staff s LEFT JOIN pers_post p ON p.id = s.post_id
            """;

    private final JdbcClient jdbc;
    private final PersonnelAccess access;
    private final ReferenceData reference;
    private final Missions missions;
    private final Authorities authorities;
    private final ApplicationEventPublisher events;
    private final Workflows workflows;
    private final WorkItems workItems;

    /**
     * Decisions on a staff record through the workflow kit, each under the decider's {@code RECRUITMENT_APPOINTMENT}
     * delegation for the record's mission up to its grade: appoint (OFFERED → ACTIVE), extend (ACTIVE → ACTIVE, a new
     * end date), separate (ACTIVE → SEPARATED, a date and a reason).
     */
    static final Workflow<StaffMember, StaffStatus> FLOW = Workflow.define(ENTITY, StaffMember.class, StaffStatus.class)
            .id(StaffMember::id).state(s -> StaffStatus.valueOf(s.status())).version(StaffMember::version)
            .reference(StaffMember::indexNumber).scope(s -> Scope.mission(s.missionCode()))
            .storedIn("pers_staff", "id", "status", "version")
            .stateLabels("personnel.staff.status.")
            .refusedKey("personnel.staff.refused.state")
            .transition("appoint", StaffStatus.OFFERED, StaffStatus.ACTIVE, PersonnelPermissions.STAFF_DECIDE,
                    t -> t.label("personnel.action.appoint").authority(Authorities.RECRUITMENT_APPOINTMENT,
                            (s, in) -> AuthorityRequirement.Subject.grade(s.gradeCode(), s.missionCode())))
            .transition("extend", StaffStatus.ACTIVE, StaffStatus.ACTIVE, PersonnelPermissions.STAFF_DECIDE,
                    t -> t.label("personnel.action.extend").requires("contractEnd")
                            .authority(Authorities.RECRUITMENT_APPOINTMENT,
                                    (s, in) -> AuthorityRequirement.Subject.grade(s.gradeCode(), s.missionCode())))
            .transition("separate", StaffStatus.ACTIVE, StaffStatus.SEPARATED, PersonnelPermissions.STAFF_DECIDE,
                    t -> t.label("personnel.action.separate").requires("separationDate", "reason")
                            .authority(Authorities.RECRUITMENT_APPOINTMENT,
                                    (s, in) -> AuthorityRequirement.Subject.grade(s.gradeCode(), s.missionCode())))
            .build();

    /** Work item record types of the reminders (closed by the decision that answers them). */
    public static final String CONTRACT_REMINDER = "personnel.staff-contract";
    public static final String STEP_REMINDER = "personnel.staff-step";

    StaffService(JdbcClient jdbc, PersonnelAccess access, ReferenceData reference, Missions missions,
                 Authorities authorities, ApplicationEventPublisher events, Workflows workflows, WorkItems workItems) {
        this.workflows = workflows;
        this.workItems = workItems;
        this.jdbc = jdbc;
        this.access = access;
        this.reference = reference;
        this.missions = missions;
        this.authorities = authorities;
        this.events = events;
    }

    public static LocalDate today() {
        return LocalDate.now(ZoneOffset.UTC);
    }

    static StaffMember row(ResultSet rs, int n) throws SQLException {
        Long postId = rs.getObject("post_id") == null ? null : rs.getLong("post_id");
        return new StaffMember(rs.getLong("id"), rs.getString("index_number"), rs.getString("full_name"),
                rs.getString("gender"), rs.getString("username"), rs.getString("mission_code"), postId,
                rs.getString("post_number"), rs.getString("duty_station"), rs.getString("contract_type"),
                rs.getString("grade_code"), rs.getInt("step"), rs.getObject("entry_on_duty", LocalDate.class),
                rs.getObject("contract_end", LocalDate.class), rs.getObject("next_step_date", LocalDate.class),
                rs.getString("status"), rs.getObject("separation_date", LocalDate.class),
                rs.getString("separation_reason"), rs.getString("travel_origin"), rs.getBigDecimal("assignment_grant"),
                rs.getString("grant_currency"),
                new StaffMember.Personal(rs.getObject("date_of_birth", LocalDate.class), rs.getString("nationality"),
                        rs.getInt("dependants"), rs.getString("medical_status")),
                rs.getLong("version"));
    }

    /** Staff of the missions the user may read; never with personal data (lists are shared more widely). */
    public PageResponse<StaffMember> list(String mission, String status, String query, PageQuery page) {
        Optional<Set<String>> visible = access.missionsFor(PersonnelPermissions.STAFF_READ, mission);
        StringBuilder where = new StringBuilder(" WHERE 1 = 1");
        Map<String, Object> params = new HashMap<>();
        visible.ifPresent(m -> {
            where.append(" AND s.mission_code IN (:missions)");
            params.put("missions", m);
        });
        if (status != null && !status.isBlank()) {
            where.append(" AND s.status = :status");
            params.put("status", status);
        }
        if (query != null && !query.isBlank()) {
            where.append(" AND (LOWER(s.full_name) LIKE :q OR s.index_number LIKE :q)");
            params.put("q", "%" + query.strip().toLowerCase() + "%");
        }
        long total = jdbc.sql("SELECT COUNT(*) FROM pers_staff s" + where).params(params).query(Long.class).single();
        List<StaffMember> rows = jdbc.sql(SELECT + where + " ORDER BY " + page.orderByOr("s.full_name, s.id")
                        + " LIMIT " + page.size() + " OFFSET " + page.offset())
                .params(params).query(StaffService::row).list().stream().map(StaffMember::withoutPersonalData).toList();
        return PageResponse.of(rows, page, total);
    }

    Optional<StaffMember> find(long id) {
        return jdbc.sql(SELECT + " WHERE s.id = ?").param(id).query(StaffService::row).optional();
    }

    /** One record: HR of its mission (personal data with the HR role), or the staff member themself. */
    public StaffMember get(long id) {
        StaffMember s = find(id).orElseThrow(() -> new NotFoundException("StaffMember", id));
        String user = access.user();
        if (user.equals(s.username())) {
            return s;
        }
        if (!access.may(PersonnelPermissions.STAFF_READ, s.missionCode())) {
            throw new AccessDeniedException("no staff read for " + s.missionCode());
        }
        return access.may(PersonnelPermissions.STAFF_PERSONAL, s.missionCode()) ? s : s.withoutPersonalData();
    }

    /** The signed-in user's own record. */
    public StaffMember me() {
        String user = access.user();
        return jdbc.sql(SELECT + " WHERE s.username = ? ORDER BY s.id DESC").param(user).query(StaffService::row).list()
                .stream().findFirst().orElseThrow(() -> new NotFoundException("StaffMember", user));
    }

    /** Whether the user may see personal data of a mission's staff (for exports). */
    public boolean mayReadPersonal(String mission) {
        return access.may(PersonnelPermissions.STAFF_PERSONAL, mission);
    }

    public List<StaffAction> actions(long id) {
        get(id);
        return jdbc.sql("SELECT * FROM pers_staff_action WHERE staff_id = ? ORDER BY decided_at, id").param(id)
                .query((rs, n) -> new StaffAction(rs.getLong("id"), rs.getString("kind"),
                        rs.getObject("effective_on", LocalDate.class), rs.getString("detail"),
                        rs.getString("decided_by"), rs.getObject("decided_at", OffsetDateTime.class).toInstant(),
                        rs.getString("delegation_ids")))
                .list();
    }

    // ---- offer ----

    public record NewStaff(String indexNumber, String fullName, String gender, String nationality,
                           LocalDate dateOfBirth, Integer dependants, String medicalStatus, String username,
                           String missionCode, Long postId, String dutyStation, String contractType, String gradeCode,
                           Integer step, LocalDate entryOnDuty, LocalDate contractEnd) { }

    public FieldErrors check(NewStaff in) {
        FieldErrors errors = new FieldErrors();
        if (in.indexNumber() == null || !in.indexNumber().strip().matches("\\d{5,10}")) {
            errors.add("indexNumber", "Pattern", "personnel.staff.input.indexNumber");
        } else if (jdbc.sql("SELECT COUNT(*) FROM pers_staff WHERE index_number = ?").param(in.indexNumber().strip())
                .query(Long.class).single() > 0) {
            errors.add("indexNumber", "Unique", "personnel.staff.input.indexTaken", in.indexNumber().strip());
        }
        if (in.fullName() == null || in.fullName().isBlank()) {
            errors.add("fullName", "Required", "personnel.input.required");
        }
        if (in.gender() == null || !ContractRules.GENDERS.contains(in.gender())) {
            errors.add("gender", "OneOf", "personnel.staff.input.gender");
        }
        if (in.nationality() == null || reference.country(in.nationality()).filter(c -> true).isEmpty()) {
            errors.add("nationality", "UnknownCountry", "personnel.staff.input.nationality",
                    String.valueOf(in.nationality()));
        }
        if (in.dateOfBirth() == null) {
            errors.add("dateOfBirth", "Required", "personnel.input.required");
        } else if (in.dateOfBirth().isAfter(today().minusYears(18))) {
            errors.add("dateOfBirth", "Adult", "personnel.staff.input.adult");
        }
        if (in.dependants() != null && (in.dependants() < 0 || in.dependants() > 20)) {
            errors.add("dependants", "Range", "personnel.staff.input.dependants");
        }
        if (in.missionCode() == null || missions.find(in.missionCode()).isEmpty()) {
            errors.add("missionCode", "UnknownMission", "personnel.input.mission", String.valueOf(in.missionCode()));
        }
        if (in.gradeCode() == null || reference.grade(in.gradeCode()).isEmpty()) {
            errors.add("gradeCode", "UnknownGrade", "personnel.input.grade", String.valueOf(in.gradeCode()));
        }
        if (in.step() == null || in.step() < 1 || in.step() > ContractRules.MAX_STEP) {
            errors.add("step", "Range", "personnel.staff.input.step", ContractRules.MAX_STEP);
        }
        if (in.entryOnDuty() == null) {
            errors.add("entryOnDuty", "Required", "personnel.input.required");
        }
        if (in.postId() != null && jdbc.sql("SELECT COUNT(*) FROM pers_post WHERE id = ?").param(in.postId())
                .query(Long.class).single() == 0) {
            errors.add("postId", "Unknown", "personnel.input.post", in.postId());
        }
        ContractRules.checkTerm(errors, in.contractType(), in.entryOnDuty(), in.contractEnd());
        return errors;
    }

    /** Records a selected candidate's offer (status OFFERED); the offer letter can then be printed. */
    @Transactional
    public StaffMember offer(NewStaff in) {
        check(in).throwIfAny();
        String user = access.require(PersonnelPermissions.STAFF_MANAGE, in.missionCode());
        return offerAs(user, in);
    }

    @Transactional
    public StaffMember offerAs(String user, NewStaff in) {
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO pers_staff (index_number, full_name, gender, nationality, date_of_birth, dependants,
                    medical_status, username, mission_code, post_id, duty_station, contract_type, grade_code, step,
                    entry_on_duty, contract_end, status, created_by, created_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'OFFERED', ?, ?)""")
                .params(in.indexNumber().strip(), in.fullName().strip(), in.gender(),
                        reference.country(in.nationality()).orElseThrow().alpha3(), in.dateOfBirth(),
                        in.dependants() == null ? 0 : in.dependants(), blank(in.medicalStatus()), blank(in.username()),
                        in.missionCode(), in.postId(), blank(in.dutyStation()), in.contractType(), in.gradeCode(),
                        in.step(), in.entryOnDuty(), in.contractEnd(), user, OffsetDateTime.now())
                .update(keys, "id");
        long id = keys.getKey().longValue();
        action(id, "OFFER", in.entryOnDuty(), in.contractType() + " " + in.gradeCode() + "/" + in.step(), user, null);
        StaffMember created = find(id).orElseThrow();
        events.publishEvent(DataChanged.created(ENTITY, id, created));
        return created;
    }

    // ---- decisions ----

    /** The regularity review of the appointment of an offered record (empty = regular). */
    public List<String> review(long id) {
        StaffMember s = get(id);
        return review(s);
    }

    List<String> review(StaffMember s) {
        if (s.postId() == null) {
            return List.of("personnel.review.noPost");
        }
        return jdbc.sql("""
                SELECT p.status, p.mission_code, p.grade_code, p.valid_from, p.valid_to,
                       (SELECT COUNT(*) FROM pers_staff o WHERE o.post_id = p.id AND o.status = 'ACTIVE' AND o.id <> ?) AS others
                  FROM pers_post p WHERE p.id = ?""").params(s.id(), s.postId())
                .query((rs, n) -> ContractRules.appointmentFindings("ACTIVE".equals(rs.getString(1)), rs.getString(2),
                        rs.getString(3), rs.getLong(6) == 0, rs.getObject(4, LocalDate.class),
                        rs.getObject(5, LocalDate.class), s.missionCode(), s.gradeCode(), s.entryOnDuty(),
                        s.contractEnd()))
                .single();
    }

    /** Appoints an offered staff member to their post: regular (review) and under the decider's delegation. */
    @Transactional
    public StaffMember appoint(long id) {
        StaffMember s = load(id);
        if ("OFFERED".equals(s.status())) {
            List<String> findings = review(s);
            if (!findings.isEmpty()) {
                throw new BusinessRuleException(findings.get(0), s.postNumber() == null ? "—" : s.postNumber());
            }
        }
        Transitioned<StaffStatus> done = workflows.perform(FLOW, s, "appoint", TransitionInput.none());
        String user = done.actor();
        set(s.id(), user, "next_step_date = ?", ContractRules.nextStepDate(s.entryOnDuty(), s.step()));
        jdbc.sql("UPDATE pers_post_vacancy SET filled_on = ? WHERE post_id = ? AND filled_on IS NULL")
                .params(s.entryOnDuty(), s.postId()).update();
        jdbc.sql("UPDATE pers_post SET vacant_since = NULL WHERE id = ?").param(s.postId()).update();
        action(id, "APPOINTMENT", s.entryOnDuty(), s.postNumber(), user, chain(done));
        return changed(s);
    }

    static String chain(Transitioned<?> done) {
        String c = done.delegationChain() != null ? done.delegationChain()
                : done.delegationId() == null ? null : String.valueOf(done.delegationId());
        return c == null || c.length() <= 200 ? c : c.substring(0, 200);
    }

    @Transactional
    public StaffMember recordEntitlements(long id, String travelOrigin, BigDecimal assignmentGrant, String currency) {
        StaffMember s = load(id);
        String user = access.require(PersonnelPermissions.STAFF_MANAGE, s.missionCode());
        FieldErrors errors = new FieldErrors();
        if (travelOrigin == null || travelOrigin.isBlank()) {
            errors.add("travelOrigin", "Required", "personnel.input.required");
        }
        if (assignmentGrant == null || assignmentGrant.signum() < 0) {
            errors.add("assignmentGrant", "PositiveOrZero", "personnel.input.amount");
        }
        if (currency == null || reference.currency(currency).isEmpty()) {
            errors.add("currency", "UnknownCurrency", "personnel.input.currency", String.valueOf(currency));
        }
        errors.throwIfAny();
        if ("SEPARATED".equals(s.status())) {
            throw new BusinessRuleException("personnel.staff.refused.separated", s.indexNumber());
        }
        BigDecimal grant = assignmentGrant.setScale(2, RoundingMode.HALF_EVEN);
        update(s, user, "travel_origin = ?, assignment_grant = ?, grant_currency = ?", travelOrigin.strip(), grant,
                currency);
        action(id, "ENTITLEMENT", today(), travelOrigin.strip() + "; " + grant.toPlainString() + " " + currency, user,
                null);
        return changed(s);
    }

    @Transactional
    public StaffMember extend(long id, LocalDate newEnd) {
        if (newEnd == null) {
            new FieldErrors().add("contractEnd", "Required", "personnel.input.required").throwIfAny();
        }
        StaffMember s = load(id);
        if ("ACTIVE".equals(s.status())) {
            String refusal = ContractRules.extensionRefusal(s.status(), s.contractType(), s.entryOnDuty(),
                    s.contractEnd(), newEnd);
            if (refusal != null) {
                throw new BusinessRuleException(refusal, s.indexNumber());
            }
        }
        Transitioned<StaffStatus> done = workflows.perform(FLOW, s, "extend",
                TransitionInput.of("contractEnd", newEnd.toString()));
        set(s.id(), done.actor(), "contract_end = ?", newEnd);
        action(id, "EXTENSION", newEnd, s.contractEnd() + " → " + newEnd, done.actor(), chain(done));
        workItems.closeFor(CONTRACT_REMINDER, String.valueOf(id));
        return changed(s);
    }

    @Transactional
    public StaffMember separate(long id, LocalDate date, String reason) {
        FieldErrors errors = new FieldErrors();
        if (date == null) {
            errors.add("separationDate", "Required", "personnel.input.required");
        }
        if (reason == null || !ContractRules.SEPARATION_REASONS.contains(reason)) {
            errors.add("reason", "OneOf", "personnel.staff.input.reason");
        }
        errors.throwIfAny();
        StaffMember s = load(id);
        if (date.isBefore(s.entryOnDuty())) {
            new FieldErrors().add("separationDate", "AfterEntry", "personnel.staff.input.separationBeforeEntry")
                    .throwIfAny();
        }
        Transitioned<StaffStatus> done = workflows.perform(FLOW, s, "separate",
                TransitionInput.of("separationDate", date.toString()).with("reason", reason));
        set(s.id(), done.actor(), "separation_date = ?, separation_reason = ?, next_step_date = NULL", date, reason);
        if (s.postId() != null) {
            jdbc.sql("INSERT INTO pers_post_vacancy (post_id, vacant_from) VALUES (?, ?)")
                    .params(s.postId(), date.plusDays(1)).update();
            jdbc.sql("UPDATE pers_post SET vacant_since = ? WHERE id = ?").params(date.plusDays(1), s.postId()).update();
        }
        action(id, "SEPARATION", date, reason, done.actor(), chain(done));
        workItems.closeFor(CONTRACT_REMINDER, String.valueOf(id));
        workItems.closeFor(STEP_REMINDER, String.valueOf(id));
        return changed(s);
    }

    /** The decisions the current user may take on the record now (buttons; disabled with the refusal). */
    public List<org.fieldsupport.platform.workflow.AvailableAction> availableActions(StaffMember s) {
        return workflows.actions(FLOW, s);
    }

    // ---- reminders (contract expiries, step increments) ----

    public record Reminder(long staffId, String indexNumber, String fullName, String missionCode, String kind,
                           LocalDate due) { }

    /** Contract expiries within {@code days} and step increments due by then, in the user's missions. */
    public List<Reminder> reminders(String mission, int days) {
        Optional<Set<String>> visible = access.missionsFor(PersonnelPermissions.STAFF_READ, mission);
        LocalDate horizon = today().plusDays(days);
        Map<String, Object> params = new HashMap<>();
        params.put("today", today());
        params.put("horizon", horizon);
        String scope = visible.map(m -> {
            params.put("missions", m);
            return " AND mission_code IN (:missions)";
        }).orElse("");
        List<Reminder> out = new ArrayList<>();
        out.addAll(jdbc.sql("SELECT id, index_number, full_name, mission_code, contract_end FROM pers_staff"
                        + " WHERE status = 'ACTIVE' AND contract_end BETWEEN :today AND :horizon" + scope
                        + " ORDER BY contract_end, id").params(params)
                .query((rs, n) -> new Reminder(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        "CONTRACT_EXPIRY", rs.getObject(5, LocalDate.class))).list());
        out.addAll(jdbc.sql("SELECT id, index_number, full_name, mission_code, next_step_date FROM pers_staff"
                        + " WHERE status = 'ACTIVE' AND next_step_date <= :horizon" + scope
                        + " ORDER BY next_step_date, id").params(params)
                .query((rs, n) -> new Reminder(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        "STEP_INCREMENT", rs.getObject(5, LocalDate.class))).list());
        return out;
    }

    /** Grants the within-grade increment due (HR, no delegation: it is an entitlement, not a discretion). */
    @Transactional
    public StaffMember grantStep(long id) {
        StaffMember s = load(id);
        String user = access.require(PersonnelPermissions.STAFF_MANAGE, s.missionCode());
        if (!"ACTIVE".equals(s.status()) || s.nextStepDate() == null || s.nextStepDate().isAfter(today())) {
            throw new BusinessRuleException("personnel.staff.refused.stepNotDue", s.indexNumber());
        }
        int step = s.step() + 1;
        update(s, user, "step = ?, next_step_date = ?", step, ContractRules.nextStepDate(s.nextStepDate(), step));
        action(id, "ENTITLEMENT", s.nextStepDate(), "step " + s.step() + " → " + step, user, null);
        workItems.closeFor(STEP_REMINDER, String.valueOf(id));
        return changed(s);
    }

    // ---- plumbing ----

    private StaffMember load(long id) {
        StaffMember s = find(id).orElseThrow(() -> new NotFoundException("StaffMember", id));
        if (!access.may(PersonnelPermissions.STAFF_READ, s.missionCode())) {
            throw new AccessDeniedException("no staff read for " + s.missionCode());
        }
        return s;
    }

    private void update(StaffMember before, String user, String set, Object... values) {
        List<Object> params = new ArrayList<>(java.util.Arrays.asList(values));
        params.addAll(List.of(user, OffsetDateTime.now(), before.id(), before.version()));
        int n = jdbc.sql("UPDATE pers_staff SET " + set + ", version = version + 1, modified_by = ?, modified_at = ?"
                + " WHERE id = ? AND version = ?").params(params).update();
        if (n != 1) {
            throw new BusinessRuleException("personnel.refused.concurrent", before.indexNumber());
        }
    }

    /** Writes the module's own fields after a kit transition (the kit moved state and version already). */
    private void set(long id, String user, String set, Object... values) {
        List<Object> params = new ArrayList<>(java.util.Arrays.asList(values));
        params.addAll(List.of(user, OffsetDateTime.now(), id));
        jdbc.sql("UPDATE pers_staff SET " + set + ", modified_by = ?, modified_at = ? WHERE id = ?").params(params).update();
    }

    private StaffMember changed(StaffMember before) {
        StaffMember after = find(before.id()).orElseThrow();
        events.publishEvent(DataChanged.updated(ENTITY, before.id(), before, after));
        return after;
    }

    void action(long staffId, String kind, LocalDate effective, String detail, String user, String chain) {
        jdbc.sql("INSERT INTO pers_staff_action (staff_id, kind, effective_on, detail, decided_by, decided_at,"
                        + " delegation_ids) VALUES (?, ?, ?, ?, ?, ?, ?)")
                .params(staffId, kind, effective, detail, user, OffsetDateTime.now(), chain).update();
    }

    /** Export rows: personal columns only when {@code personal}. */
    public List<Map<String, String>> exportRows(String mission, boolean personal) {
        access.require(PersonnelPermissions.STAFF_READ, mission);
        return jdbc.sql(SELECT + " WHERE s.mission_code = ? ORDER BY s.full_name, s.id").param(mission)
                .query(StaffService::row).list().stream().map(s -> {
                    Map<String, String> r = new LinkedHashMap<>();
                    r.put("index_number", s.indexNumber());
                    r.put("full_name", s.fullName());
                    r.put("mission", s.missionCode());
                    r.put("post_number", s.postNumber() == null ? "" : s.postNumber());
                    r.put("grade", s.gradeCode());
                    r.put("step", String.valueOf(s.step()));
                    r.put("contract_type", s.contractType());
                    r.put("entry_on_duty", s.entryOnDuty().toString());
                    r.put("contract_end", s.contractEnd() == null ? "" : s.contractEnd().toString());
                    r.put("status", s.status());
                    if (personal) {
                        r.put("date_of_birth", s.personal().dateOfBirth().toString());
                        r.put("nationality", s.personal().nationality());
                        r.put("dependants", String.valueOf(s.personal().dependants()));
                        r.put("medical_status", s.personal().medicalStatus() == null ? "" : s.personal().medicalStatus());
                    }
                    return r;
                }).toList();
    }

    public static final List<String> EXPORT_COLUMNS = List.of("index_number", "full_name", "mission", "post_number",
            "grade", "step", "contract_type", "entry_on_duty", "contract_end", "status");
    public static final List<String> PERSONAL_COLUMNS = List.of("date_of_birth", "nationality", "dependants",
            "medical_status");

    static String blank(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    /** The current user, or null. */
    static String currentUser() {
        return CurrentUser.username().orElse(null);
    }
}
