package org.fieldsupport.personnel.recruitment.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.fieldsupport.personnel.recruitment.domain.OpeningStatus;
import org.fieldsupport.personnel.recruitment.domain.OpeningType;
import org.fieldsupport.personnel.recruitment.domain.PanelRules;
import org.fieldsupport.personnel.recruitment.domain.PostingWindow;
import org.fieldsupport.platform.api.FieldErrors;
import org.fieldsupport.platform.api.NotFoundException;
import org.fieldsupport.platform.api.ReferenceNumbers;
import org.fieldsupport.platform.audit.DataChanged;
import org.fieldsupport.platform.reference.ReferenceData;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Job openings of the three types and temporary ones, for posts of the staffing table (generic: for a roster). */
@Service
public class OpeningService {

    public static final Set<String> ROSTER_TYPES = Set.of("FIELD", "HQ");

    private final JdbcClient jdbc;
    private final RecruitmentAccess access;
    private final ReferenceNumbers numbers;
    private final ReferenceData reference;
    private final ApplicationEventPublisher events;
    private final RecruitmentClock clock;
    private final OpeningWorkflow workflow;

    OpeningService(JdbcClient jdbc, RecruitmentAccess access, ReferenceNumbers numbers, ReferenceData reference,
                   ApplicationEventPublisher events, RecruitmentClock clock, OpeningWorkflow workflow) {
        this.workflow = workflow;
        this.jdbc = jdbc;
        this.access = access;
        this.numbers = numbers;
        this.reference = reference;
        this.events = events;
        this.clock = clock;
    }

    public record Question(long id, int position, String textEn, String textFr, Boolean requiredAnswer) {
        public String text(java.util.Locale locale) {
            return "fr".equals(locale.getLanguage()) ? textFr : textEn;
        }
    }

    public record Opening(long id, String reference, String type, Long postId, String postNumber, String missionCode,
                          String jobFamily, String gradeCode, String functionalTitle, String titleFr, String rosterType,
                          String jobCode, String summaryEn, String summaryFr, String reviewBody, Instant postedAt,
                          LocalDate deadlineDate, Instant closesAt, boolean open, String status, Long campaignId,
                          String memoText, String memoBy, Instant memoAt, String endorsedBy, Instant endorsedAt,
                          String endorsementNote, Long selectedApplication, Long selectedRosterMember,
                          String selectedBy, Instant selectedAt, String delegationChain, long applications,
                          long version) {
        public String title(java.util.Locale locale) {
            return "fr".equals(locale.getLanguage()) ? titleFr : functionalTitle;
        }

        public String summary(java.util.Locale locale) {
            return "fr".equals(locale.getLanguage()) ? summaryFr : summaryEn;
        }
    }

    static final String SELECT = """
            SELECT o.*, p.post_number, (SELECT COUNT(*) FROM rec_application a WHERE a.opening_id = o.id) AS applications
            FROM rec_opening o LEFT JOIN pers_post p ON p.id = o.post_id""";

    Opening row(ResultSet rs, int n) throws SQLException {
        Instant closes = instant(rs, "closes_at");
        return new Opening(rs.getLong("id"), rs.getString("reference"), rs.getString("opening_type"),
                (Long) rs.getObject("post_id", Long.class), rs.getString("post_number"), rs.getString("mission_code"),
                rs.getString("job_family"), rs.getString("grade_code"), rs.getString("functional_title"),
                rs.getString("title_fr"), rs.getString("roster_type"),
                PanelRules.jobCode(rs.getString("job_family"), rs.getString("grade_code"),
                        rs.getString("functional_title"), rs.getString("roster_type")),
                rs.getString("summary_en"), rs.getString("summary_fr"), rs.getString("review_body"),
                instant(rs, "posted_at"), rs.getObject("deadline_date", LocalDate.class), closes,
                "POSTED".equals(rs.getString("status")) && PostingWindow.isOpen(closes, clock.now()),
                rs.getString("status"), (Long) rs.getObject("campaign_id", Long.class), rs.getString("memo_text"),
                rs.getString("memo_by"), instant(rs, "memo_at"), rs.getString("endorsed_by"), instant(rs, "endorsed_at"),
                rs.getString("endorsement_note"), (Long) rs.getObject("selected_application", Long.class),
                (Long) rs.getObject("selected_roster_member", Long.class), rs.getString("selected_by"),
                instant(rs, "selected_at"), rs.getString("delegation_chain"), rs.getLong("applications"),
                rs.getLong("version"));
    }

    static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime t = rs.getObject(column, OffsetDateTime.class);
        return t == null ? null : t.toInstant();
    }

    /** The openings the user may read (assessors: those they are named on), newest first. */
    public List<Opening> list(String mission, String type, String status) {
        if (!access.holdsAnywhere(RecruitmentPermissions.READ)) {
            throw new org.springframework.security.access.AccessDeniedException("no recruitment access");
        }
        Map<String, Object> params = RecruitmentAccess.params();
        StringBuilder where = new StringBuilder(" WHERE " + access.visibleOpenings(params));
        if (mission != null && !mission.isBlank()) {
            where.append(" AND o.mission_code = :mission");
            params.put("mission", mission.strip());
        }
        if (type != null && !type.isBlank()) {
            where.append(" AND o.opening_type = :type");
            params.put("type", type.strip());
        }
        if (status != null && !status.isBlank()) {
            where.append(" AND o.status = :status");
            params.put("status", status.strip());
        }
        return jdbc.sql(SELECT + where + " ORDER BY o.posted_at DESC, o.id DESC").params(params).query(this::row).list();
    }

    /** The opening when the user may read it (404 when it does not exist, 403 when out of reach). */
    public Opening get(long id) {
        Opening o = find(id);
        access.requireRead(id, o.missionCode());
        return o;
    }

    /** Without access check: for the public careers page (which shows posted openings only) and internal use. */
    public Opening find(long id) {
        return jdbc.sql(SELECT + " WHERE o.id = ?").param(id).query(this::row).optional()
                .orElseThrow(() -> new NotFoundException("recruitment.opening", id));
    }

    public List<Question> questions(long openingId) {
        return jdbc.sql("SELECT * FROM rec_question WHERE opening_id = ? ORDER BY position").param(openingId)
                .query((rs, n) -> new Question(rs.getLong("id"), rs.getInt("position"), rs.getString("text_en"),
                        rs.getString("text_fr"), (Boolean) rs.getObject("required_answer", Boolean.class))).list();
    }

    public List<String> assessors(long openingId) {
        return jdbc.sql("SELECT username FROM rec_opening_assessor WHERE opening_id = ? ORDER BY username")
                .param(openingId).query(String.class).list();
    }

    /** Openings still accepting applications (the public careers page). */
    public List<Opening> posted() {
        return jdbc.sql(SELECT + " WHERE o.status = 'POSTED' AND o.closes_at > ? ORDER BY o.closes_at, o.id")
                .param(OffsetDateTime.ofInstant(clock.now(), ZoneOffset.UTC)).query(this::row).list();
    }

    public record NewQuestion(String textEn, String textFr, Boolean requiredAnswer) { }

    public record NewOpening(String type, Long postId, String jobFamily, String gradeCode, String functionalTitle,
                             String titleFr, String rosterType, String summaryEn, String summaryFr,
                             LocalDate deadlineDate, Long campaignId, List<NewQuestion> questions,
                             List<String> assessors) { }

    record PostRow(long id, String missionCode, String title, String grade, String status) { }

    @Transactional
    public Opening create(NewOpening in) {
        return create(in, clock.now(), null, false);
    }

    /** Creates the opening as a draft ({@code draft}) or posted now. */
    @Transactional
    public Opening create(NewOpening in, boolean draft) {
        return create(in, clock.now(), null, draft);
    }

    /** Creates and posts the opening; {@code postedAt} and {@code actor} other than now/the user: demo data only. */
    @Transactional
    public Opening create(NewOpening in, Instant postedAt, String actor) {
        return create(in, postedAt, actor, false);
    }

    private Opening create(NewOpening in, Instant postedAt, String actor, boolean draft) {
        FieldErrors errors = new FieldErrors();
        OpeningType type = null;
        try {
            type = in.type() == null ? null : OpeningType.valueOf(in.type().strip());
        } catch (IllegalArgumentException e) {
            type = null;
        }
        if (type == null) {
            errors.add("type", "OneOf", "recruitment.input.type");
        }
        PostRow post = null;
        if (type != null && type.needsPost()) {
            if (in.postId() == null) {
                errors.add("postId", "Required", "recruitment.input.required");
            } else {
                post = jdbc.sql("SELECT id, mission_code, title, grade_code, status FROM pers_post WHERE id = ?")
                        .param(in.postId()).query((rs, n) -> new PostRow(rs.getLong(1), rs.getString(2),
                                rs.getString(3), rs.getString(4), rs.getString(5))).optional().orElse(null);
                if (post == null || !"ACTIVE".equals(post.status())) {
                    errors.add("postId", "ActivePost", "recruitment.input.post", in.postId());
                    post = null;
                }
            }
        }
        String grade = post != null ? post.grade() : blankToNull(in.gradeCode());
        if (grade == null) {
            if (type == OpeningType.GENERIC) {
                errors.add("gradeCode", "Required", "recruitment.input.required");
            }
        } else if (reference.grade(grade).isEmpty()) {
            errors.add("gradeCode", "Grade", "recruitment.input.grade", grade);
        }
        String title = blankToNull(in.functionalTitle()) != null ? in.functionalTitle().strip()
                : post != null ? post.title() : null;
        if (title == null) {
            errors.add("functionalTitle", "Required", "recruitment.input.required");
        }
        if (blankToNull(in.jobFamily()) == null) {
            errors.add("jobFamily", "Required", "recruitment.input.required");
        }
        String rosterType = blankToNull(in.rosterType()) == null ? "FIELD" : in.rosterType().strip();
        if (!ROSTER_TYPES.contains(rosterType)) {
            errors.add("rosterType", "OneOf", "recruitment.input.rosterType");
        }
        if (blankToNull(in.summaryEn()) == null) {
            errors.add("summaryEn", "Required", "recruitment.input.required");
        }
        if (blankToNull(in.summaryFr()) == null) {
            errors.add("summaryFr", "Required", "recruitment.input.required");
        }
        LocalDate postedOn = postedAt.atZone(PostingWindow.NEW_YORK).toLocalDate();
        if (in.deadlineDate() == null) {
            errors.add("deadlineDate", "Required", "recruitment.input.required");
        } else if (type != null && in.deadlineDate().isBefore(postedOn.plusDays(PostingWindow.minimumDays(type)))) {
            errors.add("deadlineDate", "MinimumPosting", "recruitment.input.deadline", PostingWindow.minimumDays(type));
        }
        if (in.campaignId() != null && jdbc.sql("SELECT COUNT(*) FROM rec_campaign WHERE id = ?").param(in.campaignId())
                .query(Long.class).single() == 0) {
            errors.add("campaignId", "Exists", "recruitment.input.campaign", in.campaignId());
        }
        List<NewQuestion> questions = in.questions() == null ? List.of() : in.questions();
        for (int i = 0; i < questions.size(); i++) {
            NewQuestion q = questions.get(i);
            if (q == null || blankToNull(q.textEn()) == null || blankToNull(q.textFr()) == null) {
                errors.add("questions[" + i + "]", "Required", "recruitment.input.question");
            }
        }
        errors.throwIfAny();
        String mission = post == null ? null : post.missionCode();
        String user = actor != null ? actor : access.require(RecruitmentPermissions.MANAGE, mission);
        int year = postedOn.getYear();
        String family = in.jobFamily().strip().toUpperCase(java.util.Locale.ROOT);
        long n = numbers.next("recruitment.opening", String.valueOf(year));
        String ref = "%s-%d-%04d".formatted(family.length() > 12 ? family.substring(0, 12) : family, year, n);
        Timestamp posted = Timestamp.from(postedAt);
        jdbc.sql("""
                INSERT INTO rec_opening (reference, opening_type, post_id, mission_code, job_family, grade_code,
                    functional_title, roster_type, title_fr, summary_en, summary_fr, review_body, posted_at, deadline_date,
                    closes_at, status, campaign_id, created_by, created_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(ref, type.name(), post == null ? null : post.id(), mission, family, grade, title, rosterType,
                        blankToNull(in.titleFr()) == null ? title : in.titleFr().strip(), in.summaryEn().strip(),
                        in.summaryFr().strip(), PanelRules.reviewBody(grade), posted, in.deadlineDate(),
                        Timestamp.from(PostingWindow.closesAt(in.deadlineDate())), draft ? "DRAFT" : "POSTED",
                        in.campaignId(), user, posted)
                .update();
        long id = jdbc.sql("SELECT id FROM rec_opening WHERE reference = ?").param(ref).query(Long.class).single();
        int position = 1;
        for (NewQuestion q : questions) {
            jdbc.sql("INSERT INTO rec_question (opening_id, position, text_en, text_fr, required_answer) VALUES (?, ?, ?, ?, ?)")
                    .params(id, position++, q.textEn().strip(), q.textFr().strip(), q.requiredAnswer()).update();
        }
        for (String a : in.assessors() == null ? List.<String>of() : in.assessors()) {
            if (a != null && !a.isBlank()) {
                jdbc.sql("INSERT INTO rec_opening_assessor (opening_id, username) VALUES (?, ?)").params(id, a.strip())
                        .update();
            }
        }
        Opening o = find(id);
        events.publishEvent(DataChanged.created("personnel.recruitment.opening", id, o));
        if (!draft) {
            workflow.openNext(o, OpeningStatus.POSTED);
        }
        return o;
    }

    /** The lifecycle moves the opening's screen offers as buttons (the others have their own forms). */
    static final java.util.Set<String> SCREEN_ACTIONS = java.util.Set.of("post", "cancel");

    /**
     * The post and cancel moves the workflow kit allows the signed-in user on the opening (none without the
     * permission in the opening's scope, none from a state the move does not leave), for the opening's screen.
     */
    @Transactional(readOnly = true)
    public List<org.fieldsupport.platform.workflow.AvailableAction> screenActions(Opening o) {
        return workflow.actions(o).stream().filter(a -> SCREEN_ACTIONS.contains(a.action())).toList();
    }

    /**
     * Posts a draft (the recruiter, through the workflow kit): the posting starts now, so the deadline must still
     * leave the type's minimum posting period (400 naming {@code deadlineDate} otherwise).
     */
    @Transactional
    public Opening post(long id, Long version) {
        Opening o = find(id);
        access.require(RecruitmentPermissions.MANAGE, o.missionCode());
        if (!"DRAFT".equals(o.status())) {
            throw new org.fieldsupport.platform.api.BusinessRuleException("recruitment.refused.status", o.reference(),
                    o.status());
        }
        Instant now = clock.now();
        int minimum = PostingWindow.minimumDays(OpeningType.valueOf(o.type()));
        if (o.deadlineDate().isBefore(now.atZone(PostingWindow.NEW_YORK).toLocalDate().plusDays(minimum))) {
            throw org.fieldsupport.platform.api.InvalidInputException.of("deadlineDate", "MinimumPosting",
                    "recruitment.input.deadline", minimum);
        }
        workflow.perform(o, "post", org.fieldsupport.platform.workflow.TransitionInput.none().expectingVersion(version));
        jdbc.sql("UPDATE rec_opening SET posted_at = ? WHERE id = ?").params(Timestamp.from(now), id).update();
        return find(id);
    }

    /** Cancels an unfinished opening with a reason (the recruiter, through the workflow kit). */
    @Transactional
    public Opening cancel(long id, String reason, Long version) {
        Opening o = find(id);
        // the permission first: an unauthorised caller learns nothing about the input (access review, session 3)
        access.require(RecruitmentPermissions.MANAGE, o.missionCode());
        if (blankToNull(reason) == null) {
            throw org.fieldsupport.platform.api.InvalidInputException.of("reason", "Required", "recruitment.input.required");
        }
        if (List.of("COMPLETED", "CANCELLED").contains(o.status())) {
            throw new org.fieldsupport.platform.api.BusinessRuleException("recruitment.refused.status", o.reference(),
                    o.status());
        }
        workflow.perform(o, "cancel", org.fieldsupport.platform.workflow.TransitionInput.of("reason", reason.strip())
                .expectingVersion(version));
        return find(id);
    }

    /** The opening's moves through the workflow kit, oldest first (readers of the opening). */
    public List<org.fieldsupport.platform.workflow.Workflows.TransitionRecord> history(long id) {
        Opening o = get(id);
        return workflow.history(o.id());
    }

    /** Names an assessor on the opening (the recruiter). */
    @Transactional
    public List<String> addAssessor(long openingId, String username) {
        Opening o = find(openingId);
        access.require(RecruitmentPermissions.MANAGE, o.missionCode());
        if (blankToNull(username) == null) {
            throw org.fieldsupport.platform.api.InvalidInputException.of("username", "Required", "recruitment.input.required");
        }
        if (!access.namedAssessor(openingId, username.strip())) {
            jdbc.sql("INSERT INTO rec_opening_assessor (opening_id, username) VALUES (?, ?)")
                    .params(openingId, username.strip()).update();
            events.publishEvent(DataChanged.created("personnel.recruitment.assessor", openingId + ":" + username.strip(),
                    Map.of("opening", openingId, "assessor", username.strip())));
            if (List.of("POSTED", "CLOSED").contains(o.status())) {
                workflow.assessor(o, username.strip(), "/personnel/recruitment/openings/" + o.id(), null);
            }
        }
        return assessors(openingId);
    }

    static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }

    static List<String> split(String s) {
        List<String> out = new ArrayList<>();
        if (s != null) {
            for (String p : s.split("[;,]")) {
                if (!p.isBlank()) {
                    out.add(p.strip());
                }
            }
        }
        return out;
    }
}
