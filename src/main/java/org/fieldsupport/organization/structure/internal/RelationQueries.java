package org.fieldsupport.organization.structure.internal;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.fieldsupport.organization.MissionType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Relations, external entities and integrated teams: read model. */
@Repository
public class RelationQueries {

    private final JdbcClient jdbc;

    public RelationQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public record Relation(long id, String fromCode, String relation, String toCode, String scopeText,
                           String missionTypes, String availableTo, boolean dual, String paragraph,
                           LocalDate validFrom, LocalDate validTo) {

        public boolean appliesTo(MissionType type) {
            return missionTypes != null && type != null && List.of(missionTypes.split(",")).contains(type.name());
        }
    }

    public record ExternalEntity(String code, String nameFr, String nameEn) {
        public String name(Locale locale) {
            return locale != null && "fr".equals(locale.getLanguage()) ? nameFr : nameEn;
        }
    }

    public record Team(String code, String kind, String nameFr, String nameEn, String leadCode, String missionCode,
                       String paragraph) {
        public String name(Locale locale) {
            return locale != null && "fr".equals(locale.getLanguage()) ? nameFr : nameEn;
        }
    }

    public record TeamMember(String teamCode, String memberType, String memberCode, String role) { }

    public List<Relation> relations(LocalDate d) {
        return jdbc.sql("SELECT * FROM org_relation r WHERE " + StructureQueries.inForce("r") + " ORDER BY r.id")
                .param("d", d).query((rs, n) -> new Relation(rs.getLong("id"), rs.getString("from_code"),
                        rs.getString("relation"), rs.getString("to_code"), rs.getString("scope_text"),
                        rs.getString("mission_types"), rs.getString("available_to"), rs.getBoolean("dual"),
                        rs.getString("paragraph"), StructureQueries.date(rs, "valid_from"),
                        StructureQueries.date(rs, "valid_to"))).list();
    }

    /** The relations of a kind leaving one unit, filtered in SQL. */
    public List<Relation> relationsFrom(String fromCode, String kind, LocalDate d) {
        return jdbc.sql("SELECT * FROM org_relation r WHERE r.from_code = :from AND r.relation = :kind AND "
                        + StructureQueries.inForce("r") + " ORDER BY r.id")
                .param("from", fromCode).param("kind", kind).param("d", d)
                .query((rs, n) -> new Relation(rs.getLong("id"), rs.getString("from_code"),
                        rs.getString("relation"), rs.getString("to_code"), rs.getString("scope_text"),
                        rs.getString("mission_types"), rs.getString("available_to"), rs.getBoolean("dual"),
                        rs.getString("paragraph"), StructureQueries.date(rs, "valid_from"),
                        StructureQueries.date(rs, "valid_to"))).list();
    }

    public List<Relation> relations(String kind, LocalDate d) {
        return relations(d).stream().filter(r -> r.relation().equals(kind)).toList();
    }

    public Map<String, ExternalEntity> externalEntities() {
        Map<String, ExternalEntity> map = new LinkedHashMap<>();
        jdbc.sql("SELECT code, name_fr, name_en FROM org_external_entity ORDER BY code")
                .query((rs, n) -> new ExternalEntity(rs.getString(1), rs.getString(2), rs.getString(3))).list()
                .forEach(e -> map.put(e.code(), e));
        return map;
    }

    public List<Team> teams(LocalDate d) {
        return jdbc.sql("SELECT * FROM org_team t WHERE " + StructureQueries.inForce("t") + " ORDER BY t.kind, t.code")
                .param("d", d).query((rs, n) -> new Team(rs.getString("code"), rs.getString("kind"),
                        rs.getString("name_fr"), rs.getString("name_en"), rs.getString("lead_code"),
                        rs.getString("mission_code"), rs.getString("paragraph"))).list();
    }

    public List<TeamMember> members(String teamCode, LocalDate d) {
        return jdbc.sql("SELECT * FROM org_team_member m WHERE m.team_code = :t AND " + StructureQueries.inForce("m")
                        + " ORDER BY m.member_type, m.member_code")
                .param("t", teamCode).param("d", d)
                .query((rs, n) -> new TeamMember(rs.getString("team_code"), rs.getString("member_type"),
                        rs.getString("member_code"), rs.getString("role_text"))).list();
    }

    /** Teams concerned with a mission: its task force (mission_code) and the operational team covering it. */
    public List<Team> teamsOfMission(String missionCode, String operationalTeam, LocalDate d) {
        return teams(d).stream().filter(t -> missionCode.equals(t.missionCode()) || t.code().equals(operationalTeam))
                .toList();
    }
}
