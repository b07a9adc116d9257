package org.fieldsupport.personnel.recruitment.internal;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.fieldsupport.personnel.recruitment.domain.OpeningStatus;
import org.fieldsupport.personnel.recruitment.domain.OpeningType;
import org.fieldsupport.platform.workflow.TransitionInput;
import org.fieldsupport.platform.workflow.Transitioned;
import org.fieldsupport.personnel.recruitment.domain.PanelRules;
import org.fieldsupport.personnel.recruitment.domain.PostingWindow;
import org.fieldsupport.personnel.recruitment.internal.OpeningService.Opening;
import org.fieldsupport.personnel.roster.internal.RosterService;
import org.fieldsupport.personnel.shared.Authorities;
import org.fieldsupport.platform.api.BusinessRuleException;
import org.fieldsupport.platform.api.FieldErrors;
import org.fieldsupport.platform.api.InvalidInputException;
import org.fieldsupport.platform.audit.DataChanged;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The selection pipeline after screening: competency-based panel scores (assessors named on the opening, blind),
 * the recruiter's transmittal memo, the central review body's endorsement (the Senior Review Group for D-2), and
 * the head's selection under a live delegation of {@code RECRUITMENT_APPOINTMENT}; endorsed candidates not selected
 * go to the roster of the job code and are told. A recruit-from-roster opening selects from the roster directly.
 */
@Service
public class AssessmentService {

    private final JdbcClient jdbc;
    private final RecruitmentAccess access;
    private final OpeningService openings;
    private final RosterService rosters;
    private final Authorities authorities;
    private final ApplicationEventPublisher events;
    private final RecruitmentClock clock;
    private final OpeningWorkflow workflow;

    AssessmentService(JdbcClient jdbc, RecruitmentAccess access, OpeningService openings, RosterService rosters,
                      Authorities authorities, ApplicationEventPublisher events, RecruitmentClock clock,
                      OpeningWorkflow workflow) {
        this.workflow = workflow;
        this.jdbc = jdbc;
        this.access = access;
        this.openings = openings;
        this.rosters = rosters;
        this.authorities = authorities;
        this.events = events;
        this.clock = clock;
    }

    public record Score(String stage, String competency, Integer score, String note) { }

    public record ScoreLine(String assessor, String stage, String competency, int score, String note) { }

    record App(long id, long openingId, String ref, String status, boolean passed, BigDecimal test,
               BigDecimal interview) { }

    App app(long applicationId) {
        return jdbc.sql("SELECT id, opening_id, candidate_ref, status, screening_passed, test_score, interview_score FROM rec_application WHERE id = ?")
                .param(applicationId).query((rs, n) -> new App(rs.getLong(1), rs.getLong(2), rs.getString(3),
                        rs.getString(4), rs.getBoolean(5), rs.getBigDecimal(6), rs.getBigDecimal(7))).optional()
                .orElseThrow(() -> new org.fieldsupport.platform.api.NotFoundException("recruitment.application",
                        applicationId));
    }

    /** Records the signed-in assessor's scores for one stage (replacing their earlier scores of that stage). */
    @Transactional
    public List<ScoreLine> score(long applicationId, List<Score> scores) {
        App a = app(applicationId);
        Opening o = openings.find(a.openingId());
        String user = access.requireAssessor(o.id(), o.missionCode());
        score(a, o, user, scores);
        return scores(a.id());
    }

    void score(App a, Opening o, String user, List<Score> scores) {
        FieldErrors errors = new FieldErrors();
        if (scores == null || scores.isEmpty()) {
            errors.add("scores", "Required", "recruitment.input.required");
        }
        String stage = null;
        for (int i = 0; scores != null && i < scores.size(); i++) {
            Score s = scores.get(i);
            if (s == null || s.stage() == null || !PanelRules.STAGES.contains(s.stage())) {
                errors.add("scores[" + i + "].stage", "OneOf", "recruitment.input.stage");
            } else if (stage != null && !stage.equals(s.stage())) {
                errors.add("scores[" + i + "].stage", "OneStage", "recruitment.input.oneStage");
            } else {
                stage = s.stage();
            }
            if (s == null || s.competency() == null || !PanelRules.COMPETENCIES.contains(s.competency())) {
                errors.add("scores[" + i + "].competency", "OneOf", "recruitment.input.competency");
            }
            if (s == null || s.score() == null || s.score() < 1 || s.score() > 5) {
                errors.add("scores[" + i + "].score", "Range", "recruitment.input.score");
            }
        }
        errors.throwIfAny();
        if (!OpeningStatus.valueOf(o.status()).inAssessment()) {
            throw new BusinessRuleException("recruitment.refused.assessmentClosed", o.reference());
        }
        if (!a.passed() || !List.of("SUBMITTED", "SHORTLISTED").contains(a.status())) {
            throw new BusinessRuleException("recruitment.refused.notInAssessment", a.ref());
        }
        if ("INTERVIEW".equals(stage) && !PanelRules.passes(a.test())) {
            throw new BusinessRuleException("recruitment.refused.testNotPassed", a.ref(), PanelRules.PASS);
        }
        jdbc.sql("DELETE FROM rec_score WHERE application_id = ? AND assessor = ? AND stage = ?")
                .params(a.id(), user, stage).update();
        Timestamp now = Timestamp.from(clock.now());
        for (Score s : scores) {
            jdbc.sql("""
                    INSERT INTO rec_score (application_id, assessor, stage, competency, score, note, scored_at)
                    VALUES (?, ?, ?, ?, ?, ?, ?)""")
                    .params(a.id(), user, stage, s.competency(), s.score(), OpeningService.blankToNull(s.note()), now)
                    .update();
        }
        List<Integer> all = jdbc.sql("SELECT score FROM rec_score WHERE application_id = ? AND stage = ?")
                .params(a.id(), stage).query(Integer.class).list();
        BigDecimal mean = PanelRules.mean(all);
        String column = "TEST".equals(stage) ? "test_score" : "interview_score";
        String status = "TEST".equals(stage) && PanelRules.passes(mean) ? "SHORTLISTED" : a.status();
        jdbc.sql("UPDATE rec_application SET " + column + " = ?, status = ?, version = version + 1 WHERE id = ?")
                .params(mean, status, a.id()).update();
        events.publishEvent(DataChanged.updated("personnel.recruitment.score", a.id() + ":" + user + ":" + stage,
                null, Map.of("candidateRef", a.ref(), "stage", stage, "mean", String.valueOf(mean))));
    }

    /** All scores of an application (readers of the opening). */
    public List<ScoreLine> scores(long applicationId) {
        App a = app(applicationId);
        Opening o = openings.find(a.openingId());
        access.requireRead(o.id(), o.missionCode());
        return jdbc.sql("SELECT assessor, stage, competency, score, note FROM rec_score WHERE application_id = ? ORDER BY stage, assessor, competency")
                .param(applicationId).query((rs, n) -> new ScoreLine(rs.getString(1), rs.getString(2),
                        rs.getString(3), rs.getInt(4), rs.getString(5))).list();
    }

    /** The recruiter's transmittal memo: after the deadline, recommending candidates who passed the interview. */
    @Transactional
    public Opening memo(long openingId, String text, List<String> recommended) {
        Opening o = openings.find(openingId);
        FieldErrors errors = new FieldErrors();
        if (text == null || text.strip().length() < 20) {
            errors.add("text", "MinLength", "recruitment.input.memo", 20);
        }
        if (recommended == null || recommended.isEmpty()) {
            errors.add("recommended", "Required", "recruitment.input.required");
        }
        errors.throwIfAny();
        String user = access.require(RecruitmentPermissions.MANAGE, o.missionCode());
        if (!OpeningStatus.valueOf(o.status()).inAssessment()) {
            throw new BusinessRuleException("recruitment.refused.status", o.reference(), o.status());
        }
        if (PostingWindow.isOpen(o.closesAt(), clock.now())) {
            throw new BusinessRuleException("recruitment.refused.stillPosted", o.reference());
        }
        List<Long> ids = new ArrayList<>();
        for (String ref : recommended) {
            App a = jdbc.sql("SELECT id, opening_id, candidate_ref, status, screening_passed, test_score, interview_score FROM rec_application WHERE candidate_ref = ? AND opening_id = ?")
                    .params(ref == null ? "" : ref.strip().toUpperCase(java.util.Locale.ROOT), openingId)
                    .query((rs, n) -> new App(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4),
                            rs.getBoolean(5), rs.getBigDecimal(6), rs.getBigDecimal(7))).optional()
                    .orElseThrow(() -> InvalidInputException.of("recommended", "Candidate", "recruitment.input.candidate",
                            String.valueOf(ref)));
            if (!PanelRules.passes(a.interview())) {
                throw new BusinessRuleException("recruitment.refused.interviewNotPassed", a.ref(), PanelRules.PASS);
            }
            ids.add(a.id());
        }
        Timestamp now = Timestamp.from(clock.now());
        workflow.perform(o, "submit-memo", TransitionInput.of(TransitionInput.NOTE, "recommended: " + recommended));
        jdbc.sql("UPDATE rec_opening SET memo_text = ?, memo_by = ?, memo_at = ? WHERE id = ?")
                .params(text.strip(), user, now, openingId).update();
        jdbc.sql("UPDATE rec_application SET status = 'RECOMMENDED', version = version + 1 WHERE id IN (:ids)")
                .param("ids", ids).update();
        jdbc.sql("UPDATE rec_application SET status = 'NOT_RECOMMENDED', version = version + 1 WHERE opening_id = ? AND status = 'SHORTLISTED'")
                .param(openingId).update();
        events.publishEvent(DataChanged.updated("personnel.recruitment.opening", openingId, Map.of("status", o.status()),
                Map.of("status", "MEMO_SUBMITTED", "recommended", recommended)));
        return openings.find(openingId);
    }

    /**
     * The review body's decision: ENDORSE (recommended candidates become endorsed; a generic opening then places them
     * all on the roster and completes) or RETURN (back to the recruiter with a note).
     */
    @Transactional
    public Opening review(long openingId, String decision, String note) {
        Opening o = openings.find(openingId);
        if (decision == null || !List.of("ENDORSE", "RETURN").contains(decision)) {
            throw InvalidInputException.of("decision", "OneOf", "recruitment.input.decision");
        }
        if ("RETURN".equals(decision) && (note == null || note.isBlank())) {
            throw InvalidInputException.of("note", "Required", "recruitment.input.required");
        }
        String permission = "SRG".equals(o.reviewBody()) ? RecruitmentPermissions.ENDORSE_SENIOR : RecruitmentPermissions.ENDORSE;
        String user = access.require(permission, o.missionCode());
        if (!"MEMO_SUBMITTED".equals(o.status())) {
            throw new BusinessRuleException("recruitment.refused.status", o.reference(), o.status());
        }
        Timestamp now = Timestamp.from(clock.now());
        if ("RETURN".equals(decision)) {
            workflow.perform(o, "return-memo", TransitionInput.of(TransitionInput.NOTE, note.strip()));
            jdbc.sql("UPDATE rec_opening SET endorsement_note = ? WHERE id = ?").params(note.strip(), openingId).update();
            jdbc.sql("UPDATE rec_application SET status = 'SHORTLISTED' WHERE opening_id = ? AND status IN ('RECOMMENDED', 'NOT_RECOMMENDED')")
                    .param(openingId).update();
        } else {
            workflow.perform(o, "endorse", TransitionInput.of(TransitionInput.NOTE, OpeningService.blankToNull(note)));
            jdbc.sql("UPDATE rec_opening SET endorsed_by = ?, endorsed_at = ?, endorsement_note = ? WHERE id = ?")
                    .params(user, now, OpeningService.blankToNull(note), openingId).update();
            jdbc.sql("UPDATE rec_application SET status = 'ENDORSED' WHERE opening_id = ? AND status = 'RECOMMENDED'")
                    .param(openingId).update();
            if (!OpeningType.valueOf(o.type()).endsWithSelection()) {
                int rostered = rosterEndorsed(o, null);
                workflow.perform(openings.find(openingId), "roster-endorsed",
                        TransitionInput.of(TransitionInput.NOTE, rostered + " endorsed candidates rostered"));
                jdbc.sql("UPDATE rec_opening SET selected_at = ? WHERE id = ?").params(now, openingId).update();
            }
        }
        events.publishEvent(DataChanged.updated("personnel.recruitment.opening", openingId, Map.of("status", o.status()),
                Map.of("decision", decision, "by", o.reviewBody())));
        return openings.find(openingId);
    }

    /** Places every endorsed candidate but {@code selected} on the roster of the opening's job code; tells them. */
    int rosterEndorsed(Opening o, Long selected) {
        long roster = rosters.ensureRoster(o.jobFamily(), o.gradeCode(), o.functionalTitle(), o.rosterType());
        List<Long> endorsed = jdbc.sql("SELECT id FROM rec_application WHERE opening_id = ? AND status = 'ENDORSED'")
                .param(o.id()).query(Long.class).list();
        LocalDate today = clock.today();
        int n = 0;
        for (Long id : endorsed) {
            if (id.equals(selected)) {
                continue;
            }
            rosters.place(roster, id, o.reviewBody(), today);
            jdbc.sql("UPDATE rec_application SET status = 'ROSTERED' WHERE id = ?").param(id).update();
            n++;
        }
        return n;
    }

    /** The head's selection of an endorsed candidate under a live delegation; the others endorsed go to the roster. */
    @Transactional
    public Opening select(long openingId, String candidateRef) {
        Opening o = openings.find(openingId);
        if (candidateRef == null || candidateRef.isBlank()) {
            throw InvalidInputException.of("candidateRef", "Required", "recruitment.input.required");
        }
        String user = access.require(RecruitmentPermissions.SELECT, o.missionCode());
        if (!"ENDORSED".equals(o.status()) || !OpeningType.valueOf(o.type()).endsWithSelection()) {
            throw new BusinessRuleException("recruitment.refused.status", o.reference(), o.status());
        }
        Long appId = jdbc.sql("SELECT id FROM rec_application WHERE opening_id = ? AND candidate_ref = ? AND status = 'ENDORSED'")
                .params(openingId, candidateRef.strip().toUpperCase(java.util.Locale.ROOT)).query(Long.class)
                .optional().orElseThrow(() -> new BusinessRuleException("recruitment.refused.notEndorsed",
                        candidateRef.strip()));
        // the workflow kit checks the delegation (RECRUITMENT_APPOINTMENT at the opening's grade) and logs its use
        Transitioned<OpeningStatus> done = workflow.perform(o, "select",
                TransitionInput.of(TransitionInput.NOTE, "selected " + candidateRef.strip()));
        String chain = done.delegationChain();
        Timestamp now = Timestamp.from(clock.now());
        int rostered = rosterEndorsed(o, appId);
        jdbc.sql("UPDATE rec_application SET status = 'SELECTED' WHERE id = ?").param(appId).update();
        jdbc.sql("""
                UPDATE rec_opening SET selected_application = ?, selected_by = ?, selected_at = ?,
                    delegation_chain = ? WHERE id = ?""")
                .params(appId, user, now, chain, openingId).update();
        events.publishEvent(DataChanged.updated("personnel.recruitment.opening", openingId, Map.of("status", o.status()),
                Map.of("status", "COMPLETED", "selected", candidateRef.strip(), "rostered", rostered,
                        "delegations", chain)));
        return openings.find(openingId);
    }

    /** A recruit-from-roster opening: the available rostered candidates of its job family and level, blind. */
    public List<RosterService.Member> rosterMatches(long openingId, BigDecimal minExperience, String language) {
        Opening o = openings.get(openingId);
        if (!OpeningType.valueOf(o.type()).rosterOnly()) {
            throw new BusinessRuleException("recruitment.refused.notRosterOpening", o.reference());
        }
        return rosters.search(o.jobFamily(), o.gradeCode(), minExperience, language);
    }

    /** Selection from the roster without a new competition (recruit-from-roster openings), under a delegation. */
    @Transactional
    public Opening selectFromRoster(long openingId, Long memberId) {
        Opening o = openings.find(openingId);
        if (memberId == null) {
            throw InvalidInputException.of("rosterMemberId", "Required", "recruitment.input.required");
        }
        String user = access.require(RecruitmentPermissions.SELECT, o.missionCode());
        if (!OpeningType.valueOf(o.type()).rosterOnly()) {
            throw new BusinessRuleException("recruitment.refused.notRosterOpening", o.reference());
        }
        if (!List.of("POSTED", "CLOSED", "ENDORSED").contains(o.status())) {
            throw new BusinessRuleException("recruitment.refused.status", o.reference(), o.status());
        }
        RosterService.Member m = rosters.memberById(memberId);
        boolean matches = rosters.search(o.jobFamily(), o.gradeCode(), null, null).stream()
                .anyMatch(x -> x.id() == memberId);
        if (!matches) {
            throw new BusinessRuleException("recruitment.refused.rosterMember", String.valueOf(m.candidateRef()), o.jobCode());
        }
        String chain = workflow.perform(o, "select-from-roster",
                TransitionInput.of(TransitionInput.NOTE, "selected from the roster " + m.candidateRef())).delegationChain();
        jdbc.sql("""
                UPDATE rec_opening SET selected_roster_member = ?, selected_by = ?, selected_at = ?,
                    delegation_chain = ? WHERE id = ?""")
                .params(memberId, user, Timestamp.from(clock.now()), chain, openingId).update();
        jdbc.sql("UPDATE rec_roster_member SET availability = 'UNAVAILABLE', availability_changed = ? WHERE id = ?")
                .params(Timestamp.from(clock.now()), memberId).update();
        events.publishEvent(DataChanged.updated("personnel.recruitment.opening", openingId, Map.of("status", o.status()),
                Map.of("status", "COMPLETED", "selectedFromRoster", String.valueOf(m.candidateRef()), "delegations", chain)));
        return openings.find(openingId);
    }

    static Map<String, Object> map() {
        return new LinkedHashMap<>();
    }

    static Instant now() {
        return Instant.now();
    }
}
