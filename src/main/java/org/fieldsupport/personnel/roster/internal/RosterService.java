package org.fieldsupport.personnel.roster.internal;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.fieldsupport.personnel.recruitment.domain.PanelRules;
import org.fieldsupport.personnel.recruitment.internal.RecruitmentAccess;
import org.fieldsupport.personnel.recruitment.internal.RecruitmentClock;
import org.fieldsupport.personnel.recruitment.internal.RecruitmentPermissions;
import org.fieldsupport.platform.api.FieldErrors;
import org.fieldsupport.platform.api.InvalidInputException;
import org.fieldsupport.platform.api.NotFoundException;
import org.fieldsupport.platform.audit.DataChanged;
import org.fieldsupport.platform.work.Assignee;
import org.fieldsupport.platform.work.NewWorkItem;
import org.fieldsupport.platform.work.WorkItems;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Rosters by job code (6.7.b): pools of candidates endorsed by a central review body, each with an availability
 * flag. Candidates appear blind (candidate reference, experience, languages, education, gender), like in
 * assessment. Endorsed candidates not selected are placed on the roster of the opening's job code automatically
 * and told through a notice (a work item addressed to their applicant account).
 */
@Service
public class RosterService {

    public static final Set<String> AVAILABILITY = Set.of("AVAILABLE", "NOT_INTERESTED", "UNAVAILABLE");

    private final JdbcClient jdbc;
    private final RecruitmentAccess access;
    private final WorkItems work;
    private final ApplicationEventPublisher events;
    private final RecruitmentClock clock;

    RosterService(JdbcClient jdbc, RecruitmentAccess access, WorkItems work, ApplicationEventPublisher events,
                  RecruitmentClock clock) {
        this.jdbc = jdbc;
        this.access = access;
        this.work = work;
        this.events = events;
        this.clock = clock;
    }

    public record Roster(long id, String jobCode, String jobFamily, String gradeCode, String functionalTitle,
                         String rosterType, long members, long available, long women) { }

    public record Member(long id, long rosterId, String jobCode, String candidateRef, String gender,
                         BigDecimal totalExperience, String educationLevel, String languages, LocalDate endorsedOn,
                         String endorsingBody, String availability) { }

    static final String ROSTERS = """
            SELECT r.*, (SELECT COUNT(*) FROM rec_roster_member m WHERE m.roster_id = r.id) AS members,
              (SELECT COUNT(*) FROM rec_roster_member m WHERE m.roster_id = r.id AND m.availability = 'AVAILABLE') AS available,
              (SELECT COUNT(*) FROM rec_roster_member m JOIN rec_applicant p ON p.id = m.applicant_id
                 WHERE m.roster_id = r.id AND p.gender = 'F') AS women
            FROM rec_roster r""";

    static Roster roster(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        return new Roster(rs.getLong("id"), rs.getString("job_code"), rs.getString("job_family"),
                rs.getString("grade_code"), rs.getString("functional_title"), rs.getString("roster_type"),
                rs.getLong("members"), rs.getLong("available"), rs.getLong("women"));
    }

    /** Rosters, with their depth (members, available, women), filtered by job family and level. */
    public List<Roster> rosters(String family, String grade) {
        access.require(RecruitmentPermissions.ROSTER_READ, null);
        Map<String, Object> p = new LinkedHashMap<>();
        StringBuilder w = new StringBuilder(" WHERE 1 = 1");
        if (family != null && !family.isBlank()) {
            w.append(" AND r.job_family = :family");
            p.put("family", family.strip().toUpperCase(java.util.Locale.ROOT));
        }
        if (grade != null && !grade.isBlank()) {
            w.append(" AND r.grade_code = :grade");
            p.put("grade", grade.strip());
        }
        return jdbc.sql(ROSTERS + w + " ORDER BY r.job_family, r.grade_code, r.functional_title").params(p)
                .query(RosterService::roster).list();
    }

    public Roster roster(long id) {
        access.require(RecruitmentPermissions.ROSTER_READ, null);
        return jdbc.sql(ROSTERS + " WHERE r.id = ?").param(id).query(RosterService::roster).optional()
                .orElseThrow(() -> new NotFoundException("recruitment.roster", id));
    }

    static final String MEMBERS = """
            SELECT m.id, m.roster_id, r.job_code, a.candidate_ref, a.gender, a.total_experience, a.education_level,
                   a.languages, m.endorsed_on, m.endorsing_body, m.availability
            FROM rec_roster_member m JOIN rec_roster r ON r.id = m.roster_id
            LEFT JOIN rec_application a ON a.id = m.source_application_id""";

    static Member member(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        return new Member(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4), rs.getString(5),
                rs.getBigDecimal(6), rs.getString(7), rs.getString(8), rs.getObject(9, LocalDate.class),
                rs.getString(10), rs.getString(11));
    }

    /** A roster's members, blind. */
    public List<Member> members(long rosterId, String availability) {
        roster(rosterId);
        String w = availability == null || availability.isBlank() ? "" : " AND m.availability = :availability";
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("roster", rosterId);
        if (!w.isEmpty()) {
            p.put("availability", availability.strip());
        }
        return jdbc.sql(MEMBERS + " WHERE m.roster_id = :roster" + w + " ORDER BY m.endorsed_on DESC, m.id").params(p)
                .query(RosterService::member).list();
    }

    /** Available members of rosters of the job family and level (a recruit-from-roster opening's search). */
    public List<Member> search(String family, String grade, BigDecimal minExperience, String language) {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("family", family);
        p.put("grade", grade);
        StringBuilder w = new StringBuilder(" WHERE r.job_family = :family AND r.grade_code = :grade AND m.availability = 'AVAILABLE'");
        if (minExperience != null) {
            w.append(" AND a.total_experience >= :minExp");
            p.put("minExp", minExperience);
        }
        if (language != null && !language.isBlank()) {
            w.append(" AND a.languages LIKE :lang");
            p.put("lang", "%" + language.strip().toLowerCase(java.util.Locale.ROOT) + ":%");
        }
        return jdbc.sql(MEMBERS + w + " ORDER BY a.total_experience DESC, m.id").params(p).query(RosterService::member)
                .list();
    }

    public Member memberById(long memberId) {
        return jdbc.sql(MEMBERS + " WHERE m.id = ?").param(memberId).query(RosterService::member).optional()
                .orElseThrow(() -> new NotFoundException("recruitment.roster-member", memberId));
    }

    /** The roster of the job code, created when absent. */
    @Transactional
    public long ensureRoster(String family, String grade, String title, String rosterType) {
        String code = PanelRules.jobCode(family, grade, title, rosterType);
        return jdbc.sql("SELECT id FROM rec_roster WHERE job_code = ?").param(code).query(Long.class).optional()
                .orElseGet(() -> {
                    jdbc.sql("""
                            INSERT INTO rec_roster (job_code, job_family, grade_code, functional_title, roster_type, created_at)
                            VALUES (?, ?, ?, ?, ?, ?)""").params(code, family, grade, title, rosterType,
                            Timestamp.from(clock.now())).update();
                    long id = jdbc.sql("SELECT id FROM rec_roster WHERE job_code = ?").param(code).query(Long.class).single();
                    events.publishEvent(DataChanged.created("personnel.recruitment.roster", id, Map.of("jobCode", code)));
                    return id;
                });
    }

    /**
     * Places the applicant of an endorsed application on the roster and tells them (a notice through their applicant
     * account: in-app and by e-mail when mail is configured). Idempotent per roster and applicant.
     */
    @Transactional
    public long place(long rosterId, long applicationId, String body, LocalDate endorsedOn) {
        var row = jdbc.sql("""
                SELECT a.applicant_id, a.candidate_ref, p.username FROM rec_application a
                JOIN rec_applicant p ON p.id = a.applicant_id WHERE a.id = ?""").param(applicationId)
                .query((rs, n) -> new Object[] {rs.getLong(1), rs.getString(2), rs.getString(3)}).single();
        long applicant = (Long) row[0];
        var existing = jdbc.sql("SELECT id FROM rec_roster_member WHERE roster_id = ? AND applicant_id = ?")
                .params(rosterId, applicant).query(Long.class).optional();
        if (existing.isPresent()) {
            return existing.get();
        }
        jdbc.sql("""
                INSERT INTO rec_roster_member (roster_id, applicant_id, source_application_id, endorsed_on, endorsing_body,
                    availability) VALUES (?, ?, ?, ?, ?, 'AVAILABLE')""")
                .params(rosterId, applicant, applicationId, endorsedOn, body).update();
        long id = jdbc.sql("SELECT id FROM rec_roster_member WHERE roster_id = ? AND applicant_id = ?")
                .params(rosterId, applicant).query(Long.class).single();
        String jobCode = jdbc.sql("SELECT job_code FROM rec_roster WHERE id = ?").param(rosterId).query(String.class).single();
        events.publishEvent(DataChanged.created("personnel.recruitment.roster-member", id,
                Map.of("roster", jobCode, "candidateRef", row[1])));
        if (row[2] != null) {
            work.open(NewWorkItem.of("personnel.recruitment.rostered", id, (String) row[1], "/careers/my",
                    Assignee.user((String) row[2]), null, "recruitment.notice.rostered", jobCode));
        }
        return id;
    }

    /** Sets a member's availability: the recruiter, or the rostered applicant for their own membership. */
    @Transactional
    public Member setAvailability(long memberId, String availability) {
        if (availability == null || !AVAILABILITY.contains(availability.strip())) {
            throw InvalidInputException.of("availability", "OneOf", "recruitment.input.availability");
        }
        Member m = memberById(memberId);
        String user = access.user();
        String owner = jdbc.sql("""
                SELECT COALESCE(p.username, '') FROM rec_roster_member m JOIN rec_applicant p ON p.id = m.applicant_id WHERE m.id = ?""")
                .param(memberId).query(String.class).optional().orElse(null);
        if (!user.equals(owner)) {
            access.require(RecruitmentPermissions.ROSTER_MANAGE, null);
        }
        jdbc.sql("UPDATE rec_roster_member SET availability = ?, availability_changed = ? WHERE id = ?")
                .params(availability.strip(), Timestamp.from(clock.now()), memberId).update();
        events.publishEvent(DataChanged.updated("personnel.recruitment.roster-member", memberId,
                Map.of("availability", m.availability()), Map.of("availability", availability.strip())));
        return memberById(memberId);
    }

    /** The applicant's own roster memberships. */
    public List<Member> mine() {
        String user = access.require(RecruitmentPermissions.APPLY, null);
        return jdbc.sql(MEMBERS + " JOIN rec_applicant p ON p.id = m.applicant_id WHERE p.username = ? ORDER BY m.id")
                .param(user).query(RosterService::member).list();
    }

    public record NewRoster(String jobFamily, String gradeCode, String functionalTitle, String rosterType) { }

    @Transactional
    public Roster create(NewRoster in) {
        FieldErrors e = new FieldErrors();
        if (in.jobFamily() == null || in.jobFamily().isBlank()) {
            e.add("jobFamily", "Required", "recruitment.input.required");
        }
        if (in.gradeCode() == null || in.gradeCode().isBlank()) {
            e.add("gradeCode", "Required", "recruitment.input.required");
        }
        if (in.functionalTitle() == null || in.functionalTitle().isBlank()) {
            e.add("functionalTitle", "Required", "recruitment.input.required");
        }
        if (in.rosterType() == null || !Set.of("FIELD", "HQ").contains(in.rosterType())) {
            e.add("rosterType", "OneOf", "recruitment.input.rosterType");
        }
        e.throwIfAny();
        access.require(RecruitmentPermissions.ROSTER_MANAGE, null);
        long id = ensureRoster(in.jobFamily().strip().toUpperCase(java.util.Locale.ROOT), in.gradeCode().strip(),
                in.functionalTitle().strip(), in.rosterType());
        return roster(id);
    }

    static void refuse() {
        throw new AccessDeniedException("roster");
    }

    static Instant now() {
        return Instant.now();
    }
}
