package org.fieldsupport.organization.mission.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.fieldsupport.organization.LineType;
import org.fieldsupport.organization.MissionPhase;
import org.fieldsupport.organization.MissionType;
import org.fieldsupport.organization.structure.internal.DemoData;
import org.fieldsupport.organization.structure.internal.StructureEditing;
import org.fieldsupport.organization.structure.internal.StructureQueries;
import org.fieldsupport.organization.structure.internal.Tsv;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Demo data of the organisation module (only when {@code fsp.demo-data} is on): the missions of
 * {@code organization/demo/missions.tsv} with their support leadership positions, integrated operational
 * teams and task forces, and fictional incumbents for the head positions. Idempotent: skips what exists.
 */
@Component
@Order(100)
class OrganizationDemoData implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(OrganizationDemoData.class);
    private static final String BY = "system:demo";

    private final Environment env;
    private final MissionRepository missions;
    private final StructureEditing editing;
    private final StructureQueries queries;
    private final JdbcClient jdbc;
    private final TransactionTemplate tx;
    private final org.springframework.beans.factory.ObjectProvider<org.fieldsupport.platform.security.UserDirectory> users;

    OrganizationDemoData(Environment env, MissionRepository missions, StructureEditing editing,
                         StructureQueries queries, JdbcClient jdbc, TransactionTemplate tx,
                         org.springframework.beans.factory.ObjectProvider<org.fieldsupport.platform.security.UserDirectory> users) {
        this.users = users;
        this.env = env;
        this.missions = missions;
        this.editing = editing;
        this.queries = queries;
        this.jdbc = jdbc;
        this.tx = tx;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!DemoData.enabled(env)) return;
        tx.executeWithoutResult(status -> {
            teams();
            List<Map<String, String>> rows = Tsv.readResource("organization/demo/missions.tsv");
            rows.forEach(this::mission);
            persons();
        });
        demoUsers();
        log.info("Organisation demo data in place");
    }

    /**
     * Demo sign-ins (password = user name, as for the platform's demo users): an organisation officer for the
     * whole department and one limited to the Logistics Support Division's subtree.
     */
    private void demoUsers() {
        var directory = users.getIfAvailable();
        if (directory == null) return;
        directory.ensureUser("org.officer", "Demo Organisation Officer", "org.officer@demo.fieldsupport.org", "en", "org.officer");
        directory.ensureRoleAssignment("org.officer", org.fieldsupport.organization.structure.internal.OrganizationAccess.ROLE_OFFICER,
                org.fieldsupport.platform.security.Scope.department());
        directory.ensureUser("lsd.officer", "Demo LSD Organisation Officer", "lsd.officer@demo.fieldsupport.org", "fr", "lsd.officer");
        directory.ensureRoleAssignment("lsd.officer", org.fieldsupport.organization.structure.internal.OrganizationAccess.ROLE_OFFICER,
                org.fieldsupport.platform.security.Scope.unit("DFS-LSD"));
    }

    private void mission(Map<String, String> row) {
        String code = row.get("code");
        if (missions.findByCode(code).isPresent()) return;
        String[] phases = row.get("phases").split(";");
        String[] first = phases[0].split("@");
        LocalDate start = LocalDate.parse(row.get("mandate_start"));
        OrgMission m = OrgMission.create(code, row.get("name_fr"), row.get("name_en"), MissionType.valueOf(row.get("type")),
                row.get("lead_department"), start, MissionPhase.valueOf(first[0]), BY);
        for (int i = 1; i < phases.length; i++) {
            String[] p = phases[i].split("@");
            m.recordHistoricalPhase(MissionPhase.valueOf(p[0]), LocalDate.parse(p[1]), BY);
        }
        m.hqLocation = row.get("hq_location");
        m.hqLatitude = new BigDecimal(row.get("hq_latitude"));
        m.hqLongitude = new BigDecimal(row.get("hq_longitude"));
        m.mandateEnd = row.get("mandate_end").isBlank() ? null : LocalDate.parse(row.get("mandate_end"));
        m.servingHrSection = row.get("serving_hr_section");
        m.operationalTeam = row.get("operational_team").isBlank() ? null : row.get("operational_team");
        Arrays.stream(row.get("host_countries").split(",")).forEach(c -> m.hostCountries.add(new OrgMission.OrgMissionHostCountry(c)));
        Arrays.stream(row.get("resolutions").split(";")).forEach(r -> m.resolutions.add(new OrgMission.OrgMissionResolution(r, null)));
        missions.save(m);

        String role = row.get("support_lead");
        boolean director = "DMS".equals(role);
        String position = code + "-" + role;
        if (queries.position(position, start).isEmpty()) {
            editing.createPosition(new StructureEditing.PositionForm(position, null, code,
                    (director ? "Directeur de l’appui à la mission, " : "Chef de l’appui à la mission, ") + code,
                    (director ? "Director of Mission Support, " : "Chief of Mission Support, ") + code,
                    director ? "D-2" : "D-1", false, null, start,
                    m.phase == MissionPhase.CLOSED ? m.mandateEnd : null, null));
            // The head of mission is outside this model; the support lead's functional line runs to the ASG (5.2).
            editing.addReportingLine(position, "DFS-OASG-HEAD", LineType.DUAL, later(start), null);
        }
        if (m.operationalTeam != null) {
            member(m.operationalTeam, "MISSION", code, "covered mission", start);
        }
    }

    private static LocalDate later(LocalDate start) {
        LocalDate bulletin = LocalDate.of(2010, 2, 1);
        return start.isBefore(bulletin) ? bulletin : start;
    }

    /** Integrated operational teams (2.4.f) by region and an integrated mission task force per major mission (2.5). */
    private void teams() {
        team("IOT-AF1", "INTEGRATED_OPERATIONAL_TEAM", "Équipe opérationnelle intégrée – Afrique I",
                "Integrated Operational Team – Africa I", "EXT-DPKO-IOT", null, "2.4.f");
        team("IOT-AF2", "INTEGRATED_OPERATIONAL_TEAM", "Équipe opérationnelle intégrée – Afrique II",
                "Integrated Operational Team – Africa II", "EXT-DPKO-IOT", null, "2.4.f");
        team("IOT-ME", "INTEGRATED_OPERATIONAL_TEAM", "Équipe opérationnelle intégrée – Moyen-Orient et Europe",
                "Integrated Operational Team – Middle East and Europe", "EXT-DPKO-IOT", null, "2.4.f");
        team("IOT-AS", "INTEGRATED_OPERATIONAL_TEAM", "Équipe opérationnelle intégrée – Asie",
                "Integrated Operational Team – Asia", "EXT-DPKO-IOT", null, "2.4.f");
        for (String iot : List.of("IOT-AF1", "IOT-AF2", "IOT-ME", "IOT-AS")) {
            member(iot, "UNIT", "DFS-LSD", "logistics support specialist", LocalDate.of(2010, 2, 1));
            member(iot, "UNIT", "DFS-FPD", "personnel specialist", LocalDate.of(2010, 2, 1));
            member(iot, "UNIT", "DFS-FBFD", "budget and finance specialist", LocalDate.of(2010, 2, 1));
        }
        for (String[] imtf : new String[][] {
                {"IMTF-MINUSCA", "MINUSCA", "République centrafricaine", "Central African Republic"},
                {"IMTF-UNAMA", "UNAMA", "Afghanistan", "Afghanistan"}}) {
            team(imtf[0], "INTEGRATED_MISSION_TASK_FORCE", "Cellule de mission intégrée – " + imtf[2],
                    "Integrated Mission Task Force – " + imtf[3], "EXT-IMTF", imtf[1], "2.5");
            LocalDate from = LocalDate.of(2014, 1, 1);
            member(imtf[0], "UNIT", "DFS-OASG", "department focal point", from);
            member(imtf[0], "UNIT", "DFS-LSD", "logistics", from);
            member(imtf[0], "UNIT", "DFS-FPD", "personnel", from);
            member(imtf[0], "UNIT", "DFS-FBFD", "budget and finance", from);
            member(imtf[0], "UNIT", "DFS-ICTD", "ICT", from);
            member(imtf[0], "EXTERNAL", "MINUSCA".equals(imtf[1]) ? "EXT-DPKO" : "EXT-DPA", "lead department", from);
        }
    }

    private void team(String code, String kind, String nameFr, String nameEn, String lead, String mission, String par) {
        Long n = jdbc.sql("SELECT COUNT(*) FROM org_team WHERE code = :c").param("c", code).query(Long.class).single();
        if (n > 0) return;
        OffsetDateTime now = OffsetDateTime.now();
        jdbc.sql("""
                INSERT INTO org_team (code, kind, name_fr, name_en, lead_code, mission_code, paragraph, valid_from,
                    version, created_by, created_at, modified_by, modified_at)
                VALUES (:c, :k, :fr, :en, :lead, :m, :par, :from, 0, :by, :now, :by, :now)""")
                .param("c", code).param("k", kind).param("fr", nameFr).param("en", nameEn).param("lead", lead)
                .param("m", mission).param("par", par).param("from", LocalDate.of(2010, 2, 1)).param("by", BY)
                .param("now", now).update();
    }

    private void member(String team, String type, String code, String role, LocalDate from) {
        Long n = jdbc.sql("SELECT COUNT(*) FROM org_team_member WHERE team_code = :t AND member_type = :ty AND member_code = :c")
                .param("t", team).param("ty", type).param("c", code).query(Long.class).single();
        if (n > 0) return;
        jdbc.sql("""
                INSERT INTO org_team_member (team_code, member_type, member_code, role_text, valid_from)
                VALUES (:t, :ty, :c, :r, :from)""")
                .param("t", team).param("ty", type).param("c", code).param("r", role).param("from", from).update();
    }

    private void persons() {
        for (Map<String, String> row : Tsv.readResource("organization/demo/persons.tsv")) {
            String index = row.get("index_number");
            Long existing = jdbc.sql("SELECT COUNT(*) FROM org_person WHERE index_number = :i OR username = :u")
                    .param("i", index).param("u", row.get("username")).query(Long.class).single();
            if (existing > 0) continue;
            var person = editing.createPerson(new StructureEditing.PersonForm(index, row.get("full_name"),
                    row.get("email"), row.get("username")));
            String position = row.get("position_code");
            LocalDate from = queries.position(position, LocalDate.now())
                    .map(p -> p.validFrom().isBefore(LocalDate.of(2020, 1, 1)) ? LocalDate.of(2020, 1, 1) : p.validFrom())
                    .orElse(null);
            if (from != null) editing.assignIncumbent(position, person.id(), from);
        }
    }
}
