package org.fieldsupport.personnel.posts.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
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
import java.util.stream.Collectors;
import org.fieldsupport.organization.Missions;
import org.fieldsupport.organization.OrganizationStructure;
import org.fieldsupport.personnel.posts.domain.Post;
import org.fieldsupport.personnel.posts.domain.PostRequest;
import org.fieldsupport.personnel.posts.domain.PostRules;
import org.fieldsupport.personnel.posts.domain.StaffingTableFile;
import org.fieldsupport.personnel.shared.Authorities;
import org.fieldsupport.personnel.shared.PersonnelAccess;
import org.fieldsupport.personnel.shared.PersonnelPermissions;
import org.fieldsupport.platform.api.BusinessRuleException;
import org.fieldsupport.platform.api.FieldErrors;
import org.fieldsupport.platform.api.NotFoundException;
import org.fieldsupport.platform.api.PageQuery;
import org.fieldsupport.platform.api.PageResponse;
import org.fieldsupport.platform.api.TabularFile;
import org.fieldsupport.platform.audit.DataChanged;
import org.fieldsupport.platform.audit.DataChanges;
import org.fieldsupport.platform.reference.ReferenceData;
import org.fieldsupport.platform.security.Scope;
import org.fieldsupport.platform.workflow.AuthorityRequirement;
import org.fieldsupport.platform.workflow.TransitionInput;
import org.fieldsupport.platform.workflow.Transitioned;
import org.fieldsupport.platform.workflow.Workflow;
import org.fieldsupport.platform.workflow.Workflows;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Staffing tables: posts by mission (read in the user's mission scope), the all-or-nothing import and the
 * export, the requests that change posts (decided under a delegation of authority) and standard structures.
 */
@Service
public class PostService {

    static final String POST = "personnel.post";
    static final String REQUEST = "personnel.post-request";
    static final String SELECT = """
            SELECT p.id, p.post_number, p.mission_code, p.unit_name, p.position_code, p.title, p.grade_code, p.category,
                   p.funding_source, p.budget_period, p.status, p.valid_from, p.valid_to, p.vacant_since, p.version,
                   s.index_number, s.full_name
              FROM pers_post p LEFT JOIN pers_staff s ON s.post_id = p.id AND s.status = 'ACTIVE'
            """;

    private final JdbcClient jdbc;
    private final PersonnelAccess access;
    private final ReferenceData reference;
    private final Missions missions;
    private final OrganizationStructure structure;
    private final Authorities authorities;
    private final ApplicationEventPublisher events;
    private final Workflows workflows;
    /** Requests decided under POST_ESTABLISHMENT (creation, abolition, redeployment) and POST_CLASSIFICATION. */
    private final Workflow<PostRequest, PostRequest.Status> establishment;
    private final Workflow<PostRequest, PostRequest.Status> classification;

    PostService(JdbcClient jdbc, PersonnelAccess access, ReferenceData reference, Missions missions,
                OrganizationStructure structure, Authorities authorities, ApplicationEventPublisher events,
                Workflows workflows) {
        this.workflows = workflows;
        this.establishment = flow(Authorities.POST_ESTABLISHMENT);
        this.classification = flow(Authorities.POST_CLASSIFICATION);
        this.jdbc = jdbc;
        this.access = access;
        this.reference = reference;
        this.missions = missions;
        this.structure = structure;
        this.authorities = authorities;
        this.events = events;
    }

    /**
     * A request moves SUBMITTED → APPROVED or REJECTED through the workflow kit: the decider needs
     * {@code personnel.posts.decide} in the request's mission and a live delegation of {@code authority} reaching the
     * grade (the more senior of the post's and the decided grade); a rejection needs a note.
     */
    private Workflow<PostRequest, PostRequest.Status> flow(String authority) {
        return Workflow.define(REQUEST, PostRequest.class, PostRequest.Status.class)
                .id(PostRequest::id).state(PostRequest::status).version(PostRequest::version)
                .reference(PostRequest::reference).scope(r -> Scope.mission(r.missionCode()))
                .storedIn("pers_post_request", "id", "status", "version")
                .stateLabels("personnel.request.status.")
                .refusedKey("personnel.request.refused.decided")
                .transition("approve", PostRequest.Status.SUBMITTED, PostRequest.Status.APPROVED,
                        PersonnelPermissions.POSTS_DECIDE, t -> t.label("personnel.action.approve")
                                .authority(authority, this::subject))
                .transition("reject", PostRequest.Status.SUBMITTED, PostRequest.Status.REJECTED,
                        PersonnelPermissions.POSTS_DECIDE, t -> t.label("personnel.action.reject").requires("note")
                                .authority(authority, this::subject))
                .build();
    }

    private AuthorityRequirement.Subject subject(PostRequest r, TransitionInput in) {
        String postGrade = r.postId() == null ? null : find(r.postId()).map(Post::gradeCode).orElse(null);
        return AuthorityRequirement.Subject.grade(PostRules.gradeForAuthority(postGrade, decidedGrade(r, in.text("classifiedGrade")),
                this::rank), r.missionCode());
    }

    static String decidedGrade(PostRequest r, String classifiedGrade) {
        return r.kind() == PostRequest.Kind.RECLASSIFICATION && classifiedGrade != null && !classifiedGrade.isBlank()
                ? classifiedGrade.strip() : r.gradeCode();
    }

    public Workflow<PostRequest, PostRequest.Status> workflow(PostRequest r) {
        return PostRules.authorityFor(r.kind()).equals(Authorities.POST_CLASSIFICATION) ? classification : establishment;
    }

    public static LocalDate today() {
        return LocalDate.now(ZoneOffset.UTC);
    }

    static Post post(ResultSet rs, int n) throws SQLException {
        return new Post(rs.getLong("id"), rs.getString("post_number"), rs.getString("mission_code"),
                rs.getString("unit_name"), rs.getString("position_code"), rs.getString("title"),
                rs.getString("grade_code"), rs.getString("category"), rs.getString("funding_source"),
                rs.getString("budget_period"), rs.getString("status"), rs.getObject("valid_from", LocalDate.class),
                rs.getObject("valid_to", LocalDate.class), rs.getObject("vacant_since", LocalDate.class),
                rs.getString("index_number"), rs.getString("full_name"), rs.getLong("version"));
    }

    public Set<String> grades() {
        return reference.grades().stream().map(ReferenceData.Grade::code).collect(Collectors.toSet());
    }

    int rank(String grade) {
        return reference.grade(grade).map(ReferenceData.Grade::rank).orElse(-1);
    }

    /** Posts of the missions the user may read; filters optional. */
    public PageResponse<Post> list(String mission, String category, String grade, Boolean vacant, PageQuery query) {
        Optional<Set<String>> visible = access.missionsFor(PersonnelPermissions.POSTS_READ, mission);
        StringBuilder where = new StringBuilder(" WHERE p.status = 'ACTIVE'");
        Map<String, Object> params = new HashMap<>();
        visible.ifPresent(m -> {
            where.append(" AND p.mission_code IN (:missions)");
            params.put("missions", m);
        });
        if (category != null && !category.isBlank()) {
            where.append(" AND p.category = :category");
            params.put("category", category);
        }
        if (grade != null && !grade.isBlank()) {
            where.append(" AND p.grade_code = :grade");
            params.put("grade", grade);
        }
        if (vacant != null) {
            where.append(vacant ? " AND s.id IS NULL" : " AND s.id IS NOT NULL");
        }
        long total = jdbc.sql("SELECT COUNT(*) FROM pers_post p LEFT JOIN pers_staff s ON s.post_id = p.id"
                + " AND s.status = 'ACTIVE'" + where).params(params).query(Long.class).single();
        List<Post> posts = jdbc.sql(SELECT + where + " ORDER BY " + query.orderByOr("p.mission_code, p.unit_name, p.post_number")
                        + " LIMIT " + query.size() + " OFFSET " + query.offset())
                .params(params).query(PostService::post).list();
        return PageResponse.of(posts, query, total);
    }

    /** One page of a staffing table with the authorised and vacant counts of the same filter (the screen). */
    public record StaffingTable(PageResponse<Post> page, long authorised, long vacant) { }

    /**
     * The staffing table screen in two statements, each led by the mission's posts: the counts (authorised, vacant)
     * of the filter in one aggregate, the vacancy read per post through {@code ix_pers_staff_post}; then one page of
     * posts ordered by mission, unit and post number (index {@code ix_pers_post_table}, LIMIT/OFFSET inside the
     * sub-query) to which only the page's 50 incumbents are joined. The page's total is the matching count. Before,
     * the screen ran three {@link #list} calls (six statements), each joining every active staff record.
     */
    public StaffingTable staffingTable(String mission, String category, Boolean vacant, PageQuery query) {
        Optional<Set<String>> visible = access.missionsFor(PersonnelPermissions.POSTS_READ, mission);
        StringBuilder where = new StringBuilder(" WHERE p.status = 'ACTIVE'");
        Map<String, Object> params = new HashMap<>();
        visible.ifPresent(m -> {
            where.append(" AND p.mission_code IN (:missions)");
            params.put("missions", m);
        });
        if (category != null && !category.isBlank()) {
            where.append(" AND p.category = :category");
            params.put("category", category);
        }
        String encumbered = "EXISTS (SELECT 1 FROM pers_staff s WHERE s.post_id = p.id AND s.status = 'ACTIVE')";
        long[] counts = jdbc.sql("SELECT COUNT(*), COALESCE(SUM(CASE WHEN " + encumbered + " THEN 0 ELSE 1 END), 0)"
                        + " FROM pers_post p" + where).params(params)
                .query((rs, n) -> new long[] {rs.getLong(1), rs.getLong(2)}).single();
        if (vacant != null) {
            where.append(vacant ? " AND NOT " : " AND ").append(encumbered);
        }
        long total = vacant == null ? counts[0] : vacant ? counts[1] : counts[0] - counts[1];
        String order = query.orderByOr("p.mission_code, p.unit_name, p.post_number");
        List<Post> posts = total == 0 || query.offset() >= total ? List.of()
                : jdbc.sql(SELECT.replace("FROM pers_post p", "FROM (SELECT p.* FROM pers_post p" + where
                                + " ORDER BY " + order + " LIMIT " + query.size() + " OFFSET " + query.offset() + ") p")
                                + " ORDER BY " + order)
                        .params(params).query(PostService::post).list();
        return new StaffingTable(PageResponse.of(posts, query, total), counts[0], counts[1]);
    }

    public Post get(long id) {
        Post p = find(id).orElseThrow(() -> new NotFoundException("Post", id));
        access.require(PersonnelPermissions.POSTS_READ, p.missionCode());
        return p;
    }

    Optional<Post> find(long id) {
        return jdbc.sql(SELECT + " WHERE p.id = ?").param(id).query(PostService::post).optional();
    }

    Optional<Post> findByNumber(String number) {
        return jdbc.sql(SELECT + " WHERE p.post_number = ?").param(number).query(PostService::post).optional();
    }

    // ---- export / import ----

    /** The active posts of a mission as file rows (the import's columns). */
    public List<Map<String, String>> export(String mission) {
        access.require(PersonnelPermissions.POSTS_READ, mission);
        return jdbc.sql(SELECT + " WHERE p.mission_code = ? AND p.status = 'ACTIVE' ORDER BY p.unit_name, p.post_number")
                .param(mission).query(PostService::post).list().stream().map(p -> {
                    Map<String, String> r = new LinkedHashMap<>();
                    r.put("post_number", p.postNumber());
                    r.put("mission", p.missionCode());
                    r.put("unit", p.unitName());
                    r.put("title", p.title());
                    r.put("grade", p.gradeCode());
                    r.put("funding_source", p.fundingSource());
                    r.put("budget_period", p.budgetPeriod());
                    r.put("valid_from", p.validFrom().toString());
                    r.put("valid_to", p.validTo() == null ? "" : p.validTo().toString());
                    r.put("position_code", p.positionCode() == null ? "" : p.positionCode());
                    return r;
                }).toList();
    }

    public record ImportResult(int created, int updated) { }

    /**
     * Imports a staffing table: each row creates the post (by post number) or updates it; the whole file is
     * refused with every row and column problem when any row is wrong, and nothing is stored.
     */
    @Transactional
    public ImportResult importTable(String fileName, byte[] content) {
        String user = access.user();
        TabularFile.Table table = TabularFile.read(fileName, content, "file");
        Set<String> allowed = missions.all().stream().map(m -> m.code())
                .filter(m -> access.may(PersonnelPermissions.POSTS_MANAGE, m)).collect(Collectors.toSet());
        if (allowed.isEmpty()) {
            throw new AccessDeniedException("no " + PersonnelPermissions.POSTS_MANAGE);
        }
        StaffingTableFile.Checked checked = StaffingTableFile.check(table, allowed, grades());
        List<TabularFile.CellProblem> problems = new ArrayList<>(checked.problems());
        int n = 0;
        for (StaffingTableFile.Row row : checked.rows()) {
            n++;
            if (row.positionCode() != null && structure.position(row.positionCode(), row.validFrom()).isEmpty()) {
                problems.add(new TabularFile.CellProblem(null, n, "position_code", "personnel.import.position",
                        row.positionCode()));
            }
            Optional<Post> existing = findByNumber(row.postNumber());
            if (existing.isPresent() && !existing.get().missionCode().equals(row.mission())) {
                problems.add(new TabularFile.CellProblem(null, n, "mission", "personnel.import.otherMission",
                        existing.get().missionCode()));
            }
        }
        TabularFile.refuseIfAny(problems);
        int created = 0;
        int updated = 0;
        List<DataChanged> changes = new ArrayList<>();
        for (StaffingTableFile.Row row : checked.rows()) {
            Optional<Post> existing = findByNumber(row.postNumber());
            if (existing.isEmpty()) {
                long id = insert(user, row.postNumber(), row.mission(), row.unit(), row.positionCode(), row.title(),
                        row.grade(), row.fundingSource(), row.budgetPeriod(), row.validFrom(), row.validTo());
                changes.add(DataChanged.created(POST, id, find(id).orElseThrow()));
                created++;
            } else {
                Post before = existing.get();
                jdbc.sql("""
                        UPDATE pers_post SET unit_name = ?, position_code = ?, title = ?, grade_code = ?, category = ?,
                               funding_source = ?, budget_period = ?, valid_from = ?, valid_to = ?, version = version + 1,
                               modified_by = ?, modified_at = ? WHERE id = ?""")
                        .params(row.unit(), row.positionCode(), row.title(), row.grade(), category(row.grade()),
                                row.fundingSource(), row.budgetPeriod(), row.validFrom(), row.validTo(), user,
                                OffsetDateTime.now(), before.id()).update();
                changes.add(DataChanged.updated(POST, before.id(), before, find(before.id()).orElseThrow()));
                updated++;
            }
        }
        events.publishEvent(new DataChanges(changes));
        return new ImportResult(created, updated);
    }

    String category(String grade) {
        return reference.grade(grade).map(ReferenceData.Grade::category).orElseThrow();
    }

    long insert(String user, String number, String mission, String unit, String position, String title, String grade,
                String funding, String period, LocalDate from, LocalDate to) {
        org.springframework.jdbc.support.GeneratedKeyHolder keys = new org.springframework.jdbc.support.GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO pers_post (post_number, mission_code, unit_name, position_code, title, grade_code, category,
                    funding_source, budget_period, status, valid_from, valid_to, vacant_since, created_by, created_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 'ACTIVE', ?, ?, ?, ?, ?)""")
                .params(number, mission, unit, position, title, grade, category(grade), funding, period, from, to, from,
                        user, OffsetDateTime.now())
                .update(keys, "id");
        long id = keys.getKey().longValue();
        jdbc.sql("INSERT INTO pers_post_vacancy (post_id, vacant_from) VALUES (?, ?)").params(id, from).update();
        return id;
    }

    // ---- requests ----

    public record NewRequest(String kind, String missionCode, Long postId, String unitName, String title,
                             String gradeCode, String fundingSource, String targetMission, String targetUnit,
                             String jobDescription, String justification, LocalDate effectiveOn) { }

    static final String REQUEST_SELECT = """
            SELECT r.*, p.post_number FROM pers_post_request r LEFT JOIN pers_post p ON p.id = r.post_id
            """;

    static PostRequest request(ResultSet rs, int n) throws SQLException {
        OffsetDateTime decided = rs.getObject("decided_at", OffsetDateTime.class);
        Long postId = rs.getObject("post_id") == null ? null : rs.getLong("post_id");
        return new PostRequest(rs.getLong("id"), rs.getString("reference"),
                PostRequest.Kind.valueOf(rs.getString("kind")), PostRequest.Status.valueOf(rs.getString("status")),
                rs.getString("mission_code"), postId, rs.getString("post_number"), rs.getString("unit_name"),
                rs.getString("title"), rs.getString("grade_code"), rs.getString("funding_source"),
                rs.getString("target_mission"), rs.getString("target_unit"), rs.getString("job_description"),
                rs.getString("justification"), rs.getObject("effective_on", LocalDate.class),
                rs.getString("decided_grade"), rs.getString("decision_note"), rs.getString("decided_by"),
                decided == null ? null : decided.toInstant(), rs.getString("delegation_ids"),
                rs.getString("created_by"), rs.getObject("created_at", OffsetDateTime.class).toInstant(),
                rs.getLong("version"));
    }

    public List<PostRequest> requests(String mission, String status) {
        Optional<Set<String>> visible = access.missionsFor(PersonnelPermissions.POSTS_READ, mission);
        StringBuilder where = new StringBuilder(" WHERE 1 = 1");
        Map<String, Object> params = new HashMap<>();
        visible.ifPresent(m -> {
            where.append(" AND r.mission_code IN (:missions)");
            params.put("missions", m);
        });
        if (status != null && !status.isBlank()) {
            where.append(" AND r.status = :status");
            params.put("status", status);
        }
        return jdbc.sql(REQUEST_SELECT + where + " ORDER BY r.created_at DESC, r.id DESC LIMIT 500").params(params)
                .query(PostService::request).list();
    }

    public PostRequest request(long id) {
        PostRequest r = jdbc.sql(REQUEST_SELECT + " WHERE r.id = ?").param(id).query(PostService::request).optional()
                .orElseThrow(() -> new NotFoundException("PostRequest", id));
        access.require(PersonnelPermissions.POSTS_READ, r.missionCode());
        return r;
    }

    @Transactional
    public PostRequest submit(NewRequest in) {
        PostRequest.Kind kind = null;
        try {
            kind = in.kind() == null ? null : PostRequest.Kind.valueOf(in.kind());
        } catch (IllegalArgumentException e) {
            // reported below
        }
        Post post = in.postId() == null ? null : find(in.postId()).orElse(null);
        FieldErrors errors = PostRules.check(kind, post, in.unitName(), in.title(), in.gradeCode(), in.fundingSource(),
                in.targetMission(), in.targetUnit(), in.jobDescription(), in.justification(), grades());
        String mission = post != null ? post.missionCode() : in.missionCode();
        if (kind == PostRequest.Kind.CREATION && (mission == null || missions.find(mission).isEmpty())) {
            errors.add("missionCode", "UnknownMission", "personnel.input.mission", String.valueOf(mission));
        }
        if (in.postId() != null && post == null) {
            errors.add("postId", "Unknown", "personnel.input.post", in.postId());
        }
        if (kind == PostRequest.Kind.REDEPLOYMENT && in.targetMission() != null && !in.targetMission().isBlank()
                && missions.find(in.targetMission()).isEmpty()) {
            errors.add("targetMission", "UnknownMission", "personnel.input.mission", in.targetMission());
        }
        errors.throwIfAny();
        String user = access.require(PersonnelPermissions.POSTS_MANAGE, mission);
        if (kind == PostRequest.Kind.REDEPLOYMENT && in.targetMission() != null && !in.targetMission().isBlank()) {
            access.require(PersonnelPermissions.POSTS_MANAGE, in.targetMission());
        }
        String refusal = PostRules.refusal(kind, post);
        if (refusal != null) {
            throw new BusinessRuleException(refusal, post.postNumber());
        }
        LocalDate effective = in.effectiveOn() == null ? today() : in.effectiveOn();
        String reference = "PR-" + mission + "-" + today().getYear() + "-" + System.nanoTime() % 1_000_000_000L;
        String grade = kind == PostRequest.Kind.CREATION || kind == PostRequest.Kind.RECLASSIFICATION
                ? in.gradeCode() : post.gradeCode();
        jdbc.sql("""
                INSERT INTO pers_post_request (reference, kind, status, mission_code, post_id, unit_name, title,
                    grade_code, funding_source, target_mission, target_unit, job_description, justification,
                    effective_on, created_by, created_at)
                VALUES (?, ?, 'SUBMITTED', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(reference, kind.name(), mission, in.postId(),
                        kind == PostRequest.Kind.CREATION ? in.unitName() : post.unitName(),
                        kind == PostRequest.Kind.CREATION ? in.title() : post.title(), grade,
                        kind == PostRequest.Kind.CREATION ? in.fundingSource() : post.fundingSource(),
                        blankToNull(in.targetMission()), blankToNull(in.targetUnit()), blankToNull(in.jobDescription()),
                        in.justification().strip(), effective, user, OffsetDateTime.now())
                .update();
        PostRequest stored = jdbc.sql(REQUEST_SELECT + " WHERE r.reference = ?").param(reference)
                .query(PostService::request).single();
        events.publishEvent(DataChanged.created(REQUEST, stored.id(), stored));
        return stored;
    }

    /**
     * Approves or rejects a submitted request. An approval (and a rejection: the decision is the delegated
     * authority's either way) needs the decider's live delegation for the request's mission and grade; a refusal
     * is a 422 with the register's reason, and changes nothing. An approved request changes the staffing table.
     */
    @Transactional
    public PostRequest decide(long id, boolean approve, String classifiedGrade, String note) {
        PostRequest r = request(id);
        String decidedGrade = decidedGrade(r, classifiedGrade);
        if (!grades().contains(decidedGrade)) {
            new FieldErrors().add("classifiedGrade", "UnknownGrade", "personnel.input.grade", decidedGrade).throwIfAny();
        }
        Post post = r.postId() == null ? null : find(r.postId()).orElse(null);
        if (approve && r.status() == PostRequest.Status.SUBMITTED) {
            String refusal = PostRules.refusal(r.kind(), post);
            if (refusal != null) {
                throw new BusinessRuleException(refusal, post.postNumber());
            }
        }
        Transitioned<PostRequest.Status> done = workflows.perform(workflow(r), r, approve ? "approve" : "reject",
                TransitionInput.of("note", blankToNull(note)).with("classifiedGrade", blankToNull(classifiedGrade)));
        String user = done.actor();
        if (approve) {
            apply(r, post, decidedGrade, user);
        }
        jdbc.sql("""
                UPDATE pers_post_request SET decided_grade = ?, decision_note = ?, decided_by = ?, decided_at = ?,
                       delegation_ids = ?, modified_by = ?, modified_at = ? WHERE id = ?""")
                .params(decidedGrade, blankToNull(note), user, OffsetDateTime.now(), done.delegationChain() == null
                        ? (done.delegationId() == null ? null : String.valueOf(done.delegationId()))
                        : truncate(done.delegationChain(), 200), user, OffsetDateTime.now(), id)
                .update();
        PostRequest after = request(id);
        events.publishEvent(DataChanged.updated(REQUEST, id, r, after));
        return after;
    }

    static String truncate(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max);
    }

    private void apply(PostRequest r, Post post, String decidedGrade, String user) {
        LocalDate effective = r.effectiveOn();
        switch (r.kind()) {
            case CREATION -> {
                String number = r.missionCode() + "-" + decidedGrade.replace("-", "") + "-" + r.reference()
                        .substring(r.reference().lastIndexOf('-') + 1);
                long postId = insert(user, number, r.missionCode(), r.unitName(), null, r.title(), decidedGrade,
                        r.fundingSource(), budgetPeriod(effective), effective, null);
                jdbc.sql("UPDATE pers_post_request SET post_id = ? WHERE id = ?").params(postId, r.id()).update();
                events.publishEvent(DataChanged.created(POST, postId, find(postId).orElseThrow()));
            }
            case ABOLITION -> changePost(post, user, "status = 'ABOLISHED', valid_to = ?", effective);
            case REDEPLOYMENT -> {
                String mission = r.targetMission() == null ? post.missionCode() : r.targetMission();
                String unit = r.targetUnit() == null ? post.unitName() : r.targetUnit();
                changePost(post, user, "mission_code = ?, unit_name = ?", mission, unit);
            }
            case RECLASSIFICATION -> changePost(post, user, "grade_code = ?, category = ?", decidedGrade,
                    category(decidedGrade));
        }
    }

    private void changePost(Post before, String user, String set, Object... values) {
        List<Object> params = new ArrayList<>(List.of(values));
        params.addAll(List.of(user, OffsetDateTime.now(), before.id(), before.version()));
        int n = jdbc.sql("UPDATE pers_post SET " + set + ", version = version + 1, modified_by = ?, modified_at = ?"
                + " WHERE id = ? AND version = ?").params(params).update();
        if (n != 1) {
            throw new BusinessRuleException("personnel.refused.concurrent", before.postNumber());
        }
        events.publishEvent(DataChanged.updated(POST, before.id(), before, find(before.id()).orElseThrow()));
    }

    /** The UN peacekeeping budget period (1 July – 30 June) of a date, e.g. {@code 2026/27}. */
    public static String budgetPeriod(LocalDate date) {
        int start = date.getMonthValue() >= 7 ? date.getYear() : date.getYear() - 1;
        return start + "/" + String.format("%02d", (start + 1) % 100);
    }

    static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    Instant now() {
        return Instant.now();
    }
}
