package org.fieldsupport.organization.mission.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.fieldsupport.organization.MissionPhase;
import org.fieldsupport.organization.MissionSummary;
import org.fieldsupport.organization.MissionType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Missions as others read them: plain SQL (the aggregate is loaded only to change it). */
@Repository
class MissionReadModel {

    private final JdbcClient jdbc;

    MissionReadModel(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<MissionSummary> find(String code) {
        List<Row> rows = jdbc.sql("SELECT * FROM org_mission WHERE code = :c").param("c", code).query(MissionReadModel::row).list();
        if (rows.isEmpty()) return Optional.empty();
        Row r = rows.get(0);
        List<String> countries = jdbc.sql("SELECT country_code FROM org_mission_host_country WHERE org_mission = :id ORDER BY country_code")
                .param("id", r.id).query(String.class).list();
        List<String> resolutions = jdbc.sql("SELECT symbol FROM org_mission_resolution WHERE org_mission = :id ORDER BY org_mission_key")
                .param("id", r.id).query(String.class).list();
        return Optional.of(r.summary(countries, resolutions));
    }

    List<MissionSummary> all() {
        List<Row> rows = jdbc.sql("SELECT * FROM org_mission ORDER BY code").query(MissionReadModel::row).list();
        Map<Long, List<String>> countries = new HashMap<>();
        jdbc.sql("SELECT org_mission, country_code FROM org_mission_host_country ORDER BY country_code")
                .query((rs, n) -> Map.entry(rs.getLong(1), rs.getString(2))).list()
                .forEach(e -> countries.computeIfAbsent(e.getKey(), k -> new ArrayList<>()).add(e.getValue()));
        Map<Long, List<String>> resolutions = new HashMap<>();
        jdbc.sql("SELECT org_mission, symbol FROM org_mission_resolution ORDER BY org_mission, org_mission_key")
                .query((rs, n) -> Map.entry(rs.getLong(1), rs.getString(2))).list()
                .forEach(e -> resolutions.computeIfAbsent(e.getKey(), k -> new ArrayList<>()).add(e.getValue()));
        return rows.stream().map(r -> r.summary(countries.getOrDefault(r.id, List.of()),
                resolutions.getOrDefault(r.id, List.of()))).toList();
    }

    private record Row(long id, String code, String nameFr, String nameEn, MissionType type, String lead,
                       String hq, java.math.BigDecimal lat, java.math.BigDecimal lon, java.time.LocalDate start,
                       java.time.LocalDate end, MissionPhase phase, String hr, String iot) {
        MissionSummary summary(List<String> countries, List<String> resolutions) {
            return new MissionSummary(code, nameFr, nameEn, type, lead, List.copyOf(countries), hq, lat, lon,
                    List.copyOf(resolutions), start, end, phase, hr, iot);
        }
    }

    private static Row row(ResultSet rs, int n) throws SQLException {
        java.sql.Date end = rs.getDate("mandate_end");
        return new Row(rs.getLong("id"), rs.getString("code"), rs.getString("name_fr"), rs.getString("name_en"),
                MissionType.valueOf(rs.getString("mission_type")), rs.getString("lead_department"),
                rs.getString("hq_location"), rs.getBigDecimal("hq_latitude"), rs.getBigDecimal("hq_longitude"),
                rs.getDate("mandate_start").toLocalDate(), end == null ? null : end.toLocalDate(),
                MissionPhase.valueOf(rs.getString("phase")), rs.getString("serving_hr_section"),
                rs.getString("operational_team"));
    }
}
