package org.fieldsupport.conduct.prevention.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.fieldsupport.conduct.cases.internal.ConductAccess;
import org.fieldsupport.conduct.cases.internal.ConductPermissions;
import org.fieldsupport.conduct.prevention.domain.ActivityKind;
import org.fieldsupport.conduct.prevention.domain.Prong;
import org.fieldsupport.conduct.prevention.domain.StrategyScore;
import org.fieldsupport.conduct.statistics.internal.StatisticsService;
import org.fieldsupport.guidance.PolicyLinks;
import org.fieldsupport.guidance.TrainingRecords;
import org.fieldsupport.organization.Missions;
import org.fieldsupport.platform.api.FieldErrors;
import org.fieldsupport.platform.audit.DataChanged;
import org.fieldsupport.platform.security.Scope;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The three-pronged strategy per mission (§5.7.a–b, f, h): objectives with indicators, prevention and remedial
 * activities (risk assessments, awareness, mandatory training with completion), and the policies, guidance and
 * training programmes issued (§5.7.c). Enforcement is shown through the published statistics only, so the
 * strategy view never reveals a count that need-to-know would hide.
 */
@Service
public class PreventionService {

    public record NewObjective(String missionCode, String prong, Integer year, String objective, String indicator,
                               Integer target, Integer actual) { }

    public record NewActivity(String missionCode, String kind, String title, LocalDate heldOn, Integer participants,
                              Integer completionPercent) { }

    public record NewPolicy(String kind, String reference, String titleEn, String titleFr, LocalDate issuedOn,
                            String audience) { }

    public record Objective(long id, String missionCode, String prong, int year, String objective, String indicator,
                            int target, int actual) { }

    public record Activity(long id, String missionCode, String prong, String kind, String title, LocalDate heldOn,
                           int participants, Integer completionPercent) { }

    public record Policy(long id, String kind, String reference, String titleEn, String titleFr, LocalDate issuedOn,
                         String audience) {
        public String title(Locale locale) { return "fr".equals(locale.getLanguage()) ? titleFr : titleEn; }
    }

    public record ProngSummary(String prong, BigDecimal achievementPercent, int activities, int participants) { }

    public record Strategy(String missionCode, int year, List<ProngSummary> prongs, List<Objective> objectives,
                           List<Activity> activities, Integer trainingCompletionPercent,
                           StatisticsService.Cell publishedAllegations, int victimAssistanceReferrals,
                           TrainingRecords.MandatoryCompletion mandatoryTraining) { }

    public enum PolicyKind { POLICY, SOP, GUIDANCE, BEST_PRACTICE, TRAINING_PROGRAMME }

    private final JdbcClient jdbc;
    private final ConductAccess access;
    private final Missions missions;
    private final StatisticsService statistics;
    private final ApplicationEventPublisher events;
    private final org.springframework.beans.factory.ObjectProvider<PolicyLinks> library;
    private final org.springframework.beans.factory.ObjectProvider<TrainingRecords> trainingRecords;
    private final List<String> mandatoryCourses;

    /** The procedure of the guidance library's policy links that conduct policies hang on. */
    public static final String LIBRARY_PROCEDURE = "conduct-policies";

    PreventionService(JdbcClient jdbc, ConductAccess access, Missions missions, StatisticsService statistics,
                      ApplicationEventPublisher events, org.springframework.beans.factory.ObjectProvider<PolicyLinks> library,
                      org.springframework.beans.factory.ObjectProvider<TrainingRecords> trainingRecords,
                      @org.springframework.beans.factory.annotation.Value("${fsp.conduct.mandatory-courses:SEA-PREV}") List<String> mandatoryCourses) {
        this.library = library;
        this.trainingRecords = trainingRecords;
        this.mandatoryCourses = List.copyOf(mandatoryCourses);
        this.jdbc = jdbc;
        this.access = access;
        this.missions = missions;
        this.statistics = statistics;
        this.events = events;
    }

    @Transactional
    public Objective addObjective(NewObjective o) {
        FieldErrors errors = new FieldErrors();
        String mission = mission(o == null ? null : o.missionCode(), errors);
        Prong prong = parse(Prong.class, o == null ? null : o.prong(), "prong", errors);
        if (o == null || o.year() == null || o.year() < 2007 || o.year() > 2100) errors.add("year", "Range", "conduct.input.year", 2007, 2100);
        if (o == null || blank(o.objective())) errors.add("objective", "NotBlank", "conduct.input.required");
        if (o == null || blank(o.indicator())) errors.add("indicator", "NotBlank", "conduct.input.required");
        if (o == null || o.target() == null || o.target() < 1) errors.add("target", "Positive", "conduct.input.positive");
        if (o != null && o.actual() != null && o.actual() < 0) errors.add("actual", "PositiveOrZero", "conduct.input.positive");
        errors.throwIfAny();
        access.require(ConductPermissions.PREVENTION_MANAGE, Scope.mission(mission));
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        int actual = o.actual() == null ? 0 : o.actual();
        jdbc.sql("INSERT INTO conduct_objective (mission_code, prong, plan_year, objective, indicator, target_value, actual_value) VALUES (?, ?, ?, ?, ?, ?, ?)")
                .params(mission, prong.name(), o.year(), o.objective().strip(), o.indicator().strip(), o.target(), actual)
                .update(keys, "id");
        long id = keys.getKey().longValue();
        Objective saved = new Objective(id, mission, prong.name(), o.year(), o.objective().strip(), o.indicator().strip(), o.target(), actual);
        events.publishEvent(DataChanged.created("conduct.objective", id, saved));
        return saved;
    }

    @Transactional
    public Activity addActivity(NewActivity a) {
        FieldErrors errors = new FieldErrors();
        String mission = mission(a == null ? null : a.missionCode(), errors);
        ActivityKind kind = parse(ActivityKind.class, a == null ? null : a.kind(), "kind", errors);
        if (a == null || blank(a.title())) errors.add("title", "NotBlank", "conduct.input.required");
        if (a == null || a.heldOn() == null) errors.add("heldOn", "NotNull", "conduct.input.required");
        else if (a.heldOn().isAfter(LocalDate.now())) errors.add("heldOn", "PastOrPresent", "conduct.input.future");
        if (a == null || a.participants() == null || a.participants() < 0) errors.add("participants", "PositiveOrZero", "conduct.input.positive");
        if (a != null && a.completionPercent() != null && (a.completionPercent() < 0 || a.completionPercent() > 100)) {
            errors.add("completionPercent", "Range", "conduct.input.percent");
        }
        if (a != null && kind == ActivityKind.TRAINING && a.completionPercent() == null) {
            errors.add("completionPercent", "NotNull", "conduct.input.required");
        }
        errors.throwIfAny();
        access.require(ConductPermissions.PREVENTION_MANAGE, Scope.mission(mission));
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO conduct_activity (mission_code, prong, kind, title, held_on, participants, completion_percent, recorded_by) "
                        + "VALUES (?, ?, ?, ?, ?, ?, ?, ?)")
                .params(mission, kind.prong().name(), kind.name(), a.title().strip(), a.heldOn(), a.participants(),
                        a.completionPercent(), access.user()).update(keys, "id");
        long id = keys.getKey().longValue();
        Activity saved = new Activity(id, mission, kind.prong().name(), kind.name(), a.title().strip(), a.heldOn(),
                a.participants(), a.completionPercent());
        events.publishEvent(DataChanged.created("conduct.activity", id, saved));
        return saved;
    }

    @Transactional
    public Policy issuePolicy(NewPolicy p) {
        FieldErrors errors = new FieldErrors();
        PolicyKind kind = parse(PolicyKind.class, p == null ? null : p.kind(), "kind", errors);
        if (p == null || blank(p.reference())) errors.add("reference", "NotBlank", "conduct.input.required");
        else if (jdbc.sql("SELECT COUNT(*) FROM conduct_policy WHERE reference = ?").param(p.reference().strip())
                .query(Long.class).single() > 0) errors.add("reference", "Unique", "conduct.input.duplicateReference");
        if (p == null || blank(p.titleEn())) errors.add("titleEn", "NotBlank", "conduct.input.required");
        if (p == null || blank(p.titleFr())) errors.add("titleFr", "NotBlank", "conduct.input.required");
        if (p == null || p.issuedOn() == null) errors.add("issuedOn", "NotNull", "conduct.input.required");
        String audience = p == null || blank(p.audience()) ? "ALL" : p.audience().strip().toUpperCase(Locale.ROOT);
        if (!"ALL".equals(audience)) {
            for (String m : audience.split(",")) {
                if (missions.find(m.strip()).isEmpty()) errors.add("audience", "UnknownMission", "conduct.input.mission");
            }
        }
        errors.throwIfAny();
        access.require(ConductPermissions.RECONCILE, Scope.department());
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO conduct_policy (kind, reference, title_en, title_fr, issued_on, audience, issued_by) VALUES (?, ?, ?, ?, ?, ?, ?)")
                .params(kind.name(), p.reference().strip(), p.titleEn().strip(), p.titleFr().strip(), p.issuedOn(), audience,
                        access.user()).update(keys, "id");
        long id = keys.getKey().longValue();
        Policy saved = new Policy(id, kind.name(), p.reference().strip(), p.titleEn().strip(), p.titleFr().strip(),
                p.issuedOn(), audience);
        events.publishEvent(DataChanged.created("conduct.policy", id, saved));
        return saved;
    }

    @Transactional(readOnly = true)
    public List<Policy> policies(String kind) {
        access.requireAnywhere(ConductPermissions.PREVENTION_READ);
        return jdbc.sql("SELECT id, kind, reference, title_en, title_fr, issued_on, audience FROM conduct_policy "
                        + "WHERE (CAST(? AS VARCHAR(30)) IS NULL OR kind = ?) ORDER BY issued_on DESC, id DESC")
                .params(blank(kind) ? null : kind, blank(kind) ? null : kind)
                .query((rs, n) -> new Policy(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getString(5), rs.getObject(6, LocalDate.class), rs.getString(7))).list();
    }

    /** The guidance library's policies linked to conduct (the policy in force, from the library itself). */
    @Transactional(readOnly = true)
    public List<PolicyLinks.PolicyReference> libraryPolicies() {
        access.requireAnywhere(ConductPermissions.PREVENTION_READ);
        PolicyLinks links = library.getIfAvailable();
        return links == null ? List.of() : links.linksFor("conduct", LIBRARY_PROCEDURE);
    }

    /** Headquarters links a policy of the guidance library (by its code) to conduct and discipline. */
    @Transactional
    public List<PolicyLinks.PolicyReference> linkLibraryPolicy(String code) {
        PolicyLinks links = library.getIfAvailable();
        if (blank(code) || links == null || links.policy(code.strip()).isEmpty()) {
            new FieldErrors().add("code", "UnknownPolicy", "conduct.input.libraryPolicy").throwIfAny();
        }
        access.require(ConductPermissions.RECONCILE, Scope.department());
        links.link(code.strip(), "conduct", LIBRARY_PROCEDURE, "Conduct and discipline policies");
        events.publishEvent(DataChanged.created("conduct.libraryLink", code.strip(), Map.of("code", code.strip())));
        return links.linksFor("conduct", LIBRARY_PROCEDURE);
    }

    /** Missions the user may follow (prevention.read): all when held at department scope. */
    @Transactional(readOnly = true)
    public List<String> followedMissions() {
        Set<String> allowed = access.missionsWith(ConductPermissions.PREVENTION_READ);
        List<String> all = missions.all().stream().map(m -> m.code()).sorted().toList();
        return allowed == null ? all : all.stream().filter(allowed::contains).toList();
    }

    @Transactional(readOnly = true)
    public Strategy strategy(String missionCode, int year, Locale locale) {
        FieldErrors errors = new FieldErrors();
        String mission = mission(missionCode, errors);
        errors.throwIfAny();
        access.require(ConductPermissions.PREVENTION_READ, Scope.mission(mission));
        List<Objective> objectives = jdbc.sql("SELECT id, mission_code, prong, plan_year, objective, indicator, target_value, actual_value "
                        + "FROM conduct_objective WHERE mission_code = ? AND plan_year = ? ORDER BY prong, id").params(mission, year)
                .query((rs, n) -> new Objective(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getInt(4),
                        rs.getString(5), rs.getString(6), rs.getInt(7), rs.getInt(8))).list();
        List<Activity> activities = jdbc.sql("SELECT id, mission_code, prong, kind, title, held_on, participants, completion_percent "
                        + "FROM conduct_activity WHERE mission_code = ? AND held_on BETWEEN ? AND ? ORDER BY held_on DESC, id DESC")
                .params(mission, LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31))
                .query((rs, n) -> new Activity(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getString(5), rs.getObject(6, LocalDate.class), rs.getInt(7), (Integer) rs.getObject(8, Integer.class))).list();
        List<StrategyScore.Objective> scored = objectives.stream()
                .map(o -> new StrategyScore.Objective(Prong.valueOf(o.prong()), o.target(), o.actual())).toList();
        List<ProngSummary> prongs = new ArrayList<>();
        for (Prong p : Prong.values()) {
            List<Activity> mine = activities.stream().filter(a -> a.prong().equals(p.name())).toList();
            prongs.add(new ProngSummary(p.name(), StrategyScore.achievementPercent(scored, p), mine.size(),
                    mine.stream().mapToInt(Activity::participants).sum()));
        }
        // mandatory-training completion from the guidance module's training records (courses of
        // fsp.conduct.mandatory-courses where mandatory for the person's role), no longer from recorded activities
        TrainingRecords records = trainingRecords.getIfAvailable();
        TrainingRecords.MandatoryCompletion mandatory = records == null ? null
                : records.mandatoryCompletion(mission, mandatoryCourses);
        Integer completion = mandatory == null ? null : mandatory.percent();
        StatisticsService.Table published = statistics.publish(year, StatisticsService.By.MISSION, locale);
        StatisticsService.Cell cell = published.cells().stream().filter(c -> c.key().equals(mission)).findFirst()
                .orElse(new StatisticsService.Cell(mission, mission, 0L, false));
        int referrals = (int) activities.stream().filter(a -> a.kind().equals("VICTIM_ASSISTANCE_REFERRAL"))
                .mapToInt(Activity::participants).sum();
        return new Strategy(mission, year, prongs, objectives, activities, completion, cell, referrals, mandatory);
    }

    private String mission(String code, FieldErrors errors) {
        if (blank(code)) {
            errors.add("missionCode", "NotBlank", "conduct.input.required");
            return null;
        }
        String m = code.strip().toUpperCase(Locale.ROOT);
        if (missions.find(m).isEmpty()) {
            errors.add("missionCode", "UnknownMission", "conduct.input.mission");
        }
        return m;
    }

    private static <E extends Enum<E>> E parse(Class<E> type, String value, String field, FieldErrors errors) {
        if (blank(value)) {
            errors.add(field, "NotBlank", "conduct.input.required");
            return null;
        }
        try {
            return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            errors.add(field, "OneOf", "conduct.input.oneOf", String.join(", ",
                    java.util.Arrays.stream(type.getEnumConstants()).map(Enum::name).toList()));
            return null;
        }
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

}
