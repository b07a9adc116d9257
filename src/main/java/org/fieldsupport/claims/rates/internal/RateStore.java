package org.fieldsupport.claims.rates.internal;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/**
 * COE rate tables: editions ({@code claims_rate_edition}) with their major-equipment and self-sustainment
 * rates, and the effective-dated troop-cost rates and death-and-disability standard amounts.
 */
@Repository
class RateStore {

    private static final String EDITION_COLUMNS = "e.id, e.code, e.title_en, e.title_fr, e.effective_from, "
            + "e.illustrative, e.source, e.currency, e.created_by, e.created_at";

    private final JdbcClient jdbc;

    RateStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    record Edition(long id, String code, String titleEn, String titleFr, LocalDate effectiveFrom,
                   boolean illustrative, String source, String currency, String createdBy,
                   OffsetDateTime createdAt) { }

    record EquipmentRow(String code, String category, String description, BigDecimal gfmv, int usefulLifeYears,
                        BigDecimal nfiFactor, BigDecimal maintenanceMonthly, BigDecimal dryMonthly,
                        BigDecimal wetMonthly, String categoryFr, String descriptionFr) { }

    record SelfSustainmentRow(String category, String description, BigDecimal perPersonPerMonth) { }

    record DatedAmount(LocalDate effectiveFrom, BigDecimal amount, String currency, String source) { }

    // ---- editions ----

    List<Edition> editions() {
        return jdbc.sql("SELECT " + EDITION_COLUMNS + " FROM claims_rate_edition e ORDER BY e.effective_from DESC")
                .query(RateStore::edition).list();
    }

    Optional<Edition> edition(String code) {
        return jdbc.sql("SELECT " + EDITION_COLUMNS + " FROM claims_rate_edition e WHERE e.code = ?")
                .param(code).query(RateStore::edition).optional();
    }

    /** The latest edition with effective_from on or before {@code on}. */
    Optional<Edition> editionInForce(LocalDate on) {
        return jdbc.sql("SELECT " + EDITION_COLUMNS + " FROM claims_rate_edition e WHERE e.effective_from = "
                        + "(SELECT MAX(x.effective_from) FROM claims_rate_edition x WHERE x.effective_from <= ?)")
                .param(on).query(RateStore::edition).optional();
    }

    boolean editionEffectiveOn(LocalDate from) {
        return jdbc.sql("SELECT COUNT(*) FROM claims_rate_edition WHERE effective_from = ?").param(from)
                .query(Long.class).single() > 0;
    }

    long insertEdition(String code, String titleEn, String titleFr, LocalDate effectiveFrom, boolean illustrative,
                       String source, String user) {
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("""
                        INSERT INTO claims_rate_edition (code, title_en, title_fr, effective_from, illustrative, source,
                            currency, created_by, created_at)
                        VALUES (?, ?, ?, ?, ?, ?, 'USD', ?, ?)""")
                .params(code, titleEn, titleFr, effectiveFrom, illustrative, source, user,
                        OffsetDateTime.now(ZoneOffset.UTC))
                .update(keys, "id");
        return keys.getKey().longValue();
    }

    void insertEquipment(long editionId, List<EquipmentRow> rows) {
        for (EquipmentRow r : rows) {
            jdbc.sql("""
                            INSERT INTO claims_equipment_rate (edition_id, equipment_code, category, description, gfmv,
                                useful_life_years, nfi_factor, maintenance_monthly, dry_monthly, wet_monthly, category_fr,
                                description_fr)
                            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                    .params(editionId, r.code(), r.category(), r.description(), r.gfmv(), r.usefulLifeYears(),
                            r.nfiFactor(), r.maintenanceMonthly(), r.dryMonthly(), r.wetMonthly(), r.categoryFr(),
                            r.descriptionFr())
                    .update();
        }
    }

    void insertSelfSustainment(long editionId, List<SelfSustainmentRow> rows) {
        for (SelfSustainmentRow r : rows) {
            jdbc.sql("INSERT INTO claims_self_sustainment_rate (edition_id, category, description, "
                            + "per_person_per_month) VALUES (?, ?, ?, ?)")
                    .params(editionId, r.category(), r.description(), r.perPersonPerMonth())
                    .update();
        }
    }

    List<EquipmentRow> equipment(long editionId) {
        return jdbc.sql("""
                        SELECT equipment_code, category, description, gfmv, useful_life_years, nfi_factor,
                               maintenance_monthly, dry_monthly, wet_monthly, category_fr, description_fr
                        FROM claims_equipment_rate WHERE edition_id = ? ORDER BY category, equipment_code""")
                .param(editionId)
                .query(RateStore::equipmentRow)
                .list();
    }

    Optional<EquipmentRow> equipment(long editionId, String code) {
        return jdbc.sql("""
                        SELECT equipment_code, category, description, gfmv, useful_life_years, nfi_factor,
                               maintenance_monthly, dry_monthly, wet_monthly, category_fr, description_fr
                        FROM claims_equipment_rate WHERE edition_id = ? AND equipment_code = ?""")
                .params(editionId, code)
                .query(RateStore::equipmentRow)
                .optional();
    }

    List<SelfSustainmentRow> selfSustainment(long editionId) {
        return jdbc.sql("SELECT category, description, per_person_per_month FROM claims_self_sustainment_rate "
                        + "WHERE edition_id = ? ORDER BY category")
                .param(editionId)
                .query((rs, n) -> new SelfSustainmentRow(rs.getString(1), rs.getString(2), rs.getBigDecimal(3)))
                .list();
    }

    int countEquipment(long editionId) {
        return jdbc.sql("SELECT COUNT(*) FROM claims_equipment_rate WHERE edition_id = ?").param(editionId)
                .query(Integer.class).single();
    }

    int countSelfSustainment(long editionId) {
        return jdbc.sql("SELECT COUNT(*) FROM claims_self_sustainment_rate WHERE edition_id = ?").param(editionId)
                .query(Integer.class).single();
    }

    // ---- troop cost and death-and-disability standard amount (effective-dated) ----

    List<DatedAmount> troopCostRates() {
        return jdbc.sql("SELECT effective_from, per_person_per_month, currency, source FROM claims_troop_cost_rate "
                        + "ORDER BY effective_from DESC")
                .query(RateStore::dated).list();
    }

    List<DatedAmount> ddStandardAmounts() {
        return jdbc.sql("SELECT effective_from, amount, currency, source FROM claims_dd_standard_amount "
                        + "ORDER BY effective_from DESC")
                .query(RateStore::dated).list();
    }

    void insertTroopCostRate(DatedAmount row) {
        jdbc.sql("INSERT INTO claims_troop_cost_rate (effective_from, per_person_per_month, currency, source) "
                        + "VALUES (?, ?, ?, ?)")
                .params(row.effectiveFrom(), row.amount(), row.currency(), row.source()).update();
    }

    void insertDdStandardAmount(DatedAmount row) {
        jdbc.sql("INSERT INTO claims_dd_standard_amount (effective_from, amount, currency, source) "
                        + "VALUES (?, ?, ?, ?)")
                .params(row.effectiveFrom(), row.amount(), row.currency(), row.source()).update();
    }

    private static EquipmentRow equipmentRow(ResultSet rs, int n) throws SQLException {
        return new EquipmentRow(rs.getString(1), rs.getString(2), rs.getString(3), rs.getBigDecimal(4), rs.getInt(5),
                rs.getBigDecimal(6), rs.getBigDecimal(7), rs.getBigDecimal(8), rs.getBigDecimal(9), rs.getString(10),
                rs.getString(11));
    }

    private static DatedAmount dated(ResultSet rs, int n) throws SQLException {
        return new DatedAmount(rs.getObject(1, LocalDate.class), rs.getBigDecimal(2), rs.getString(3).trim(),
                rs.getString(4));
    }

    private static Edition edition(ResultSet rs, int n) throws SQLException {
        return new Edition(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                rs.getObject(5, LocalDate.class), rs.getBoolean(6), rs.getString(7), rs.getString(8).trim(),
                rs.getString(9), rs.getObject(10, OffsetDateTime.class));
    }
}
