package org.fieldsupport.personnel.leadership.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.fieldsupport.organization.MissionSummary;
import org.fieldsupport.organization.Missions;
import org.fieldsupport.personnel.leadership.domain.TalentRules;
import org.fieldsupport.personnel.leadership.domain.VacancyForecast;
import org.fieldsupport.personnel.staff.internal.StaffService;
import org.fieldsupport.platform.api.BusinessRuleException;
import org.fieldsupport.platform.api.FieldErrors;
import org.fieldsupport.platform.api.NotFoundException;
import org.fieldsupport.platform.audit.DataChanged;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The vacancy forecast of head and deputy-head posts per mission (4.5.a, 6.7.e): senior posts of the staffing
 * tables ({@code pers_post}, grades USG/ASG, or D-2 heads of mission), their incumbents' contract ends
 * ({@code pers_staff}) and the missions' mandate ends and phases (organisation's {@link Missions}); with the
 * succession candidates of the talent pool and the share of women among them.
 */
@Service
public class ForecastService {

    private final JdbcClient jdbc;
    private final Missions missions;
    private final LeadershipAccess access;
    private final ApplicationEventPublisher events;

    ForecastService(JdbcClient jdbc, Missions missions, LeadershipAccess access, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.missions = missions;
        this.access = access;
        this.events = events;
    }

    public record Successor(long id, long talentId, String fullName, String gender, String nationality,
                            String readiness, String note) { }

    public record Line(VacancyForecast.Line vacancy, List<Successor> successors, long women,
                       BigDecimal womenSharePct) { }

    public record MissionCount(String missionCode, long heads, long deputies) { }

    public record Forecast(LocalDate asOf, int months, LocalDate horizon, List<Line> lines, List<MissionCount> byMission,
                           long successors, long womenSuccessors, BigDecimal womenSharePct, long withoutWomanCandidate) { }

    /** Senior posts of the missions (all when {@code visible} is empty), with their current incumbent. */
    List<VacancyForecast.SeniorPost> seniorPosts(Optional<Set<String>> visible) {
        Map<String, Object> params = new HashMap<>();
        String where = visible.map(m -> {
            params.put("missions", m.isEmpty() ? Set.of("-") : m);
            return " AND p.mission_code IN (:missions)";
        }).orElse("");
        return jdbc.sql("""
                SELECT p.id, p.post_number, p.mission_code, p.title, p.grade_code, p.vacant_since,
                       s.full_name, s.gender, s.contract_end
                  FROM pers_post p
                  LEFT JOIN pers_staff s ON s.post_id = p.id AND s.status = 'ACTIVE'
                 WHERE p.status = 'ACTIVE' AND p.grade_code IN ('USG', 'ASG', 'D-2')""" + where
                        + " ORDER BY p.mission_code, p.post_number")
                .params(params)
                .query((rs, n) -> new VacancyForecast.SeniorPost(rs.getLong(1), rs.getString(2), rs.getString(3),
                        rs.getString(4), rs.getString(5), rs.getString(7), rs.getString(8),
                        rs.getObject(9, LocalDate.class), rs.getObject(6, LocalDate.class)))
                .list()
                .stream().filter(p -> VacancyForecast.roleOf(p.gradeCode(), p.title()) != null).toList();
    }

    public Forecast forecast(String mission, Integer months) {
        if (!VacancyForecast.monthsValid(months)) {
            FieldErrors errors = new FieldErrors();
            Inputs.invalid(errors, "months", "Range", "leadership.input.months", VacancyForecast.MIN_MONTHS,
                    VacancyForecast.MAX_MONTHS);
            errors.throwIfAny();
        }
        Optional<Set<String>> visible = access.readableMissions(mission);
        LocalDate today = StaffService.today();
        Map<String, VacancyForecast.MissionFacts> facts = missions.all().stream().collect(Collectors.toMap(
                MissionSummary::code, m -> new VacancyForecast.MissionFacts(m.code(), m.mandateEnd(),
                        m.phase() == null ? null : m.phase().name())));
        List<VacancyForecast.Line> vacancies = VacancyForecast.forecast(seniorPosts(visible), facts, today, months);
        Map<Long, List<Successor>> successors = successors(vacancies.stream().map(VacancyForecast.Line::postId).toList());
        long all = 0;
        long women = 0;
        long withoutWoman = 0;
        List<Line> lines = new java.util.ArrayList<>();
        for (VacancyForecast.Line v : vacancies) {
            List<Successor> s = successors.getOrDefault(v.postId(), List.of());
            long w = s.stream().filter(x -> "F".equals(x.gender())).count();
            all += s.size();
            women += w;
            if (w == 0) {
                withoutWoman++;
            }
            lines.add(new Line(v, s, w, VacancyForecast.share(w, s.size())));
        }
        Map<String, long[]> counts = new java.util.TreeMap<>();
        for (VacancyForecast.Line v : vacancies) {
            long[] c = counts.computeIfAbsent(v.missionCode(), k -> new long[2]);
            c[v.role() == VacancyForecast.Role.HEAD ? 0 : 1]++;
        }
        List<MissionCount> byMission = counts.entrySet().stream()
                .map(e -> new MissionCount(e.getKey(), e.getValue()[0], e.getValue()[1])).toList();
        return new Forecast(today, months, today.plusMonths(months), lines, byMission, all, women,
                VacancyForecast.share(women, all), withoutWoman);
    }

    Map<Long, List<Successor>> successors(List<Long> postIds) {
        if (postIds.isEmpty()) {
            return Map.of();
        }
        return jdbc.sql("""
                SELECT s.id, s.post_id, s.talent_id, t.full_name, t.gender, t.nationality, s.readiness, s.note
                  FROM lead_succession s JOIN lead_talent t ON t.id = s.talent_id
                 WHERE s.post_id IN (:posts) ORDER BY s.readiness, t.full_name""")
                .param("posts", postIds)
                .query((rs, n) -> Map.entry(rs.getLong(2), new Successor(rs.getLong(1), rs.getLong(3), rs.getString(4),
                        rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8))))
                .list().stream().collect(Collectors.groupingBy(Map.Entry::getKey, java.util.LinkedHashMap::new,
                        Collectors.mapping(Map.Entry::getValue, Collectors.toList())));
    }

    /** Adds a talent-pool candidate to the succession plan of a head or deputy-head post. */
    @Transactional
    public Successor addSuccessor(Long postId, Long talentId, String readiness, String note) {
        FieldErrors errors = new FieldErrors();
        if (postId == null) {
            Inputs.required(errors, "postId");
        }
        if (talentId == null) {
            Inputs.required(errors, "talentId");
        }
        if (readiness == null || !TalentRules.READINESS.contains(readiness)) {
            Inputs.invalid(errors, "readiness", "OneOf", "leadership.input.oneOf", String.join(", ", TalentRules.READINESS));
        }
        if (note != null && note.length() > 2000) {
            Inputs.invalid(errors, "note", "Size", "leadership.input.tooLong", 2000);
        }
        errors.throwIfAny();
        String user = access.requireManage();
        var post = jdbc.sql("SELECT grade_code, title FROM pers_post WHERE id = ? AND status = 'ACTIVE'").param(postId)
                .query((rs, n) -> new String[] {rs.getString(1), rs.getString(2)}).optional()
                .orElseThrow(() -> new NotFoundException("Post", postId));
        if (VacancyForecast.roleOf(post[0], post[1]) == null) {
            throw new BusinessRuleException("leadership.succession.notSenior", post[1]);
        }
        if (jdbc.sql("SELECT COUNT(*) FROM lead_talent WHERE id = ?").param(talentId).query(Long.class).single() == 0) {
            throw new NotFoundException("Talent", talentId);
        }
        if (jdbc.sql("SELECT COUNT(*) FROM lead_succession WHERE post_id = ? AND talent_id = ?").params(postId, talentId)
                .query(Long.class).single() > 0) {
            throw new BusinessRuleException("leadership.succession.duplicate");
        }
        jdbc.sql("INSERT INTO lead_succession (post_id, talent_id, readiness, note, created_by, created_at) VALUES (?, ?, ?, ?, ?, ?)")
                .params(postId, talentId, readiness, Inputs.strip(note), user, OffsetDateTime.now()).update();
        Successor s = successors(List.of(postId)).get(postId).stream().filter(x -> x.talentId() == talentId)
                .findFirst().orElseThrow();
        events.publishEvent(DataChanged.created("personnel.leadership-succession", s.id(), s));
        return s;
    }
}
