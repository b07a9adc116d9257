package org.fieldsupport.personnel.hrdata.internal;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.fieldsupport.organization.Missions;
import org.fieldsupport.personnel.shared.PersonnelAccess;
import org.fieldsupport.personnel.shared.PersonnelPermissions;
import org.fieldsupport.platform.api.FieldErrors;
import org.fieldsupport.platform.audit.DataChanged;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * HR guidance published to missions in EN and FR (until the guidance module exists): policy advice on the Staff
 * Regulations and Rules (6.5.a, 6.5.d, 2.1.c), notices on conditions of service (6.5.g), training material for
 * newly recruited HR specialists (6.6.f) and published figures (6.6.c). Every signed-in user reads them.
 */
@Service
public class GuidanceService {

    public static final Set<String> KINDS = Set.of("POLICY_ADVICE", "CONDITIONS_OF_SERVICE", "TRAINING", "FIGURES");

    private final JdbcClient jdbc;
    private final PersonnelAccess access;
    private final Missions missions;
    private final ApplicationEventPublisher events;

    GuidanceService(JdbcClient jdbc, PersonnelAccess access, Missions missions, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.access = access;
        this.missions = missions;
        this.events = events;
    }

    public record Guidance(long id, String kind, String missionCode, String titleEn, String titleFr, String bodyEn,
                           String bodyFr, String publishedBy, Instant publishedAt) {
        public String title(Locale l) {
            return l != null && "fr".equals(l.getLanguage()) ? titleFr : titleEn;
        }

        public String body(Locale l) {
            return l != null && "fr".equals(l.getLanguage()) ? bodyFr : bodyEn;
        }
    }

    public List<Guidance> list(String kind, String mission) {
        access.user();
        StringBuilder where = new StringBuilder(" WHERE 1 = 1");
        Map<String, Object> params = new HashMap<>();
        if (kind != null && !kind.isBlank()) {
            where.append(" AND kind = :kind");
            params.put("kind", kind);
        }
        if (mission != null && !mission.isBlank()) {
            where.append(" AND (mission_code IS NULL OR mission_code = :mission)");
            params.put("mission", mission);
        }
        return jdbc.sql("SELECT * FROM pers_guidance" + where + " ORDER BY published_at DESC, id DESC LIMIT 200")
                .params(params)
                .query((rs, n) -> new Guidance(rs.getLong("id"), rs.getString("kind"), rs.getString("mission_code"),
                        rs.getString("title_en"), rs.getString("title_fr"), rs.getString("body_en"),
                        rs.getString("body_fr"), rs.getString("published_by"),
                        rs.getObject("published_at", OffsetDateTime.class).toInstant()))
                .list();
    }

    public record NewGuidance(String kind, String missionCode, String titleEn, String titleFr, String bodyEn,
                              String bodyFr) { }

    @Transactional
    public Guidance publish(NewGuidance in) {
        FieldErrors errors = new FieldErrors();
        if (in.kind() == null || !KINDS.contains(in.kind()) || "FIGURES".equals(in.kind())) {
            errors.add("kind", "OneOf", "personnel.guidance.input.kind");
        }
        String mission = in.missionCode() == null || in.missionCode().isBlank() ? null : in.missionCode().strip();
        if (mission != null && missions.find(mission).isEmpty()) {
            errors.add("missionCode", "UnknownMission", "personnel.input.mission", mission);
        }
        for (Map.Entry<String, String> f : Map.of("titleEn", String.valueOf(in.titleEn()), "titleFr",
                String.valueOf(in.titleFr()), "bodyEn", String.valueOf(in.bodyEn()), "bodyFr",
                String.valueOf(in.bodyFr())).entrySet()) {
            if (f.getValue().isBlank() || "null".equals(f.getValue())) {
                errors.add(f.getKey(), "Required", "personnel.input.required");
            } else if (f.getValue().length() > (f.getKey().startsWith("title") ? 200 : 8000)) {
                errors.add(f.getKey(), "Size", "personnel.input.tooLong", f.getKey().startsWith("title") ? 200 : 8000);
            }
        }
        errors.throwIfAny();
        String user = access.require(PersonnelPermissions.GUIDANCE_PUBLISH, mission);
        org.springframework.jdbc.support.GeneratedKeyHolder keys = new org.springframework.jdbc.support.GeneratedKeyHolder();
        jdbc.sql("INSERT INTO pers_guidance (kind, mission_code, title_en, title_fr, body_en, body_fr, published_by,"
                        + " published_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")
                .params(in.kind(), mission, in.titleEn().strip(), in.titleFr().strip(), in.bodyEn().strip(),
                        in.bodyFr().strip(), user, OffsetDateTime.now()).update(keys, "id");
        long id = keys.getKey().longValue();
        Guidance g = list(null, null).stream().filter(x -> x.id() == id).findFirst()
                .orElseGet(() -> new Guidance(id, in.kind(), mission, in.titleEn(), in.titleFr(), in.bodyEn(), in.bodyFr(),
                        user, Instant.now()));
        events.publishEvent(DataChanged.created("personnel.guidance", id, g));
        return g;
    }
}
