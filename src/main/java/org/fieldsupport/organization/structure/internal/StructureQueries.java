package org.fieldsupport.organization.structure.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.fieldsupport.organization.LineType;
import org.fieldsupport.organization.PersonSummary;
import org.fieldsupport.organization.PositionSummary;
import org.fieldsupport.organization.UnitKind;
import org.fieldsupport.organization.UnitSummary;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Read model of the structure: plain SQL through JdbcClient, effective-dated by {@code asOf}; chains and
 * subtrees by recursive common table expressions (same SQL on H2 and PostgreSQL).
 */
@Repository
public class StructureQueries {

    static final String IN_FORCE = "%1$s.valid_from <= :d AND (%1$s.valid_to IS NULL OR %1$s.valid_to >= :d)";
    private static final int MAX_DEPTH = 60;

    private static final String POSITION_COLUMNS = """
            p.code, p.title_fr, p.title_en, p.grade_code, p.unit_code, p.mission_code, p.is_head, p.valid_from,
            p.valid_to, per.id AS person_id, per.index_number, per.full_name, per.email, per.username""";

    private static final String INCUMBENT_JOINS = """
            LEFT JOIN org_incumbency i ON i.position_code = COALESCE(p.ex_officio_of, p.code)
                 AND i.valid_from <= :d AND (i.valid_to IS NULL OR i.valid_to >= :d)
            LEFT JOIN org_person per ON per.id = i.person_id""";

    private static final String POSITION_FROM = "org_position p " + INCUMBENT_JOINS;

    private final JdbcClient jdbc;

    public StructureQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    static String inForce(String alias) {
        return IN_FORCE.formatted(alias);
    }

    // ---- units ----

    public Optional<UnitSummary> unit(String code, LocalDate d) {
        return jdbc.sql("SELECT * FROM org_unit u WHERE u.code = :code AND " + inForce("u"))
                .param("code", code).param("d", d).query(StructureQueries::unitRow).optional();
    }

    public List<UnitSummary> units(LocalDate d) {
        return jdbc.sql("SELECT * FROM org_unit u WHERE " + inForce("u") + " ORDER BY u.code")
                .param("d", d).query(StructureQueries::unitRow).list();
    }

    public List<UnitSummary> children(String parentCode, LocalDate d) {
        return jdbc.sql("SELECT * FROM org_unit u WHERE u.parent_code = :p AND " + inForce("u") + " ORDER BY u.code")
                .param("p", parentCode).param("d", d).query(StructureQueries::unitRow).list();
    }

    /** The unit first, then its descendants, breadth first. */
    public List<UnitSummary> subtree(String code, LocalDate d) {
        return jdbc.sql("""
                WITH RECURSIVE tree(code, depth) AS (
                    SELECT u.code, 0 FROM org_unit u WHERE u.code = :code AND %s
                    UNION ALL
                    SELECT u.code, t.depth + 1 FROM tree t JOIN org_unit u ON u.parent_code = t.code AND %s
                    WHERE t.depth < %d)
                SELECT u.* FROM tree t JOIN org_unit u ON u.code = t.code AND %s ORDER BY t.depth, u.code
                """.formatted(inForce("u"), inForce("u"), MAX_DEPTH, inForce("u")))
                .param("code", code).param("d", d).query(StructureQueries::unitRow).list();
    }

    /** The number of units below the unit (all levels), as {@code subtree(code, d).size() - 1}, counted in SQL. */
    public int subtreeSize(String code, LocalDate d) {
        Integer n = jdbc.sql("""
                WITH RECURSIVE tree(code, depth) AS (
                    SELECT u.code, 0 FROM org_unit u WHERE u.code = :code AND %s
                    UNION ALL
                    SELECT u.code, t.depth + 1 FROM tree t JOIN org_unit u ON u.parent_code = t.code AND %s
                    WHERE t.depth < %d)
                SELECT COUNT(*) FROM tree t JOIN org_unit u ON u.code = t.code AND %s
                """.formatted(inForce("u"), inForce("u"), MAX_DEPTH, inForce("u")))
                .param("code", code).param("d", d).query(Integer.class).single();
        return n == null || n == 0 ? 0 : n - 1;
    }

    /** The unit's ancestors, nearest first, in one statement (rather than a code list then a unit each). */
    public List<UnitSummary> ancestors(String code, LocalDate d) {
        return jdbc.sql("""
                WITH RECURSIVE up(code, parent_code, depth) AS (
                    SELECT u.code, u.parent_code, 0 FROM org_unit u WHERE u.code = :code AND %s
                    UNION ALL
                    SELECT u.code, u.parent_code, up.depth + 1 FROM up JOIN org_unit u ON u.code = up.parent_code AND %s
                    WHERE up.depth < %d)
                SELECT u.* FROM up JOIN org_unit u ON u.code = up.code AND %s WHERE up.depth > 0 ORDER BY up.depth
                """.formatted(inForce("u"), inForce("u"), MAX_DEPTH, inForce("u")))
                .param("code", code).param("d", d).query(StructureQueries::unitRow).list();
    }

    /** Codes of the unit's ancestors, nearest first. */
    public List<String> ancestorCodes(String code, LocalDate d) {
        return jdbc.sql("""
                WITH RECURSIVE up(code, parent_code, depth) AS (
                    SELECT u.code, u.parent_code, 0 FROM org_unit u WHERE u.code = :code AND %s
                    UNION ALL
                    SELECT u.code, u.parent_code, up.depth + 1 FROM up JOIN org_unit u ON u.code = up.parent_code AND %s
                    WHERE up.depth < %d)
                SELECT code FROM up WHERE depth > 0 ORDER BY depth
                """.formatted(inForce("u"), inForce("u"), MAX_DEPTH))
                .param("code", code).param("d", d).query(String.class).list();
    }

    // ---- positions ----

    public Optional<PositionSummary> position(String code, LocalDate d) {
        return jdbc.sql("SELECT " + POSITION_COLUMNS + " FROM " + POSITION_FROM + " WHERE p.code = :code AND " + inForce("p"))
                .param("code", code).param("d", d).query(StructureQueries::positionRow).optional();
    }

    public List<PositionSummary> positionsOfUnit(String unitCode, LocalDate d) {
        return jdbc.sql("SELECT " + POSITION_COLUMNS + " FROM " + POSITION_FROM
                        + " WHERE p.unit_code = :u AND " + inForce("p") + " ORDER BY p.is_head DESC, p.code")
                .param("u", unitCode).param("d", d).query(StructureQueries::positionRow).list();
    }

    public List<PositionSummary> positionsOfMission(String missionCode, LocalDate d) {
        return jdbc.sql("SELECT " + POSITION_COLUMNS + " FROM " + POSITION_FROM
                        + " WHERE p.mission_code = :m AND " + inForce("p") + " ORDER BY p.code")
                .param("m", missionCode).param("d", d).query(StructureQueries::positionRow).list();
    }

    public Optional<PositionSummary> headOf(String unitCode, LocalDate d) {
        return jdbc.sql("SELECT " + POSITION_COLUMNS + " FROM " + POSITION_FROM
                        + " WHERE p.unit_code = :u AND p.is_head = TRUE AND " + inForce("p") + " ORDER BY p.code")
                .param("u", unitCode).param("d", d).query(StructureQueries::positionRow).list()
                .stream().findFirst();
    }

    /** Head positions of many units at once (unit code → head). */
    public Map<String, PositionSummary> headsOf(LocalDate d) {
        Map<String, PositionSummary> heads = new LinkedHashMap<>();
        jdbc.sql("SELECT " + POSITION_COLUMNS + " FROM " + POSITION_FROM
                        + " WHERE p.is_head = TRUE AND p.unit_code IS NOT NULL AND " + inForce("p") + " ORDER BY p.code")
                .param("d", d).query(StructureQueries::positionRow).list()
                .forEach(p -> heads.putIfAbsent(p.unitCode(), p));
        return heads;
    }

    /** The position first, then the positions above it along LINE reporting lines. */
    public List<PositionSummary> reportingChain(String positionCode, LocalDate d) {
        return jdbc.sql("""
                WITH RECURSIVE chain(code, depth) AS (
                    SELECT CAST(:code AS VARCHAR(80)), 0
                    UNION ALL
                    SELECT l.to_position_code, c.depth + 1 FROM chain c
                      JOIN org_reporting_line l ON l.from_position_code = c.code AND l.line_type = 'LINE' AND %s
                     WHERE l.to_position_code IS NOT NULL AND c.depth < %d)
                SELECT %s FROM chain c JOIN org_position p ON p.code = c.code AND %s %s ORDER BY c.depth
                """.formatted(inForce("l"), MAX_DEPTH, POSITION_COLUMNS, inForce("p"), INCUMBENT_JOINS))
                .param("code", positionCode).param("d", d).query(StructureQueries::positionRow).list();
    }

    public record Line(long id, String fromPosition, String toPosition, String toExternal, LineType type,
                       String paragraph, LocalDate validFrom, LocalDate validTo) { }

    /** The lines leaving any of the positions, in one statement. */
    public List<Line> linesFrom(java.util.Collection<String> positionCodes, LocalDate d) {
        if (positionCodes.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("SELECT * FROM org_reporting_line l WHERE l.from_position_code IN (:p) AND " + inForce("l")
                        + " ORDER BY l.line_type, l.id")
                .param("p", positionCodes).param("d", d).query(StructureQueries::lineRow).list();
    }

    public List<Line> linesFrom(String positionCode, LocalDate d) {
        return jdbc.sql("SELECT * FROM org_reporting_line l WHERE l.from_position_code = :p AND " + inForce("l")
                        + " ORDER BY l.line_type, l.id")
                .param("p", positionCode).param("d", d).query(StructureQueries::lineRow).list();
    }

    public List<Line> lines(LocalDate d) {
        return jdbc.sql("SELECT * FROM org_reporting_line l WHERE " + inForce("l") + " ORDER BY l.id")
                .param("d", d).query(StructureQueries::lineRow).list();
    }

    public List<PositionSummary> directReports(String positionCode, LocalDate d) {
        return jdbc.sql("SELECT " + POSITION_COLUMNS + " FROM org_reporting_line l JOIN org_position p"
                        + " ON p.code = l.from_position_code AND " + inForce("p") + " " + INCUMBENT_JOINS
                        + " WHERE l.to_position_code = :p AND " + inForce("l") + " ORDER BY p.code")
                .param("p", positionCode).param("d", d).query(StructureQueries::positionRow).list();
    }

    // ---- persons ----

    public Optional<PersonSummary> person(String key) {
        String sql = "SELECT id AS person_id, index_number, full_name, email, username FROM org_person WHERE ";
        if (key.chars().allMatch(Character::isDigit) && key.length() < 12) {
            Optional<PersonSummary> byId = jdbc.sql(sql + "id = :k").param("k", Long.parseLong(key))
                    .query(StructureQueries::personRow).optional();
            if (byId.isPresent()) return byId;
        }
        return jdbc.sql(sql + "username = :k OR index_number = :k ORDER BY id").param("k", key)
                .query(StructureQueries::personRow).list().stream().findFirst();
    }

    public List<PersonSummary> persons() {
        return jdbc.sql("SELECT id AS person_id, index_number, full_name, email, username FROM org_person ORDER BY full_name")
                .query(StructureQueries::personRow).list();
    }

    /** Positions held by the person on the date, directly or ex officio. */
    public List<PositionSummary> positionsHeldBy(long personId, LocalDate d) {
        return jdbc.sql("SELECT " + POSITION_COLUMNS + " FROM " + POSITION_FROM
                        + " WHERE per.id = :id AND " + inForce("p") + " ORDER BY p.code")
                .param("id", personId).param("d", d).query(StructureQueries::positionRow).list();
    }

    // ---- row mappers ----

    static UnitSummary unitRow(ResultSet rs, int n) throws SQLException {
        return new UnitSummary(rs.getString("code"), UnitKind.valueOf(rs.getString("kind")), rs.getString("name_fr"),
                rs.getString("name_en"), rs.getString("parent_code"), rs.getString("paragraphs"),
                date(rs, "valid_from"), date(rs, "valid_to"));
    }

    static PositionSummary positionRow(ResultSet rs, int n) throws SQLException {
        long personId = rs.getLong("person_id");
        PersonSummary person = rs.wasNull() ? null : personRow(rs, n);
        return new PositionSummary(rs.getString("code"), rs.getString("title_fr"), rs.getString("title_en"),
                rs.getString("grade_code"), rs.getString("unit_code"), rs.getString("mission_code"),
                rs.getBoolean("is_head"), person, date(rs, "valid_from"), date(rs, "valid_to"));
    }

    static PersonSummary personRow(ResultSet rs, int n) throws SQLException {
        return new PersonSummary(rs.getLong("person_id"), rs.getString("index_number"), rs.getString("full_name"),
                rs.getString("email"), rs.getString("username"));
    }

    static Line lineRow(ResultSet rs, int n) throws SQLException {
        return new Line(rs.getLong("id"), rs.getString("from_position_code"), rs.getString("to_position_code"),
                rs.getString("to_external_code"), LineType.valueOf(rs.getString("line_type")),
                rs.getString("paragraph"), date(rs, "valid_from"), date(rs, "valid_to"));
    }

    static LocalDate date(ResultSet rs, String column) throws SQLException {
        java.sql.Date value = rs.getDate(column);
        return value == null ? null : value.toLocalDate();
    }

    static List<String> split(String csv) {
        List<String> out = new ArrayList<>();
        if (csv == null) return out;
        for (String s : csv.split(",")) if (!s.isBlank()) out.add(s.trim());
        return out;
    }
}
