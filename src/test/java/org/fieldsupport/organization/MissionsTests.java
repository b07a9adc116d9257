package org.fieldsupport.organization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.fieldsupport.organization.mission.internal.MissionService;
import org.fieldsupport.platform.api.BusinessRuleException;
import org.fieldsupport.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@IntegrationTest
class MissionsTests {

    @Autowired Missions missions;
    @Autowired MissionService missionService;
    @Autowired OrganizationStructure structure;

    @Test
    void the_demo_missions_carry_their_real_host_countries_headquarters_and_mandates() {
        MissionSummary minusca = missions.find("MINUSCA").orElseThrow();
        assertThat(minusca.type()).isEqualTo(MissionType.PEACEKEEPING_OPERATION);
        assertThat(minusca.hostCountries()).containsExactly("CAF");
        assertThat(minusca.hqLocation()).isEqualTo("Bangui");
        assertThat(minusca.resolutions()).contains("S/RES/2149 (2014)");
        assertThat(minusca.servingHrSection()).isEqualTo("DFS-FPOS-RHR1");
        assertThat(missions.find("UNAMA").orElseThrow().type()).isEqualTo(MissionType.SPECIAL_POLITICAL_MISSION);
        assertThat(missions.find("UNISFA").orElseThrow().hostCountries()).containsExactly("SDN", "SSD");
        assertThat(missions.find("MINUSMA").orElseThrow().phase()).isEqualTo(MissionPhase.LIQUIDATION);
    }

    @Test
    void only_missions_mandated_on_a_date_are_listed_for_that_date() {
        List<String> in2012 = missions.all(LocalDate.of(2012, 1, 1)).stream().map(MissionSummary::code).toList();
        assertThat(in2012).contains("MONUSCO", "UNMISS", "UNAMA").doesNotContain("MINUSCA", "MINUSMA");
        assertThat(missions.all().stream().map(MissionSummary::code)).contains("MINUSMA", "UNSOM");
    }

    @Test
    void a_missions_director_of_mission_support_is_found_with_the_person_holding_it() {
        List<PositionSummary> support = missions.supportPositions("MINUSCA", null);
        assertThat(support).extracting(PositionSummary::code).containsExactly("MINUSCA-DMS");
        assertThat(support.get(0).incumbent()).isNotNull();
        assertThat(structure.positionHeldBy("dms.minusca", null)).get()
                .extracting(PositionSummary::code).isEqualTo("MINUSCA-DMS");
        assertThat(structure.positionHeldBy("chief.mcms", null)).get()
                .extracting(PositionSummary::code).isEqualTo("DFS-MCMS-HEAD");
    }

    @Test
    void a_mission_moves_forward_through_its_phases_but_never_back() {
        String code = "TST" + (System.nanoTime() % 100000);
        missionService.create(new MissionService.MissionForm(code, "Mission d’essai", "Test mission",
                MissionType.OTHER_FIELD_PRESENCE, "EXT-DPA", List.of("HTI"), "Port-au-Prince", null, null,
                List.of(), LocalDate.of(2025, 1, 1), null, MissionPhase.START_UP, "DFS-FPOS-RHR2", null, null));
        missionService.changePhase(code, MissionPhase.TRANSITION, LocalDate.of(2026, 1, 1), "drawdown");
        assertThatThrownBy(() -> missionService.changePhase(code, MissionPhase.START_UP, LocalDate.of(2026, 2, 1), null))
                .isInstanceOf(BusinessRuleException.class)
                .extracting(e -> ((BusinessRuleException) e).messageKey()).isEqualTo("org.mission.phase.refused.backwards");
        assertThat(missionService.phaseHistory(code)).extracting(h -> h.phase())
                .containsExactly(MissionPhase.START_UP, MissionPhase.TRANSITION);
    }
}
