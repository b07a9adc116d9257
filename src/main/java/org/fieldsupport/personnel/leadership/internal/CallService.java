package org.fieldsupport.personnel.leadership.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.fieldsupport.organization.AuthorityCheck;
import org.fieldsupport.organization.AuthorityDecision;
import org.fieldsupport.organization.DelegationLink;
import org.fieldsupport.organization.DelegationsOfAuthority;
import org.fieldsupport.organization.Missions;
import org.fieldsupport.personnel.leadership.domain.SeniorParity;
import org.fieldsupport.personnel.leadership.domain.TalentRules;
import org.fieldsupport.personnel.leadership.domain.VacancyForecast;
import org.fieldsupport.personnel.staff.domain.StaffMember;
import org.fieldsupport.personnel.staff.internal.StaffService;
import org.fieldsupport.platform.api.BusinessRuleException;
import org.fieldsupport.platform.api.FieldErrors;
import org.fieldsupport.platform.api.NotFoundException;
import org.fieldsupport.platform.api.ReferenceNumbers;
import org.fieldsupport.platform.audit.DataChanged;
import org.fieldsupport.platform.reference.ReferenceData;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Calls for nominations for senior civilian posts (4.5.c, 6.7.e): the job profile and conditions of employment;
 * nomination lists from Member States, organisations and self, checked by SENIOR-PARITY-v1 at intake (a
 * non-compliant list is stored RETURNED, its nominees never shortlisted); the shortlist (parity checked, an alert
 * when it breaks the rule), the selection under a live delegation of {@code SENIOR_LEADERSHIP_SELECTION} at the
 * post's grade (an alert when it breaks parity), and the assignment of the selected leader to the post (an offer
 * recorded in staff administration).
 */
@Service
public class CallService {

    private final JdbcClient jdbc;
    private final LeadershipAccess access;
    private final ReferenceData reference;
    private final Missions missions;
    private final DelegationsOfAuthority delegations;
    private final ReferenceNumbers numbers;
    private final StaffService staff;
    private final TalentPoolService talent;
    private final ParityAlerts alerts;
    private final ApplicationEventPublisher events;

    CallService(JdbcClient jdbc, LeadershipAccess access, ReferenceData reference, Missions missions,
                DelegationsOfAuthority delegations, ReferenceNumbers numbers, StaffService staff,
                TalentPoolService talent, ParityAlerts alerts, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.access = access;
        this.reference = reference;
        this.missions = missions;
        this.delegations = delegations;
        this.numbers = numbers;
        this.staff = staff;
        this.talent = talent;
        this.alerts = alerts;
        this.events = events;
    }

    public record Call(long id, String reference, long postId, String postNumber, String missionCode, String title,
                       String gradeCode, String jobProfile, String conditions, int minYearsExperience,
                       List<String> languagesRequired, LocalDate opensOn, LocalDate closesOn, String status,
                       Boolean shortlistCompliant, Long selectedNomineeId, String selectedBy, String delegationIds,
                       Long staffId, OffsetDateTime briefingIssuedAt, long lists, long listsReturned, long version) {

        public boolean acceptsNominations(LocalDate today) {
            return "OPEN".equals(status) && !today.isBefore(opensOn) && !today.isAfter(closesOn);
        }
    }

    public record Nominee(long id, long listId, Long talentId, String fullName, String gender, String nationality,
                          int yearsExperience, String visionStatement, int visionWords, String status,
                          boolean belowMinimumExperience) { }

    public record NominationList(long id, long callId, String callReference, String nominatorKind, String nominatorCode,
                                 SeniorParity.Result parity, String status, String submittedBy,
                                 OffsetDateTime submittedAt, List<Nominee> nominees) { }

    private static final String CALL_SQL = """
            SELECT c.*, p.post_number,
                   (SELECT COUNT(*) FROM lead_nomination_list l WHERE l.call_id = c.id) AS lists,
                   (SELECT COUNT(*) FROM lead_nomination_list l WHERE l.call_id = c.id AND l.status = 'RETURNED') AS returned
              FROM lead_call c JOIN pers_post p ON p.id = c.post_id""";

    static Call callRow(ResultSet rs, int n) throws SQLException {
        return new Call(rs.getLong("id"), rs.getString("reference"), rs.getLong("post_id"), rs.getString("post_number"),
                rs.getString("mission_code"), rs.getString("title"), rs.getString("grade_code"),
                rs.getString("job_profile"), rs.getString("conditions"), rs.getInt("min_years_experience"),
                TalentRules.languages(rs.getString("languages_required")), rs.getObject("opens_on", LocalDate.class),
                rs.getObject("closes_on", LocalDate.class), rs.getString("status"),
                (Boolean) rs.getObject("shortlist_compliant"),
                rs.getObject("selected_nominee_id") == null ? null : rs.getLong("selected_nominee_id"),
                rs.getString("selected_by"), rs.getString("delegation_ids"),
                rs.getObject("staff_id") == null ? null : rs.getLong("staff_id"),
                rs.getObject("briefing_issued_at", OffsetDateTime.class), rs.getLong("lists"), rs.getLong("returned"),
                rs.getLong("version"));
    }

    // ---- calls ----

    /** Officers and readers: the calls of their missions; nominators: the calls open for nominations. */
    public List<Call> calls(String mission) {
        if (!access.mayReadAnywhere()) {
            if (access.nominatingStates().isEmpty()) {
                throw new AccessDeniedException("no leadership permission");
            }
            LocalDate today = StaffService.today();
            return jdbc.sql(CALL_SQL + " WHERE c.status = 'OPEN' ORDER BY c.closes_on, c.id").query(CallService::callRow)
                    .list().stream().filter(c -> c.acceptsNominations(today)).toList();
        }
        Optional<Set<String>> visible = access.readableMissions(mission);
        Map<String, Object> params = new HashMap<>();
        String where = visible.map(m -> {
            params.put("missions", m.isEmpty() ? Set.of("-") : m);
            return " WHERE c.mission_code IN (:missions)";
        }).orElse("");
        return jdbc.sql(CALL_SQL + where + " ORDER BY c.opens_on DESC, c.id DESC").params(params)
                .query(CallService::callRow).list();
    }

    Optional<Call> find(long id) {
        return jdbc.sql(CALL_SQL + " WHERE c.id = ?").param(id).query(CallService::callRow).optional();
    }

    /** A call: readers in its mission; nominators while it is open. Others: not found. */
    public Call get(long id) {
        Call c = find(id).orElseThrow(() -> new NotFoundException("Call", id));
        if (access.mayRead(c.missionCode())) {
            return c;
        }
        if (!access.nominatingStates().isEmpty() && c.acceptsNominations(StaffService.today())) {
            return c;
        }
        throw new NotFoundException("Call", id);
    }

    public record NewCall(Long postId, String jobProfile, String conditions, Integer minYearsExperience,
                          String languagesRequired, LocalDate opensOn, LocalDate closesOn) { }

    @Transactional
    public Call create(NewCall in) {
        FieldErrors errors = new FieldErrors();
        String[] post = null;
        if (in.postId() == null) {
            Inputs.required(errors, "postId");
        } else {
            post = jdbc.sql("SELECT mission_code, title, grade_code FROM pers_post WHERE id = ? AND status = 'ACTIVE'")
                    .param(in.postId()).query((rs, n) -> new String[] {rs.getString(1), rs.getString(2), rs.getString(3)})
                    .optional().orElse(null);
            if (post == null) {
                Inputs.invalid(errors, "postId", "Unknown", "leadership.input.unknown", in.postId());
            } else if (VacancyForecast.roleOf(post[2], post[1]) == null) {
                Inputs.invalid(errors, "postId", "Senior", "leadership.input.notSenior", post[1]);
            }
        }
        if (Inputs.blank(in.jobProfile())) {
            Inputs.required(errors, "jobProfile");
        } else if (in.jobProfile().length() > 8000) {
            Inputs.invalid(errors, "jobProfile", "Size", "leadership.input.tooLong", 8000);
        }
        if (Inputs.blank(in.conditions())) {
            Inputs.required(errors, "conditions");
        } else if (in.conditions().length() > 8000) {
            Inputs.invalid(errors, "conditions", "Size", "leadership.input.tooLong", 8000);
        }
        if (in.minYearsExperience() == null || in.minYearsExperience() < TalentRules.MIN_YEARS
                || in.minYearsExperience() > 40) {
            Inputs.invalid(errors, "minYearsExperience", "Range", "leadership.input.range", TalentRules.MIN_YEARS, 40);
        }
        List<String> langs = TalentRules.languages(in.languagesRequired());
        if (langs.isEmpty()) {
            Inputs.required(errors, "languagesRequired");
        } else if (!TalentRules.LANGUAGES.containsAll(langs)) {
            Inputs.invalid(errors, "languagesRequired", "OneOf", "leadership.input.oneOf",
                    String.join(", ", TalentRules.LANGUAGES));
        }
        if (in.opensOn() == null) {
            Inputs.required(errors, "opensOn");
        }
        if (in.closesOn() == null) {
            Inputs.required(errors, "closesOn");
        } else if (in.opensOn() != null && in.closesOn().isBefore(in.opensOn())) {
            Inputs.invalid(errors, "closesOn", "AfterStart", "leadership.input.dateOrder");
        }
        errors.throwIfAny();
        String user = access.requireManage();
        missions.requireOpenForNewRecords(post[0]);
        if (jdbc.sql("SELECT COUNT(*) FROM lead_call WHERE post_id = ? AND status IN ('OPEN', 'SHORTLISTED', 'SELECTED')")
                .param(in.postId()).query(Long.class).single() > 0) {
            throw new BusinessRuleException("leadership.call.alreadyOpen", post[1]);
        }
        int year = in.opensOn().getYear();
        String ref = "SLC-" + year + "-" + String.format("%03d", numbers.next("personnel.leadership-call", String.valueOf(year)));
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO lead_call (reference, post_id, mission_code, title, grade_code, job_profile, conditions,
                    min_years_experience, languages_required, opens_on, closes_on, status, created_by, created_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'OPEN', ?, ?)""")
                .params(ref, in.postId(), post[0], post[1], post[2], in.jobProfile().strip(), in.conditions().strip(),
                        in.minYearsExperience(), String.join(";", langs), in.opensOn(), in.closesOn(), user,
                        OffsetDateTime.now())
                .update(keys, "id");
        Call c = find(keys.getKey().longValue()).orElseThrow();
        events.publishEvent(DataChanged.created("personnel.leadership-call", c.id(), c));
        return c;
    }

    // ---- nomination lists ----

    public record NewNominee(Long talentId, String fullName, String gender, String nationality, Integer yearsExperience,
                             String currentFunction, String languages, String profile, String visionStatement) { }

    public record NewList(String nominatorKind, String nominatorCode, List<NewNominee> nominees) { }

    static Nominee nomineeRow(ResultSet rs, int min) throws SQLException {
        String vision = rs.getString("vision_statement");
        int years = rs.getInt("years_experience");
        return new Nominee(rs.getLong("id"), rs.getLong("list_id"),
                rs.getObject("talent_id") == null ? null : rs.getLong("talent_id"), rs.getString("full_name"),
                rs.getString("gender"), rs.getString("nationality"), years, vision, TalentRules.words(vision),
                rs.getString("status"), years < min);
    }

    List<NominationList> listsWhere(String where, Object... params) {
        List<NominationList> lists = jdbc.sql("""
                SELECT l.*, c.reference AS call_reference, c.min_years_experience FROM lead_nomination_list l
                  JOIN lead_call c ON c.id = l.call_id""" + where + " ORDER BY l.submitted_at, l.id").params(params)
                .query((rs, n) -> new NominationList(rs.getLong("id"), rs.getLong("call_id"), rs.getString("call_reference"),
                        rs.getString("nominator_kind"), rs.getString("nominator_code"),
                        new SeniorParity.Result(rs.getString("rule_set"), rs.getBoolean("compliant"), rs.getInt("women"),
                                rs.getInt("women_required"), SeniorParity.Reason.valueOf(rs.getString("reason"))),
                        rs.getString("status"), rs.getString("submitted_by"),
                        rs.getObject("submitted_at", OffsetDateTime.class), new ArrayList<>()))
                .list();
        if (lists.isEmpty()) {
            return lists;
        }
        Map<Long, NominationList> byId = lists.stream().collect(Collectors.toMap(NominationList::id, l -> l));
        jdbc.sql("""
                SELECT n.*, c.min_years_experience FROM lead_nominee n JOIN lead_nomination_list l ON l.id = n.list_id
                  JOIN lead_call c ON c.id = l.call_id WHERE n.list_id IN (:lists) ORDER BY n.id""")
                .param("lists", byId.keySet())
                .query((rs, n) -> nomineeRow(rs, rs.getInt("min_years_experience"))).list()
                .forEach(x -> byId.get(x.listId()).nominees().add(x));
        return lists;
    }

    /** The lists of a call: all for its readers; a nominator's own lists only. */
    public List<NominationList> lists(long callId) {
        Call c = get(callId);
        List<NominationList> all = listsWhere(" WHERE l.call_id = ?", c.id());
        if (access.mayRead(c.missionCode())) {
            return all;
        }
        return all.stream().filter(l -> access.mayActFor(l.nominatorKind(), l.nominatorCode())).toList();
    }

    /** Every list the user may act for (a nominator's own lists, across calls). */
    public List<NominationList> myLists() {
        if (access.mayManage()) {
            return listsWhere("");
        }
        Set<String> states = access.nominatingStates();
        if (states.isEmpty()) {
            throw new AccessDeniedException("no nomination rights");
        }
        return listsWhere(" WHERE l.nominator_kind = 'MEMBER_STATE'").stream()
                .filter(l -> states.contains(l.nominatorCode())).toList();
    }

    public NominationList list(long listId) {
        NominationList l = listsWhere(" WHERE l.id = ?", listId).stream().findFirst()
                .orElseThrow(() -> new NotFoundException("NominationList", listId));
        Call c = find(l.callId()).orElseThrow();
        if (!access.mayRead(c.missionCode()) && !access.mayActFor(l.nominatorKind(), l.nominatorCode())) {
            throw new NotFoundException("NominationList", listId);
        }
        return l;
    }

    /**
     * Intake of a nomination list: checked by SENIOR-PARITY-v1; a compliant list is RECEIVED and its nominees join
     * the talent pool; a non-compliant one is stored RETURNED to the nominating entity, its nominees never shortlisted.
     */
    @Transactional
    public NominationList submit(long callId, NewList in) {
        return intake(callId, in, true);
    }

    /** An open call as the public careers site shows it (no internal field: no lists, selection, delegation). */
    public record PublicCall(long id, String reference, String missionCode, String title, String gradeCode,
                             String jobProfile, String conditions, int minYearsExperience,
                             List<String> languagesRequired, LocalDate opensOn, LocalDate closesOn) { }

    private static PublicCall publicView(Call c) {
        return new PublicCall(c.id(), c.reference(), c.missionCode(), c.title(), c.gradeCode(), c.jobProfile(),
                c.conditions(), c.minYearsExperience(), c.languagesRequired(), c.opensOn(), c.closesOn());
    }

    /** The calls accepting nominations today, for the public careers site (no account, no access check). */
    @Transactional(readOnly = true)
    public List<PublicCall> openCalls() {
        LocalDate today = StaffService.today();
        return jdbc.sql(CALL_SQL + " WHERE c.status = 'OPEN' AND c.opens_on <= ? AND c.closes_on >= ?"
                        + " ORDER BY c.closes_on, c.id").params(today, today).query(CallService::callRow).list()
                .stream().map(CallService::publicView).toList();
    }

    /** One call accepting nominations today; 404 for any other (unknown, not yet open, closed, cancelled). */
    @Transactional(readOnly = true)
    public PublicCall openCall(long id) {
        return find(id).filter(c -> c.acceptsNominations(StaffService.today())).map(CallService::publicView)
                .orElseThrow(() -> new NotFoundException("Call", id));
    }

    /**
     * A person's own nomination (4.5.b "auto-candidature") from the public careers site, signed in with a confirmed
     * applicant account (no staff account): a list of kind {@code SELF}, nominator code = the applicant's user name,
     * with one nominee — the applicant, under the name of their account — through the same intake as every list
     * (SENIOR-PARITY-v1; a one-person list is compliant, so it is received and joins the talent pool). Once per
     * call and person (422 {@code leadership.self.duplicate}); the call must accept nominations (422); 400 naming
     * each field otherwise; 403 without a confirmed applicant account.
     */
    @Transactional
    public NominationList selfNominate(long callId, NewNominee self) {
        String user = access.user();
        String fullName = jdbc.sql("SELECT full_name FROM rec_applicant WHERE username = ? AND status = 'CONFIRMED'")
                .param(user).query(String.class).optional()
                .orElseThrow(() -> new AccessDeniedException("a confirmed applicant account is required"));
        Call call = find(callId).orElseThrow(() -> new NotFoundException("Call", callId));
        if (jdbc.sql("SELECT COUNT(*) FROM lead_nomination_list WHERE call_id = ? AND nominator_kind = 'SELF'"
                + " AND nominator_code = ?").params(callId, user).query(Long.class).single() > 0) {
            throw new BusinessRuleException("leadership.self.duplicate", call.reference());
        }
        NewNominee me = self == null ? null : new NewNominee(null, fullName, self.gender(), self.nationality(),
                self.yearsExperience(), self.currentFunction(), self.languages(), self.profile(), self.visionStatement());
        return intake(callId, new NewList("SELF", user, me == null ? List.of() : List.of(me)), false);
    }

    /** The applicant's own self-nominations, newest first (nobody else's). */
    @Transactional(readOnly = true)
    public List<NominationList> mySelfNominations() {
        String user = access.user();
        List<NominationList> lists = new ArrayList<>(listsWhere(" WHERE l.nominator_kind = 'SELF' AND l.nominator_code = ?", user));
        java.util.Collections.reverse(lists);
        return lists;
    }

    private NominationList intake(long callId, NewList in, boolean checkNominator) {
        FieldErrors errors = new FieldErrors();
        if (in.nominatorKind() == null || !TalentRules.NOMINATOR_KINDS.contains(in.nominatorKind())) {
            Inputs.invalid(errors, "nominatorKind", "OneOf", "leadership.input.oneOf",
                    String.join(", ", TalentRules.NOMINATOR_KINDS));
        }
        String code = Inputs.strip(in.nominatorCode());
        if (code == null) {
            Inputs.required(errors, "nominatorCode");
        } else if ("MEMBER_STATE".equals(in.nominatorKind())) {
            var country = reference.country(code);
            if (country.isEmpty() || !country.get().unMemberState()) {
                Inputs.invalid(errors, "nominatorCode", "MemberState", "leadership.input.memberState", code);
            } else {
                code = country.get().alpha3();
            }
        } else if (code.length() > 200) {
            Inputs.invalid(errors, "nominatorCode", "Size", "leadership.input.tooLong", 200);
        }
        List<NewNominee> nominees = in.nominees() == null ? List.of() : in.nominees();
        if (nominees.isEmpty()) {
            Inputs.invalid(errors, "nominees", "NotEmpty", "leadership.input.nominees.empty");
        }
        for (int i = 0; i < nominees.size(); i++) {
            NewNominee x = nominees.get(i);
            String p = "nominees[" + i + "].";
            if (x == null) {
                Inputs.required(errors, "nominees[" + i + "]");
                continue;
            }
            errors = merge(errors, talent.check(new TalentPoolService.NewTalent(x.fullName(), x.gender(), x.nationality(),
                    null, x.currentFunction(), null, x.yearsExperience(), x.languages(), null, x.profile(),
                    x.visionStatement(), null, null, null), p));
            if (x.talentId() == null && Inputs.blank(x.currentFunction())) {
                Inputs.required(errors, p + "currentFunction");
            }
            if (x.talentId() != null && talent.find(x.talentId()).isEmpty()) {
                Inputs.invalid(errors, p + "talentId", "Unknown", "leadership.input.unknown", x.talentId());
            }
        }
        errors.throwIfAny();
        if (checkNominator) {
            access.requireActFor(in.nominatorKind(), code);
        }
        Call call = find(callId).orElseThrow(() -> new NotFoundException("Call", callId));
        if (!call.acceptsNominations(StaffService.today())) {
            throw new BusinessRuleException("leadership.call.notOpen", call.reference(), call.opensOn(), call.closesOn());
        }
        SeniorParity.Result parity = SeniorParity.check(nominees.stream().map(NewNominee::gender).toList());
        String status = parity.compliant() ? "RECEIVED" : "RETURNED";
        String user = access.user();
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO lead_nomination_list (call_id, nominator_kind, nominator_code, rule_set, women, women_required,
                    compliant, reason, status, submitted_by, submitted_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(callId, in.nominatorKind(), code, parity.ruleSet(), parity.women(), parity.womenRequired(),
                        parity.compliant(), parity.reason().name(), status, user, OffsetDateTime.now())
                .update(keys, "id");
        long listId = keys.getKey().longValue();
        String level = "USG".equals(call.gradeCode()) ? "USG" : "ASG";
        for (NewNominee x : nominees) {
            Long talentId = x.talentId();
            if (talentId == null && parity.compliant()) {
                String profile = Inputs.blank(x.profile()) ? x.currentFunction().strip() : x.profile().strip();
                talentId = talent.insert(user, new TalentPoolService.NewTalent(x.fullName(), x.gender(), x.nationality(),
                        null, x.currentFunction(), level, x.yearsExperience(),
                        Inputs.blank(x.languages()) ? "EN" : x.languages(), x.currentFunction(), profile,
                        x.visionStatement(), in.nominatorKind(), code, null),
                        TalentRules.languages(Inputs.blank(x.languages()) ? "EN" : x.languages())).id();
            }
            jdbc.sql("""
                    INSERT INTO lead_nominee (list_id, talent_id, full_name, gender, nationality, years_experience,
                        vision_statement, status) VALUES (?, ?, ?, ?, ?, ?, ?, ?)""")
                    .params(listId, talentId, x.fullName().strip(), x.gender(),
                            reference.country(x.nationality()).orElseThrow().alpha3(), x.yearsExperience(),
                            Inputs.strip(x.visionStatement()), parity.compliant() ? "NOMINATED" : "RETURNED").update();
        }
        NominationList l = listsWhere(" WHERE l.id = ?", listId).get(0);
        events.publishEvent(DataChanged.created("personnel.leadership-nomination-list", listId, l));
        return l;
    }

    private static FieldErrors merge(FieldErrors into, FieldErrors more) {
        for (FieldErrors.FieldError e : more.list()) {
            into.add(e.field(), e.rule(), e.messageKey(), e.args());
        }
        return into;
    }

    // ---- shortlist, selection, assignment ----

    List<Nominee> nominees(long callId) {
        return jdbc.sql("""
                SELECT n.*, c.min_years_experience FROM lead_nominee n JOIN lead_nomination_list l ON l.id = n.list_id
                  JOIN lead_call c ON c.id = l.call_id WHERE l.call_id = ? ORDER BY n.id""")
                .param(callId).query((rs, n) -> nomineeRow(rs, rs.getInt("min_years_experience"))).list();
    }

    private Call requireState(long id, Long version, String... states) {
        Call c = find(id).orElseThrow(() -> new NotFoundException("Call", id));
        if (version != null && version != c.version()) {
            throw new org.springframework.dao.OptimisticLockingFailureException("call " + id + " changed");
        }
        if (!List.of(states).contains(c.status())) {
            throw new BusinessRuleException("leadership.call.state", c.reference(), c.status());
        }
        return c;
    }

    private void bump(long id, String user) {
        jdbc.sql("UPDATE lead_call SET version = version + 1, modified_by = ?, modified_at = ? WHERE id = ?")
                .params(user, OffsetDateTime.now(), id).update();
    }

    /** Sets the shortlist; only nominees of received (compliant) lists; an alert when it breaks the parity rule. */
    @Transactional
    public Call shortlist(long callId, List<Long> nomineeIds, Long version) {
        FieldErrors errors = new FieldErrors();
        List<Long> ids = nomineeIds == null ? List.of() : nomineeIds.stream().filter(java.util.Objects::nonNull).distinct().toList();
        if (ids.isEmpty()) {
            Inputs.required(errors, "nomineeIds");
        }
        errors.throwIfAny();
        String user = access.requireManage();
        Call c = requireState(callId, version, "OPEN", "SHORTLISTED");
        Map<Long, Nominee> all = nominees(callId).stream().collect(Collectors.toMap(Nominee::id, n -> n));
        List<String> genders = new ArrayList<>();
        for (Long id : ids) {
            Nominee n = all.get(id);
            if (n == null) {
                throw new BusinessRuleException("leadership.shortlist.unknownNominee", id, c.reference());
            }
            if ("RETURNED".equals(n.status())) {
                throw new BusinessRuleException("leadership.shortlist.returnedList", n.fullName());
            }
            genders.add(n.gender());
        }
        SeniorParity.Result parity = SeniorParity.shortlist(genders);
        jdbc.sql("""
                UPDATE lead_nominee SET status = 'NOMINATED' WHERE status = 'SHORTLISTED'
                   AND list_id IN (SELECT id FROM lead_nomination_list WHERE call_id = ?)""").param(callId).update();
        jdbc.sql("UPDATE lead_nominee SET status = 'SHORTLISTED' WHERE id IN (:ids)").param("ids", ids).update();
        jdbc.sql("UPDATE lead_call SET status = 'SHORTLISTED', shortlist_compliant = ? WHERE id = ?")
                .params(parity.compliant(), callId).update();
        bump(callId, user);
        if (parity.compliant()) {
            alerts.resolveShortlist(c);
        } else {
            alerts.shortlist(c, parity);
        }
        Call after = find(callId).orElseThrow();
        events.publishEvent(DataChanged.updated("personnel.leadership-call", callId, c, after));
        return after;
    }

    /**
     * Selects a shortlisted nominee under a live delegation of SENIOR_LEADERSHIP_SELECTION covering the post's grade
     * (checked and logged by the organisation's register). A selection from a shortlist that breaks parity, or one
     * that leaves the mission's leadership team below parity, opens an alert.
     */
    @Transactional
    public Call select(long callId, Long nomineeId, Long version) {
        FieldErrors errors = new FieldErrors();
        if (nomineeId == null) {
            Inputs.required(errors, "nomineeId");
        }
        errors.throwIfAny();
        String user = access.user();
        Call c = find(callId).orElseThrow(() -> new NotFoundException("Call", callId));
        if (!access.maySelect()) {
            throw new AccessDeniedException("no " + LeadershipPermissions.SELECT);
        }
        c = requireState(callId, version, "SHORTLISTED");
        Nominee n = nominees(callId).stream().filter(x -> x.id() == nomineeId).findFirst()
                .orElseThrow(() -> new BusinessRuleException("leadership.shortlist.unknownNominee", nomineeId, callId));
        if (!"SHORTLISTED".equals(n.status())) {
            throw new BusinessRuleException("leadership.select.notShortlisted", n.fullName());
        }
        AuthorityDecision d = delegations.checkAndRecordUse(AuthorityCheck.forGrade(user,
                LeadershipAuthorityTypes.SENIOR_LEADERSHIP_SELECTION, c.missionCode(), c.gradeCode(), null),
                "senior leadership selection", c.reference());
        if (d instanceof AuthorityDecision.Refused r) {
            throw new BusinessRuleException(r.messageKey(), r.args().toArray());
        }
        String chain = d.chain().stream().map(DelegationLink::id).map(String::valueOf).collect(Collectors.joining(","));
        jdbc.sql("""
                UPDATE lead_nominee SET status = 'NOT_SELECTED' WHERE status IN ('SHORTLISTED', 'NOMINATED')
                   AND list_id IN (SELECT id FROM lead_nomination_list WHERE call_id = ?)""").param(callId).update();
        jdbc.sql("UPDATE lead_nominee SET status = 'SELECTED' WHERE id = ?").param(nomineeId).update();
        jdbc.sql("""
                UPDATE lead_call SET status = 'SELECTED', selected_nominee_id = ?, selected_by = ?, selected_at = ?,
                    delegation_ids = ? WHERE id = ?""")
                .params(nomineeId, user, OffsetDateTime.now(), chain, callId).update();
        bump(callId, user);
        if (Boolean.FALSE.equals(c.shortlistCompliant())) {
            alerts.selection(c, "SHORTLIST");
        }
        List<String> team = new ArrayList<>(teamGenders(c.missionCode(), c.postId()));
        team.add(n.gender());
        SeniorParity.Result teamParity = SeniorParity.shortlist(team);
        if (!teamParity.compliant()) {
            alerts.selection(c, "TEAM");
        }
        Call after = find(callId).orElseThrow();
        events.publishEvent(DataChanged.updated("personnel.leadership-call", callId, c, after));
        return after;
    }

    /** Genders of the incumbents of the mission's other head and deputy-head posts. */
    List<String> teamGenders(String mission, long exceptPost) {
        return jdbc.sql("""
                SELECT p.grade_code, p.title, s.gender FROM pers_post p JOIN pers_staff s ON s.post_id = p.id
                 WHERE p.mission_code = ? AND p.id <> ? AND p.status = 'ACTIVE' AND s.status = 'ACTIVE'
                   AND p.grade_code IN ('USG', 'ASG', 'D-2')""")
                .params(mission, exceptPost)
                .query((rs, n) -> VacancyForecast.roleOf(rs.getString(1), rs.getString(2)) == null ? null : rs.getString(3))
                .list().stream().filter(java.util.Objects::nonNull).toList();
    }

    public record Assignment(LocalDate entryOnDuty, LocalDate contractEnd, String indexNumber, LocalDate dateOfBirth,
                             String dutyStation) { }

    /** Assigns the selected leader to the post: an offer recorded in staff administration (then appointed there). */
    @Transactional
    public Call assign(long callId, Assignment in, Long version) {
        String user = access.requireManage();
        Call c = requireState(callId, version, "SELECTED");
        Nominee n = nominees(callId).stream().filter(x -> x.id() == c.selectedNomineeId()).findFirst().orElseThrow();
        String station = Inputs.blank(in.dutyStation())
                ? missions.find(c.missionCode()).map(m -> m.hqLocation()).orElse(null) : in.dutyStation().strip();
        StaffService.NewStaff s = new StaffService.NewStaff(in.indexNumber(), n.fullName(), n.gender(), n.nationality(),
                in.dateOfBirth(), 0, null, null, c.missionCode(), c.postId(), station, "FIXED_TERM", c.gradeCode(), 1,
                in.entryOnDuty(), in.contractEnd());
        staff.check(s).throwIfAny();
        StaffMember offered = staff.offerAs(user, s);
        jdbc.sql("UPDATE lead_call SET status = 'ASSIGNED', staff_id = ? WHERE id = ?").params(offered.id(), callId).update();
        bump(callId, user);
        Call after = find(callId).orElseThrow();
        events.publishEvent(DataChanged.updated("personnel.leadership-call", callId, c, after));
        return after;
    }

    public Optional<Nominee> selected(Call c) {
        if (c.selectedNomineeId() == null) {
            return Optional.empty();
        }
        return nominees(c.id()).stream().filter(x -> x.id() == c.selectedNomineeId()).findFirst();
    }

    public List<Nominee> shortlisted(long callId) {
        return nominees(callId).stream().filter(x -> List.of("SHORTLISTED", "SELECTED").contains(x.status())).toList();
    }

    void briefingIssued(long callId) {
        jdbc.sql("UPDATE lead_call SET briefing_issued_at = ? WHERE id = ?").params(OffsetDateTime.now(), callId).update();
    }
}
