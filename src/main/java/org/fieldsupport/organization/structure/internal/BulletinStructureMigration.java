package org.fieldsupport.organization.structure.internal;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.fieldsupport.organization.UnitKind;
import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.Context;
import org.flywaydb.core.api.migration.JavaMigration;
import org.springframework.stereotype.Component;

/**
 * Flyway migration 10.2: loads the bulletin ST/SGB/2010/2 as reference data on first start — external
 * entities, the 52 units, a head position per unit with its reporting line, and the bulletin's 30
 * relations. Runs once (Flyway records it); afterwards the rows are ordinary, editable data.
 * Spring Boot hands JavaMigration beans to Flyway.
 */
@Component
public class BulletinStructureMigration implements JavaMigration {

    /** ST/SGB/2010/2 was issued on 1 February 2010 and took effect on publication (10.1). */
    public static final LocalDate BULLETIN_DATE = LocalDate.of(2010, 2, 1);
    public static final String SOURCE = "ST/SGB/2010/2";
    private static final String LOADER = "system:bulletin";

    @Override
    public MigrationVersion getVersion() {
        return MigrationVersion.fromVersion("10.2");
    }

    @Override
    public String getDescription() {
        return "load bulletin ST SGB 2010 2 structure";
    }

    @Override
    public Integer getChecksum() {
        return null;
    }

    @Override
    public boolean canExecuteInTransaction() {
        return true;
    }

    @Override
    public void migrate(Context context) throws Exception {
        Connection c = context.getConnection();
        OffsetDateTime now = OffsetDateTime.now();
        loadExternalEntities(c, now);
        List<Map<String, String>> units = Tsv.read("units.tsv");
        loadUnits(c, units, now);
        loadHeadPositions(c, units, now);
        loadRelations(c, now);
    }

    private void loadExternalEntities(Connection c, OffsetDateTime now) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("""
                INSERT INTO org_external_entity (code, name_fr, name_en, source, version, created_by, created_at,
                    modified_by, modified_at) VALUES (?, ?, ?, ?, 0, ?, ?, ?, ?)""")) {
            for (Map<String, String> row : Tsv.read("external-entities.tsv")) {
                ps.setString(1, row.get("code"));
                ps.setString(2, row.get("name_fr"));
                ps.setString(3, row.get("name_en"));
                ps.setString(4, SOURCE);
                audit(ps, 5, now);
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    private void loadUnits(Connection c, List<Map<String, String>> units, OffsetDateTime now) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("""
                INSERT INTO org_unit (code, kind, name_fr, name_en, parent_code, paragraphs, source, valid_from,
                    valid_to, version, created_by, created_at, modified_by, modified_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, NULL, 0, ?, ?, ?, ?)""")) {
            for (Map<String, String> row : units) {
                ps.setString(1, row.get("code"));
                ps.setString(2, UnitKind.parse(row.get("kind")).name());
                ps.setString(3, row.get("name_fr"));
                ps.setString(4, row.get("name_en"));
                ps.setString(5, blankToNull(row.get("parent")));
                ps.setString(6, row.get("paragraphs"));
                ps.setString(7, SOURCE);
                ps.setDate(8, Date.valueOf(BULLETIN_DATE));
                audit(ps, 9, now);
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    /**
     * One head position per unit ({@code <UNIT>-HEAD}). An office headed by the same official as its parent
     * (same title, same superior: the Office of the Director and its Director) gets a position held
     * ex officio by the parent's head.
     */
    private void loadHeadPositions(Connection c, List<Map<String, String>> units, OffsetDateTime now)
            throws SQLException {
        Map<String, Map<String, String>> byCode = new HashMap<>();
        units.forEach(u -> byCode.put(u.get("code"), u));
        try (PreparedStatement pos = c.prepareStatement("""
                INSERT INTO org_position (code, unit_code, mission_code, title_fr, title_en, grade_code, is_head,
                    ex_officio_of, paragraph, valid_from, valid_to, version, created_by, created_at, modified_by,
                    modified_at) VALUES (?, ?, NULL, ?, ?, ?, TRUE, ?, ?, ?, NULL, 0, ?, ?, ?, ?)""");
             PreparedStatement line = c.prepareStatement("""
                INSERT INTO org_reporting_line (from_position_code, to_position_code, to_external_code, line_type,
                    paragraph, valid_from, valid_to, version, created_by, created_at, modified_by, modified_at)
                VALUES (?, ?, ?, 'LINE', ?, ?, NULL, 0, ?, ?, ?, ?)""")) {
            for (Map<String, String> row : units) {
                String code = row.get("code");
                String headFr = row.get("head_fr");
                UnitKind kind = UnitKind.parse(row.get("kind"));
                String paragraph = row.get("paragraphs").split(" ")[0];
                Map<String, String> parent = byCode.get(row.get("parent"));
                String exOfficio = parent != null && parent.get("head_fr").equals(headFr)
                        && parent.get("head_reports_to").equals(row.get("head_reports_to"))
                        ? parent.get("code") + "-HEAD" : null;
                pos.setString(1, code + "-HEAD");
                pos.setString(2, code);
                pos.setString(3, HeadTitles.titleFr(headFr, row.get("name_fr")));
                pos.setString(4, HeadTitles.titleEn(headFr, row.get("name_en")));
                pos.setString(5, HeadTitles.grade(headFr, kind));
                pos.setString(6, exOfficio);
                pos.setString(7, paragraph);
                pos.setDate(8, Date.valueOf(BULLETIN_DATE));
                audit(pos, 9, now);
                pos.addBatch();

                String to = row.get("head_reports_to");
                boolean external = to.startsWith("EXT-");
                line.setString(1, code + "-HEAD");
                line.setString(2, external ? null : to + "-HEAD");
                line.setString(3, external ? to : null);
                line.setString(4, paragraph);
                line.setDate(5, Date.valueOf(BULLETIN_DATE));
                audit(line, 6, now);
                line.addBatch();
            }
            pos.executeBatch();
            line.executeBatch();
        }
    }

    private void loadRelations(Connection c, OffsetDateTime now) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("""
                INSERT INTO org_relation (from_code, relation, to_code, scope_text, mission_types, available_to, dual,
                    paragraph, source, valid_from, valid_to, version, created_by, created_at, modified_by, modified_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, NULL, 0, ?, ?, ?, ?)""")) {
            for (Map<String, String> row : Tsv.read("relations.tsv")) {
                String scope = row.get("scope");
                String lower = scope.toLowerCase(java.util.Locale.ROOT);
                ps.setString(1, row.get("from"));
                ps.setString(2, row.get("relation"));
                ps.setString(3, row.get("to"));
                ps.setString(4, blankToNull(scope));
                ps.setString(5, missionTypes(row.get("relation"), lower));
                ps.setString(6, "shared_with".equals(row.get("relation")) && lower.contains("dpa") ? "EXT-DPA" : null);
                ps.setBoolean(7, lower.contains("dual"));
                ps.setString(8, row.get("paragraph"));
                ps.setString(9, SOURCE);
                ps.setDate(10, Date.valueOf(BULLETIN_DATE));
                audit(ps, 11, now);
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    /** 2.4.a: peacekeeping (and other DPKO-directed missions); 2.4.b: special political missions and other presences. */
    static String missionTypes(String relation, String lowerScope) {
        if (!"takes_instructions_from".equals(relation)) return null;
        if (lowerScope.contains("peacekeeping")) return "PEACEKEEPING_OPERATION";
        if (lowerScope.contains("special political")) return "SPECIAL_POLITICAL_MISSION,OTHER_FIELD_PRESENCE";
        return null;
    }

    private static void audit(PreparedStatement ps, int firstIndex, OffsetDateTime now) throws SQLException {
        ps.setString(firstIndex, LOADER);
        ps.setObject(firstIndex + 1, now);
        ps.setString(firstIndex + 2, LOADER);
        ps.setObject(firstIndex + 3, now);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
