package org.fieldsupport.organization;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.fieldsupport.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

@IntegrationTest
class BulletinStructureTests {

    static final LocalDate BULLETIN_IN_FORCE = LocalDate.of(2012, 6, 1);

    @Autowired OrganizationStructure structure;
    @Autowired JdbcClient jdbc;

    @Test
    void the_bulletin_loads_its_52_units_with_their_kinds_and_parents() {
        List<UnitSummary> units = structure.units(BULLETIN_IN_FORCE).stream()
                .filter(u -> u.code().startsWith("DFS")).toList();
        assertThat(units).hasSize(52);
        assertThat(structure.unit("DFS", BULLETIN_IN_FORCE)).get()
                .satisfies(u -> {
                    assertThat(u.kind()).isEqualTo(UnitKind.DEPARTMENT);
                    assertThat(u.parentCode()).isNull();
                    assertThat(u.nameFr()).isEqualTo("Département de l’appui aux missions");
                    assertThat(u.nameEn()).isEqualTo("Department of Field Support");
                });
        assertThat(structure.unit("DFS-SUPS", BULLETIN_IN_FORCE)).get()
                .satisfies(u -> {
                    assertThat(u.kind()).isEqualTo(UnitKind.SECTION);
                    assertThat(u.parentCode()).isEqualTo("DFS-SSS");
                    assertThat(u.paragraphs()).isEqualTo("8.6");
                });
        assertThat(structure.unit("DFS-OUSG-FO", BULLETIN_IN_FORCE)).get()
                .extracting(UnitSummary::kind).isEqualTo(UnitKind.FRONT_OFFICE);
        assertThat(units).filteredOn(u -> u.kind() == UnitKind.DIVISION).extracting(UnitSummary::code)
                .containsExactlyInAnyOrder("DFS-FPD", "DFS-FBFD", "DFS-LSD", "DFS-ICTD");
    }

    @Test
    void the_supply_sections_chain_runs_through_the_specialist_support_service_and_the_logistics_director_to_the_usg() {
        List<PositionSummary> chain = structure.unitReportingChain("DFS-SUPS", BULLETIN_IN_FORCE);
        assertThat(chain).extracting(PositionSummary::code)
                .containsExactly("DFS-SUPS-HEAD", "DFS-SSS-HEAD", "DFS-LSD-HEAD", "DFS-HEAD");
        assertThat(chain.get(1).titleFr()).isEqualTo("Directeur adjoint (Chef de service), Service du soutien spécialisé");
        assertThat(chain.get(2).titleEn()).isEqualTo("Director, Logistics Support Division");
        assertThat(chain.get(3).titleEn()).isEqualTo("Under-Secretary-General for Field Support");
    }

    @Test
    void the_conduct_and_discipline_unit_reports_to_the_asg_and_is_shared_with_dpko() {
        assertThat(structure.unitReportingChain("DFS-CDU", BULLETIN_IN_FORCE)).extracting(PositionSummary::code)
                .containsExactly("DFS-CDU-HEAD", "DFS-OASG-HEAD", "DFS-HEAD");
        assertThat(jdbc.sql("SELECT to_code FROM org_relation WHERE from_code = 'DFS-CDU' AND relation = 'shared_with'")
                .query(String.class).list()).containsExactly("EXT-DPKO");
    }

    @Test
    void the_four_integrated_regional_hr_sections_sit_under_the_field_personnel_operations_service() {
        assertThat(structure.subtree("DFS-FPOS", BULLETIN_IN_FORCE)).extracting(UnitSummary::code)
                .contains("DFS-FPOS-RHR1", "DFS-FPOS-RHR2", "DFS-FPOS-RHR3", "DFS-FPOS-RHR4");
        assertThat(structure.unit("DFS-FPOS-RHR3", BULLETIN_IN_FORCE)).get()
                .extracting(UnitSummary::parentCode).isEqualTo("DFS-FPOS");
        assertThat(structure.isWithin("DFS-FPOS-RHR3", "DFS-FPD", BULLETIN_IN_FORCE)).isTrue();
        assertThat(structure.isWithin("DFS-FPOS-RHR3", "DFS-LSD", BULLETIN_IN_FORCE)).isFalse();
    }

    @Test
    void the_bulletin_relations_and_external_entities_are_loaded() {
        assertThat(jdbc.sql("SELECT COUNT(*) FROM org_relation WHERE source = 'ST/SGB/2010/2'").query(Long.class).single())
                .isEqualTo(30);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM org_external_entity WHERE source = 'ST/SGB/2010/2'").query(Long.class).single())
                .isEqualTo(35);
        assertThat(jdbc.sql("SELECT mission_types FROM org_relation WHERE paragraph = '2.4.a'").query(String.class).single())
                .isEqualTo("PEACEKEEPING_OPERATION");
    }

    @Test
    void nothing_existed_before_the_bulletin() {
        assertThat(structure.unit("DFS", LocalDate.of(2009, 12, 31))).isEmpty();
    }
}
