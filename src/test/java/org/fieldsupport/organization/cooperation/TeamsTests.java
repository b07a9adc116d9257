package org.fieldsupport.organization.cooperation;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.fieldsupport.support.AnyVersion.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.fieldsupport.platform.security.Scope;
import org.fieldsupport.platform.security.UserDirectory;
import org.fieldsupport.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;

/** 2.4.f: integrated teams as records — created, staffed (person, unit, share of time), missions assigned. */
@IntegrationTest
@WithMockUser(username = "org.officer", roles = "ORGANIZATION_OFFICER")
class TeamsTests {

    /** The screens' language chosen for the session (?lang=fr would save it as the shared test user's preference). */
    static final String FRENCH = "org.fieldsupport.platform.i18n.internal.PlatformLocaleResolver.locale";

    @Autowired MockMvc mvc;
    @Autowired UserDirectory directory;

    @BeforeEach
    void an_organisation_officer_exists() {
        org.fieldsupport.support.StaffReaders.ensure(directory, "org.reader");
        directory.ensureUser("org.officer", "Organisation Officer (test)", null, "en", "org.officer-test");
        directory.ensureRoleAssignment("org.officer", "ORGANIZATION_OFFICER", Scope.department());
    }

    private static String unique(String prefix) {
        return prefix + (System.nanoTime() % 100_000_000);
    }

    private String team(String code) throws Exception {
        mvc.perform(post("/api/v1/organization/teams").with(csrf()).contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"code":"%s","kind":"INTEGRATED_OPERATIONAL_TEAM","nameFr":"Équipe d’essai","nameEn":"Test team",
                                 "leadCode":"EXT-DPKO-IOT","validFrom":"2026-01-01"}""".formatted(code)))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.team.code").value(code))
                .andExpect(jsonPath("$.team.paragraph").value("2.4.f"));
        return code;
    }

    private String person() throws Exception {
        String index = "9" + (System.nanoTime() % 1_000_000_000L);   // index numbers are digits only
        mvc.perform(post("/api/v1/organization/persons").with(csrf()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"indexNumber\":\"" + index + "\",\"fullName\":\"Specialist " + index + "\"}"))
                .andExpect(status().isCreated());
        return index;
    }

    private org.springframework.test.web.servlet.ResultActions assign(String team, String person, String unit, int share,
                                                                       String from, String to) throws Exception {
        return mvc.perform(post("/api/v1/organization/teams/" + team + "/specialists").with(csrf())
                .contentType(MediaType.APPLICATION_JSON)
                .content("""
                        {"person":"%s","unitCode":"%s","sharePercent":%d,"role":"logistics","validFrom":"%s"%s}"""
                        .formatted(person, unit, share, from, to == null ? "" : ",\"validTo\":\"" + to + "\"")));
    }

    @Test
    void a_postgres_installation_starts_with_the_bulletins_operational_teams() throws Exception {
        mvc.perform(get("/api/v1/organization/teams").param("asOf", "2012-01-01"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[*].team.code", hasItem("IOT-AF1")))
                .andExpect(jsonPath("$[?(@.team.code == 'IOT-AS')].members[*].memberCode", hasItem("DFS-LSD")));
    }

    @Test
    void an_officer_creates_a_team_staffs_it_and_assigns_a_mission() throws Exception {
        String code = team(unique("IOT-T"));
        String person = person();
        assign(code, person, "DFS-LOS", 60, "2026-02-01", null)
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.unitCode").value("DFS-LOS"))
                .andExpect(jsonPath("$.sharePercent").value(60));
        mvc.perform(post("/api/v1/organization/teams/" + code + "/missions").with(csrf()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"missionCode\":\"UNMISS\",\"validFrom\":\"2026-02-01\"}"))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.missionCode").value("UNMISS"));
        mvc.perform(get("/api/v1/organization/teams/" + code).param("asOf", "2026-03-01"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.specialists", hasSize(1)))
                .andExpect(jsonPath("$.specialists[0].indexNumber").value(person))
                .andExpect(jsonPath("$.missions[0].missionCode").value("UNMISS"));
        // effective-dated: before the assignment the team had nobody
        mvc.perform(get("/api/v1/organization/teams/" + code).param("asOf", "2026-01-15"))
                .andExpect(jsonPath("$.specialists", hasSize(0)));
        // the mission's page shows the team covering it
        mvc.perform(get("/organization/missions/UNMISS"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("/organization/teams/" + code)));
    }

    @Test
    void a_person_never_gives_more_than_all_their_time_and_only_support_divisions_staff_teams() throws Exception {
        String a = team(unique("IOT-A"));
        String b = team(unique("IOT-B"));
        String person = person();
        assign(a, person, "DFS-LOS", 70, "2026-01-01", "2026-06-30").andExpect(status().isCreated());
        assign(b, person, "DFS-LOS", 40, "2026-06-01", null)
                .andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.detail", containsString("110")));
        assign(b, person, "DFS-LOS", 40, "2026-07-01", null).andExpect(status().isCreated());
        assign(a, person, "DFS-LOS", 10, "2026-03-01", null).andExpect(status().isConflict());
        assign(b, person(), "DFS-CDU", 20, "2026-07-01", null).andExpect(status().isUnprocessableEntity());
        assign(b, person(), "DFS-LOS", 0, "2026-07-01", null)
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field", hasItem("sharePercent")));
        assign(b, "NOBODY-" + System.nanoTime(), "DFS-LOS", 10, "2026-07-01", null).andExpect(status().isUnprocessableEntity());
        assign(b, person(), "DFS-LOS", 10, "2025-07-01", null)
                .andExpect(status().isUnprocessableEntity());
    }

    @Test
    void bad_input_duplicates_closed_missions_and_stale_versions_are_refused() throws Exception {
        mvc.perform(post("/api/v1/organization/teams").with(csrf()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"code\":\"x\",\"kind\":\"CLUB\",\"nameFr\":\"\",\"validFrom\":\"2026-01-01\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field", hasItem("code")))
                .andExpect(jsonPath("$.errors[*].field", hasItem("kind")))
                .andExpect(jsonPath("$.errors[*].field", hasItem("nameFr")))
                .andExpect(jsonPath("$.errors[*].field", hasItem("nameEn")));
        String code = team(unique("IOT-D"));
        mvc.perform(post("/api/v1/organization/teams").with(csrf()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"code\":\"" + code + "\",\"kind\":\"INTEGRATED_OPERATIONAL_TEAM\",\"nameFr\":\"a\",\"nameEn\":\"b\",\"validFrom\":\"2026-01-01\"}"))
                .andExpect(status().isConflict());
        mvc.perform(post("/api/v1/organization/teams/" + code + "/missions").with(csrf()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"missionCode\":\"UNSOM\",\"validFrom\":\"2026-02-01\"}"))
                .andExpect(status().isUnprocessableEntity());
        mvc.perform(put("/api/v1/organization/teams/" + code).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"nameFr\":\"Nouveau\",\"nameEn\":\"New\",\"validTo\":\"2026-12-31\",\"version\":0}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.team.validTo").value("2026-12-31"));
        mvc.perform(put("/api/v1/organization/teams/" + code).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"nameFr\":\"Encore\",\"nameEn\":\"Again\",\"version\":0}"))
                .andExpect(status().isConflict());
        mvc.perform(put("/api/v1/organization/teams/" + code).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"nameFr\":\"Encore\",\"nameEn\":\"Again\",\"validTo\":\"2025-01-01\"}"))
                .andExpect(status().isUnprocessableEntity());
    }

    @Test
    @WithMockUser(username = "org.reader")
    void a_reader_sees_the_teams_but_cannot_create_one() throws Exception {
        mvc.perform(get("/api/v1/organization/teams")).andExpect(status().isOk());
        mvc.perform(post("/api/v1/organization/teams").with(csrf()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"code\":\"IOT-R\",\"kind\":\"INTEGRATED_OPERATIONAL_TEAM\",\"nameFr\":\"a\",\"nameEn\":\"b\",\"validFrom\":\"2026-01-01\"}"))
                .andExpect(status().isForbidden());
        mvc.perform(get("/organization/teams")).andExpect(status().isOk())
                .andExpect(content().string(containsString("IOT-AF1")));
    }

    @Test
    void the_screens_create_a_team_and_assign_a_specialist_in_french_too() throws Exception {
        String code = unique("IOT-S");
        mvc.perform(post("/organization/teams").with(csrf()).param("code", code)
                        .param("kind", "INTEGRATED_OPERATIONAL_TEAM").param("nameFr", "Équipe écran")
                        .param("nameEn", "Screen team").param("validFrom", "2026-01-01"))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("saved", true));
        String person = person();
        mvc.perform(post("/organization/teams/" + code + "/specialists").with(csrf()).param("person", person)
                        .param("unitCode", "DFS-BPRS").param("sharePercent", "30").param("validFrom", "2026-02-01"))
                .andExpect(flash().attribute("saved", true));
        mvc.perform(post("/organization/teams/" + code + "/specialists").with(csrf()).param("person", person)
                        .param("unitCode", "DFS-BPRS").param("sharePercent", "300").param("validFrom", "2026-02-01")
                        .sessionAttr(FRENCH, "fr"))
                .andExpect(flash().attribute("error", containsString("pourcentage")));
        String page = mvc.perform(get("/organization/teams/" + code).sessionAttr(FRENCH, "fr"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Équipe écran")))
                .andExpect(content().string(containsString("Spécialistes")))
                .andReturn().getResponse().getContentAsString();
        org.assertj.core.api.Assertions.assertThat(page).contains("30 %").contains(person);
        mvc.perform(get("/organization/teams"))
                .andExpect(content().string(containsString("Screen team")));
    }
}
