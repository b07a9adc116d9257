package org.fieldsupport.conduct.cases.internal;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.fieldsupport.conduct.cases.domain.AllegationCounting;
import org.fieldsupport.conduct.cases.domain.CaseKind;
import org.fieldsupport.conduct.cases.domain.Channel;
import org.fieldsupport.conduct.cases.domain.NeedToKnow;
import org.fieldsupport.conduct.cases.domain.PersonnelCategory;
import org.fieldsupport.organization.Missions;
import org.fieldsupport.platform.api.BusinessRuleException;
import org.fieldsupport.platform.api.FieldErrors;
import org.fieldsupport.platform.api.NotFoundException;
import org.fieldsupport.platform.api.PageQuery;
import org.fieldsupport.platform.api.PageResponse;
import org.fieldsupport.platform.audit.DataChanged;
import org.fieldsupport.platform.reference.ReferenceData;
import org.fieldsupport.platform.security.Scope;
import org.fieldsupport.platform.work.Assignee;
import org.fieldsupport.platform.work.NewWorkItem;
import org.fieldsupport.platform.work.WorkItems;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The misconduct case register (CONDUCT-2026-v1): intake, subjects and the allegations they count for, victims
 * (identity sealed apart), assessment, referral with the Member State notified, investigation, outcome, explicit
 * grants, reconciliation and merging of duplicates. Every path first asks need-to-know: outside it a case does not
 * exist (404, absent from lists and counts). Every read is logged; every write audited (the audit trail gets the
 * case id and status only, never its content).
 */
@Service
public class CaseService {

    public enum Status { RECEIVED, ASSESSED, REFERRED, INVESTIGATING, CLOSED, MERGED }
    public enum Origin { MISSION, HQ, OIOS }
    public enum Entity { OIOS, MIE, NIO }
    public enum Outcome { SUBSTANTIATED, UNSUBSTANTIATED, NOT_PURSUED }
    public enum Paternity { NONE, PENDING, ESTABLISHED, NOT_ESTABLISHED }
    public enum AgeBand { CHILD_UNDER_12, MINOR_12_17, ADULT, UNKNOWN }

    public record NewCase(String missionCode, String kind, LocalDate receivedOn, String channel, String source,
                          String origin, LocalDate incidentDate, String summary) { }

    public record NewSubject(String category, String contributingCountry, String contingent, List<String> types) { }

    public record NewVictim(String ageBand, Boolean minor, Boolean assistanceReferred, String identity) { }

    public record NewReferral(String entity, LocalDate referredOn, LocalDate dueOn, String note) { }

    public record InvestigationDates(String entity, LocalDate start, LocalDate end) { }

    public record OutcomeRecord(String outcome, String interimActions, String memberStateActions,
                                String criminalReferral, String paternityStatus) { }

    public record CaseRow(long id, String reference, String missionCode, String kind, LocalDate receivedOn,
                          String channel, String status, int allegations, boolean reconciled, Long mergedInto) { }

    public record Subject(int seq, String category, String contributingCountry, String contingent, List<String> types) { }

    public record Allegation(Integer subjectSeq, String category, String contributingCountry, String type,
                             String ruleSet) { }

    public record Victim(long id, String pseudonym, String ageBand, boolean minor, boolean assistanceReferred,
                         String identity, boolean identityWithheld) { }

    public record Referral(long id, String entity, LocalDate referredOn, LocalDate dueOn, LocalDate respondedOn,
                           String note, boolean overdue) { }

    public record Notification(long id, String memberState, LocalDate notifiedOn, String channel, Long referralId) { }

    public record Review(long id, LocalDate submittedOn, String submittedBy, String recommendation,
                         String recommendationNote, String decision, String decisionNote, LocalDate decidedOn,
                         String decidedBy) { }

    public record Event(OffsetDateTime at, String actor, String kind, String note) { }

    public record CaseView(long id, String reference, String missionCode, String kind, LocalDate receivedOn,
                           String channel, String source, String origin, LocalDate incidentDate, String summary,
                           String status, String assessment, LocalDate assessedOn, String investigationEntity,
                           LocalDate investigationStart, LocalDate investigationEnd, Long investigationDays,
                           String outcome, String interimActions, String memberStateActions,
                           String criminalReferral, String paternityStatus, boolean reconciled, Long mergedInto,
                           long version, boolean manageable, List<Subject> subjects, List<Allegation> allegations,
                           List<Victim> victims, List<Referral> referrals, List<Notification> notifications,
                           List<Review> reviews, List<Event> events, List<String> grants) { }

    public record Filter(String mission, String status, String kind, Integer year) { }

    private final JdbcClient jdbc;
    private final ConductAccess access;
    private final CaseReadLog readLog;
    private final VictimVault vault;
    private final Missions missions;
    private final ReferenceData reference;
    private final ApplicationEventPublisher events;
    private final int referralDueDays;
    private final WorkItems workItems;

    CaseService(JdbcClient jdbc, ConductAccess access, CaseReadLog readLog, VictimVault vault, Missions missions,
                ReferenceData reference, ApplicationEventPublisher events,
                @Value("${fsp.conduct.referral-due-days:10}") int referralDueDays, WorkItems workItems) {
        this.workItems = workItems;
        this.jdbc = jdbc;
        this.access = access;
        this.readLog = readLog;
        this.vault = vault;
        this.missions = missions;
        this.reference = reference;
        this.events = events;
        this.referralDueDays = referralDueDays;
    }

    /** Record type of the case's work items (referral deadlines). */
    public static final String WORK_TYPE = "conduct.case";

    public static LocalDate today() {
        return LocalDate.now(ZoneOffset.UTC);
    }

    // ---------------------------------------------------------------- intake and changes

    @Transactional
    public CaseView receive(NewCase c) {
        FieldErrors errors = new FieldErrors();
        if (c == null) {
            errors.add("missionCode", "NotBlank", "conduct.input.required").throwIfAny();
        }
        String mission = c.missionCode() == null ? "" : c.missionCode().strip().toUpperCase(Locale.ROOT);
        if (mission.isEmpty()) errors.add("missionCode", "NotBlank", "conduct.input.required");
        else if (missions.find(mission).isEmpty()) errors.add("missionCode", "UnknownMission", "conduct.input.mission");
        CaseKind kind = parse(CaseKind.class, c.kind(), "kind", errors, true);
        Channel channel = parse(Channel.class, c.channel(), "channel", errors, true);
        Origin origin = c.origin() == null || c.origin().isBlank() ? Origin.MISSION
                : parse(Origin.class, c.origin(), "origin", errors, true);
        if (c.receivedOn() == null) errors.add("receivedOn", "NotNull", "conduct.input.required");
        else if (c.receivedOn().isAfter(today())) errors.add("receivedOn", "PastOrPresent", "conduct.input.future");
        if (c.incidentDate() != null && c.receivedOn() != null && c.incidentDate().isAfter(c.receivedOn())) {
            errors.add("incidentDate", "BeforeReceipt", "conduct.input.incidentAfterReceipt");
        }
        if (blank(c.source())) errors.add("source", "NotBlank", "conduct.input.required");
        else if (c.source().length() > 200) errors.add("source", "Size", "conduct.input.tooLong", 200);
        if (blank(c.summary())) errors.add("summary", "NotBlank", "conduct.input.required");
        else if (c.summary().length() > 4000) errors.add("summary", "Size", "conduct.input.tooLong", 4000);
        errors.throwIfAny();
        NeedToKnow ntk = access.current();
        if (!ntk.manages(mission)) {
            throw new AccessDeniedException("not a conduct officer of " + mission);
        }
        String user = access.user();
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO conduct_case (reference, mission_code, kind, received_on, report_year, channel, source, origin,
                    incident_date, summary, status, paternity_status, reconciled, version, created_by, created_at,
                    modified_by, modified_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'RECEIVED', 'NONE', FALSE, 0, ?, ?, ?, ?)""")
                .params("P-" + java.util.UUID.randomUUID().toString().replace("-", ""), mission, kind.name(), c.receivedOn(),
                        c.receivedOn().getYear(), channel.name(), c.source().strip(), origin.name(), c.incidentDate(),
                        c.summary().strip(), user, now, user, now)
                .update(keys, "id");
        long id = keys.getKey().longValue();
        String ref = "CDT-%s-%d-%06d".formatted(mission, c.receivedOn().getYear(), id);
        jdbc.sql("UPDATE conduct_case SET reference = ? WHERE id = ?").params(ref, id).update();
        event(id, "RECEIVED", channel.name());
        audit(id, DataChanged.Action.CREATE, null, "RECEIVED");
        return view(id, ntk);
    }

    @Transactional
    public CaseView addSubject(long id, NewSubject s) {
        CaseHead head = manageable(id);
        FieldErrors errors = new FieldErrors();
        if (s == null) {
            errors.add("category", "NotNull", "conduct.input.required").throwIfAny();
        }
        PersonnelCategory category = parse(PersonnelCategory.class, s.category(), "category", errors, true);
        String country = blank(s.contributingCountry()) ? null : s.contributingCountry().strip().toUpperCase(Locale.ROOT);
        if (category != null && category.uniformed()) {
            if (country == null) errors.add("contributingCountry", "NotBlank", "conduct.input.countryRequired");
            else if (reference.country(country).filter(ReferenceData.Country::unMemberState).isEmpty()) {
                errors.add("contributingCountry", "UnknownMemberState", "conduct.input.country");
            }
        }
        List<String> types = s.types() == null ? List.of() : s.types().stream().filter(t -> !blank(t)).map(String::strip).toList();
        if (types.isEmpty()) errors.add("types", "NotEmpty", "conduct.input.required");
        Map<String, String> known = typeKinds();
        for (int i = 0; i < types.size(); i++) {
            String kind = known.get(types.get(i));
            if (kind == null) errors.add("types[" + i + "]", "UnknownType", "conduct.input.type");
            else if (!kind.equals(head.kind())) errors.add("types[" + i + "]", "KindMismatch", "conduct.input.typeKind", head.kind());
        }
        if (s.contingent() != null && s.contingent().length() > 200) errors.add("contingent", "Size", "conduct.input.tooLong", 200);
        errors.throwIfAny();
        int seq = jdbc.sql("SELECT COALESCE(MAX(seq), -1) + 1 FROM conduct_subject WHERE case_id = ?").param(id)
                .query(Integer.class).single();
        jdbc.sql("INSERT INTO conduct_subject (case_id, seq, category, contributing_country, contingent, types) VALUES (?, ?, ?, ?, ?, ?)")
                .params(id, seq, category.name(), category.uniformed() ? country : null, blankToNull(s.contingent()),
                        String.join(",", types)).update();
        recount(id, head);
        event(id, "SUBJECT_ADDED", category.name() + (category.uniformed() ? " " + country : ""));
        touch(id, head.status());
        return view(id, access.current());
    }

    /** Applies the counting rule to the case's subjects and replaces its allegations. */
    private void recount(long id, CaseHead head) {
        List<AllegationCounting.Subject> subjects = jdbc.sql(
                        "SELECT seq, category, contributing_country, types FROM conduct_subject WHERE case_id = ? ORDER BY seq")
                .param(id).query((rs, n) -> new AllegationCounting.Subject(rs.getInt(1),
                        PersonnelCategory.valueOf(rs.getString(2)), rs.getString(3),
                        Arrays.asList(rs.getString(4).split(",")))).list();
        jdbc.sql("DELETE FROM conduct_allegation WHERE case_id = ?").param(id).update();
        for (AllegationCounting.Allegation a : AllegationCounting.count(CaseKind.valueOf(head.kind()), subjects)) {
            jdbc.sql("""
                    INSERT INTO conduct_allegation (case_id, subject_seq, category, contributing_country, type_code,
                        mission_code, report_year, rule_set) VALUES (?, ?, ?, ?, ?, ?, ?, ?)""")
                    .params(id, a.subjectIndex(), a.category().name(), a.contributingCountry(), a.type(),
                            head.mission(), head.year(), AllegationCounting.RULE_SET).update();
        }
    }

    @Transactional
    public CaseView addVictim(long id, NewVictim v) {
        CaseHead head = manageable(id);
        FieldErrors errors = new FieldErrors();
        if (v == null) {
            errors.add("ageBand", "NotNull", "conduct.input.required").throwIfAny();
        }
        AgeBand band = parse(AgeBand.class, v.ageBand(), "ageBand", errors, true);
        boolean minor = band == AgeBand.CHILD_UNDER_12 || band == AgeBand.MINOR_12_17
                || (band == AgeBand.UNKNOWN && Boolean.TRUE.equals(v.minor()));
        if (band != null && band != AgeBand.UNKNOWN && v.minor() != null && v.minor() != minor) {
            errors.add("minor", "Consistent", "conduct.input.minorBand");
        }
        if (v.identity() != null && v.identity().length() > 1000) errors.add("identity", "Size", "conduct.input.tooLong", 1000);
        errors.throwIfAny();
        int n = jdbc.sql("SELECT COUNT(*) FROM conduct_victim WHERE case_id = ?").param(id).query(Integer.class).single();
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO conduct_victim (case_id, pseudonym, age_band, minor, assistance_referred) VALUES (?, ?, ?, ?, ?)")
                .params(id, "V-" + (n + 1), band.name(), minor, Boolean.TRUE.equals(v.assistanceReferred()))
                .update(keys, "id");
        long victimId = keys.getKey().longValue();
        if (!blank(v.identity())) {
            VictimVault.Sealed sealed = vault.seal(victimId, v.identity().strip());
            jdbc.sql("INSERT INTO conduct_victim_identity (victim_id, key_id, iv, ciphertext) VALUES (?, ?, ?, ?)")
                    .params(victimId, sealed.keyId(), sealed.iv(), sealed.ciphertext()).update();
        }
        event(id, "VICTIM_ADDED", "V-" + (n + 1) + " " + band.name());
        touch(id, head.status());
        return view(id, access.current());
    }

    @Transactional
    public CaseView assess(long id, Boolean breach, String note) {
        CaseHead head = manageable(id);
        if (breach == null) {
            throw new org.fieldsupport.platform.api.InvalidInputException(List.of(
                    new FieldErrors.FieldError("breach", "NotNull", "conduct.input.required", null)));
        }
        if (!head.status().equals("RECEIVED") && !head.status().equals("ASSESSED")) {
            throw new BusinessRuleException("conduct.refused.assessStatus", head.reference());
        }
        String status = breach ? "ASSESSED" : "CLOSED";
        jdbc.sql("UPDATE conduct_case SET assessment = ?, assessed_on = ?, assessed_by = ?, outcome = ? WHERE id = ?")
                .params(breach ? "BREACH" : "NO_BREACH", today(), access.user(), breach ? null : "NOT_PURSUED", id).update();
        event(id, "ASSESSED", (breach ? "BREACH" : "NO_BREACH") + (blank(note) ? "" : ": " + note.strip()));
        touch(id, status);
        return view(id, access.current());
    }

    /**
     * Refers the case to OIOS, a mission investigation entity or the contributing country's national investigation
     * officer, with a deadline (default {@code fsp.conduct.referral-due-days} after referral), and records the
     * notification of every Member State whose uniformed personnel are subjects. Claims offers no notification API,
     * so the notification is recorded here (note verbale).
     */
    @Transactional
    public CaseView refer(long id, NewReferral r) {
        CaseHead head = manageable(id);
        FieldErrors errors = new FieldErrors();
        if (r == null) {
            errors.add("entity", "NotNull", "conduct.input.required").throwIfAny();
        }
        Entity entity = parse(Entity.class, r.entity(), "entity", errors, true);
        LocalDate referredOn = r.referredOn() == null ? today() : r.referredOn();
        if (referredOn.isAfter(today())) errors.add("referredOn", "PastOrPresent", "conduct.input.future");
        LocalDate due = r.dueOn() == null ? referredOn.plusDays(referralDueDays) : r.dueOn();
        if (due.isBefore(referredOn)) errors.add("dueOn", "AfterReferral", "conduct.input.dueBeforeReferral");
        errors.throwIfAny();
        if (!"BREACH".equals(head.assessment())) {
            throw new BusinessRuleException("conduct.refused.referWithoutAssessment", head.reference());
        }
        if (head.status().equals("CLOSED") || head.status().equals("MERGED")) {
            throw new BusinessRuleException("conduct.refused.closed", head.reference());
        }
        List<String> states = jdbc.sql("SELECT DISTINCT contributing_country FROM conduct_subject WHERE case_id = ? "
                + "AND contributing_country IS NOT NULL ORDER BY contributing_country").param(id).query(String.class).list();
        boolean military = jdbc.sql("SELECT COUNT(*) FROM conduct_subject WHERE case_id = ? AND category = 'MILITARY'")
                .param(id).query(Long.class).single() > 0;
        if (entity == Entity.NIO && !military) {
            throw new BusinessRuleException("conduct.refused.nioWithoutMilitary", head.reference());
        }
        String user = access.user();
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO conduct_referral (case_id, entity, referred_on, due_on, note, referred_by) VALUES (?, ?, ?, ?, ?, ?)")
                .params(id, entity.name(), referredOn, due, blankToNull(r.note()), user).update(keys, "id");
        long referralId = keys.getKey().longValue();
        event(id, "REFERRED", entity.name() + " due " + due);
        for (String state : states) {
            jdbc.sql("INSERT INTO conduct_ms_notification (case_id, referral_id, member_state, notified_on, channel, recorded_by) "
                            + "VALUES (?, ?, ?, ?, 'NOTE_VERBALE', ?)")
                    .params(id, referralId, state, referredOn, user).update();
            event(id, "MEMBER_STATE_NOTIFIED", state);
        }
        // the referral deadline in "my work" of the mission's conduct officers only (need-to-know: never a wider role)
        workItems.open(NewWorkItem.of(WORK_TYPE, id, head.reference(), "/conduct/cases/" + id,
                Assignee.role(ConductPermissions.OFFICER, Scope.mission(head.mission())), due,
                "conduct.work.referralDeadline", head.reference(), entity.name()));
        touch(id, "REFERRED");
        return view(id, access.current());
    }

    @Transactional
    public CaseView recordResponse(long id, LocalDate respondedOn) {
        CaseHead head = manageable(id);
        LocalDate on = respondedOn == null ? today() : respondedOn;
        int rows = jdbc.sql("UPDATE conduct_referral SET responded_on = ? WHERE id = (SELECT MAX(id) FROM conduct_referral "
                + "WHERE case_id = ? AND responded_on IS NULL)").params(on, id).update();
        if (rows == 0) {
            throw new BusinessRuleException("conduct.refused.noOpenReferral", head.reference());
        }
        event(id, "REFERRAL_ANSWERED", on.toString());
        workItems.closeFor(WORK_TYPE, String.valueOf(id));
        touch(id, head.status());
        return view(id, access.current());
    }

    @Transactional
    public CaseView investigation(long id, InvestigationDates d) {
        CaseHead head = manageable(id);
        FieldErrors errors = new FieldErrors();
        if (d == null) {
            errors.add("entity", "NotNull", "conduct.input.required").throwIfAny();
        }
        Entity entity = parse(Entity.class, d.entity(), "entity", errors, true);
        if (d.start() == null) errors.add("start", "NotNull", "conduct.input.required");
        if (d.start() != null && d.end() != null && d.end().isBefore(d.start())) {
            errors.add("end", "AfterStart", "conduct.input.endBeforeStart");
        }
        errors.throwIfAny();
        if (!head.status().equals("REFERRED") && !head.status().equals("INVESTIGATING")) {
            throw new BusinessRuleException("conduct.refused.investigationStatus", head.reference());
        }
        jdbc.sql("UPDATE conduct_case SET investigation_entity = ?, investigation_start = ?, investigation_end = ? WHERE id = ?")
                .params(entity.name(), d.start(), d.end(), id).update();
        event(id, "INVESTIGATION", entity.name() + " " + d.start() + (d.end() == null ? "" : " - " + d.end()));
        touch(id, "INVESTIGATING");
        return view(id, access.current());
    }

    @Transactional
    public CaseView outcome(long id, OutcomeRecord o) {
        CaseHead head = manageable(id);
        FieldErrors errors = new FieldErrors();
        if (o == null) {
            errors.add("outcome", "NotNull", "conduct.input.required").throwIfAny();
        }
        Outcome outcome = parse(Outcome.class, o.outcome(), "outcome", errors, false);
        Paternity paternity = parse(Paternity.class, o.paternityStatus(), "paternityStatus", errors, false);
        for (String[] f : new String[][] {{"interimActions", o.interimActions()}, {"memberStateActions", o.memberStateActions()},
                {"criminalReferral", o.criminalReferral()}}) {
            if (f[1] != null && f[1].length() > 1000) errors.add(f[0], "Size", "conduct.input.tooLong", 1000);
        }
        errors.throwIfAny();
        if (outcome != null && !head.status().equals("INVESTIGATING")) {
            throw new BusinessRuleException("conduct.refused.outcomeStatus", head.reference());
        }
        jdbc.sql("""
                UPDATE conduct_case SET outcome = COALESCE(?, outcome), interim_actions = COALESCE(?, interim_actions),
                    member_state_actions = COALESCE(?, member_state_actions), criminal_referral = COALESCE(?, criminal_referral),
                    paternity_status = COALESCE(?, paternity_status) WHERE id = ?""")
                .params(outcome == null ? null : outcome.name(), blankToNull(o.interimActions()),
                        blankToNull(o.memberStateActions()), blankToNull(o.criminalReferral()),
                        paternity == null ? null : paternity.name(), id).update();
        event(id, "OUTCOME", outcome == null ? "update" : outcome.name());
        touch(id, outcome == null ? head.status() : "CLOSED");
        return view(id, access.current());
    }

    /** Gives the case to a named user (read only): need-to-know by explicit decision of a conduct officer. */
    @Transactional
    public CaseView grant(long id, String username) {
        CaseHead head = manageable(id);
        if (blank(username)) {
            throw new org.fieldsupport.platform.api.InvalidInputException(List.of(
                    new FieldErrors.FieldError("username", "NotBlank", "conduct.input.required", null)));
        }
        String who = username.strip();
        if (!access.userExists(who)) {
            throw new org.fieldsupport.platform.api.InvalidInputException(List.of(
                    new FieldErrors.FieldError("username", "UnknownUser", "conduct.input.user", null)));
        }
        if (jdbc.sql("SELECT COUNT(*) FROM conduct_case_grant WHERE case_id = ? AND username = ?").params(id, who)
                .query(Long.class).single() == 0) {
            jdbc.sql("INSERT INTO conduct_case_grant (case_id, username, granted_by, granted_at) VALUES (?, ?, ?, ?)")
                    .params(id, who, access.user(), OffsetDateTime.now(ZoneOffset.UTC)).update();
            event(id, "GRANTED", who);
        }
        touch(id, head.status());
        return view(id, access.current());
    }

    // ---------------------------------------------------------------- reconciliation (headquarters)

    @Transactional
    public CaseView reconcile(long id, String note) {
        CaseHead head = headquarters(id);
        if (head.status().equals("MERGED")) {
            throw new BusinessRuleException("conduct.refused.merged", head.reference());
        }
        jdbc.sql("UPDATE conduct_case SET reconciled = TRUE, reconciled_on = ?, reconciled_by = ? WHERE id = ?")
                .params(today(), access.user(), id).update();
        event(id, "RECONCILED", blank(note) ? null : note.strip());
        touch(id, head.status());
        return view(id, access.current());
    }

    /** Merges a duplicate (the same matter reported through another channel) into the case kept; histories kept. */
    @Transactional
    public CaseView merge(long duplicateId, Long intoId) {
        CaseHead dup = headquarters(duplicateId);
        if (intoId == null) {
            throw new org.fieldsupport.platform.api.InvalidInputException(List.of(
                    new FieldErrors.FieldError("into", "NotNull", "conduct.input.required", null)));
        }
        CaseHead into = headquarters(intoId);
        if (duplicateId == intoId) throw new BusinessRuleException("conduct.refused.mergeSelf", dup.reference());
        if (dup.status().equals("MERGED") || into.status().equals("MERGED")) {
            throw new BusinessRuleException("conduct.refused.merged", dup.reference());
        }
        if (!dup.mission().equals(into.mission())) {
            throw new BusinessRuleException("conduct.refused.mergeMission", dup.reference(), into.reference());
        }
        jdbc.sql("UPDATE conduct_case SET merged_into = ?, reconciled = FALSE WHERE id = ?").params(intoId, duplicateId).update();
        jdbc.sql("DELETE FROM conduct_allegation WHERE case_id = ?").param(duplicateId).update();
        String channel = jdbc.sql("SELECT channel || ' ' || CAST(received_on AS VARCHAR(10)) FROM conduct_case WHERE id = ?")
                .param(duplicateId).query(String.class).single();
        event(duplicateId, "MERGED_INTO", into.reference());
        event(intoId, "MERGED_FROM", dup.reference() + " (" + channel + ")");
        touch(duplicateId, "MERGED");
        touch(intoId, into.status());
        return view(intoId, access.current());
    }

    // ---------------------------------------------------------------- reads

    @Transactional
    public CaseView read(long id) {
        NeedToKnow ntk = access.current();
        CaseHead head = head(id).filter(h -> ntk.sees(id, h.mission()))
                .orElseThrow(() -> new NotFoundException("conduct case", id));
        readLog.log(List.of(id), CaseReadLog.Kind.DETAIL);
        CaseView view = view(head.id(), ntk);
        if (view.victims().stream().anyMatch(v -> v.identity() != null)) {
            readLog.log(List.of(id), CaseReadLog.Kind.VICTIM_IDENTITY);
        }
        return view;
    }

    @Transactional
    public PageResponse<CaseRow> list(Filter filter, PageQuery page) {
        return list(filter, page, CaseReadLog.Kind.LIST);
    }

    @Transactional
    public PageResponse<CaseRow> list(Filter filter, PageQuery page, CaseReadLog.Kind kind) {
        NeedToKnow ntk = access.current();
        if (!ntk.seesAny()) {
            return PageResponse.of(List.of(), page, 0);
        }
        List<Object> params = new ArrayList<>();
        String where = visibility(ntk, params);
        if (filter != null) {
            if (!blank(filter.mission())) { where += " AND c.mission_code = ?"; params.add(filter.mission().strip().toUpperCase(Locale.ROOT)); }
            if (!blank(filter.status())) { where += " AND c.status = ?"; params.add(filter.status().strip()); }
            if (!blank(filter.kind())) { where += " AND c.kind = ?"; params.add(filter.kind().strip()); }
            if (filter.year() != null) { where += " AND c.report_year = ?"; params.add(filter.year()); }
        }
        long total = jdbc.sql("SELECT COUNT(*) FROM conduct_case c WHERE " + where).params(params).query(Long.class).single();
        List<Object> pageParams = new ArrayList<>(params);
        pageParams.add(page.size());
        pageParams.add(page.offset());
        List<CaseRow> rows = jdbc.sql("""
                        SELECT c.id, c.reference, c.mission_code, c.kind, c.received_on, c.channel, c.status,
                            (SELECT COUNT(*) FROM conduct_allegation a WHERE a.case_id = c.id), c.reconciled, c.merged_into
                        FROM conduct_case c""" + " WHERE " + where + " ORDER BY " + page.orderByOr("c.received_on DESC, c.id DESC")
                        + " LIMIT ? OFFSET ?")
                .params(pageParams)
                .query((rs, n) -> new CaseRow(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getObject(5, LocalDate.class), rs.getString(6), rs.getString(7), rs.getInt(8), rs.getBoolean(9),
                        (Long) rs.getObject(10, Long.class))).list();
        readLog.log(rows.stream().map(CaseRow::id).toList(), kind);
        return PageResponse.of(rows, page, total);
    }

    /** 404 unless the signed-in user may see the case (nothing logged: used before an action is dispatched). */
    @Transactional(readOnly = true)
    public void requireVisible(long id) {
        NeedToKnow ntk = access.current();
        head(id).filter(h -> ntk.sees(id, h.mission())).orElseThrow(() -> new NotFoundException("conduct case", id));
    }

    /** Reconciliation work list (headquarters): visible unmerged cases not yet reconciled, with duplicate candidates. */
    public record Pending(CaseRow row, List<CaseRow> candidates) { }

    @Transactional
    public List<Pending> reconciliation(Integer year) {
        NeedToKnow ntk = access.current();
        if (!ntk.headquarters()) {
            throw new AccessDeniedException("headquarters conduct unit only");
        }
        PageResponse<CaseRow> all = list(new Filter(null, null, null, year), new PageQuery(0, 1000, null, null, true));
        List<CaseRow> live = all.content().stream().filter(r -> r.mergedInto() == null).toList();
        List<Pending> pending = new ArrayList<>();
        for (CaseRow r : live) {
            if (r.reconciled()) continue;
            List<CaseRow> candidates = live.stream().filter(o -> o.id() != r.id() && o.missionCode().equals(r.missionCode())
                    && o.kind().equals(r.kind()) && !o.channel().equals(r.channel())
                    && Math.abs(java.time.temporal.ChronoUnit.DAYS.between(o.receivedOn(), r.receivedOn())) <= 30).toList();
            pending.add(new Pending(r, candidates));
        }
        return pending;
    }

    /** Open and total visible cases (the dashboard card): counts of what the user may see, nothing more. */
    @Transactional(readOnly = true)
    public long[] visibleCounts() {
        NeedToKnow ntk = access.current();
        if (!ntk.seesAny()) {
            return new long[] {0, 0};
        }
        List<Object> params = new ArrayList<>();
        String where = visibility(ntk, params);
        long all = jdbc.sql("SELECT COUNT(*) FROM conduct_case c WHERE " + where).params(params).query(Long.class).single();
        long open = jdbc.sql("SELECT COUNT(*) FROM conduct_case c WHERE " + where + " AND c.status NOT IN ('CLOSED', 'MERGED')")
                .params(params).query(Long.class).single();
        return new long[] {open, all};
    }

    /** Referrals past their deadline without an answer, among visible cases. */
    public record OverdueReferral(long caseId, String reference, String missionCode, String entity, LocalDate dueOn) { }

    @Transactional(readOnly = true)
    public List<OverdueReferral> overdueReferrals() {
        NeedToKnow ntk = access.current();
        if (!ntk.seesAny()) {
            return List.of();
        }
        List<Object> params = new ArrayList<>();
        String where = visibility(ntk, params);
        params.add(today());
        return jdbc.sql("SELECT c.id, c.reference, c.mission_code, r.entity, r.due_on FROM conduct_referral r "
                        + "JOIN conduct_case c ON c.id = r.case_id WHERE " + where
                        + " AND r.responded_on IS NULL AND r.due_on < ? ORDER BY r.due_on")
                .params(params).query((rs, n) -> new OverdueReferral(rs.getLong(1), rs.getString(2), rs.getString(3),
                        rs.getString(4), rs.getObject(5, LocalDate.class))).list();
    }

    /** SQL condition (alias {@code c}) for the cases the user may see. */
    static String visibility(NeedToKnow ntk, List<Object> params) {
        if (ntk.headquarters()) {
            return "1 = 1";
        }
        List<String> parts = new ArrayList<>();
        if (!ntk.officerMissions().isEmpty()) {
            parts.add("c.mission_code IN (" + String.join(", ", ntk.officerMissions().stream().map(m -> "?").toList()) + ")");
            params.addAll(new TreeSet<>(ntk.officerMissions()));
        }
        if (!ntk.grantedCases().isEmpty()) {
            parts.add("c.id IN (" + String.join(", ", ntk.grantedCases().stream().map(m -> "?").toList()) + ")");
            params.addAll(new TreeSet<>(ntk.grantedCases()));
        }
        return parts.isEmpty() ? "1 = 0" : "(" + String.join(" OR ", parts) + ")";
    }

    /** Taxonomy valid on a date: code → label / category / thematic area. */
    public record MisconductType(String code, String kind, String category, String thematicArea, String labelEn,
                                 String labelFr, String legacyCategory, LocalDate validFrom, LocalDate validTo) {
        public String label(Locale locale) { return "fr".equals(locale.getLanguage()) ? labelFr : labelEn; }
    }

    @Transactional(readOnly = true)
    public List<MisconductType> taxonomy(LocalDate on) {
        return jdbc.sql("SELECT code, kind, category, thematic_area, label_en, label_fr, legacy_category, valid_from, valid_to "
                        + "FROM conduct_misconduct_type WHERE valid_from <= ? AND (valid_to IS NULL OR valid_to >= ?) ORDER BY kind DESC, code")
                .params(on, on).query((rs, n) -> new MisconductType(rs.getString(1), rs.getString(2), rs.getString(3),
                        rs.getString(4), rs.getString(5), rs.getString(6), rs.getString(7), rs.getObject(8, LocalDate.class),
                        rs.getObject(9, LocalDate.class))).list();
    }

    Map<String, String> typeKinds() {
        Map<String, String> kinds = new java.util.HashMap<>();
        jdbc.sql("SELECT code, kind FROM conduct_misconduct_type").query((rs, n) -> kinds.put(rs.getString(1), rs.getString(2))).list();
        return kinds;
    }

    // ---------------------------------------------------------------- internals

    record CaseHead(long id, String reference, String mission, String kind, int year, String status, String assessment) { }

    Optional<CaseHead> head(long id) {
        return jdbc.sql("SELECT id, reference, mission_code, kind, report_year, status, assessment FROM conduct_case WHERE id = ?")
                .param(id).query((rs, n) -> new CaseHead(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getInt(5), rs.getString(6), rs.getString(7))).optional();
    }

    /** The case for a conduct officer's action: 404 outside need-to-know, 403 for a read-only grantee. */
    CaseHead manageable(long id) {
        NeedToKnow ntk = access.current();
        CaseHead head = head(id).filter(h -> ntk.sees(id, h.mission()))
                .orElseThrow(() -> new NotFoundException("conduct case", id));
        if (!ntk.manages(head.mission())) {
            throw new AccessDeniedException("read-only access to " + head.reference());
        }
        return head;
    }

    CaseHead headquarters(long id) {
        NeedToKnow ntk = access.current();
        CaseHead head = head(id).filter(h -> ntk.sees(id, h.mission()))
                .orElseThrow(() -> new NotFoundException("conduct case", id));
        if (!ntk.headquarters()) {
            throw new AccessDeniedException("headquarters conduct unit only");
        }
        return head;
    }

    private void touch(long id, String status) {
        String before = jdbc.sql("SELECT status FROM conduct_case WHERE id = ?").param(id).query(String.class).single();
        jdbc.sql("UPDATE conduct_case SET status = ?, version = version + 1, modified_by = ?, modified_at = ? WHERE id = ?")
                .params(status, access.user(), OffsetDateTime.now(ZoneOffset.UTC), id).update();
        audit(id, DataChanged.Action.UPDATE, before, status);
    }

    private void audit(long id, DataChanged.Action action, String before, String after) {
        events.publishEvent(new DataChanged("conduct.case", String.valueOf(id), action,
                before == null ? null : Map.of("status", before), Map.of("status", after)));
    }

    private void event(long id, String kind, String note) {
        jdbc.sql("INSERT INTO conduct_case_event (case_id, occurred_at, actor, kind, note) VALUES (?, ?, ?, ?, ?)")
                .params(id, OffsetDateTime.now(ZoneOffset.UTC), access.user(), kind, note).update();
    }

    CaseView view(long id, NeedToKnow ntk) {
        return jdbc.sql("SELECT * FROM conduct_case WHERE id = ?").param(id).query((rs, n) -> {
            String mission = rs.getString("mission_code");
            LocalDate start = rs.getObject("investigation_start", LocalDate.class);
            LocalDate end = rs.getObject("investigation_end", LocalDate.class);
            boolean identity = ntk.readsVictimIdentity(id, mission);
            return new CaseView(id, rs.getString("reference"), mission, rs.getString("kind"),
                    rs.getObject("received_on", LocalDate.class), rs.getString("channel"), rs.getString("source"),
                    rs.getString("origin"), rs.getObject("incident_date", LocalDate.class), rs.getString("summary"),
                    rs.getString("status"), rs.getString("assessment"), rs.getObject("assessed_on", LocalDate.class),
                    rs.getString("investigation_entity"), start, end,
                    start != null && end != null ? java.time.temporal.ChronoUnit.DAYS.between(start, end) : null,
                    rs.getString("outcome"), rs.getString("interim_actions"), rs.getString("member_state_actions"),
                    rs.getString("criminal_referral"), rs.getString("paternity_status"), rs.getBoolean("reconciled"),
                    (Long) rs.getObject("merged_into", Long.class), rs.getLong("version"), ntk.manages(mission),
                    subjects(id), allegations(id), victims(id, identity), referrals(id), notifications(id), reviews(id),
                    events(id), grants(id));
        }).single();
    }

    private List<Subject> subjects(long id) {
        return jdbc.sql("SELECT seq, category, contributing_country, contingent, types FROM conduct_subject WHERE case_id = ? ORDER BY seq")
                .param(id).query((rs, n) -> new Subject(rs.getInt(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        List.of(rs.getString(5).split(",")))).list();
    }

    private List<Allegation> allegations(long id) {
        return jdbc.sql("SELECT subject_seq, category, contributing_country, type_code, rule_set FROM conduct_allegation WHERE case_id = ? ORDER BY id")
                .param(id).query((rs, n) -> new Allegation((Integer) rs.getObject(1, Integer.class), rs.getString(2),
                        rs.getString(3), rs.getString(4), rs.getString(5))).list();
    }

    private List<Victim> victims(long id, boolean identity) {
        return jdbc.sql("""
                        SELECT v.id, v.pseudonym, v.age_band, v.minor, v.assistance_referred, i.key_id, i.iv, i.ciphertext
                        FROM conduct_victim v LEFT JOIN conduct_victim_identity i ON i.victim_id = v.id
                        WHERE v.case_id = ? ORDER BY v.id""")
                .param(id).query((rs, n) -> {
                    boolean sealed = rs.getString(8) != null;
                    String clear = identity && sealed
                            ? vault.open(rs.getLong(1), new VictimVault.Sealed(rs.getString(6), rs.getString(7), rs.getString(8)))
                            : null;
                    return new Victim(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getBoolean(4), rs.getBoolean(5),
                            clear, sealed && !identity);
                }).list();
    }

    private List<Referral> referrals(long id) {
        LocalDate today = today();
        return jdbc.sql("SELECT id, entity, referred_on, due_on, responded_on, note FROM conduct_referral WHERE case_id = ? ORDER BY id")
                .param(id).query((rs, n) -> {
                    LocalDate due = rs.getObject(4, LocalDate.class);
                    LocalDate answered = rs.getObject(5, LocalDate.class);
                    return new Referral(rs.getLong(1), rs.getString(2), rs.getObject(3, LocalDate.class), due, answered,
                            rs.getString(6), answered == null && due.isBefore(today));
                }).list();
    }

    private List<Notification> notifications(long id) {
        return jdbc.sql("SELECT id, member_state, notified_on, channel, referral_id FROM conduct_ms_notification WHERE case_id = ? ORDER BY id")
                .param(id).query((rs, n) -> new Notification(rs.getLong(1), rs.getString(2), rs.getObject(3, LocalDate.class),
                        rs.getString(4), (Long) rs.getObject(5, Long.class))).list();
    }

    List<Review> reviews(long id) {
        return jdbc.sql("SELECT id, submitted_on, submitted_by, recommendation, recommendation_note, decision, decision_note, "
                        + "decided_on, decided_by FROM conduct_review WHERE case_id = ? ORDER BY id")
                .param(id).query((rs, n) -> new Review(rs.getLong(1), rs.getObject(2, LocalDate.class), rs.getString(3),
                        rs.getString(4), rs.getString(5), rs.getString(6), rs.getString(7), rs.getObject(8, LocalDate.class),
                        rs.getString(9))).list();
    }

    private List<Event> events(long id) {
        return jdbc.sql("SELECT occurred_at, actor, kind, note FROM conduct_case_event WHERE case_id = ? ORDER BY id")
                .param(id).query((rs, n) -> new Event(rs.getObject(1, OffsetDateTime.class), rs.getString(2),
                        rs.getString(3), rs.getString(4))).list();
    }

    private List<String> grants(long id) {
        return jdbc.sql("SELECT username FROM conduct_case_grant WHERE case_id = ? ORDER BY username").param(id)
                .query(String.class).list();
    }

    static <E extends Enum<E>> E parse(Class<E> type, String value, String field, FieldErrors errors, boolean required) {
        if (value == null || value.isBlank()) {
            if (required) errors.add(field, "NotBlank", "conduct.input.required");
            return null;
        }
        try {
            return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            errors.add(field, "OneOf", "conduct.input.oneOf", String.join(", ",
                    Arrays.stream(type.getEnumConstants()).map(Enum::name).toList()));
            return null;
        }
    }

    static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    static String blankToNull(String s) {
        return blank(s) ? null : s.strip();
    }

    static Set<String> set(String... values) {
        return new LinkedHashSet<>(Arrays.asList(values));
    }
}
