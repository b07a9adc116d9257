package org.fieldsupport.claims.mou.internal;

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
import org.fieldsupport.claims.mou.domain.MouTimeline;
import org.fieldsupport.claims.rules.domain.ContingentInput;
import org.fieldsupport.claims.rules.domain.DatedRate;
import org.fieldsupport.claims.rules.domain.LeaseType;
import org.fieldsupport.claims.rules.domain.MajorEquipmentLine;
import org.fieldsupport.claims.rules.domain.MissionFactors;
import org.fieldsupport.claims.rules.domain.Provider;
import org.fieldsupport.claims.rules.domain.Rating;
import org.fieldsupport.claims.rules.domain.SelfSustainmentCategory;
import org.fieldsupport.claims.rules.domain.StrengthReturn;
import org.fieldsupport.claims.rules.domain.Verification;
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
        String unitType = UnitType.normalise(c.unitType());
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO claims_contingent (reference, mission_code, member_state, unit_type, authorised_strength,
                    factor_environmental, factor_intensified, factor_hostile, factor_transport, deployed_on,
                    repatriated_on, illustrative, version, created_by, created_at, modified_by, modified_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, ?, ?, ?, ?)""")
                .params(c.reference(), c.missionCode(), c.memberState(), unitType, c.authorisedStrength(),
                        c.factors().environmental(), c.factors().intensifiedOperational(), c.factors().hostileAction(),
                        c.factors().transport(), c.deployedOn(), c.repatriatedOn(), c.illustrative(), user, now, user, now)
                .update(keys, "id");
        long id = keys.getKey().longValue();
        // the MOU as registered is its original version, in effect from the first day of the deployment month
        long versionId = insertVersion(id, 1, "ORIGINAL", "EFFECTIVE", c.deployedOn().withDayOfMonth(1),
                c.reference(), null, c.authorisedStrength(), c.factors(), c.deployedOn(), c.repatriatedOn(), user, now);
        for (NewContingent.Equipment e : c.equipment()) {
            insertEquipment(id, versionId, e);
        }
        for (NewContingent.Category k : c.categories()) {
            insertCategory(id, versionId, k);
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


    long insertVersion(long contingentId, int number, String kind, String status, LocalDate effectiveFrom,
                       String reference, String reason, int authorisedStrength, MissionFactors f, LocalDate deployedOn,
                       LocalDate repatriatedOn, String user, OffsetDateTime now) {
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        boolean effective = "EFFECTIVE".equals(status);
        jdbc.sql("""
                INSERT INTO claims_mou_version (contingent_id, version_number, kind, status, effective_from, reference,
                    reason, authorised_strength, factor_environmental, factor_intensified, factor_hostile,
                    factor_transport, deployed_on, repatriated_on, created_by, created_at, effective_by, effective_at,
                    lock_version)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)""")
                .params(contingentId, number, kind, status, effectiveFrom, reference, reason, authorisedStrength,
                        f.environmental(), f.intensifiedOperational(), f.hostileAction(), f.transport(), deployedOn,
                        repatriatedOn, user, now, effective ? user : null, effective ? now : null)
                .update(keys, "id");
        return keys.getKey().longValue();
    }

    void insertEquipment(long contingentId, long versionId, NewContingent.Equipment e) {
        jdbc.sql("""
                INSERT INTO claims_mou_equipment (contingent_id, version_id, line, category, description, lease_type,
                    mou_quantity, monthly_rate, equipment_code, rate_basis, rate_edition, justification, category_fr,
                    description_fr)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(contingentId, versionId, e.line(), e.category(), e.description(), e.leaseType().name(),
                        e.mouQuantity(), e.monthlyRate(), e.equipmentCode(), e.rateBasis().name(), e.rateEdition(),
                        e.justification(), e.categoryFr(), e.descriptionFr())
                .update();
    }

    void insertCategory(long contingentId, long versionId, NewContingent.Category k) {
        jdbc.sql("""
                INSERT INTO claims_mou_self_sustainment (contingent_id, version_id, category, provided_by, rate,
                    rate_basis, rate_edition, justification) VALUES (?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(contingentId, versionId, k.category(), k.providedBy().name(), k.rate(), k.rateBasis().name(),
                        k.rateEdition(), k.justification())
                .update();
    }

    /**
     * The rule set's input for a stored contingent: one input per MOU version that took effect (see
     * {@link MouTimeline}); empty when no version took effect yet.
     */
    public MouTimeline input(long contingentId) {
        return inputs(List.of(contingentId)).getOrDefault(contingentId, new MouTimeline(List.of()));
    }

    /**
     * The rule set's inputs of many contingents at once (a handful of queries per chunk of ids instead of a
     * handful per contingent): what quarter-end batch runs and the benchmark use. Each MOU version that took
     * effect gets its own input (its Annex A/B/C, factors and dates; the contingent's strength returns and
     * verifications, whose findings about lines or categories that only other versions hold are left out).
     */
    public Map<Long, MouTimeline> inputs(List<Long> ids) {
        Map<Long, MouTimeline> result = new LinkedHashMap<>();
        List<DatedRate> troopCostRates = troopCostRates();
        for (int start = 0; start < ids.size(); start += 500) {
            List<Long> chunk = ids.subList(start, Math.min(ids.size(), start + 500));
            String in = chunk.stream().map(String::valueOf).collect(java.util.stream.Collectors.joining(","));
            record Head(long versionId, long contingentId, int number, LocalDate effectiveFrom, int authorised,
                        MissionFactors factors, LocalDate deployed, LocalDate repatriated) { }
            List<Head> heads = jdbc.sql("SELECT id, contingent_id, version_number, effective_from, authorised_strength, "
                    + "factor_environmental, factor_intensified, factor_hostile, factor_transport, deployed_on, "
                    + "repatriated_on FROM claims_mou_version WHERE status = 'EFFECTIVE' AND contingent_id IN ("
                    + in + ") ORDER BY contingent_id, effective_from")
                    .query((rs, n) -> new Head(rs.getLong(1), rs.getLong(2), rs.getInt(3),
                            rs.getObject(4, LocalDate.class), rs.getInt(5), new MissionFactors(rs.getBigDecimal(6),
                            rs.getBigDecimal(7), rs.getBigDecimal(8), rs.getBigDecimal(9)),
                            rs.getObject(10, LocalDate.class), rs.getObject(11, LocalDate.class)))
                    .list();
            Map<Long, List<MajorEquipmentLine>> equipment = new java.util.HashMap<>();
            jdbc.sql("SELECT e.version_id, e.line, e.description, e.lease_type, e.mou_quantity, e.monthly_rate "
                    + "FROM claims_mou_equipment e JOIN claims_mou_version v ON v.id = e.version_id "
                    + "WHERE v.status = 'EFFECTIVE' AND e.contingent_id IN (" + in + ") ORDER BY e.version_id, e.id")
                    .query(rs -> { equipment.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>())
                            .add(new MajorEquipmentLine(rs.getString(2), rs.getString(3),
                                    LeaseType.valueOf(rs.getString(4)), rs.getInt(5), rs.getBigDecimal(6))); });
            Map<Long, List<SelfSustainmentCategory>> categories = new java.util.HashMap<>();
            jdbc.sql("SELECT k.version_id, k.category, k.provided_by, k.rate FROM claims_mou_self_sustainment k "
                    + "JOIN claims_mou_version v ON v.id = k.version_id "
                    + "WHERE v.status = 'EFFECTIVE' AND k.contingent_id IN (" + in + ") ORDER BY k.version_id, k.id")
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
            Map<Long, List<Head>> byContingent = new LinkedHashMap<>();
            heads.forEach(h -> byContingent.computeIfAbsent(h.contingentId(), k -> new ArrayList<>()).add(h));
            for (Long id : chunk) {
                List<Head> versions = byContingent.getOrDefault(id, List.of());
                List<MouTimeline.Version> timeline = new ArrayList<>();
                for (Head head : versions) {
                    List<MajorEquipmentLine> lines = equipment.getOrDefault(head.versionId(), List.of());
                    List<SelfSustainmentCategory> cats = categories.getOrDefault(head.versionId(), List.of());
                    List<Verification> found = verifications.get(id);
                    if (versions.size() > 1 && found != null) {
                        found = forVersion(found, versions.stream().map(Head::versionId).toList(), head.versionId(),
                                equipment, categories);
                    }
                    timeline.add(new MouTimeline.Version(head.number(), head.effectiveFrom(), new ContingentInput(
                            head.deployed(), head.repatriated(), head.authorised(), head.factors(), troopCostRates,
                            returns.get(id), lines, cats, found)));
                }
                result.put(id, new MouTimeline(timeline));
            }
        }
        return result;
    }

    /**
     * The verifications as one version sees them: findings about lines (categories) that only OTHER versions hold
     * are left out, so that an Annex B line added by an amendment and inspected later does not make the earlier
     * version's months refused as "unknown line". Findings about lines no version holds stay (the rule set names them).
     */
    private static List<Verification> forVersion(List<Verification> all, List<Long> versionIds, long ownId,
                                                 Map<Long, List<MajorEquipmentLine>> equipment,
                                                 Map<Long, List<SelfSustainmentCategory>> categories) {
        java.util.Set<String> ownLines = new java.util.HashSet<>();
        java.util.Set<String> otherLines = new java.util.HashSet<>();
        java.util.Set<String> ownCategories = new java.util.HashSet<>();
        java.util.Set<String> otherCategories = new java.util.HashSet<>();
        for (long versionId : versionIds) {
            boolean own = versionId == ownId;
            equipment.getOrDefault(versionId, List.of()).forEach(l -> (own ? ownLines : otherLines).add(l.line()));
            categories.getOrDefault(versionId, List.of())
                    .forEach(k -> (own ? ownCategories : otherCategories).add(k.category()));
        }
        List<Verification> result = new ArrayList<>(all.size());
        for (Verification v : all) {
            Map<String, Integer> serviceable = new LinkedHashMap<>();
            v.serviceable().forEach((line, q) -> {
                if (ownLines.contains(line) || !otherLines.contains(line)) {
                    serviceable.put(line, q);
                }
            });
            Map<String, Rating> ratings = new LinkedHashMap<>();
            v.ratings().forEach((category, r) -> {
                if (ownCategories.contains(category) || !otherCategories.contains(category)) {
                    ratings.put(category, r);
                }
            });
            result.add(new Verification(v.date(), serviceable, ratings));
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
