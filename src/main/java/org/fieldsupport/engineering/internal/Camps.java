package org.fieldsupport.engineering.internal;

import org.fieldsupport.lsd.MissionAccess;
import org.fieldsupport.lsd.Checks;
import org.fieldsupport.lsd.RuleRefusal;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.fieldsupport.engineering.domain.CampRules;
import org.fieldsupport.platform.api.FieldErrors;
import org.fieldsupport.platform.api.InvalidInputException;
import org.fieldsupport.platform.api.NotFoundException;
import org.fieldsupport.platform.audit.DataChanged;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Camps (capacity against personnel), their works projects and utilities readings. */
@Service
public class Camps {

    private final JdbcClient jdbc;
    private final MissionAccess access;
    private final ApplicationEventPublisher events;

    Camps(JdbcClient jdbc, MissionAccess access, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.access = access;
        this.events = events;
    }

    public record NewCamp(String missionCode, String name, Integer capacity, Integer personnel) { }

    public record NewProject(String title, BigDecimal budget) { }

    public record ProjectChange(String phase, BigDecimal spent) { }

    public record NewReading(String kind, LocalDate readOn, BigDecimal meter) { }

    public record Project(long id, String title, String phase, String budget, String spent, boolean overBudget) { }

    public record Reading(String kind, LocalDate readOn, String meter, String perPersonPerDay) { }

    public record Camp(long id, String missionCode, String name, int capacity, int personnel, String occupancyPercent,
                       boolean overCapacity, List<Project> projects, List<Reading> readings) { }

    @Transactional
    public Camp addCamp(NewCamp c) {
        FieldErrors errors = new FieldErrors();
        String mission = Checks.mission(access, errors, "missionCode", c.missionCode());
        Checks.required(errors, "name", c.name());
        Checks.positive(errors, "capacity", c.capacity());
        if (c.personnel() == null || c.personnel() < 0) {
            errors.add("personnel", "Min", "lsd.input.notNegative");
        }
        errors.throwIfAny();
        String user = access.require(EngineeringPermissions.MANAGE, mission);
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO eng_camp (mission_code, name, capacity, personnel, created_by) VALUES (?, ?, ?, ?, ?)")
                .params(mission, c.name().strip(), c.capacity(), c.personnel(), user).update(keys, "id");
        long id = keys.getKey().longValue();
        events.publishEvent(DataChanged.created("engineering.camp", id, c));
        return camp(id);
    }

    @Transactional
    public Camp addProject(long campId, NewProject p) {
        Camp c = camp(campId);
        FieldErrors errors = new FieldErrors();
        Checks.required(errors, "title", p.title());
        Checks.money(errors, "budget", p.budget());
        errors.throwIfAny();
        String user = access.require(EngineeringPermissions.MANAGE, c.missionCode());
        jdbc.sql("INSERT INTO eng_project (camp_id, title, phase, budget, spent, created_by) VALUES (?, ?, 'DESIGN', ?, 0, ?)")
                .params(campId, p.title().strip(), p.budget().setScale(2, RoundingMode.HALF_EVEN), user).update();
        events.publishEvent(DataChanged.created("engineering.project", campId, p));
        return camp(campId);
    }

    /** The next phase in order (422 otherwise) and/or the amount spent to date. */
    @Transactional
    public Camp changeProject(long projectId, ProjectChange ch) {
        var row = jdbc.sql("SELECT camp_id, phase FROM eng_project WHERE id = ?").param(projectId)
                .query((rs, n) -> new Object[] {rs.getLong(1), rs.getString(2)}).optional()
                .orElseThrow(() -> new NotFoundException("project", projectId));
        Camp c = camp((Long) row[0]);
        if (ch.spent() != null && (ch.spent().signum() < 0 || ch.spent().stripTrailingZeros().scale() > 2)) {
            throw InvalidInputException.of("spent", "Money", "lsd.input.cents");
        }
        access.require(EngineeringPermissions.MANAGE, c.missionCode());
        if (ch.phase() != null && !CampRules.nextPhase((String) row[1], ch.phase())) {
            throw new RuleRefusal("phase-order", "engineering.refused.phase", row[1], ch.phase());
        }
        jdbc.sql("UPDATE eng_project SET phase = COALESCE(?, phase), spent = COALESCE(?, spent) WHERE id = ?")
                .params(ch.phase(), ch.spent(), projectId).update();
        events.publishEvent(DataChanged.updated("engineering.project", projectId, Map.of("phase", row[1]),
                Map.of("phase", ch.phase() == null ? row[1] : ch.phase())));
        return camp(c.id());
    }

    @Transactional
    public Camp addReading(long campId, NewReading r) {
        Camp c = camp(campId);
        FieldErrors errors = new FieldErrors();
        Checks.oneOf(errors, "kind", r.kind(), Set.of("POWER", "WATER"));
        Checks.required(errors, "readOn", r.readOn());
        if (r.meter() == null || r.meter().signum() < 0) {
            errors.add("meter", "Min", "lsd.input.notNegative");
        }
        errors.throwIfAny();
        String user = access.require(EngineeringPermissions.MANAGE, c.missionCode());
        jdbc.sql("INSERT INTO eng_reading (camp_id, kind, read_on, meter, created_by) VALUES (?, ?, ?, ?, ?)")
                .params(campId, r.kind(), r.readOn(), r.meter(), user).update();
        events.publishEvent(DataChanged.created("engineering.reading", campId, r));
        return camp(campId);
    }

    @Transactional(readOnly = true)
    public Camp camp(long id) {
        Camp c = jdbc.sql("SELECT * FROM eng_camp WHERE id = ?").param(id).query(this::map).optional()
                .orElseThrow(() -> new NotFoundException("camp", id));
        if (!access.may(EngineeringPermissions.READ, c.missionCode())) {
            throw new NotFoundException("camp", id);
        }
        return c;
    }

    @Transactional(readOnly = true)
    public List<Camp> camps(String mission) {
        List<Object> params = new ArrayList<>();
        String where = MissionAccess.missionFilter("mission_code", access.visible(EngineeringPermissions.READ), params);
        if (mission != null && !mission.isBlank()) {
            where += " AND mission_code = ?";
            params.add(mission.strip().toUpperCase());
        }
        return jdbc.sql("SELECT * FROM eng_camp WHERE " + where + " ORDER BY mission_code, name").params(params)
                .query(this::map).list();
    }

    private Camp map(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        long id = rs.getLong("id");
        int capacity = rs.getInt("capacity");
        int personnel = rs.getInt("personnel");
        BigDecimal occupancy = CampRules.occupancy(personnel, capacity);
        List<Project> projects = jdbc.sql("SELECT * FROM eng_project WHERE camp_id = ? ORDER BY id").param(id)
                .query((r, i) -> new Project(r.getLong("id"), r.getString("title"), r.getString("phase"),
                        r.getBigDecimal("budget").toPlainString(), r.getBigDecimal("spent").toPlainString(),
                        CampRules.overBudget(r.getBigDecimal("budget"), r.getBigDecimal("spent")))).list();
        List<Reading> readings = new ArrayList<>();
        Map<String, Object[]> previous = new java.util.HashMap<>();
        jdbc.sql("SELECT kind, read_on, meter FROM eng_reading WHERE camp_id = ? ORDER BY kind, read_on, id").param(id)
                .query((r, i) -> {
                    String kind = r.getString(1);
                    LocalDate on = r.getObject(2, LocalDate.class);
                    BigDecimal meter = r.getBigDecimal(3);
                    Object[] prev = previous.get(kind);
                    BigDecimal per = prev == null ? null : CampRules.perPersonPerDay((BigDecimal) prev[1], meter,
                            ChronoUnit.DAYS.between((LocalDate) prev[0], on), personnel);
                    previous.put(kind, new Object[] {on, meter});
                    readings.add(new Reading(kind, on, meter.toPlainString(), per == null ? null : per.toPlainString()));
                    return null;
                }).list();
        return new Camp(id, rs.getString("mission_code"), rs.getString("name"), capacity, personnel,
                occupancy == null ? null : occupancy.toPlainString(), personnel > capacity, projects, readings);
    }
}
