package org.fieldsupport.supply.fuel.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.fieldsupport.platform.api.FieldErrors;
import org.fieldsupport.platform.api.InvalidInputException;
import org.fieldsupport.platform.audit.DataChanged;
import org.fieldsupport.supply.fuel.domain.FuelRules;
import org.fieldsupport.lsd.Checks;
import org.fieldsupport.lsd.MissionAccess;
import org.fieldsupport.lsd.RuleParameters;
import org.fieldsupport.supply.internal.SupplyPermissions;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Fuel: equipment with its consumption norm, issues with meter readings, anomalies over the norm by more than the
 * percentage in force on the issue's date (rule parameter {@code supply.fuel.anomaly-percent}, 25% by default). */
@Service
public class Fuel {

    private final JdbcClient jdbc;
    private final MissionAccess access;
    private final ApplicationEventPublisher events;
    private final RuleParameters parameters;

    Fuel(JdbcClient jdbc, MissionAccess access, ApplicationEventPublisher events, RuleParameters parameters) {
        this.parameters = parameters;
        this.jdbc = jdbc;
        this.access = access;
        this.events = events;
    }

    public record NewEquipment(String code, String missionCode, String kind, String description, BigDecimal norm) { }

    public record NewIssue(String equipmentCode, LocalDate issuedOn, BigDecimal litres, BigDecimal meter) { }

    public record Issue(long id, String equipmentCode, String missionCode, String kind, LocalDate issuedOn, String litres,
                        String meter, String consumption, String norm, boolean anomaly) { }

    @Transactional
    public void addEquipment(NewEquipment e) {
        FieldErrors errors = new FieldErrors();
        Checks.required(errors, "code", e.code());
        String mission = Checks.mission(access, errors, "missionCode", e.missionCode());
        Checks.oneOf(errors, "kind", e.kind(), Set.of("VEHICLE", "GENERATOR", "AIRCRAFT"));
        Checks.required(errors, "description", e.description());
        if (e.norm() == null || e.norm().signum() <= 0) {
            errors.add("norm", "Positive", "lsd.input.positive");
        }
        errors.throwIfAny();
        String user = access.require(SupplyPermissions.MANAGE, mission);
        if (jdbc.sql("SELECT COUNT(*) FROM sup_fuel_equipment WHERE code = ?").param(e.code().strip()).query(Long.class)
                .single() > 0) {
            throw InvalidInputException.of("code", "Unique", "supply.input.code.taken");
        }
        jdbc.sql("INSERT INTO sup_fuel_equipment (code, mission_code, kind, description, norm, created_by) VALUES (?, ?, ?, ?, ?, ?)")
                .params(e.code().strip(), mission, e.kind(), e.description().strip(), e.norm(), user).update();
        events.publishEvent(DataChanged.created("supply.fuel-equipment", e.code(), e));
    }

    /** Records an issue; its consumption since the previous reading is compared with the equipment's norm. */
    @Transactional
    public Issue issue(NewIssue i) {
        FieldErrors errors = new FieldErrors();
        Checks.required(errors, "equipmentCode", i.equipmentCode());
        Checks.required(errors, "issuedOn", i.issuedOn());
        if (i.litres() == null || i.litres().signum() <= 0) {
            errors.add("litres", "Positive", "lsd.input.positive");
        }
        if (i.meter() == null || i.meter().signum() < 0) {
            errors.add("meter", "Min", "lsd.input.notNegative");
        }
        errors.throwIfAny();
        var equipment = jdbc.sql("SELECT mission_code, kind, norm FROM sup_fuel_equipment WHERE code = ?")
                .param(i.equipmentCode().strip()).query((rs, n) -> new Object[] {rs.getString(1), rs.getString(2),
                        rs.getBigDecimal(3)}).optional()
                .orElseThrow(() -> InvalidInputException.of("equipmentCode", "Unknown", "supply.input.equipment"));
        String user = access.require(SupplyPermissions.MANAGE, (String) equipment[0]);
        BigDecimal previous = jdbc.sql("SELECT MAX(meter) FROM sup_fuel_issue WHERE equipment_code = ?")
                .param(i.equipmentCode().strip()).query(BigDecimal.class).optional().orElse(null);
        if (previous != null && i.meter().compareTo(previous) < 0) {
            throw InvalidInputException.of("meter", "NotBackwards", "supply.input.meter", previous.toPlainString());
        }
        BigDecimal consumption = FuelRules.consumption((String) equipment[1], i.litres(), previous, i.meter());
        boolean anomaly = FuelRules.anomaly(consumption, (BigDecimal) equipment[2],
                parameters.valueOn(FuelRules.ANOMALY_PERCENT, i.issuedOn()));
        jdbc.sql("INSERT INTO sup_fuel_issue (equipment_code, issued_on, litres, meter, consumption, anomaly, issued_by, "
                        + "issued_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")
                .params(i.equipmentCode().strip(), i.issuedOn(), i.litres(), i.meter(), consumption, anomaly, user,
                        OffsetDateTime.now(ZoneOffset.UTC)).update();
        events.publishEvent(DataChanged.created("supply.fuel-issue", i.equipmentCode(), i));
        return issues(null).stream().filter(x -> x.equipmentCode().equals(i.equipmentCode().strip())).findFirst()
                .orElseThrow();
    }

    @Transactional(readOnly = true)
    public List<Issue> issues(String mission) {
        List<Object> params = new ArrayList<>();
        String where = MissionAccess.missionFilter("e.mission_code", access.visible(SupplyPermissions.READ), params);
        if (mission != null && !mission.isBlank()) {
            where += " AND e.mission_code = ?";
            params.add(mission.strip().toUpperCase());
        }
        return jdbc.sql("SELECT i.*, e.mission_code, e.kind, e.norm FROM sup_fuel_issue i JOIN sup_fuel_equipment e "
                        + "ON e.code = i.equipment_code WHERE " + where + " ORDER BY i.id DESC LIMIT 200")
                .params(params).query((rs, n) -> {
                    BigDecimal c = rs.getBigDecimal("consumption");
                    return new Issue(rs.getLong("id"), rs.getString("equipment_code"), rs.getString("mission_code"),
                            rs.getString("kind"), rs.getObject("issued_on", LocalDate.class),
                            rs.getBigDecimal("litres").toPlainString(), rs.getBigDecimal("meter").toPlainString(),
                            c == null ? null : c.toPlainString(), rs.getBigDecimal("norm").toPlainString(),
                            rs.getBoolean("anomaly"));
                }).list();
    }
}
