package org.fieldsupport.organization.mission;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.fieldsupport.organization.MissionPhase;
import org.fieldsupport.organization.MissionType;
import org.fieldsupport.organization.Missions;
import org.fieldsupport.organization.acting.internal.ActingArrangementRegister;
import org.fieldsupport.organization.delegation.DelegationTestPeople;
import org.fieldsupport.organization.mission.domain.LiquidationChecklist;
import org.fieldsupport.organization.mission.internal.LiquidationWork;
import org.fieldsupport.organization.mission.internal.MissionService;
import org.fieldsupport.organization.structure.internal.StructureEditing;
import org.fieldsupport.platform.api.BusinessRuleException;
import org.fieldsupport.platform.security.Scope;
import org.fieldsupport.platform.security.UserDirectory;
import org.fieldsupport.platform.work.Assignee;
import org.fieldsupport.platform.work.WorkItems;
import org.fieldsupport.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;

/**
 * 2.1.a: a mission's phase drives work — entering liquidation opens the liquidation checklist in the work inbox
 * (the support lead's item to whoever acts for the position), a closed mission takes no new records.
 */
@IntegrationTest
@WithMockUser(username = "org.officer", roles = "ORGANIZATION_OFFICER")
class MissionPhaseWorkTests {

    @Autowired MockMvc mvc;
    @Autowired UserDirectory directory;
    @Autowired MissionService service;
    @Autowired Missions missions;
    @Autowired WorkItems workItems;
    @Autowired StructureEditing editing;
    @Autowired ActingArrangementRegister acting;
    @Autowired JdbcClient jdbc;

    @BeforeEach
    void an_organisation_officer_exists() {
        org.fieldsupport.support.StaffReaders.ensure(directory, "org.reader");
        directory.ensureUser("org.officer", "Organisation Officer (test)", null, "en", "org.officer-test");
        directory.ensureRoleAssignment("org.officer", "ORGANIZATION_OFFICER", Scope.department());
    }

    private String mission() {
        String code = "T" + UUID.randomUUID().toString().replace("-", "").substring(0, 8).toUpperCase();
        service.create(new MissionService.MissionForm(code, "Mission d’essai " + code, "Test mission " + code,
                MissionType.PEACEKEEPING_OPERATION, "EXT-DPKO", List.of("CAF"), "Bangui", null, null, List.of(),
                LocalDate.of(2020, 1, 1), null, MissionPhase.FULL_OPERATING_CAPACITY, null, null, null));
        return code;
    }

    private void phase(String code, MissionPhase phase, LocalDate on) throws Exception {
        mvc.perform(post("/api/v1/organization/missions/" + code + "/phase").with(csrf()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"phase\":\"" + phase + "\",\"effectiveOn\":\"" + on + "\"}"))
                .andExpect(status().isOk());
    }

    @Test
    void entering_liquidation_opens_the_checklist_in_the_work_inbox() throws Exception {
        String code = mission();
        // the mission's support lead is away: an officer-in-charge receives the lead's checklist item
        String lead = code + "-DMS";
        editing.createPosition(new StructureEditing.PositionForm(lead, null, code, "Directeur de l’appui", "Director of Mission Support",
                "D-2", false, null, LocalDate.of(2020, 1, 1), null, null));
        String holder = DelegationTestPeople.newPerson(editing, "dms");
        editing.assignIncumbent(lead, jdbc.sql("SELECT id FROM org_person WHERE username = :u").param("u", holder)
                .query(Long.class).single(), LocalDate.of(2020, 1, 1));
        String oic = DelegationTestPeople.newPerson(editing, "oic");
        acting.create(new ActingArrangementRegister.ArrangementForm(lead, oic, LocalDate.now().minusDays(1),
                LocalDate.now().plusDays(20), "leave"));

        mvc.perform(get("/api/v1/organization/missions/" + code + "/liquidation-checklist"))
                .andExpect(jsonPath("$[*].opened", everyItem(is(false))));
        LocalDate from = LocalDate.now();
        phase(code, MissionPhase.LIQUIDATION, from);

        mvc.perform(get("/api/v1/organization/missions/" + code + "/liquidation-checklist"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$", hasSize(7)))
                .andExpect(jsonPath("$[*].opened", everyItem(is(true))))
                .andExpect(jsonPath("$[?(@.key == 'final-verification-reports')].assignee", hasItem("DFS-MCMS")))
                .andExpect(jsonPath("$[?(@.key == 'records-archiving')].assignee", hasItem(oic)))
                .andExpect(jsonPath("$[?(@.key == 'asset-disposal')].dueOn", hasItem(from.plusDays(60).toString())));
        var items = workItems.forRecord(LiquidationWork.RECORD_TYPE, code + ":asset-disposal");
        assertThat(items).hasSize(1);
        assertThat(items.get(0).assignee()).isEqualTo(Assignee.unit("DFS-LSD"));
        assertThat(workItems.assignedTo(oic, org.fieldsupport.platform.work.WorkItem.State.OPEN,
                new org.fieldsupport.platform.api.PageQuery(0, 200, null, null, true)).content())
                .anySatisfy(w -> assertThat(w.recordId()).isEqualTo(code + ":records-archiving"));

        // the mission page shows the checklist; an item is marked done there and leaves the inbox
        mvc.perform(get("/organization/missions/" + code)).andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"liquidation-checklist\"")));
        mvc.perform(post("/organization/missions/" + code + "/liquidation/asset-disposal/done").with(csrf()))
                .andExpect(flash().attribute("saved", true));
        mvc.perform(post("/api/v1/organization/missions/" + code + "/liquidation-checklist/staff-separation/done").with(csrf()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.done").value(true));
        assertThat(workItems.forRecord(LiquidationWork.RECORD_TYPE, code + ":asset-disposal").get(0).state())
                .isEqualTo(org.fieldsupport.platform.work.WorkItem.State.CLOSED);
        mvc.perform(post("/api/v1/organization/missions/" + code + "/liquidation-checklist/no-such-item/done").with(csrf()))
                .andExpect(status().isNotFound());
    }

    @Test
    void a_mission_not_in_liquidation_has_no_checklist_to_tick() throws Exception {
        String code = mission();
        mvc.perform(post("/api/v1/organization/missions/" + code + "/liquidation-checklist/asset-disposal/done").with(csrf()))
                .andExpect(status().isUnprocessableEntity());
        phase(code, MissionPhase.TRANSITION, LocalDate.now());
        assertThat(workItems.forRecord(LiquidationWork.RECORD_TYPE, code + ":asset-disposal")).isEmpty();
    }

    @Test
    void a_closed_mission_takes_no_new_records() throws Exception {
        String code = mission();
        assertThat(missions.requireOpenForNewRecords(code).code()).isEqualTo(code);
        phase(code, MissionPhase.CLOSED, LocalDate.now());
        assertThatThrownBy(() -> missions.requireOpenForNewRecords(code))
                .isInstanceOfSatisfying(BusinessRuleException.class, e -> assertThat(e.messageKey()).isEqualTo("org.mission.closed"));
        assertThatThrownBy(() -> missions.requireOpenForNewRecords("NOPE-" + code))
                .isInstanceOfSatisfying(BusinessRuleException.class, e -> assertThat(e.messageKey()).isEqualTo("org.mission.unknown"));
        // the organisation's own records refuse it too: no team may take the closed mission on
        mvc.perform(post("/api/v1/organization/teams/IOT-AF1/missions").with(csrf()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"missionCode\":\"" + code + "\",\"validFrom\":\"" + LocalDate.now() + "\"}"))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.detail", containsString("closed")));
    }

    @Test
    @WithMockUser(username = "org.reader")
    void a_reader_cannot_tick_the_checklist() throws Exception {
        mvc.perform(post("/api/v1/organization/missions/MINUSMA/liquidation-checklist/asset-disposal/done").with(csrf()))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/organization/missions/MINUSMA/liquidation-checklist")).andExpect(status().isOk());
    }

    @Test
    void only_entering_liquidation_opens_the_checklist() {
        assertThat(LiquidationChecklist.opensChecklist(MissionPhase.TRANSITION, MissionPhase.LIQUIDATION)).isTrue();
        assertThat(LiquidationChecklist.opensChecklist(MissionPhase.FULL_OPERATING_CAPACITY, MissionPhase.LIQUIDATION)).isTrue();
        assertThat(LiquidationChecklist.opensChecklist(MissionPhase.TRANSITION, MissionPhase.CLOSED)).isFalse();
        assertThat(LiquidationChecklist.opensChecklist(MissionPhase.LIQUIDATION, MissionPhase.CLOSED)).isFalse();
    }
}
