package org.fieldsupport.oversight.engagement.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.fieldsupport.organization.Missions;
import org.fieldsupport.oversight.engagement.domain.EngagementPhase;
import org.fieldsupport.oversight.recommendations.internal.OversightAccess;
import org.fieldsupport.oversight.recommendations.internal.OversightPermissions;
import org.fieldsupport.oversight.recommendations.internal.RecommendationService;
import org.fieldsupport.platform.api.BusinessRuleException;
import org.fieldsupport.platform.api.FieldErrors;
import org.fieldsupport.platform.api.NotFoundException;
import org.fieldsupport.platform.audit.DataChanged;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Cooperation with oversight bodies (§5.9.b): audit engagements, their phases, deadlines and focal points. */
@Service
public class EngagementService {

    public record NewEngagement(String body, String title, String missionCode, LocalDate announcedOn, String focalPoint) { }

    public record Advance(LocalDate on, LocalDate until, LocalDate commentsDueOn) { }

    public record Engagement(long id, String body, String title, String missionCode, String phase, LocalDate announcedOn,
                             LocalDate fieldworkStart, LocalDate fieldworkEnd, LocalDate draftReportOn,
                             LocalDate commentsDueOn, LocalDate finalReportOn, String focalPoint, boolean commentsOverdue) { }

    private final JdbcClient jdbc;
    private final OversightAccess access;
    private final Missions missions;
    private final ApplicationEventPublisher events;

    EngagementService(JdbcClient jdbc, OversightAccess access, Missions missions, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.access = access;
        this.missions = missions;
        this.events = events;
    }

    @Transactional
    public Engagement create(NewEngagement n) {
        FieldErrors errors = new FieldErrors();
        String body = n == null || n.body() == null ? "" : n.body().strip().toUpperCase(Locale.ROOT);
        if (!List.of("OIOS", "BOA", "JIU", "ACABQ").contains(body)) errors.add("body", "OneOf", "oversight.input.oneOf", "OIOS, BOA, JIU, ACABQ");
        if (n == null || n.title() == null || n.title().isBlank()) errors.add("title", "NotBlank", "oversight.input.required");
        if (n == null || n.announcedOn() == null) errors.add("announcedOn", "NotNull", "oversight.input.required");
        if (n == null || n.focalPoint() == null || n.focalPoint().isBlank()) errors.add("focalPoint", "NotBlank", "oversight.input.required");
        String mission = null;
        if (n != null && n.missionCode() != null && !n.missionCode().isBlank()) {
            mission = n.missionCode().strip().toUpperCase(Locale.ROOT);
            if (missions.find(mission).isEmpty()) errors.add("missionCode", "UnknownMission", "oversight.input.mission");
        }
        errors.throwIfAny();
        access.require(OversightPermissions.ENGAGEMENT_MANAGE, mission);
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO ovs_engagement (body, title, mission_code, phase, announced_on, focal_point) VALUES (?, ?, ?, 'ANNOUNCED', ?, ?)")
                .params(body, n.title().strip(), mission, n.announcedOn(), n.focalPoint().strip()).update(keys, "id");
        long id = keys.getKey().longValue();
        events.publishEvent(DataChanged.created("oversight.engagement", id, Map.of("phase", "ANNOUNCED")));
        return find(id);
    }

    /** Moves to the next phase, recording its date (and the fieldwork end or the comments deadline). */
    @Transactional
    public Engagement advance(long id, Advance a) {
        Engagement e = find(id);
        EngagementPhase from = EngagementPhase.valueOf(e.phase());
        EngagementPhase to = from.next().orElseThrow(() -> new BusinessRuleException("oversight.engagement.refused.final", e.title()));
        FieldErrors errors = new FieldErrors();
        if (a == null || a.on() == null) errors.add("on", "NotNull", "oversight.input.required");
        else if (a.on().isBefore(e.announcedOn())) errors.add("on", "AfterAnnouncement", "oversight.input.beforeAnnouncement");
        if (to == EngagementPhase.MANAGEMENT_COMMENTS && (a == null || a.commentsDueOn() == null)) {
            errors.add("commentsDueOn", "NotNull", "oversight.input.required");
        }
        errors.throwIfAny();
        access.require(OversightPermissions.ENGAGEMENT_MANAGE, e.missionCode());
        switch (to) {
            case FIELDWORK -> jdbc.sql("UPDATE ovs_engagement SET phase = ?, fieldwork_start = ?, fieldwork_end = ? WHERE id = ?")
                    .params(to.name(), a.on(), a.until(), id).update();
            case DRAFT_REPORT -> jdbc.sql("UPDATE ovs_engagement SET phase = ?, draft_report_on = ?, fieldwork_end = COALESCE(fieldwork_end, ?) WHERE id = ?")
                    .params(to.name(), a.on(), a.on(), id).update();
            case MANAGEMENT_COMMENTS -> jdbc.sql("UPDATE ovs_engagement SET phase = ?, comments_due_on = ? WHERE id = ?")
                    .params(to.name(), a.commentsDueOn(), id).update();
            case FINAL -> jdbc.sql("UPDATE ovs_engagement SET phase = ?, final_report_on = ? WHERE id = ?")
                    .params(to.name(), a.on(), id).update();
            default -> throw new IllegalStateException();
        }
        events.publishEvent(DataChanged.updated("oversight.engagement", id, Map.of("phase", from.name()), Map.of("phase", to.name())));
        return find(id);
    }

    @Transactional(readOnly = true)
    public List<Engagement> list() {
        List<Object> params = new ArrayList<>();
        String where = access.missionFilter(OversightPermissions.READ, "mission_code", params);
        return jdbc.sql("SELECT id FROM ovs_engagement WHERE " + where + " ORDER BY announced_on DESC, id DESC").params(params)
                .query(Long.class).list().stream().map(this::load).toList();
    }

    public Engagement find(long id) {
        Engagement e = load(id);
        if (!access.may(OversightPermissions.READ, e.missionCode())) {
            throw new NotFoundException("engagement", id);
        }
        return e;
    }

    private Engagement load(long id) {
        LocalDate today = RecommendationService.today();
        return jdbc.sql("SELECT id, body, title, mission_code, phase, announced_on, fieldwork_start, fieldwork_end, draft_report_on, "
                        + "comments_due_on, final_report_on, focal_point FROM ovs_engagement WHERE id = ?").param(id)
                .query((rs, n) -> {
                    LocalDate due = rs.getObject(10, LocalDate.class);
                    String phase = rs.getString(5);
                    return new Engagement(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), phase,
                            rs.getObject(6, LocalDate.class), rs.getObject(7, LocalDate.class), rs.getObject(8, LocalDate.class),
                            rs.getObject(9, LocalDate.class), due, rs.getObject(11, LocalDate.class), rs.getString(12),
                            "MANAGEMENT_COMMENTS".equals(phase) && due != null && due.isBefore(today));
                }).optional().orElseThrow(() -> new NotFoundException("engagement", id));
    }
}
