package org.fieldsupport.property.register.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.fieldsupport.platform.api.FieldErrors;
import org.fieldsupport.platform.api.InvalidInputException;
import org.fieldsupport.platform.api.NotFoundException;
import org.fieldsupport.platform.api.VersionedRow;
import org.fieldsupport.platform.audit.DataChanged;
import org.fieldsupport.lsd.Checks;
import org.fieldsupport.lsd.MissionAccess;
import org.fieldsupport.platform.api.RuleRefusal;
import org.fieldsupport.property.internal.PropertyPermissions;
import org.fieldsupport.property.register.domain.Depreciation;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The property register: UN-owned equipment with its custodian, location and net book value. */
@Service
public class PropertyRegister {

    public static final Set<String> CATEGORIES = Set.of("VEHICLE", "GENERATOR", "IT_EQUIPMENT", "COMMUNICATIONS",
            "PREFAB_BUILDING", "MEDICAL", "ENGINEERING", "OTHER");

    /** An asset's version for concurrent edits (kept by the platform: {@code prop_asset} has no version column). */
    public static final VersionedRow.Kind ROW = VersionedRow.of("prop_asset", null, null, null, "id = ?");

    private final JdbcClient jdbc;
    private final MissionAccess access;
    private final ApplicationEventPublisher events;

    PropertyRegister(JdbcClient jdbc, MissionAccess access, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.access = access;
        this.events = events;
    }

    public record NewAsset(String missionCode, String tag, String serialNumber, String description, String category,
                           String location, String custodian, LocalDate acquiredOn, BigDecimal acquisitionValue,
                           Integer usefulLifeYears) { }

    public record Asset(long id, String missionCode, String tag, String serialNumber, String description,
                        String category, String location, String custodian, LocalDate acquiredOn,
                        BigDecimal acquisitionValue, int usefulLifeYears, BigDecimal netBookValue, String status,
                        String currency) { }

    /** What changes when an asset moves or changes hands (a transfer of custody), or its description is corrected. */
    public record AssetChange(String location, String custodian, String description) { }

    /**
     * Records a change of location, custodian or description of an asset in service (422 {@code asset-not-available}
     * once written off or disposed of); audited with the values before and after.
     */
    @Transactional
    public Asset update(long id, AssetChange c) {
        Asset before = asset(id);
        FieldErrors errors = new FieldErrors();
        Checks.required(errors, "location", c.location());
        Checks.required(errors, "custodian", c.custodian());
        Checks.required(errors, "description", c.description());
        for (Object[] f : new Object[][] {{"location", c.location(), 80}, {"custodian", c.custodian(), 120},
                {"description", c.description(), 200}}) {
            if (f[1] != null && ((String) f[1]).strip().length() > (Integer) f[2]) {
                errors.add((String) f[0], "Size", "lsd.input.tooLong", f[2]);
            }
        }
        errors.throwIfAny();
        access.require(PropertyPermissions.MANAGE, before.missionCode());
        if (!"IN_SERVICE".equals(before.status())) {
            throw new RuleRefusal("asset-not-available", "property.refused.notAvailable", before.tag());
        }
        jdbc.sql("UPDATE prop_asset SET location = ?, custodian = ?, description = ? WHERE id = ?")
                .params(c.location().strip(), c.custodian().strip(), c.description().strip(), id).update();
        events.publishEvent(DataChanged.updated("property.asset", id, java.util.Map.of("location", before.location(),
                "custodian", before.custodian(), "description", before.description()), java.util.Map.of("location",
                c.location().strip(), "custodian", c.custodian().strip(), "description", c.description().strip())));
        return find(id).orElseThrow();
    }

    @Transactional
    public Asset register(NewAsset a) {
        FieldErrors errors = new FieldErrors();
        String mission = null;
        try {
            mission = access.mission("missionCode", a.missionCode());
        } catch (InvalidInputException e) {
            e.errors().forEach(f -> errors.add(f.field(), f.rule(), f.messageKey(), f.args()));
        }
        for (var f : new String[][] {{"tag", a.tag()}, {"serialNumber", a.serialNumber()},
                {"description", a.description()}, {"location", a.location()}, {"custodian", a.custodian()}}) {
            if (f[1] == null || f[1].isBlank()) {
                errors.add(f[0], "Required", "lsd.input.required");
            }
        }
        if (a.category() == null || !CATEGORIES.contains(a.category())) {
            errors.add("category", "OneOf", "lsd.input.oneOf", String.join(", ", new java.util.TreeSet<>(CATEGORIES)));
        }
        if (a.acquiredOn() == null) {
            errors.add("acquiredOn", "Required", "lsd.input.required");
        } else if (a.acquiredOn().isAfter(LocalDate.now(ZoneOffset.UTC))) {
            errors.add("acquiredOn", "PastOrPresent", "lsd.input.past");
        }
        if (a.acquisitionValue() == null || a.acquisitionValue().signum() <= 0) {
            errors.add("acquisitionValue", "Positive", "lsd.input.positive");
        } else if (a.acquisitionValue().stripTrailingZeros().scale() > 2) {
            errors.add("acquisitionValue", "Cents", "lsd.input.cents");
        }
        if (a.usefulLifeYears() == null || a.usefulLifeYears() < 1 || a.usefulLifeYears() > 50) {
            errors.add("usefulLifeYears", "Range", "property.input.life");
        }
        errors.throwIfAny();
        String user = access.require(PropertyPermissions.MANAGE, mission);
        return registerAs(user, mission, a);
    }

    @Transactional
    public Asset registerAs(String user, String mission, NewAsset a) {
        if (jdbc.sql("SELECT COUNT(*) FROM prop_asset WHERE tag = ?").param(a.tag().strip()).query(Long.class).single() > 0) {
            throw InvalidInputException.of("tag", "Unique", "property.input.tag.taken");
        }
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO prop_asset (mission_code, tag, serial_number, description, category, location, custodian,
                    acquired_on, acquisition_value, useful_life_years, status, created_by, created_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'IN_SERVICE', ?, ?)""")
                .params(mission, a.tag().strip(), a.serialNumber().strip(), a.description().strip(), a.category(),
                        a.location().strip(), a.custodian().strip(), a.acquiredOn(),
                        a.acquisitionValue().setScale(2, RoundingMode.HALF_EVEN), a.usefulLifeYears(), user,
                        OffsetDateTime.now(ZoneOffset.UTC))
                .update(keys, "id");
        long id = keys.getKey().longValue();
        events.publishEvent(DataChanged.created("property.asset", id, a));
        return find(id).orElseThrow();
    }

    @Transactional(readOnly = true)
    public Asset asset(long id) {
        Asset a = find(id).orElseThrow(() -> new NotFoundException("asset", id));
        if (!access.may(PropertyPermissions.READ, a.missionCode())) {
            throw new NotFoundException("asset", id);
        }
        return a;
    }

    /** One page of the register (by tag), filtered by mission, location and status. */
    @Transactional(readOnly = true)
    public List<Asset> list(String mission, String location, String status, int page, int size) {
        List<Object> params = new ArrayList<>();
        String where = MissionAccess.missionFilter("mission_code", access.visible(PropertyPermissions.READ), params);
        if (mission != null && !mission.isBlank()) {
            where += " AND mission_code = ?";
            params.add(mission.strip().toUpperCase());
        }
        if (location != null && !location.isBlank()) {
            where += " AND location = ?";
            params.add(location.strip());
        }
        if (status != null && !status.isBlank()) {
            where += " AND status = ?";
            params.add(status.strip());
        }
        params.add(size);
        params.add((long) page * size);
        return jdbc.sql("SELECT * FROM prop_asset WHERE " + where + " ORDER BY tag LIMIT ? OFFSET ?").params(params)
                .query(PropertyRegister::map).list();
    }

    public Optional<Asset> find(long id) {
        return jdbc.sql("SELECT * FROM prop_asset WHERE id = ?").param(id).query(PropertyRegister::map).optional();
    }

    public static Asset map(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        LocalDate acquired = rs.getObject("acquired_on", LocalDate.class);
        BigDecimal value = rs.getBigDecimal("acquisition_value");
        int life = rs.getInt("useful_life_years");
        return new Asset(rs.getLong("id"), rs.getString("mission_code"), rs.getString("tag"),
                rs.getString("serial_number"), rs.getString("description"), rs.getString("category"),
                rs.getString("location"), rs.getString("custodian"), acquired, value, life,
                Depreciation.netBookValue(value, acquired, life, LocalDate.now(ZoneOffset.UTC)), rs.getString("status"),
                "USD");
    }
}
