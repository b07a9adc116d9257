package org.fieldsupport.oversight.risk.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.fieldsupport.organization.Missions;
import org.fieldsupport.oversight.recommendations.internal.OversightAccess;
import org.fieldsupport.oversight.recommendations.internal.OversightPermissions;
import org.fieldsupport.oversight.recommendations.internal.RecommendationService;
import org.fieldsupport.oversight.risk.domain.RiskRating;
import org.fieldsupport.platform.api.FieldErrors;
import org.fieldsupport.platform.api.NotFoundException;
import org.fieldsupport.platform.audit.DataChanged;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Mission risk management (§5.2.b): a risk register per mission (cause, event, consequence, likelihood × impact,
 * owner, treatments, residual rating, review date) with a heat map, quality-assurance reviews with findings, and the
 * support-related security requirements of §3.5.c (security risk management measures with their compliance status)
 * kept in the same register.
 */
@Service
public class RiskService {

    public enum Kind { RISK, SECURITY }
    public enum Compliance { COMPLIANT, PARTIAL, NON_COMPLIANT }

    public record NewRisk(String missionCode, String kind, String title, String cause, String event, String consequence,
                          Integer likelihood, Integer impact, String owner, String treatments, Integer residualLikelihood,
                          Integer residualImpact, LocalDate reviewOn, String compliance) { }

    public record Risk(long id, String missionCode, String kind, String title, String cause, String event,
                       String consequence, int likelihood, int impact, int score, String level, String owner,
                       String treatments, int residualLikelihood, int residualImpact, int residualScore,
                       String residualLevel, LocalDate reviewOn, boolean reviewOverdue, String compliance) { }

    public record HeatMap(String missionCode, String kind, int[][] inherent, int[][] residual) { }

    public record NewReview(String missionCode, String area, LocalDate reviewedOn, String rating, String findings) { }

    public record Review(long id, String missionCode, String area, LocalDate reviewedOn, String rating, String findings,
                         String reviewer) { }

    private final JdbcClient jdbc;
    private final OversightAccess access;
    private final Missions missions;
    private final ApplicationEventPublisher events;

    RiskService(JdbcClient jdbc, OversightAccess access, Missions missions, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.access = access;
        this.missions = missions;
        this.events = events;
    }

    @Transactional
    public Risk record(NewRisk n, Kind forced) {
        FieldErrors errors = new FieldErrors();
        String mission = mission(n == null ? null : n.missionCode(), errors);
        Kind kind = forced;
        if (n == null || n.title() == null || n.title().isBlank()) errors.add("title", "NotBlank", "oversight.input.required");
        if (n == null || blank(n.cause())) errors.add("cause", "NotBlank", "oversight.input.required");
        if (n == null || blank(n.event())) errors.add("event", "NotBlank", "oversight.input.required");
        if (n == null || blank(n.consequence())) errors.add("consequence", "NotBlank", "oversight.input.required");
        if (n == null || blank(n.owner())) errors.add("owner", "NotBlank", "oversight.input.required");
        for (Object[] f : new Object[][] {{"likelihood", n == null ? null : n.likelihood()}, {"impact", n == null ? null : n.impact()},
                {"residualLikelihood", n == null ? null : n.residualLikelihood()}, {"residualImpact", n == null ? null : n.residualImpact()}}) {
            if (!RiskRating.valid((Integer) f[1])) errors.add((String) f[0], "Range", "oversight.input.scale");
        }
        if (n == null || n.reviewOn() == null) errors.add("reviewOn", "NotNull", "oversight.input.required");
        Compliance compliance = null;
        if (kind == Kind.SECURITY) {
            String c = n == null ? null : n.compliance();
            if (blank(c)) errors.add("compliance", "NotBlank", "oversight.input.required");
            else {
                try {
                    compliance = Compliance.valueOf(c.strip().toUpperCase(Locale.ROOT));
                } catch (IllegalArgumentException e) {
                    errors.add("compliance", "OneOf", "oversight.input.oneOf", "COMPLIANT, PARTIAL, NON_COMPLIANT");
                }
            }
        }
        errors.throwIfAny();
        access.require(OversightPermissions.RISK_MANAGE, mission);
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO ovs_risk (mission_code, kind, title, cause, event, consequence, likelihood, impact, owner, treatments,
                    residual_likelihood, residual_impact, review_on, compliance, recorded_by)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(mission, kind.name(), n.title().strip(), n.cause().strip(), n.event().strip(), n.consequence().strip(),
                        n.likelihood(), n.impact(), n.owner().strip(), blank(n.treatments()) ? null : n.treatments().strip(),
                        n.residualLikelihood(), n.residualImpact(), n.reviewOn(), compliance == null ? null : compliance.name(),
                        access.user()).update(keys, "id");
        long id = keys.getKey().longValue();
        events.publishEvent(DataChanged.created("oversight.risk", id, Map.of("mission", mission, "kind", kind.name())));
        return find(id);
    }

    @Transactional(readOnly = true)
    public List<Risk> list(String missionCode, Kind kind) {
        List<Object> params = new ArrayList<>();
        String where = access.missionFilter(OversightPermissions.RISK_READ, "mission_code", params) + " AND kind = ?";
        params.add(kind.name());
        if (!blank(missionCode)) {
            where += " AND mission_code = ?";
            params.add(missionCode.strip().toUpperCase(Locale.ROOT));
        }
        return jdbc.sql("SELECT id FROM ovs_risk WHERE " + where + " ORDER BY likelihood * impact DESC, id").params(params)
                .query(Long.class).list().stream().map(this::load).toList();
    }

    @Transactional(readOnly = true)
    public HeatMap heatMap(String missionCode, Kind kind) {
        List<Risk> risks = list(missionCode, kind);
        return new HeatMap(blank(missionCode) ? null : missionCode.strip().toUpperCase(Locale.ROOT), kind.name(),
                RiskRating.heatMap(risks.stream().map(r -> new int[] {r.likelihood(), r.impact()}).toList()),
                RiskRating.heatMap(risks.stream().map(r -> new int[] {r.residualLikelihood(), r.residualImpact()}).toList()));
    }

    public Risk find(long id) {
        Risk r = load(id);
        if (!access.may(OversightPermissions.RISK_READ, r.missionCode())) {
            throw new NotFoundException("risk", id);
        }
        return r;
    }

    private Risk load(long id) {
        LocalDate today = RecommendationService.today();
        return jdbc.sql("SELECT id, mission_code, kind, title, cause, event, consequence, likelihood, impact, owner, treatments, "
                        + "residual_likelihood, residual_impact, review_on, compliance FROM ovs_risk WHERE id = ?").param(id)
                .query((rs, n) -> {
                    int l = rs.getInt(8), i = rs.getInt(9), rl = rs.getInt(12), ri = rs.getInt(13);
                    LocalDate review = rs.getObject(14, LocalDate.class);
                    return new Risk(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                            rs.getString(6), rs.getString(7), l, i, RiskRating.score(l, i), RiskRating.level(l, i).name(),
                            rs.getString(10), rs.getString(11), rl, ri, RiskRating.score(rl, ri), RiskRating.level(rl, ri).name(),
                            review, review.isBefore(today), rs.getString(15));
                }).optional().orElseThrow(() -> new NotFoundException("risk", id));
    }

    @Transactional
    public Review review(NewReview n) {
        FieldErrors errors = new FieldErrors();
        String mission = mission(n == null ? null : n.missionCode(), errors);
        if (n == null || blank(n.area())) errors.add("area", "NotBlank", "oversight.input.required");
        if (n == null || n.reviewedOn() == null) errors.add("reviewedOn", "NotNull", "oversight.input.required");
        else if (n.reviewedOn().isAfter(RecommendationService.today())) errors.add("reviewedOn", "PastOrPresent", "oversight.input.future");
        String rating = n == null || n.rating() == null ? "" : n.rating().strip().toUpperCase(Locale.ROOT);
        if (!List.of("SATISFACTORY", "PARTIALLY_SATISFACTORY", "UNSATISFACTORY").contains(rating)) {
            errors.add("rating", "OneOf", "oversight.input.oneOf", "SATISFACTORY, PARTIALLY_SATISFACTORY, UNSATISFACTORY");
        }
        if (n == null || blank(n.findings())) errors.add("findings", "NotBlank", "oversight.input.required");
        errors.throwIfAny();
        access.require(OversightPermissions.RISK_MANAGE, mission);
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO ovs_qa_review (mission_code, area, reviewed_on, rating, findings, reviewer) VALUES (?, ?, ?, ?, ?, ?)")
                .params(mission, n.area().strip(), n.reviewedOn(), rating, n.findings().strip(), access.user()).update(keys, "id");
        long id = keys.getKey().longValue();
        events.publishEvent(DataChanged.created("oversight.qaReview", id, Map.of("mission", mission, "rating", rating)));
        return reviews(mission).stream().filter(r -> r.id() == id).findFirst().orElseThrow();
    }

    @Transactional(readOnly = true)
    public List<Review> reviews(String missionCode) {
        List<Object> params = new ArrayList<>();
        String where = access.missionFilter(OversightPermissions.RISK_READ, "mission_code", params);
        if (!blank(missionCode)) {
            where += " AND mission_code = ?";
            params.add(missionCode.strip().toUpperCase(Locale.ROOT));
        }
        return jdbc.sql("SELECT id, mission_code, area, reviewed_on, rating, findings, reviewer FROM ovs_qa_review WHERE " + where
                        + " ORDER BY reviewed_on DESC, id DESC").params(params)
                .query((rs, n) -> new Review(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getObject(4, LocalDate.class),
                        rs.getString(5), rs.getString(6), rs.getString(7))).list();
    }

    /** Missions whose register the user may read. */
    @Transactional(readOnly = true)
    public List<String> readableMissions() {
        java.util.Set<String> allowed = access.missions(OversightPermissions.RISK_READ);
        return missions.all().stream().map(m -> m.code()).filter(m -> allowed == null || allowed.contains(m)).sorted().toList();
    }

    private String mission(String code, FieldErrors errors) {
        if (blank(code)) {
            errors.add("missionCode", "NotBlank", "oversight.input.required");
            return null;
        }
        String m = code.strip().toUpperCase(Locale.ROOT);
        if (missions.find(m).isEmpty()) errors.add("missionCode", "UnknownMission", "oversight.input.mission");
        return m;
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
