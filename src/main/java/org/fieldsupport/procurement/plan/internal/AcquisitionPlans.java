package org.fieldsupport.procurement.plan.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import org.fieldsupport.organization.Missions;
import org.fieldsupport.platform.api.FieldErrors;
import org.fieldsupport.platform.api.NotFoundException;
import org.fieldsupport.platform.audit.DataChanged;
import org.fieldsupport.procurement.contract.internal.Contracts;
import org.fieldsupport.platform.api.RuleRefusal;
import org.fieldsupport.procurement.shared.internal.ProcurementAccess;
import org.fieldsupport.procurement.shared.internal.ProcurementPermissions;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Acquisition plans per mission and financial period; each line (item, category, value, quarter) turned into a requisition. */
@Service("procurementAcquisitionPlans")
public class AcquisitionPlans {

    public static final List<String> CATEGORIES = List.of("GOODS", "SERVICES", "WORKS", "FUEL", "RATIONS", "AIR_CHARTER",
            "ICT", "VEHICLES", "MEDICAL");

    private final JdbcClient jdbc;
    private final ProcurementAccess access;
    private final Missions missions;
    private final ApplicationEventPublisher events;

    AcquisitionPlans(JdbcClient jdbc, ProcurementAccess access, Missions missions, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.access = access;
        this.missions = missions;
        this.events = events;
    }

    public record Plan(long id, String missionCode, LocalDate periodStart, BigDecimal total, long lines, long requisitioned) {
        public String period() {
            return periodStart.getYear() + "/" + String.format("%02d", (periodStart.getYear() + 1) % 100);
        }
    }

    public record Line(long id, long planId, String item, String category, BigDecimal estimatedValue, int quarterNeeded,
                       String requisitionRef, String requisitionedBy) { }

    public List<Plan> list() {
        access.requireSomewhere(ProcurementPermissions.READ);
        Set<String> visible = access.missions(ProcurementPermissions.READ);
        return jdbc.sql("""
                SELECT p.id, p.mission_code, p.period_start, COALESCE(SUM(l.estimated_value), 0), COUNT(l.id),
                       COUNT(l.requisition_ref)
                FROM proc_plan p LEFT JOIN proc_plan_line l ON l.plan_id = p.id
                GROUP BY p.id, p.mission_code, p.period_start ORDER BY p.period_start DESC, p.mission_code""")
                .query((rs, n) -> new Plan(rs.getLong(1), rs.getString(2), rs.getObject(3, LocalDate.class),
                        rs.getBigDecimal(4), rs.getLong(5), rs.getLong(6))).list()
                .stream().filter(p -> visible == null || visible.contains(p.missionCode())).toList();
    }

    public Plan get(long id) {
        return list().stream().filter(p -> p.id() == id).findFirst().orElseThrow(() -> new NotFoundException("Acquisition plan", id));
    }

    public List<Line> lines(long planId) {
        return jdbc.sql("SELECT * FROM proc_plan_line WHERE plan_id = ? ORDER BY quarter_needed, id").param(planId)
                .query((rs, n) -> new Line(rs.getLong("id"), rs.getLong("plan_id"), rs.getString("item"),
                        rs.getString("category"), rs.getBigDecimal("estimated_value"), rs.getInt("quarter_needed"),
                        rs.getString("requisition_ref"), rs.getString("requisitioned_by"))).list();
    }

    @Transactional
    public Plan create(String missionCode, Integer periodYear) {
        FieldErrors errors = new FieldErrors();
        if (missionCode == null || missions.find(missionCode).isEmpty()) {
            errors.add("missionCode", "UnknownMission", "procurement.mission.unknown", missionCode);
        }
        if (periodYear == null || periodYear < 2000 || periodYear > 2100) {
            errors.add("periodStart", "Range", "procurement.period.invalid");
        }
        errors.throwIfAny();
        String user = access.require(ProcurementPermissions.PLAN, missionCode);
        LocalDate start = LocalDate.of(periodYear, 7, 1);
        if (jdbc.sql("SELECT COUNT(*) FROM proc_plan WHERE mission_code = ? AND period_start = ?").params(missionCode, start)
                .query(Long.class).single() > 0) {
            throw RuleRefusal.of("procurement", "plan-exists", "procurement.refusal.plan-exists", missionCode);
        }
        return insert(missionCode, start, user);
    }

    @Transactional
    public Plan insert(String missionCode, LocalDate start, String user) {
        jdbc.sql("INSERT INTO proc_plan (mission_code, period_start, created_by, created_at) VALUES (?, ?, ?, ?)")
                .params(missionCode, start, user, OffsetDateTime.now(ZoneOffset.UTC)).update();
        long id = jdbc.sql("SELECT id FROM proc_plan WHERE mission_code = ? AND period_start = ?").params(missionCode, start)
                .query(Long.class).single();
        events.publishEvent(DataChanged.created("procurement.plan", id, java.util.Map.of("mission", missionCode, "period", start)));
        return new Plan(id, missionCode, start, BigDecimal.ZERO, 0, 0);
    }

    @Transactional
    public Line addLine(long planId, String item, String category, String estimatedValue, Integer quarter) {
        Plan p = get(planId);
        FieldErrors errors = new FieldErrors();
        if (item == null || item.isBlank()) {
            errors.add("item", "NotBlank", "procurement.field.required");
        } else if (item.length() > 300) {
            errors.add("item", "Size", "procurement.field.tooLong", 300);
        }
        if (category == null || !CATEGORIES.contains(category)) {
            errors.add("category", "OneOf", "procurement.plan.category.unknown", category);
        }
        BigDecimal value = Contracts.money(estimatedValue, "estimatedValue", errors);
        if (quarter == null || quarter < 1 || quarter > 4) {
            errors.add("quarterNeeded", "Range", "procurement.plan.quarter.invalid");
        }
        errors.throwIfAny();
        access.require(ProcurementPermissions.PLAN, p.missionCode());
        return insertLine(planId, item.trim(), category, value, quarter);
    }

    @Transactional
    public Line insertLine(long planId, String item, String category, BigDecimal value, int quarter) {
        jdbc.sql("INSERT INTO proc_plan_line (plan_id, item, category, estimated_value, quarter_needed) VALUES (?, ?, ?, ?, ?)")
                .params(planId, item, category, value, quarter).update();
        Line l = lines(planId).stream().reduce((a, b) -> a.id() > b.id() ? a : b).orElseThrow();
        events.publishEvent(DataChanged.created("procurement.plan-line", l.id(), l));
        return l;
    }

    /** Turns a plan line into a requisition (once). */
    @Transactional
    public Line requisition(long planId, long lineId) {
        Plan p = get(planId);
        String user = access.require(ProcurementPermissions.PLAN, p.missionCode());
        Line before = lines(planId).stream().filter(l -> l.id() == lineId).findFirst()
                .orElseThrow(() -> new NotFoundException("Acquisition plan line", lineId));
        if (before.requisitionRef() != null) {
            throw RuleRefusal.of("procurement", "already-requisitioned", "procurement.refusal.already-requisitioned", before.requisitionRef());
        }
        String ref = "REQ-" + p.missionCode() + "-" + p.periodStart().getYear() + "-" + String.format("%05d", lineId);
        jdbc.sql("UPDATE proc_plan_line SET requisition_ref = ?, requisitioned_by = ?, requisitioned_at = ? "
                        + "WHERE id = ? AND requisition_ref IS NULL")
                .params(ref, user, OffsetDateTime.now(ZoneOffset.UTC), lineId).update();
        Line after = lines(planId).stream().filter(l -> l.id() == lineId).findFirst().orElseThrow();
        events.publishEvent(DataChanged.updated("procurement.plan-line", lineId, before, after));
        return after;
    }
}
