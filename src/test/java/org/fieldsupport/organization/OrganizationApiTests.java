package org.fieldsupport.organization;

import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.fieldsupport.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;

@IntegrationTest
@WithMockUser(username = "org.reader")
class OrganizationApiTests {

    @Autowired MockMvc mvc;
    @Autowired org.fieldsupport.platform.security.UserDirectory directory;

    /** The officer of the @WithMockUser tests must exist with the role: the platform's AccessPolicy decides. */
    @org.junit.jupiter.api.BeforeEach
    void an_organisation_officer_exists() {
        org.fieldsupport.support.StaffReaders.ensure(directory, "org.reader");
        directory.ensureUser("org.officer", "Organisation Officer (test)", null, "en", "org.officer-test");
        directory.ensureRoleAssignment("org.officer", "ORGANIZATION_OFFICER",
                org.fieldsupport.platform.security.Scope.department());
    }

    @Test
    void any_signed_in_user_lists_the_divisions_of_the_department() throws Exception {
        mvc.perform(get("/api/v1/organization/units").param("kind", "division").param("asOf", "2012-01-01"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.totalElements").value(4))
                .andExpect(jsonPath("$.content[*].code", hasItem("DFS-LSD")));
        mvc.perform(get("/api/v1/organization/units").param("parent", "DFS-FPOS").param("size", "50"))
                .andExpect(jsonPath("$.content[*].code", hasItem("DFS-FPOS-RHR4")));
    }

    @Test
    void a_unit_shows_its_head_chain_and_attributions() throws Exception {
        mvc.perform(get("/api/v1/organization/units/DFS-MCMS"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.unit.nameFr").value("Section de la gestion des mémorandums d’accord et des demandes de remboursement"))
                .andExpect(jsonPath("$.head.code").value("DFS-MCMS-HEAD"))
                .andExpect(jsonPath("$.reportingChain[*].code", hasItem("DFS-FBFD-HEAD")))
                .andExpect(jsonPath("$.attributions", hasItem("7.5.b")));
        mvc.perform(get("/api/v1/organization/units/DFS-CDU"))
                .andExpect(jsonPath("$.sharedWith", hasItem("EXT-DPKO")))
                .andExpect(jsonPath("$.availableTo", hasItem("EXT-DPA")));
    }

    @Test
    void the_unit_read_counts_its_subtree_and_shows_its_ancestors_and_dual_lines_as_the_single_reads_do(
            @Autowired org.fieldsupport.organization.structure.internal.StructureViews views,
            @Autowired org.fieldsupport.organization.structure.internal.StructureQueries queries) {
        java.time.LocalDate today = java.time.LocalDate.now();
        for (String code : java.util.List.of("DFS", "DFS-FBFD", "DFS-MCMS", "DFS-CDU", "DFS-SUPS")) {
            var unit = queries.unit(code, today).orElseThrow();
            var view = views.unitView(unit, null);
            org.assertj.core.api.Assertions.assertThat(view.subtreeSize()).as(code)
                    .isEqualTo(queries.subtree(code, today).size() - 1);
            java.util.List<String> ancestors = new java.util.ArrayList<>(queries.ancestorCodes(code, today));
            java.util.Collections.reverse(ancestors);
            org.assertj.core.api.Assertions.assertThat(view.ancestors().stream().map(u -> u.code()).toList()).as(code)
                    .isEqualTo(ancestors);
            for (var step : view.steps()) {
                org.assertj.core.api.Assertions.assertThat(step.dualReportsTo()).as(code + " " + step.position().code())
                        .isEqualTo(queries.linesFrom(step.position().code(), today).stream()
                                .filter(l -> l.type() == org.fieldsupport.organization.LineType.DUAL)
                                .map(l -> l.toPosition() != null ? l.toPosition() : l.toExternal()).toList());
            }
        }
        org.assertj.core.api.Assertions.assertThat(views.unitView(queries.unit("DFS", today).orElseThrow(), null)
                .subtreeSize()).isGreaterThan(50);
    }

    @Test
    void the_reporting_chain_of_the_supply_section_reaches_the_usg() throws Exception {
        mvc.perform(get("/api/v1/organization/units/DFS-SUPS/reporting-chain"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$", hasSize(4)))
                .andExpect(jsonPath("$[1].position.code").value("DFS-SSS-HEAD"))
                .andExpect(jsonPath("$[3].position.titleEn").value("Under-Secretary-General for Field Support"));
    }

    @Test
    void an_unknown_unit_is_a_404_problem() throws Exception {
        mvc.perform(get("/api/v1/organization/units/NOPE"))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.status").value(404));
    }

    @Test
    void relations_attributions_and_missions_are_served() throws Exception {
        mvc.perform(get("/api/v1/organization/relations").param("kind", "takes_instructions_from"))
                .andExpect(jsonPath("$", hasSize(2)));
        mvc.perform(get("/api/v1/organization/attributions/7.5.b"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.attribution.holderUnits[0]").value("DFS-MCMS"));
        mvc.perform(get("/api/v1/organization/attributions").param("section", "7.5"))
                .andExpect(jsonPath("$", hasSize(5)));
        mvc.perform(get("/api/v1/organization/missions/UNMISS"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.mission.hostCountries[0]").value("SSD"))
                .andExpect(jsonPath("$.supportPositions[0].code").value("UNMISS-DMS"));
        mvc.perform(get("/api/v1/organization/coverage")).andExpect(status().isOk())
                .andExpect(jsonPath("$[0].section").value("2.1"));
    }

    @Test
    void who_certifies_claims_for_minusca_is_answered_with_the_dpko_instruction_line() throws Exception {
        mvc.perform(get("/api/v1/organization/responsibility").param("attribution", "7.5.b").param("mission", "MINUSCA"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].unit.code").value("DFS-MCMS"))
                .andExpect(jsonPath("$[0].head.incumbent.fullName").isNotEmpty())
                .andExpect(jsonPath("$[0].instructionLine.toCode").value("EXT-DPKO"));
        mvc.perform(get("/api/v1/organization/responsibility").param("q", "cartes géographiques").param("mission", "UNAMA"))
                .andExpect(jsonPath("$[0].unit.code").value("DFS-CARTO"))
                .andExpect(jsonPath("$[0].instructionLine.toCode").value("EXT-DPA"));
        mvc.perform(get("/api/v1/organization/responsibility"))
                .andExpect(status().isBadRequest());
    }

    @Test
    void a_reader_cannot_change_the_structure() throws Exception {
        mvc.perform(post("/api/v1/organization/units").with(csrf()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"code\":\"DFS-X\",\"kind\":\"UNIT\",\"nameFr\":\"X\",\"nameEn\":\"X\",\"parentCode\":\"DFS\"}"))
                .andExpect(status().isForbidden());
    }

    @Test
    @WithMockUser(username = "org.officer", roles = "ORGANIZATION_OFFICER")
    void an_officer_creates_a_unit_and_its_head_and_a_cycle_is_refused() throws Exception {
        String code = "DFS-T" + (System.nanoTime() % 1_000_000);
        mvc.perform(post("/api/v1/organization/units").with(csrf()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"code\":\"" + code + "\",\"kind\":\"UNIT\",\"nameFr\":\"Groupe d’essai\",\"nameEn\":\"Test Unit\",\"parentCode\":\"DFS-LSD\",\"validFrom\":\"2020-01-01\"}"))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.parentCode").value("DFS-LSD"));
        mvc.perform(post("/api/v1/organization/positions").with(csrf()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"code\":\"" + code + "-HEAD\",\"unitCode\":\"" + code + "\",\"titleFr\":\"Chef\",\"titleEn\":\"Chief\",\"gradeCode\":\"P-5\",\"head\":true,\"reportsTo\":\"DFS-LSD-HEAD\",\"validFrom\":\"2020-01-01\"}"))
                .andExpect(status().isCreated());
        mvc.perform(get("/api/v1/organization/units/" + code + "/reporting-chain"))
                .andExpect(jsonPath("$", hasSize(3)));
        mvc.perform(post("/api/v1/organization/positions").with(csrf()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"code\":\"" + code + "-HEAD2\",\"unitCode\":\"" + code + "\",\"titleFr\":\"Chef\",\"titleEn\":\"Chief\",\"head\":true,\"validFrom\":\"2020-01-01\"}"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.code").value("org.unit.head.exists"));
        mvc.perform(org.fieldsupport.support.AnyVersion.put("/api/v1/organization/units/DFS-LSD")
                        .with(csrf()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"kind\":\"DIVISION\",\"nameFr\":\"Division du soutien logistique\",\"nameEn\":\"Logistics Support Division\",\"parentCode\":\"" + code + "\"}"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.code").value("org.unit.parent.cycle"));
    }

    @Test
    @WithMockUser(username = "org.officer", roles = "ORGANIZATION_OFFICER")
    void a_mission_without_a_name_is_refused_with_the_field_list() throws Exception {
        mvc.perform(post("/api/v1/organization/missions").with(csrf()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"code\":\"ZZZ\",\"type\":\"PEACEKEEPING_OPERATION\",\"leadDepartment\":\"EXT-DPKO\",\"mandateStart\":\"2020-01-01\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field", hasItem("nameFr")));
    }
}
