package org.fieldsupport.geospatial.internal;

import org.fieldsupport.lsd.MissionAccess;
import org.fieldsupport.lsd.Checks;
import org.fieldsupport.platform.api.RuleRefusal;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.fieldsupport.geospatial.domain.MapRules;
import org.fieldsupport.platform.api.FieldErrors;
import org.fieldsupport.platform.api.NotFoundException;
import org.fieldsupport.platform.audit.DataChanged;
import org.fieldsupport.platform.security.Scope;
import org.fieldsupport.platform.work.Assignee;
import org.fieldsupport.platform.work.NewWorkItem;
import org.fieldsupport.platform.work.WorkItems;
import org.fieldsupport.platform.workflow.AvailableAction;
import org.fieldsupport.platform.workflow.TransitionInput;
import org.fieldsupport.platform.workflow.Workflow;
import org.fieldsupport.platform.workflow.Workflows;
import org.fieldsupport.lsd.Flows;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Map requests with clearance before release, and the mission layers. Clearance, rejection and release go through the
 * platform's workflow kit ({@link #FLOW}: permission in the request's mission, version, log, audit, event); the
 * request opens a work item for the mission's GIS officers, the clearance one for the requester to release.
 */
@Service
public class Geospatial {

    static final String ENTITY = "geospatial.map-request";

    public enum Status { REQUESTED, CLEARED, REJECTED, RELEASED }

    public static final Workflow<MapRequest, Status> FLOW = Workflow.define(ENTITY, MapRequest.class, Status.class)
            .id(MapRequest::id).state(r -> Status.valueOf(r.status())).version(MapRequest::version)
            .reference(MapRequest::reference).scope(r -> Scope.mission(r.missionCode()))
            .storedIn("geo_map_request", "id", "status", "version")
            .stateLabels("geospatial.status.")
            .transition("clear", Status.REQUESTED, Status.CLEARED, GeospatialPermissions.CLEAR,
                    t -> t.label("geospatial.action.clear"))
            .transition("reject", Status.REQUESTED, Status.REJECTED, GeospatialPermissions.CLEAR,
                    t -> t.label("geospatial.action.reject"))
            .transition("release", Status.CLEARED, Status.RELEASED, GeospatialPermissions.REQUEST,
                    t -> t.label("geospatial.action.release"))
            .build();

    private final JdbcClient jdbc;
    private final MissionAccess access;
    private final ApplicationEventPublisher events;
    private final Workflows workflows;
    private final WorkItems work;

    Geospatial(JdbcClient jdbc, MissionAccess access, ApplicationEventPublisher events, Workflows workflows,
               WorkItems work) {
        this.jdbc = jdbc;
        this.access = access;
        this.events = events;
        this.workflows = workflows;
        this.work = work;
    }

    public record NewRequest(String missionCode, String product, String title, String purpose, String audience,
                             String content) { }

    /** {@code version}: the request's version the user saw (optional; 409 when it changed since). */
    public record Review(Boolean cleared, String note, Long version) {
        public Review(Boolean cleared, String note) {
            this(cleared, note, null);
        }
    }

    public record MapRequest(long id, String reference, String missionCode, String product, String title, String purpose,
                             String audience, String fingerprint, String status, String clearanceId, String reviewNote,
                             String requestedBy, String clearedBy, Instant releasedAt, long version) { }

    public record NewFeature(String missionCode, String name, String kind, BigDecimal latitude, BigDecimal longitude) { }

    public record Feature(long id, String missionCode, String name, String kind, BigDecimal latitude, BigDecimal longitude) { }

    @Transactional
    public MapRequest request(NewRequest r) {
        access.requireSomewhere(GeospatialPermissions.REQUEST);
        FieldErrors errors = new FieldErrors();
        String mission = Checks.mission(access, errors, "missionCode", r.missionCode());
        Checks.oneOf(errors, "product", r.product(), Set.of("MAP", "TERRAIN_ANALYSIS"));
        Checks.required(errors, "title", r.title());
        Checks.required(errors, "purpose", r.purpose());
        Checks.oneOf(errors, "audience", r.audience(), Set.of("INTERNAL", "PUBLIC", "COUNCIL"));
        Checks.required(errors, "content", r.content());
        errors.throwIfAny();
        String user = access.require(GeospatialPermissions.REQUEST, mission);
        return requestAs(user, mission, r);
    }

    @Transactional
    public MapRequest requestAs(String user, String mission, NewRequest r) {
        String reference = "MAP-" + mission + "-" + Long.toString(System.nanoTime(), 36).toUpperCase();
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO geo_map_request (reference, mission_code, product, title, purpose, audience, content_text,
                    fingerprint, status, requested_by, requested_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, 'REQUESTED', ?, ?)""")
                .params(reference, mission, r.product(), r.title().strip(), r.purpose().strip(), r.audience(),
                        r.content().strip(), MapRules.fingerprint(r.title(), r.content()), user,
                        OffsetDateTime.now(ZoneOffset.UTC)).update(keys, "id");
        long id = keys.getKey().longValue();
        events.publishEvent(DataChanged.created(ENTITY, id, Map.of("title", r.title())));
        work.open(NewWorkItem.of(ENTITY, id, reference, "/geospatial/requests",
                Assignee.role("GIS_OFFICER", Scope.mission(mission)), OffsetDateTime.now(ZoneOffset.UTC).toLocalDate()
                        .plusDays(5), "geospatial.work.clear", reference, r.title().strip()));
        return read(id);
    }

    /** The cartographer's review: cleared (with a clearance id) or rejected; never one's own request. */
    @Transactional
    public MapRequest review(long id, Review v) {
        MapRequest r = read(id);
        if (v.cleared() == null) {
            FieldErrors errors = new FieldErrors().add("cleared", "Required", "lsd.input.required");
            errors.throwIfAny();
        }
        String user = access.require(GeospatialPermissions.CLEAR, r.missionCode());
        MapRules.Refusal refusal = MapRules.mayClear(r.status(), r.requestedBy(), user);
        if (refusal != null) {
            throw new RuleRefusal(refusal == MapRules.Refusal.OWN_REQUEST ? "own-request" : "invalid-transition",
                    "geospatial.refused." + refusal.name(), r.reference(), r.status());
        }
        String clearance = v.cleared() ? "CLR-" + r.fingerprint().substring(0, 12).toUpperCase() : null;
        Flows.perform(workflows, FLOW, r, v.cleared() ? "clear" : "reject",
                TransitionInput.of("note", v.note()).expectingVersion(v.version()), "geospatial.refused.NOT_PENDING");
        jdbc.sql("UPDATE geo_map_request SET clearance_id = ?, review_note = ?, cleared_by = ? WHERE id = ?")
                .params(clearance, v.note(), user, id).update();
        if (v.cleared()) {
            work.open(NewWorkItem.of(ENTITY, id, r.reference(), "/geospatial/requests", Assignee.user(r.requestedBy()),
                    null, "geospatial.work.release", r.reference(), r.title()));
        }
        return read(id);
    }

    /** Release of a cleared map only (422 {@code map-not-cleared} otherwise). */
    @Transactional
    public MapRequest release(long id) {
        return release(id, null);
    }

    @Transactional
    public MapRequest release(long id, Long version) {
        MapRequest r = read(id);
        access.require(GeospatialPermissions.REQUEST, r.missionCode());
        if (MapRules.mayRelease(r.status()) != null) {
            throw new RuleRefusal("map-not-cleared", "geospatial.refused.NOT_CLEARED", r.reference(), r.status());
        }
        Flows.perform(workflows, FLOW, r, "release", TransitionInput.none().expectingVersion(version),
                "geospatial.refused.NOT_CLEARED");
        jdbc.sql("UPDATE geo_map_request SET released_at = ? WHERE id = ?")
                .params(OffsetDateTime.now(ZoneOffset.UTC), id).update();
        return read(id);
    }

    /** The moves the current user may make on the request now (screens: one button each). */
    @Transactional(readOnly = true)
    public List<AvailableAction> actions(MapRequest r) {
        String user = org.fieldsupport.platform.security.CurrentUser.username().orElse("");
        return workflows.actions(FLOW, r).stream()
                .filter(a -> !(user.equals(r.requestedBy()) && ("clear".equals(a.action()) || "reject".equals(a.action()))))
                .toList();
    }

    @Transactional(readOnly = true)
    public MapRequest read(long id) {
        MapRequest r = jdbc.sql("SELECT * FROM geo_map_request WHERE id = ?").param(id).query(Geospatial::map).optional()
                .orElseThrow(() -> new NotFoundException("map request", id));
        if (!access.may(GeospatialPermissions.READ, r.missionCode())) {
            throw new NotFoundException("map request", id);
        }
        return r;
    }

    @Transactional(readOnly = true)
    public List<MapRequest> requests(String mission) {
        List<Object> params = new ArrayList<>();
        String where = MissionAccess.missionFilter("mission_code", access.visible(GeospatialPermissions.READ), params);
        if (mission != null && !mission.isBlank()) {
            where += " AND mission_code = ?";
            params.add(mission.strip().toUpperCase());
        }
        return jdbc.sql("SELECT * FROM geo_map_request WHERE " + where + " ORDER BY id DESC LIMIT 200").params(params)
                .query(Geospatial::map).list();
    }

    private static MapRequest map(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        OffsetDateTime released = rs.getObject("released_at", OffsetDateTime.class);
        return new MapRequest(rs.getLong("id"), rs.getString("reference"), rs.getString("mission_code"),
                rs.getString("product"), rs.getString("title"), rs.getString("purpose"), rs.getString("audience"),
                rs.getString("fingerprint"), rs.getString("status"), rs.getString("clearance_id"),
                rs.getString("review_note"), rs.getString("requested_by"), rs.getString("cleared_by"),
                released == null ? null : released.toInstant(), rs.getLong("version"));
    }

    @Transactional
    public Feature addFeature(NewFeature f) {
        access.requireSomewhere(GeospatialPermissions.CLEAR);
        FieldErrors errors = new FieldErrors();
        String mission = Checks.mission(access, errors, "missionCode", f.missionCode());
        Checks.required(errors, "name", f.name());
        Checks.oneOf(errors, "kind", f.kind(), Set.of("CAMP", "FACILITY", "AIRFIELD", "TEAM_SITE"));
        if (f.latitude() == null || f.latitude().abs().compareTo(BigDecimal.valueOf(90)) > 0) {
            errors.add("latitude", "Range", "geospatial.input.latitude");
        }
        if (f.longitude() == null || f.longitude().abs().compareTo(BigDecimal.valueOf(180)) > 0) {
            errors.add("longitude", "Range", "geospatial.input.longitude");
        }
        errors.throwIfAny();
        String user = access.require(GeospatialPermissions.CLEAR, mission);
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO geo_feature (mission_code, name, kind, latitude, longitude, created_by) VALUES (?, ?, ?, ?, ?, ?)")
                .params(mission, f.name().strip(), f.kind(), f.latitude(), f.longitude(), user).update(keys, "id");
        long id = keys.getKey().longValue();
        events.publishEvent(DataChanged.created("geospatial.feature", id, f));
        return features(mission).stream().filter(x -> x.id() == id).findFirst().orElseThrow();
    }

    @Transactional(readOnly = true)
    public List<Feature> features(String mission) {
        List<Object> params = new ArrayList<>();
        String where = MissionAccess.missionFilter("mission_code", access.visible(GeospatialPermissions.READ), params);
        if (mission != null && !mission.isBlank()) {
            where += " AND mission_code = ?";
            params.add(mission.strip().toUpperCase());
        }
        return jdbc.sql("SELECT * FROM geo_feature WHERE " + where + " ORDER BY mission_code, kind, name").params(params)
                .query((rs, n) -> new Feature(rs.getLong("id"), rs.getString("mission_code"), rs.getString("name"),
                        rs.getString("kind"), rs.getBigDecimal("latitude"), rs.getBigDecimal("longitude"))).list();
    }

    public String svg(String mission, List<Feature> features, String title) {
        return MapRules.svg(mission, features.stream().map(f -> new MapRules.Point(f.name(), f.kind(), f.latitude(),
                f.longitude())).toList(), title);
    }
}
