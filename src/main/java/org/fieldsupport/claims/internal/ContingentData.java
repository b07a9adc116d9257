package org.fieldsupport.claims.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.fieldsupport.claims.domain.ContingentInput;
import org.fieldsupport.claims.domain.DatedRate;
import org.fieldsupport.claims.domain.LeaseType;
import org.fieldsupport.claims.domain.MajorEquipmentLine;
import org.fieldsupport.claims.domain.MissionFactors;
import org.fieldsupport.claims.domain.Provider;
import org.fieldsupport.claims.domain.Rating;
import org.fieldsupport.claims.domain.SelfSustainmentCategory;
import org.fieldsupport.claims.domain.StrengthReturn;
import org.fieldsupport.claims.domain.Verification;
import org.fieldsupport.platform.audit.DataChanged;
import org.fieldsupport.platform.security.CurrentUser;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/** Contingents (MOUs) with their annexes, verifications and strength returns, and the rate tables; plain SQL. */
@Repository
public class ContingentData {

    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;

    ContingentData(JdbcClient jdbc, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.events = events;
    }

    public record ContingentRecord(long id, String reference, String missionCode, String memberState,
                                   String unitType) { }

    public Optional<ContingentRecord> find(long id) {
        return jdbc.sql("SELECT id, reference, mission_code, member_state, unit_type FROM claims_contingent WHERE id = ?")
                .param(id)
                .query((rs, n) -> new ContingentRecord(rs.getLong(1), rs.getString(2), rs.getString(3),
                        rs.getString(4), rs.getString(5)))
                .optional();
    }

    /** The records of many contingents at once, by id (unknown ids are absent). */
    public Map<Long, ContingentRecord> find(List<Long> ids) {
        Map<Long, ContingentRecord> result = new java.util.HashMap<>();
        for (int start = 0; start < ids.size(); start += 500) {
            String in = ids.subList(start, Math.min(ids.size(), start + 500)).stream().map(String::valueOf)
                    .collect(java.util.stream.Collectors.joining(","));
            jdbc.sql("SELECT id, reference, mission_code, member_state, unit_type FROM claims_contingent WHERE id IN ("
                            + in + ")")
                    .query(rs -> { result.put(rs.getLong(1), new ContingentRecord(rs.getLong(1), rs.getString(2),
                            rs.getString(3), rs.getString(4), rs.getString(5))); });
        }
        return result;
    }

    public Optional<Long> idOf(String reference) {
        return jdbc.sql("SELECT id FROM claims_contingent WHERE reference = ?").param(reference)
                .query(Long.class).optional();
    }

    @Transactional
    public long register(NewContingent c) {
        String user = CurrentUser.usernameOrSystem();
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO claims_contingent (reference, mission_code, member_state, unit_type, authorised_strength,
                    factor_environmental, factor_intensified, factor_hostile, factor_transport, deployed_on,
                    repatriated_on, illustrative, version, created_by, created_at, modified_by, modified_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, ?, ?, ?, ?)""")
                .params(c.reference(), c.missionCode(), c.memberState(), c.unitType(), c.authorisedStrength(),
                        c.factors().environmental(), c.factors().intensifiedOperational(), c.factors().hostileAction(),
                        c.factors().transport(), c.deployedOn(), c.repatriatedOn(), c.illustrative(), user, now, user, now)
                .update(keys, "id");
        long id = keys.getKey().longValue();
        for (NewContingent.Equipment e : c.equipment()) {
            jdbc.sql("""
                    INSERT INTO claims_mou_equipment (contingent_id, line, category, description, lease_type,
                        mou_quantity, monthly_rate) VALUES (?, ?, ?, ?, ?, ?, ?)""")
                    .params(id, e.line(), e.category(), e.description(), e.leaseType().name(), e.mouQuantity(),
                            e.monthlyRate())
                    .update();
        }
        for (NewContingent.Category k : c.categories()) {
            jdbc.sql("INSERT INTO claims_mou_self_sustainment (contingent_id, category, provided_by, rate) VALUES (?, ?, ?, ?)")
                    .params(id, k.category(), k.providedBy().name(), k.rate()).update();
        }
        for (NewContingent.Inspection inspection : c.inspections()) {
            GeneratedKeyHolder vkeys = new GeneratedKeyHolder();
            jdbc.sql("""
                    INSERT INTO claims_verification (contingent_id, inspection_type, verified_on, created_by, created_at)
                    VALUES (?, ?, ?, ?, ?)""")
                    .params(id, inspection.type(), inspection.date(), user, now).update(vkeys, "id");
            long vid = vkeys.getKey().longValue();
            inspection.serviceable().forEach((line, s) -> jdbc.sql(
                    "INSERT INTO claims_verification_equipment (verification_id, line, serviceable) VALUES (?, ?, ?)")
                    .params(vid, line, s).update());
            inspection.ratings().forEach((category, r) -> jdbc.sql(
                    "INSERT INTO claims_verification_category (verification_id, category, rating) VALUES (?, ?, ?)")
                    .params(vid, category, r.name()).update());
        }
        c.strengthReturns().forEach((month, average) -> jdbc.sql(
                "INSERT INTO claims_strength_return (contingent_id, return_month, average_strength) VALUES (?, ?, ?)")
                .params(id, month.atDay(1), average).update());
        events.publishEvent(DataChanged.created("claims.contingent", id, Map.of("reference", c.reference(),
                "mission", c.missionCode(), "memberState", c.memberState(), "unitType", c.unitType())));
        return id;
    }

    /** The rule set's input for a stored contingent. */
    public ContingentInput input(long contingentId) {
        record Head(int authorised, MissionFactors factors, LocalDate deployed, LocalDate repatriated) { }
        Head head = jdbc.sql("""
                SELECT authorised_strength, factor_environmental, factor_intensified, factor_hostile, factor_transport,
                       deployed_on, repatriated_on FROM claims_contingent WHERE id = ?""")
                .param(contingentId)
                .query((rs, n) -> new Head(rs.getInt(1), new MissionFactors(rs.getBigDecimal(2), rs.getBigDecimal(3),
                        rs.getBigDecimal(4), rs.getBigDecimal(5)), rs.getObject(6, LocalDate.class),
                        rs.getObject(7, LocalDate.class)))
                .single();
        List<MajorEquipmentLine> equipment = jdbc.sql("""
                SELECT line, description, lease_type, mou_quantity, monthly_rate FROM claims_mou_equipment
                WHERE contingent_id = ? ORDER BY id""").param(contingentId)
                .query((rs, n) -> new MajorEquipmentLine(rs.getString(1), rs.getString(2),
                        LeaseType.valueOf(rs.getString(3)), rs.getInt(4), rs.getBigDecimal(5)))
                .list();
        List<SelfSustainmentCategory> categories = jdbc.sql("""
                SELECT category, provided_by, rate FROM claims_mou_self_sustainment WHERE contingent_id = ? ORDER BY id""")
                .param(contingentId)
                .query((rs, n) -> new SelfSustainmentCategory(rs.getString(1), Provider.valueOf(rs.getString(2)),
                        rs.getBigDecimal(3)))
                .list();
        List<StrengthReturn> returns = jdbc.sql("""
                SELECT return_month, average_strength FROM claims_strength_return WHERE contingent_id = ? ORDER BY return_month""")
                .param(contingentId)
                .query((rs, n) -> new StrengthReturn(YearMonth.from(rs.getObject(1, LocalDate.class)), rs.getBigDecimal(2)))
                .list();
        Map<Long, LocalDate> dates = new LinkedHashMap<>();
        jdbc.sql("SELECT id, verified_on FROM claims_verification WHERE contingent_id = ? AND status = 'SIGNED' ORDER BY verified_on, id")
                .param(contingentId)
                .query(rs -> { dates.put(rs.getLong(1), rs.getObject(2, LocalDate.class)); });
        Map<Long, Map<String, Integer>> serviceable = new LinkedHashMap<>();
        jdbc.sql("""
                SELECT e.verification_id, e.line, e.serviceable FROM claims_verification_equipment e
                JOIN claims_verification v ON v.id = e.verification_id WHERE v.contingent_id = ?""")
                .param(contingentId)
                .query(rs -> { serviceable.computeIfAbsent(rs.getLong(1), k -> new LinkedHashMap<>())
                        .put(rs.getString(2), rs.getInt(3)); });
        Map<Long, Map<String, Rating>> ratings = new LinkedHashMap<>();
        jdbc.sql("""
                SELECT c.verification_id, c.category, c.rating FROM claims_verification_category c
                JOIN claims_verification v ON v.id = c.verification_id WHERE v.contingent_id = ?""")
                .param(contingentId)
                .query(rs -> { ratings.computeIfAbsent(rs.getLong(1), k -> new LinkedHashMap<>())
                        .put(rs.getString(2), Rating.valueOf(rs.getString(3))); });
        List<Verification> verifications = new ArrayList<>();
        dates.forEach((vid, date) -> verifications.add(new Verification(date, serviceable.get(vid), ratings.get(vid))));
        return new ContingentInput(head.deployed(), head.repatriated(), head.authorised(), head.factors(),
                troopCostRates(), returns, equipment, categories, verifications);
    }

    /**
     * The rule set's inputs of many contingents at once (a handful of queries per chunk of ids instead of a
     * handful per contingent): what quarter-end batch runs and the benchmark use.
     */
    public Map<Long, ContingentInput> inputs(List<Long> ids) {
        Map<Long, ContingentInput> result = new LinkedHashMap<>();
        List<DatedRate> troopCostRates = troopCostRates();
        for (int start = 0; start < ids.size(); start += 500) {
            List<Long> chunk = ids.subList(start, Math.min(ids.size(), start + 500));
            String in = chunk.stream().map(String::valueOf).collect(java.util.stream.Collectors.joining(","));
            record Head(long id, int authorised, MissionFactors factors, LocalDate deployed, LocalDate repatriated) { }
            List<Head> heads = jdbc.sql("SELECT id, authorised_strength, factor_environmental, factor_intensified, "
                    + "factor_hostile, factor_transport, deployed_on, repatriated_on FROM claims_contingent WHERE id IN ("
                    + in + ") ORDER BY id")
                    .query((rs, n) -> new Head(rs.getLong(1), rs.getInt(2), new MissionFactors(rs.getBigDecimal(3),
                            rs.getBigDecimal(4), rs.getBigDecimal(5), rs.getBigDecimal(6)),
                            rs.getObject(7, LocalDate.class), rs.getObject(8, LocalDate.class)))
                    .list();
            Map<Long, List<MajorEquipmentLine>> equipment = new java.util.HashMap<>();
            jdbc.sql("SELECT contingent_id, line, description, lease_type, mou_quantity, monthly_rate "
                    + "FROM claims_mou_equipment WHERE contingent_id IN (" + in + ") ORDER BY contingent_id, id")
                    .query(rs -> { equipment.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>())
                            .add(new MajorEquipmentLine(rs.getString(2), rs.getString(3),
                                    LeaseType.valueOf(rs.getString(4)), rs.getInt(5), rs.getBigDecimal(6))); });
            Map<Long, List<SelfSustainmentCategory>> categories = new java.util.HashMap<>();
            jdbc.sql("SELECT contingent_id, category, provided_by, rate FROM claims_mou_self_sustainment "
                    + "WHERE contingent_id IN (" + in + ") ORDER BY contingent_id, id")
                    .query(rs -> { categories.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>())
                            .add(new SelfSustainmentCategory(rs.getString(2), Provider.valueOf(rs.getString(3)),
                                    rs.getBigDecimal(4))); });
            Map<Long, List<StrengthReturn>> returns = new java.util.HashMap<>();
            jdbc.sql("SELECT contingent_id, return_month, average_strength FROM claims_strength_return "
                    + "WHERE contingent_id IN (" + in + ") ORDER BY contingent_id, return_month")
                    .query(rs -> { returns.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>())
                            .add(new StrengthReturn(YearMonth.from(rs.getObject(2, LocalDate.class)),
                                    rs.getBigDecimal(3))); });
            Map<Long, Long> owner = new java.util.HashMap<>();
            Map<Long, LocalDate> dates = new LinkedHashMap<>();
            jdbc.sql("SELECT id, contingent_id, verified_on FROM claims_verification WHERE contingent_id IN (" + in
                    + ") AND status = 'SIGNED' ORDER BY verified_on, id")
                    .query(rs -> { owner.put(rs.getLong(1), rs.getLong(2));
                        dates.put(rs.getLong(1), rs.getObject(3, LocalDate.class)); });
            Map<Long, Map<String, Integer>> serviceable = new java.util.HashMap<>();
            jdbc.sql("SELECT e.verification_id, e.line, e.serviceable FROM claims_verification_equipment e "
                    + "JOIN claims_verification v ON v.id = e.verification_id WHERE v.contingent_id IN (" + in + ")")
                    .query(rs -> { serviceable.computeIfAbsent(rs.getLong(1), k -> new LinkedHashMap<>())
                            .put(rs.getString(2), rs.getInt(3)); });
            Map<Long, Map<String, Rating>> ratings = new java.util.HashMap<>();
            jdbc.sql("SELECT c.verification_id, c.category, c.rating FROM claims_verification_category c "
                    + "JOIN claims_verification v ON v.id = c.verification_id WHERE v.contingent_id IN (" + in + ")")
                    .query(rs -> { ratings.computeIfAbsent(rs.getLong(1), k -> new LinkedHashMap<>())
                            .put(rs.getString(2), Rating.valueOf(rs.getString(3))); });
            Map<Long, List<Verification>> verifications = new java.util.HashMap<>();
            dates.forEach((vid, date) -> verifications.computeIfAbsent(owner.get(vid), k -> new ArrayList<>())
                    .add(new Verification(date, serviceable.get(vid), ratings.get(vid))));
            for (Head head : heads) {
                result.put(head.id(), new ContingentInput(head.deployed(), head.repatriated(), head.authorised(),
                        head.factors(), troopCostRates, returns.get(head.id()), equipment.get(head.id()),
                        categories.get(head.id()), verifications.get(head.id())));
            }
        }
        return result;
    }

    public List<DatedRate> troopCostRates() {
        return jdbc.sql("SELECT effective_from, per_person_per_month FROM claims_troop_cost_rate ORDER BY effective_from")
                .query((rs, n) -> new DatedRate(rs.getObject(1, LocalDate.class), rs.getBigDecimal(2))).list();
    }

    public List<DatedRate> deathAndDisabilityStandardAmounts() {
        return jdbc.sql("SELECT effective_from, amount FROM claims_dd_standard_amount ORDER BY effective_from")
                .query((rs, n) -> new DatedRate(rs.getObject(1, LocalDate.class), rs.getBigDecimal(2))).list();
    }
}
