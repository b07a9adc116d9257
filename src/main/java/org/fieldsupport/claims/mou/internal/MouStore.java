package org.fieldsupport.claims.mou.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.fieldsupport.claims.rules.domain.MissionFactors;
import org.fieldsupport.claims.shared.internal.ClaimsAccess;
import org.fieldsupport.claims.shared.internal.EquipmentLabels;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** MOU versions of contingents with their Annex B lines and Annex C categories; plain SQL. */
@Repository
public class MouStore {

    private final JdbcClient jdbc;
    private final ContingentData contingents;

    MouStore(JdbcClient jdbc, ContingentData contingents) {
        this.jdbc = jdbc;
        this.contingents = contingents;
    }

    /** A contingent's identity (its terms live in its versions). */
    public record Contingent(long id, String reference, String missionCode, String memberState, String unitType,
                      boolean illustrative, int authorisedStrength, LocalDate deployedOn, LocalDate repatriatedOn) { }

    /** An Annex B line; {@code categoryFr}/{@code descriptionFr} null when no French label is known. */
    public record Line(String line, String category, String description, String leaseType, int mouQuantity,
                BigDecimal monthlyRate, String equipmentCode, String rateBasis, String rateEdition,
                String justification, String categoryFr, String descriptionFr) {

        /** The category in the reader's language ({@link EquipmentLabels}). */
        public String category(java.util.Locale locale) {
            return EquipmentLabels.of(locale, category, categoryFr);
        }

        public String description(java.util.Locale locale) {
            return EquipmentLabels.of(locale, description, descriptionFr);
        }
    }

    public record Category(String category, String providedBy, BigDecimal rate, String rateBasis, String rateEdition,
                    String justification) { }

    public record Version(long id, long contingentId, int number, String kind, String status, LocalDate effectiveFrom,
                   String reference, String reason, int authorisedStrength, MissionFactors factors,
                   LocalDate deployedOn, LocalDate repatriatedOn, String createdBy, OffsetDateTime createdAt,
                   String effectiveBy, OffsetDateTime effectiveAt, long lockVersion, List<Line> equipment,
                   List<Category> categories) {

        public boolean draft() { return "DRAFT".equals(status); }
    }

    /** Filter of the contingent list; {@code visible} null = everything. */
    record Filter(String mission, String memberState, String unitType, ClaimsAccess.Visible visible) { }

    private static final String CONTINGENT_COLUMNS = """
            id, reference, mission_code, member_state, unit_type, illustrative, authorised_strength, deployed_on,
            repatriated_on""";

    Optional<Contingent> contingent(long id) {
        return jdbc.sql("SELECT " + CONTINGENT_COLUMNS + " FROM claims_contingent WHERE id = ?").param(id)
                .query(MouStore::contingentRow).optional();
    }

    boolean referenceTaken(String reference) {
        return contingents.idOf(reference).isPresent();
    }

    List<Contingent> list(Filter f) {
        StringBuilder sql = new StringBuilder("SELECT " + CONTINGENT_COLUMNS + " FROM claims_contingent WHERE 1 = 1");
        List<Object> params = new ArrayList<>();
        if (f.mission() != null) {
            sql.append(" AND mission_code = ?");
            params.add(f.mission());
        }
        if (f.memberState() != null) {
            sql.append(" AND member_state = ?");
            params.add(f.memberState());
        }
        if (f.unitType() != null) {
            sql.append(" AND unit_type = ?");
            params.add(f.unitType());
        }
        if (f.visible() != null) {
            List<String> ors = new ArrayList<>();
            if (!f.visible().missions().isEmpty()) {
                ors.add("mission_code IN (" + placeholders(f.visible().missions().size()) + ")");
                params.addAll(f.visible().missions());
            }
            if (!f.visible().memberStates().isEmpty()) {
                ors.add("member_state IN (" + placeholders(f.visible().memberStates().size()) + ")");
                params.addAll(f.visible().memberStates());
            }
            sql.append(ors.isEmpty() ? " AND 1 = 0" : " AND (" + String.join(" OR ", ors) + ")");
        }
        sql.append(" ORDER BY mission_code, member_state, reference");
        return jdbc.sql(sql.toString()).params(params).query(MouStore::contingentRow).list();
    }

    private static String placeholders(int n) {
        return String.join(", ", java.util.Collections.nCopies(n, "?"));
    }

    private static Contingent contingentRow(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        return new Contingent(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                rs.getBoolean(6), rs.getInt(7), rs.getObject(8, LocalDate.class), rs.getObject(9, LocalDate.class));
    }

    /** Every version of a contingent, oldest first, with its annexes. */
    List<Version> versions(long contingentId) {
        Map<Long, List<Line>> lines = new LinkedHashMap<>();
        jdbc.sql("""
                SELECT version_id, line, category, description, lease_type, mou_quantity, monthly_rate, equipment_code,
                       rate_basis, rate_edition, justification, category_fr, description_fr
                FROM claims_mou_equipment WHERE contingent_id = ? ORDER BY version_id, id""")
                .param(contingentId)
                .query(rs -> { lines.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(new Line(
                        rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5), rs.getInt(6),
                        rs.getBigDecimal(7), rs.getString(8), rs.getString(9), rs.getString(10), rs.getString(11),
                        rs.getString(12), rs.getString(13))); });
        Map<Long, List<Category>> categories = new LinkedHashMap<>();
        jdbc.sql("""
                SELECT version_id, category, provided_by, rate, rate_basis, rate_edition, justification
                FROM claims_mou_self_sustainment WHERE contingent_id = ? ORDER BY version_id, id""")
                .param(contingentId)
                .query(rs -> { categories.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(new Category(
                        rs.getString(2), rs.getString(3), rs.getBigDecimal(4), rs.getString(5), rs.getString(6),
                        rs.getString(7))); });
        return jdbc.sql("""
                SELECT id, contingent_id, version_number, kind, status, effective_from, reference, reason,
                       authorised_strength, factor_environmental, factor_intensified, factor_hostile, factor_transport,
                       deployed_on, repatriated_on, created_by, created_at, effective_by, effective_at, lock_version
                FROM claims_mou_version WHERE contingent_id = ? ORDER BY version_number""")
                .param(contingentId)
                .query((rs, n) -> new Version(rs.getLong(1), rs.getLong(2), rs.getInt(3), rs.getString(4),
                        rs.getString(5), rs.getObject(6, LocalDate.class), rs.getString(7), rs.getString(8),
                        rs.getInt(9), new MissionFactors(rs.getBigDecimal(10), rs.getBigDecimal(11),
                        rs.getBigDecimal(12), rs.getBigDecimal(13)), rs.getObject(14, LocalDate.class),
                        rs.getObject(15, LocalDate.class), rs.getString(16), rs.getObject(17, OffsetDateTime.class),
                        rs.getString(18), rs.getObject(19, OffsetDateTime.class), rs.getLong(20),
                        lines.getOrDefault(rs.getLong(1), List.of()), categories.getOrDefault(rs.getLong(1), List.of())))
                .list();
    }

    long insertContingent(String reference, String mission, String memberState, String unitType, Version terms,
                          String user, OffsetDateTime now) {
        org.springframework.jdbc.support.GeneratedKeyHolder keys = new org.springframework.jdbc.support.GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO claims_contingent (reference, mission_code, member_state, unit_type, authorised_strength,
                    factor_environmental, factor_intensified, factor_hostile, factor_transport, deployed_on,
                    repatriated_on, illustrative, version, created_by, created_at, modified_by, modified_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, FALSE, 0, ?, ?, ?, ?)""")
                .params(reference, mission, memberState, unitType, terms.authorisedStrength(),
                        terms.factors().environmental(), terms.factors().intensifiedOperational(),
                        terms.factors().hostileAction(), terms.factors().transport(), terms.deployedOn(),
                        terms.repatriatedOn(), user, now, user, now)
                .update(keys, "id");
        return keys.getKey().longValue();
    }

    /** Inserts a version (DRAFT or EFFECTIVE) with its annexes; returns its id. */
    long insertVersion(long contingentId, Version v, String user, OffsetDateTime now) {
        long id = contingents.insertVersion(contingentId, v.number(), v.kind(), v.status(), v.effectiveFrom(),
                v.reference(), v.reason(), v.authorisedStrength(), v.factors(), v.deployedOn(), v.repatriatedOn(), user,
                now);
        insertAnnexes(contingentId, id, v);
        return id;
    }

    private void insertAnnexes(long contingentId, long versionId, Version v) {
        for (Line l : v.equipment()) {
            contingents.insertEquipment(contingentId, versionId, new NewContingent.Equipment(l.line(), l.category(),
                    l.description(), org.fieldsupport.claims.rules.domain.LeaseType.valueOf(l.leaseType()), l.mouQuantity(),
                    l.monthlyRate(), l.equipmentCode(), NewContingent.RateBasis.valueOf(l.rateBasis()), l.rateEdition(),
                    l.justification(), l.categoryFr(), l.descriptionFr()));
        }
        for (Category k : v.categories()) {
            contingents.insertCategory(contingentId, versionId, new NewContingent.Category(k.category(),
                    org.fieldsupport.claims.rules.domain.Provider.valueOf(k.providedBy()), k.rate(),
                    NewContingent.RateBasis.valueOf(k.rateBasis()), k.rateEdition(), k.justification()));
        }
    }

    /**
     * Replaces a DRAFT version's terms and annexes (never a version that took effect: the statement only
     * touches drafts, and refuses when someone else changed the draft meanwhile).
     */
    void replaceDraft(Version v) {
        int updated = jdbc.sql("""
                UPDATE claims_mou_version SET effective_from = ?, reference = ?, reason = ?, authorised_strength = ?,
                    factor_environmental = ?, factor_intensified = ?, factor_hostile = ?, factor_transport = ?,
                    deployed_on = ?, repatriated_on = ?, lock_version = lock_version + 1
                WHERE id = ? AND status = 'DRAFT' AND lock_version = ?""")
                .params(v.effectiveFrom(), v.reference(), v.reason(), v.authorisedStrength(),
                        v.factors().environmental(), v.factors().intensifiedOperational(), v.factors().hostileAction(),
                        v.factors().transport(), v.deployedOn(), v.repatriatedOn(), v.id(), v.lockVersion())
                .update();
        if (updated != 1) {
            throw new OptimisticLockingFailureException("MOU version " + v.id() + " changed meanwhile");
        }
        jdbc.sql("DELETE FROM claims_mou_equipment WHERE version_id = ?").param(v.id()).update();
        jdbc.sql("DELETE FROM claims_mou_self_sustainment WHERE version_id = ?").param(v.id()).update();
        insertAnnexes(v.contingentId(), v.id(), v);
    }

    /** Marks a draft as having taken effect and copies its terms to the contingent (the latest terms). */
    void takeEffect(Version v, String user, OffsetDateTime now) {
        int updated = jdbc.sql("""
                UPDATE claims_mou_version SET status = 'EFFECTIVE', effective_by = ?, effective_at = ?,
                    lock_version = lock_version + 1
                WHERE id = ? AND status = 'DRAFT' AND lock_version = ?""")
                .params(user, now, v.id(), v.lockVersion())
                .update();
        if (updated != 1) {
            throw new OptimisticLockingFailureException("MOU version " + v.id() + " changed meanwhile");
        }
        jdbc.sql("""
                UPDATE claims_contingent SET authorised_strength = ?, factor_environmental = ?, factor_intensified = ?,
                    factor_hostile = ?, factor_transport = ?, deployed_on = ?, repatriated_on = ?,
                    version = version + 1, modified_by = ?, modified_at = ?
                WHERE id = ?""")
                .params(v.authorisedStrength(), v.factors().environmental(), v.factors().intensifiedOperational(),
                        v.factors().hostileAction(), v.factors().transport(), v.deployedOn(), v.repatriatedOn(), user,
                        now, v.contingentId())
                .update();
    }

    void deleteDraft(Version v) {
        jdbc.sql("DELETE FROM claims_mou_equipment WHERE version_id = ?").param(v.id()).update();
        jdbc.sql("DELETE FROM claims_mou_self_sustainment WHERE version_id = ?").param(v.id()).update();
        int deleted = jdbc.sql("DELETE FROM claims_mou_version WHERE id = ? AND status = 'DRAFT' AND lock_version = ?")
                .params(v.id(), v.lockVersion()).update();
        if (deleted != 1) {
            throw new OptimisticLockingFailureException("MOU version " + v.id() + " changed meanwhile");
        }
    }

    static OffsetDateTime now() {
        return OffsetDateTime.now(ZoneOffset.UTC);
    }
}
