package org.fieldsupport.logistics.planning.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.fieldsupport.lsd.Checks;
import org.fieldsupport.lsd.MissionAccess;
import org.fieldsupport.logistics.internal.LogisticsPermissions;
import org.fieldsupport.platform.api.FieldErrors;
import org.fieldsupport.platform.audit.DataChanged;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The mission support plan: requirements by service line with how each is sourced (strategic deployment stocks,
 * systems contract, procurement — an acquisition-plan line —, letter of assist, movement need), totals by line.
 */
@Service
public class SupportPlans {

    public static final Set<String> LINES = Set.of("SUPPLY", "ENGINEERING", "TRANSPORT", "AVIATION", "MEDICAL", "ICT",
            "FUEL", "RATIONS");
    public static final Set<String> SOURCING = Set.of("SDS", "SYSTEMS_CONTRACT", "PROCUREMENT", "LOA", "MOVEMENT");

    private final JdbcClient jdbc;
    private final MissionAccess access;
    private final ApplicationEventPublisher events;

    SupportPlans(JdbcClient jdbc, MissionAccess access, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.access = access;
        this.events = events;
    }

    public record NewLine(String missionCode, Integer fiscalYear, String serviceLine, String requirement,
                          Integer quantity, BigDecimal unitCost, LocalDate neededBy, String sourcing) { }

    public record Line(long id, String missionCode, int fiscalYear, String serviceLine, String requirement,
                       int quantity, String unitCost, String total, LocalDate neededBy, String sourcing) { }

    public record Plan(String missionCode, Integer fiscalYear, List<Line> lines, Map<String, String> totalByServiceLine,
                       Map<String, String> totalBySourcing, String total, String currency) { }

    @Transactional
    public Line add(NewLine l) {
        FieldErrors errors = new FieldErrors();
        String mission = Checks.mission(access, errors, "missionCode", l.missionCode());
        if (l.fiscalYear() == null || l.fiscalYear() < 2020 || l.fiscalYear() > 2100) {
            errors.add("fiscalYear", "Range", "logistics.input.year");
        }
        Checks.oneOf(errors, "serviceLine", l.serviceLine(), LINES);
        Checks.required(errors, "requirement", l.requirement());
        Checks.positive(errors, "quantity", l.quantity());
        Checks.money(errors, "unitCost", l.unitCost());
        Checks.required(errors, "neededBy", l.neededBy());
        Checks.oneOf(errors, "sourcing", l.sourcing(), SOURCING);
        errors.throwIfAny();
        String user = access.require(LogisticsPermissions.MANAGE, mission);
        return addAs(user, mission, l);
    }

    @Transactional
    public Line addAs(String user, String mission, NewLine l) {
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO log_plan_line (mission_code, fiscal_year, service_line, requirement, quantity, unit_cost, "
                        + "needed_by, sourcing, created_by, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(mission, l.fiscalYear(), l.serviceLine(), l.requirement().strip(), l.quantity(),
                        l.unitCost().setScale(2, RoundingMode.HALF_EVEN), l.neededBy(), l.sourcing(), user,
                        OffsetDateTime.now(ZoneOffset.UTC))
                .update(keys, "id");
        long id = keys.getKey().longValue();
        events.publishEvent(DataChanged.created("logistics.plan-line", id, l));
        return plan(mission, l.fiscalYear()).lines().stream().filter(x -> x.id() == id).findFirst().orElseThrow();
    }

    @Transactional(readOnly = true)
    public Plan plan(String mission, Integer fiscalYear) {
        List<Object> params = new ArrayList<>();
        String where = MissionAccess.missionFilter("mission_code", access.visible(LogisticsPermissions.READ), params);
        if (mission != null && !mission.isBlank()) {
            where += " AND mission_code = ?";
            params.add(mission.strip().toUpperCase());
        }
        if (fiscalYear != null) {
            where += " AND fiscal_year = ?";
            params.add(fiscalYear);
        }
        Map<String, BigDecimal> byLine = new LinkedHashMap<>();
        Map<String, BigDecimal> bySource = new LinkedHashMap<>();
        BigDecimal[] total = {BigDecimal.ZERO.setScale(2)};
        List<Line> lines = jdbc.sql("SELECT * FROM log_plan_line WHERE " + where
                        + " ORDER BY mission_code, service_line, needed_by, id LIMIT 500").params(params)
                .query((rs, n) -> {
                    BigDecimal unit = rs.getBigDecimal("unit_cost").setScale(2);
                    BigDecimal lineTotal = unit.multiply(BigDecimal.valueOf(rs.getInt("quantity")));
                    byLine.merge(rs.getString("service_line"), lineTotal, BigDecimal::add);
                    bySource.merge(rs.getString("sourcing"), lineTotal, BigDecimal::add);
                    total[0] = total[0].add(lineTotal);
                    return new Line(rs.getLong("id"), rs.getString("mission_code"), rs.getInt("fiscal_year"),
                            rs.getString("service_line"), rs.getString("requirement"), rs.getInt("quantity"),
                            unit.toPlainString(), lineTotal.toPlainString(), rs.getObject("needed_by", LocalDate.class),
                            rs.getString("sourcing"));
                }).list();
        Map<String, String> lineTotals = new LinkedHashMap<>();
        byLine.forEach((k, v) -> lineTotals.put(k, v.toPlainString()));
        Map<String, String> sourceTotals = new LinkedHashMap<>();
        bySource.forEach((k, v) -> sourceTotals.put(k, v.toPlainString()));
        return new Plan(mission, fiscalYear, lines, lineTotals, sourceTotals, total[0].toPlainString(), "USD");
    }
}
