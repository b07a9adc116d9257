package org.fieldsupport.frontoffice.liaison.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.fieldsupport.frontoffice.LiaisonInbox;
import org.fieldsupport.frontoffice.LiaisonQueryAnswered;
import org.fieldsupport.frontoffice.liaison.domain.LiaisonRules;
import org.fieldsupport.frontoffice.liaison.domain.LiaisonRules.NegotiationStatus;
import org.fieldsupport.frontoffice.liaison.domain.LiaisonRules.PartnerKind;
import org.fieldsupport.frontoffice.liaison.domain.LiaisonRules.PressStatus;
import org.fieldsupport.frontoffice.liaison.domain.LiaisonRules.QueryKind;
import org.fieldsupport.frontoffice.office.internal.FrontOfficeAccess;
import org.fieldsupport.frontoffice.office.internal.References;
import org.fieldsupport.organization.Missions;
import org.fieldsupport.organization.OrganizationStructure;
import org.fieldsupport.platform.api.BusinessRuleException;
import org.fieldsupport.platform.api.FieldErrors;
import org.fieldsupport.platform.api.InvalidInputException;
import org.fieldsupport.platform.api.NotFoundException;
import org.fieldsupport.platform.audit.DataChanged;
import org.fieldsupport.platform.reference.ReferenceData;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The partner register and what happens with partners: meetings and their follow-up actions, negotiations,
 * queries with deadlines and answers, press and public-information requests coordinated with the public
 * affairs contact. Other modules hand queries in through {@link LiaisonInbox}.
 */
@Service
public class LiaisonRegister implements LiaisonInbox {

    private final JdbcClient jdbc;
    private final FrontOfficeAccess access;
    private final References references;
    private final ReferenceData reference;
    private final Missions missions;
    private final OrganizationStructure structure;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    LiaisonRegister(JdbcClient jdbc, FrontOfficeAccess access, References references, ReferenceData reference,
                    Missions missions, OrganizationStructure structure, ApplicationEventPublisher events,
                    ObjectProvider<Clock> clock) {
        this.jdbc = jdbc;
        this.access = access;
        this.references = references;
        this.reference = reference;
        this.missions = missions;
        this.structure = structure;
        this.events = events;
        this.clock = clock.getIfAvailable(Clock::systemUTC);
    }

    public LocalDate today() { return LocalDate.now(clock); }

    // ------------------------------------------------------------------ records

    public record Partner(long id, String code, String name, String kind, String country, String contactName,
                          String contactEmail, String contactPhone, String notes) { }

    public record Meeting(long id, String partnerCode, LocalDate heldOn, String subject, String principal,
                          String missionCode, String summary, List<FollowUp> followUps) { }

    public record FollowUp(long id, long meetingId, String action, String ownerUnit, LocalDate dueDate, LocalDate doneOn,
                           String doneBy, boolean overdue) { }

    public record Negotiation(long id, String partnerCode, String subject, String status, String nextStep,
                              LocalDate nextStepDue, String leadUnit) { }

    public record Query(long id, String reference, String partnerCode, String partnerName, String kind, String subject,
                        String missionCode, LocalDate receivedOn, LocalDate deadline, String leadUnit, String answer,
                        LocalDate answeredOn, String answeredBy, boolean overdue, String origin, String askedBy,
                        String partnerCountry) { }

    public record PressRequest(long id, String reference, String outlet, String subject, String kind,
                               LocalDate receivedOn, LocalDate deadline, String paContact, String status, String response) { }

    public record NewPartner(String code, String name, String kind, String country, String contactName,
                             String contactEmail, String contactPhone, String notes) { }

    public record NewFollowUp(String action, String ownerUnit, LocalDate dueDate) { }

    public record NewMeeting(LocalDate heldOn, String subject, String principal, String missionCode, String summary,
                             List<NewFollowUp> followUps) { }

    public record NewNegotiation(String subject, String leadUnit, String nextStep, LocalDate nextStepDue) { }

    public record NegotiationUpdate(String status, String nextStep, LocalDate nextStepDue) { }

    public record NewQuery(String partnerCode, String kind, String subject, String missionCode, LocalDate receivedOn,
                           LocalDate deadline, String leadUnit) { }

    public record NewPress(String outlet, String subject, String kind, LocalDate receivedOn, LocalDate deadline,
                           String paContact) { }

    // ------------------------------------------------------------------ partners

    @Transactional
    public Partner createPartner(NewPartner cmd) {
        access.requireDepartmentWide(FrontOfficeAccess.LIAISON_MANAGE);
        FieldErrors errors = new FieldErrors();
        String code = cmd.code() == null ? "" : cmd.code().strip().toUpperCase(Locale.ROOT);
        if (!code.matches("[A-Z0-9][A-Z0-9-]{1,39}")) errors.add("code", "Pattern", "frontoffice.error.code");
        else if (jdbc.sql("SELECT COUNT(*) FROM fo_partner WHERE code = ?").param(code).query(Long.class).single() > 0) {
            errors.add("code", "Unique", "frontoffice.error.duplicate", code);
        }
        if (cmd.name() == null || cmd.name().isBlank()) errors.add("name", "NotBlank", "frontoffice.error.required");
        PartnerKind kind = parse(PartnerKind.class, cmd.kind(), "kind", errors);
        String country = null;
        if (cmd.country() != null && !cmd.country().isBlank()) {
            country = reference.country(cmd.country().strip()).map(c -> c.alpha3()).orElse(null);
            if (country == null) errors.add("country", "UnknownCountry", "frontoffice.error.country", cmd.country());
        } else if (kind != null && LiaisonRules.needsCountry(kind)) {
            errors.add("country", "NotBlank", "frontoffice.error.required");
        }
        if (cmd.contactEmail() != null && !cmd.contactEmail().isBlank() && !cmd.contactEmail().contains("@")) {
            errors.add("contactEmail", "Email", "frontoffice.error.email");
        }
        errors.throwIfAny();
        String user = access.user();
        OffsetDateTime now = OffsetDateTime.now(clock);
        var keys = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO fo_partner (code, name, kind, country, contact_name, contact_email, contact_phone, notes,
                  version, created_by, created_at, modified_by, modified_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, 0, ?, ?, ?, ?)""")
                .params(code, cmd.name().strip(), kind.name(), country, cmd.contactName(), cmd.contactEmail(),
                        cmd.contactPhone(), cmd.notes(), user, now, user, now)
                .update(keys, "id");
        Partner p = partner(code);
        events.publishEvent(DataChanged.created("frontoffice.partner", p.id(), p));
        return p;
    }

    @Transactional(readOnly = true)
    public List<Partner> partners(String kind, String q) {
        access.requireAnywhere(FrontOfficeAccess.LIAISON_READ);
        StringBuilder sql = new StringBuilder("SELECT id, code, name, kind, country, contact_name, contact_email,"
                + " contact_phone, notes FROM fo_partner WHERE 1 = 1");
        Map<String, Object> params = new HashMap<>();
        if (kind != null && !kind.isBlank()) {
            sql.append(" AND kind = :kind");
            params.put("kind", kind.strip().toUpperCase(Locale.ROOT));
        }
        if (q != null && !q.isBlank()) {
            sql.append(" AND (LOWER(name) LIKE :q OR LOWER(code) LIKE :q)");
            params.put("q", "%" + q.strip().toLowerCase(Locale.ROOT) + "%");
        }
        sql.append(" ORDER BY kind, name");
        return jdbc.sql(sql.toString()).params(params).query(Partner.class).list();
    }

    @Transactional(readOnly = true)
    public Partner partner(String code) {
        access.requireAnywhere(FrontOfficeAccess.LIAISON_READ);
        return jdbc.sql("SELECT id, code, name, kind, country, contact_name, contact_email, contact_phone, notes"
                        + " FROM fo_partner WHERE code = ?").param(code == null ? "" : code.strip().toUpperCase(Locale.ROOT))
                .query(Partner.class).optional().orElseThrow(() -> new NotFoundException("partner", code));
    }

    // ------------------------------------------------------------------ meetings and follow-up actions

    @Transactional
    public Meeting recordMeeting(String partnerCode, NewMeeting cmd) {
        access.requireDepartmentWide(FrontOfficeAccess.LIAISON_MANAGE);
        Partner p = partner(partnerCode);
        FieldErrors errors = new FieldErrors();
        if (cmd.heldOn() == null) errors.add("heldOn", "NotNull", "frontoffice.error.required");
        if (cmd.subject() == null || cmd.subject().isBlank()) errors.add("subject", "NotBlank", "frontoffice.error.required");
        String principal = cmd.principal() == null || cmd.principal().isBlank() ? "USG" : cmd.principal().strip().toUpperCase(Locale.ROOT);
        if (!List.of("USG", "ASG").contains(principal)) errors.add("principal", "OneOf", "frontoffice.error.principal");
        String mission = mission(cmd.missionCode(), "missionCode", errors);
        List<NewFollowUp> followUps = cmd.followUps() == null ? List.of() : cmd.followUps();
        for (int i = 0; i < followUps.size(); i++) {
            NewFollowUp f = followUps.get(i);
            if (f.action() == null || f.action().isBlank()) errors.add("followUps[" + i + "].action", "NotBlank", "frontoffice.error.required");
            unit(f.ownerUnit(), "followUps[" + i + "].ownerUnit", errors);
            if (f.dueDate() == null) errors.add("followUps[" + i + "].dueDate", "NotNull", "frontoffice.error.required");
        }
        errors.throwIfAny();
        var keys = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO fo_meeting (partner_id, held_on, subject, principal, mission_code, summary, created_by,"
                        + " created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")
                .params(p.id(), cmd.heldOn(), cmd.subject().strip(), principal, mission, cmd.summary(), access.user(),
                        OffsetDateTime.now(clock))
                .update(keys, "id");
        long id = keys.getKeyAs(Number.class).longValue();
        for (NewFollowUp f : followUps) {
            jdbc.sql("INSERT INTO fo_follow_up (meeting_id, action, owner_unit, due_date) VALUES (?, ?, ?, ?)")
                    .params(id, f.action().strip(), f.ownerUnit().strip(), f.dueDate()).update();
        }
        Meeting m = meetings(p.code()).stream().filter(x -> x.id() == id).findFirst().orElseThrow();
        events.publishEvent(DataChanged.created("frontoffice.meeting", id, m));
        return m;
    }

    @Transactional
    public FollowUp completeFollowUp(long id) {
        FollowUp f = followUp(id);
        if (!access.mayDepartmentWide(FrontOfficeAccess.LIAISON_MANAGE)
                && !access.reach(FrontOfficeAccess.TASKS_CONTRIBUTE).covers(f.ownerUnit())) {
            throw new AccessDeniedException("follow-up of " + f.ownerUnit());
        }
        if (f.doneOn() != null) throw new BusinessRuleException("frontoffice.followUp.alreadyDone", f.doneOn());
        jdbc.sql("UPDATE fo_follow_up SET done_on = ?, done_by = ? WHERE id = ?").params(today(), access.user(), id).update();
        FollowUp after = followUp(id);
        events.publishEvent(DataChanged.updated("frontoffice.followUp", id, f, after));
        return after;
    }

    private FollowUp followUp(long id) {
        access.requireAnywhere(FrontOfficeAccess.LIAISON_READ);
        return jdbc.sql("SELECT id, meeting_id, action, owner_unit, due_date, done_on, done_by FROM fo_follow_up WHERE id = ?")
                .param(id).query((rs, n) -> followUp(rs)).optional().orElseThrow(() -> new NotFoundException("follow-up", id));
    }

    private FollowUp followUp(java.sql.ResultSet rs) throws java.sql.SQLException {
        LocalDate due = rs.getObject("due_date", LocalDate.class);
        LocalDate done = rs.getObject("done_on", LocalDate.class);
        return new FollowUp(rs.getLong("id"), rs.getLong("meeting_id"), rs.getString("action"), rs.getString("owner_unit"),
                due, done, rs.getString("done_by"), done == null && due.isBefore(today()));
    }

    @Transactional(readOnly = true)
    public List<Meeting> meetings(String partnerCode) {
        Partner p = partner(partnerCode);
        var rows = jdbc.sql("SELECT id, held_on, subject, principal, mission_code, summary FROM fo_meeting WHERE partner_id = ?"
                + " ORDER BY held_on DESC, id DESC").param(p.id()).query((rs, n) -> new Meeting(rs.getLong(1), p.code(),
                rs.getObject(2, LocalDate.class), rs.getString(3), rs.getString(4), rs.getString(5), rs.getString(6),
                List.of())).list();
        if (rows.isEmpty()) return rows;
        Map<Long, List<FollowUp>> byMeeting = new HashMap<>();
        jdbc.sql("SELECT id, meeting_id, action, owner_unit, due_date, done_on, done_by FROM fo_follow_up WHERE meeting_id IN (:ids)"
                        + " ORDER BY due_date").param("ids", rows.stream().map(Meeting::id).toList())
                .query((rs, n) -> followUp(rs)).list()
                .forEach(f -> byMeeting.computeIfAbsent(f.meetingId(), k -> new java.util.ArrayList<>()).add(f));
        return rows.stream().map(m -> new Meeting(m.id(), m.partnerCode(), m.heldOn(), m.subject(), m.principal(),
                m.missionCode(), m.summary(), byMeeting.getOrDefault(m.id(), List.of()))).toList();
    }

    /** Open follow-up actions across partners (the front office's list), earliest due first. */
    @Transactional(readOnly = true)
    public List<FollowUp> openFollowUps() {
        access.requireAnywhere(FrontOfficeAccess.LIAISON_READ);
        return jdbc.sql("SELECT id, meeting_id, action, owner_unit, due_date, done_on, done_by FROM fo_follow_up"
                + " WHERE done_on IS NULL ORDER BY due_date, id").query((rs, n) -> followUp(rs)).list();
    }

    // ------------------------------------------------------------------ negotiations

    @Transactional
    public Negotiation openNegotiation(String partnerCode, NewNegotiation cmd) {
        access.requireDepartmentWide(FrontOfficeAccess.LIAISON_MANAGE);
        Partner p = partner(partnerCode);
        FieldErrors errors = new FieldErrors();
        if (cmd.subject() == null || cmd.subject().isBlank()) errors.add("subject", "NotBlank", "frontoffice.error.required");
        unit(cmd.leadUnit(), "leadUnit", errors);
        errors.throwIfAny();
        String user = access.user();
        OffsetDateTime now = OffsetDateTime.now(clock);
        var keys = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO fo_negotiation (partner_id, subject, status, next_step, next_step_due, lead_unit, version,"
                        + " created_by, created_at, modified_by, modified_at) VALUES (?, ?, 'OPEN', ?, ?, ?, 0, ?, ?, ?, ?)")
                .params(p.id(), cmd.subject().strip(), cmd.nextStep(), cmd.nextStepDue(), cmd.leadUnit().strip(), user, now,
                        user, now)
                .update(keys, "id");
        Negotiation n = negotiation(keys.getKeyAs(Number.class).longValue());
        events.publishEvent(DataChanged.created("frontoffice.negotiation", n.id(), n));
        return n;
    }

    @Transactional
    public Negotiation updateNegotiation(long id, NegotiationUpdate cmd) {
        access.requireDepartmentWide(FrontOfficeAccess.LIAISON_MANAGE);
        Negotiation before = negotiation(id);
        FieldErrors errors = new FieldErrors();
        NegotiationStatus to = parse(NegotiationStatus.class, cmd.status(), "status", errors);
        errors.throwIfAny();
        LiaisonRules.negotiationMove(NegotiationStatus.valueOf(before.status()), to).ifPresent(key -> {
            throw new BusinessRuleException(key, before.status(), to.name());
        });
        jdbc.sql("UPDATE fo_negotiation SET status = ?, next_step = ?, next_step_due = ?, version = version + 1,"
                        + " modified_by = ?, modified_at = ? WHERE id = ?")
                .params(to.name(), cmd.nextStep(), cmd.nextStepDue(), access.user(), OffsetDateTime.now(clock), id).update();
        Negotiation after = negotiation(id);
        events.publishEvent(DataChanged.updated("frontoffice.negotiation", id, before, after));
        return after;
    }

    private static final String NEGOTIATION = "SELECT n.id, p.code AS partner_code, n.subject, n.status, n.next_step,"
            + " n.next_step_due, n.lead_unit FROM fo_negotiation n JOIN fo_partner p ON p.id = n.partner_id";

    @Transactional(readOnly = true)
    public Negotiation negotiation(long id) {
        access.requireAnywhere(FrontOfficeAccess.LIAISON_READ);
        return jdbc.sql(NEGOTIATION + " WHERE n.id = ?").param(id).query(Negotiation.class).optional()
                .orElseThrow(() -> new NotFoundException("negotiation", id));
    }

    @Transactional(readOnly = true)
    public List<Negotiation> negotiations(String partnerCode) {
        access.requireAnywhere(FrontOfficeAccess.LIAISON_READ);
        if (partnerCode == null) {
            return jdbc.sql(NEGOTIATION + " ORDER BY n.next_step_due, n.id").query(Negotiation.class).list();
        }
        return jdbc.sql(NEGOTIATION + " WHERE p.code = ? ORDER BY n.id DESC").param(partnerCode).query(Negotiation.class).list();
    }

    // ------------------------------------------------------------------ queries

    @Override
    @Transactional
    public String registerQuery(String partnerCode, String subject, String missionCode, LocalDate deadline, String leadUnit) {
        return createQuery(new NewQuery(partnerCode, "MEMBER_STATE", subject, missionCode, today(), deadline, leadUnit))
                .reference();
    }

    @Transactional
    public Query createQuery(NewQuery cmd) {
        access.requireDepartmentWide(FrontOfficeAccess.LIAISON_MANAGE);
        return insertQuery(cmd, null, null, access.user());
    }

    /** Registers the query; {@code origin}/{@code askedBy} for questions asked on another module's portal. */
    private Query insertQuery(NewQuery cmd, String origin, String askedBy, String user) {
        FieldErrors errors = new FieldErrors();
        Long partnerId = cmd.partnerCode() == null ? null : jdbc.sql("SELECT id FROM fo_partner WHERE code = ?")
                .param(cmd.partnerCode().strip().toUpperCase(Locale.ROOT)).query(Long.class).optional().orElse(null);
        if (partnerId == null) errors.add("partnerCode", "UnknownPartner", "frontoffice.error.unknownPartner", cmd.partnerCode());
        QueryKind kind = cmd.kind() == null || cmd.kind().isBlank() ? QueryKind.MEMBER_STATE
                : parse(QueryKind.class, cmd.kind(), "kind", errors);
        if (cmd.subject() == null || cmd.subject().isBlank()) errors.add("subject", "NotBlank", "frontoffice.error.required");
        else if (cmd.subject().strip().length() > 1000) errors.add("subject", "Size", "frontoffice.error.tooLong", 1000);
        String mission = mission(cmd.missionCode(), "missionCode", errors);
        LocalDate received = cmd.receivedOn() == null ? today() : cmd.receivedOn();
        if (cmd.deadline() == null) errors.add("deadline", "NotNull", "frontoffice.error.required");
        else if (cmd.deadline().isBefore(received)) errors.add("deadline", "AfterReceived", "frontoffice.error.dueBeforeReceived");
        unit(cmd.leadUnit(), "leadUnit", errors);
        errors.throwIfAny();
        String ref = references.next("FO-Q", received);
        var keys = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO fo_query (reference, partner_id, kind, subject, mission_code, received_on, deadline, lead_unit,"
                        + " created_by, created_at, origin, asked_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(ref, partnerId, kind.name(), cmd.subject().strip(), mission, received, cmd.deadline(),
                        cmd.leadUnit().strip(), user, OffsetDateTime.now(clock), origin, askedBy)
                .update(keys, "id");
        Query q = queryRow(keys.getKeyAs(Number.class).longValue());
        events.publishEvent(DataChanged.created("frontoffice.query", q.id(), q));
        return q;
    }

    /** Whether the signed-in user may answer {@code q}: the front office, or a contributor of its lead unit. */
    public boolean mayAnswer(Query q) {
        return access.mayDepartmentWide(FrontOfficeAccess.LIAISON_MANAGE)
                || access.reach(FrontOfficeAccess.TASKS_CONTRIBUTE).covers(q.leadUnit());
    }

    @Transactional
    public Query answerQuery(long id, String answer) {
        Query before = query(id);
        if (!mayAnswer(before)) {
            throw new AccessDeniedException("answer for " + before.leadUnit());
        }
        if (answer == null || answer.isBlank()) throw InvalidInputException.of("answer", "NotBlank", "frontoffice.error.required");
        if (before.answeredOn() != null) throw new BusinessRuleException("frontoffice.query.alreadyAnswered", before.answeredOn());
        jdbc.sql("UPDATE fo_query SET answer = ?, answered_on = ?, answered_by = ? WHERE id = ?")
                .params(answer.strip(), today(), access.user(), id).update();
        Query after = query(id);
        events.publishEvent(DataChanged.updated("frontoffice.query", id, before, after));
        if (after.origin() != null) {
            events.publishEvent(new LiaisonQueryAnswered(after.reference(), after.origin(), after.partnerCountry(),
                    after.askedBy(), after.answeredOn()));
        }
        return after;
    }

    private static final String QUERY = "SELECT q.id, q.reference, p.code, p.name, q.kind, q.subject, q.mission_code,"
            + " q.received_on, q.deadline, q.lead_unit, q.answer, q.answered_on, q.answered_by, q.origin, q.asked_by,"
            + " p.country FROM fo_query q JOIN fo_partner p ON p.id = q.partner_id";

    private Query mapQuery(java.sql.ResultSet rs) throws java.sql.SQLException {
        LocalDate deadline = rs.getObject(9, LocalDate.class);
        LocalDate answered = rs.getObject(12, LocalDate.class);
        return new Query(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5), rs.getString(6),
                rs.getString(7), rs.getObject(8, LocalDate.class), deadline, rs.getString(10), rs.getString(11), answered,
                rs.getString(13), LiaisonRules.queryOverdue(deadline, answered, today()), rs.getString(14),
                rs.getString(15), rs.getString(16));
    }

    @Transactional(readOnly = true)
    public Query query(long id) {
        access.requireAnywhere(FrontOfficeAccess.LIAISON_READ);
        return queryRow(id);
    }

    private Query queryRow(long id) {
        return jdbc.sql(QUERY + " WHERE q.id = ?").param(id).query((rs, n) -> mapQuery(rs)).optional()
                .orElseThrow(() -> new NotFoundException("query", id));
    }

    /** Origins other modules may ask through ({@link LiaisonInbox#ask}); anything else is a programming error. */
    static final java.util.regex.Pattern ORIGIN = java.util.regex.Pattern.compile("[a-z][a-z0-9.-]{1,39}");

    @Override
    @Transactional
    public MemberStateQuestion ask(String origin, String memberState, String subject, String missionCode,
                                   String askedBy, LocalDate deadline, String leadUnit) {
        if (origin == null || !ORIGIN.matcher(origin).matches()) {
            throw new IllegalArgumentException("origin: " + origin);
        }
        String state = memberState == null ? "" : memberState.strip().toUpperCase(Locale.ROOT);
        var country = reference.country(state);
        if (country.isEmpty() || !country.get().unMemberState()) {
            throw InvalidInputException.of("memberState", "MemberState", "frontoffice.error.unknownPartner", memberState);
        }
        String iso3 = country.get().alpha3();
        String partner = jdbc.sql("SELECT code FROM fo_partner WHERE country = ? AND kind = 'PERMANENT_MISSION' ORDER BY id")
                .param(iso3).query(String.class).list().stream().findFirst().orElse(null);
        if (partner == null) {
            partner = "PM-" + iso3;
            OffsetDateTime now = OffsetDateTime.now(clock);
            jdbc.sql("""
                    INSERT INTO fo_partner (code, name, kind, country, version, created_by, created_at, modified_by,
                        modified_at) VALUES (?, ?, 'PERMANENT_MISSION', ?, 0, ?, ?, ?, ?)""")
                    .params(partner, "Permanent Mission of " + country.get().nameEn(), iso3, origin, now, origin, now)
                    .update();
        }
        Query q = insertQuery(new NewQuery(partner, "MEMBER_STATE", subject, missionCode, today(), deadline, leadUnit),
                origin, askedBy, askedBy);
        return question(q);
    }

    @Override
    @Transactional(readOnly = true)
    public List<MemberStateQuestion> questions(String origin, String memberState) {
        return jdbc.sql(QUERY + " WHERE q.origin = ? AND p.country = ? ORDER BY q.received_on DESC, q.id DESC")
                .params(origin, memberState == null ? "" : memberState.strip().toUpperCase(Locale.ROOT))
                .query((rs, n) -> question(mapQuery(rs))).list();
    }

    private static MemberStateQuestion question(Query q) {
        return new MemberStateQuestion(q.reference(), q.partnerCountry(), q.subject(), q.missionCode(), q.askedBy(),
                q.receivedOn(), q.deadline(), q.answer(), q.answeredOn());
    }

    @Transactional(readOnly = true)
    public List<Query> queries(boolean openOnly, String kind, String partnerCode) {
        access.requireAnywhere(FrontOfficeAccess.LIAISON_READ);
        StringBuilder sql = new StringBuilder(QUERY + " WHERE 1 = 1");
        Map<String, Object> params = new HashMap<>();
        if (openOnly) sql.append(" AND q.answered_on IS NULL");
        if (kind != null && !kind.isBlank()) {
            sql.append(" AND q.kind = :kind");
            params.put("kind", kind.strip().toUpperCase(Locale.ROOT));
        }
        if (partnerCode != null) {
            sql.append(" AND p.code = :partner");
            params.put("partner", partnerCode);
        }
        sql.append(" ORDER BY q.deadline, q.id");
        return jdbc.sql(sql.toString()).params(params).query((rs, n) -> mapQuery(rs)).list();
    }

    // ------------------------------------------------------------------ press and public information

    @Transactional
    public PressRequest createPress(NewPress cmd) {
        access.requireDepartmentWide(FrontOfficeAccess.LIAISON_MANAGE);
        FieldErrors errors = new FieldErrors();
        if (cmd.outlet() == null || cmd.outlet().isBlank()) errors.add("outlet", "NotBlank", "frontoffice.error.required");
        if (cmd.subject() == null || cmd.subject().isBlank()) errors.add("subject", "NotBlank", "frontoffice.error.required");
        String kind = cmd.kind() == null || cmd.kind().isBlank() ? "PRESS" : cmd.kind().strip().toUpperCase(Locale.ROOT);
        if (!List.of("PRESS", "PUBLIC_INFORMATION", "CAMPAIGN").contains(kind)) errors.add("kind", "OneOf", "frontoffice.error.oneOf");
        LocalDate received = cmd.receivedOn() == null ? today() : cmd.receivedOn();
        if (cmd.deadline() == null) errors.add("deadline", "NotNull", "frontoffice.error.required");
        else if (cmd.deadline().isBefore(received)) errors.add("deadline", "AfterReceived", "frontoffice.error.dueBeforeReceived");
        errors.throwIfAny();
        String contact = cmd.paContact() == null || cmd.paContact().isBlank() ? "EXT-DPKO-PAS" : cmd.paContact().strip();
        String ref = references.next("FO-P", received);
        String user = access.user();
        OffsetDateTime now = OffsetDateTime.now(clock);
        var keys = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO fo_press_request (reference, outlet, subject, kind, received_on, deadline, pa_contact, status,"
                        + " created_by, created_at, modified_by, modified_at) VALUES (?, ?, ?, ?, ?, ?, ?, 'RECEIVED', ?, ?, ?, ?)")
                .params(ref, cmd.outlet().strip(), cmd.subject().strip(), kind, received, cmd.deadline(), contact, user, now,
                        user, now)
                .update(keys, "id");
        PressRequest p = press(keys.getKeyAs(Number.class).longValue());
        events.publishEvent(DataChanged.created("frontoffice.press", p.id(), p));
        return p;
    }

    @Transactional
    public PressRequest movePress(long id, String status, String response) {
        access.requireDepartmentWide(FrontOfficeAccess.LIAISON_MANAGE);
        PressRequest before = press(id);
        FieldErrors errors = new FieldErrors();
        PressStatus to = parse(PressStatus.class, status, "status", errors);
        errors.throwIfAny();
        LiaisonRules.pressMove(PressStatus.valueOf(before.status()), to, response).ifPresent(key -> {
            throw new BusinessRuleException(key, before.status(), to.name());
        });
        jdbc.sql("UPDATE fo_press_request SET status = ?, response = COALESCE(?, response), modified_by = ?, modified_at = ?"
                        + " WHERE id = ?")
                .params(to.name(), response == null || response.isBlank() ? null : response.strip(), access.user(),
                        OffsetDateTime.now(clock), id).update();
        PressRequest after = press(id);
        events.publishEvent(DataChanged.updated("frontoffice.press", id, before, after));
        return after;
    }

    private static final String PRESS = "SELECT id, reference, outlet, subject, kind, received_on, deadline, pa_contact,"
            + " status, response FROM fo_press_request";

    @Transactional(readOnly = true)
    public PressRequest press(long id) {
        access.requireAnywhere(FrontOfficeAccess.LIAISON_READ);
        return jdbc.sql(PRESS + " WHERE id = ?").param(id).query(PressRequest.class).optional()
                .orElseThrow(() -> new NotFoundException("press request", id));
    }

    @Transactional(readOnly = true)
    public List<PressRequest> pressRequests() {
        access.requireAnywhere(FrontOfficeAccess.LIAISON_READ);
        return jdbc.sql(PRESS + " ORDER BY deadline DESC, id DESC").query(PressRequest.class).list();
    }

    // ------------------------------------------------------------------ helpers

    private String mission(String code, String field, FieldErrors errors) {
        if (code == null || code.isBlank()) return null;
        String m = code.strip().toUpperCase(Locale.ROOT);
        if (missions.find(m).isEmpty()) errors.add(field, "UnknownMission", "frontoffice.error.unknownMission", m);
        return m;
    }

    private void unit(String code, String field, FieldErrors errors) {
        if (code == null || code.isBlank()) errors.add(field, "NotBlank", "frontoffice.error.required");
        else if (structure.unit(code.strip(), today()).isEmpty()) errors.add(field, "UnknownUnit", "frontoffice.error.unknownUnit", code);
    }

    private static <E extends Enum<E>> E parse(Class<E> type, String value, String field, FieldErrors errors) {
        try {
            return Enum.valueOf(type, value == null ? "" : value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            errors.add(field, "OneOf", "frontoffice.error.oneOf");
            return null;
        }
    }
}
