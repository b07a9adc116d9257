package org.fieldsupport.organization.cooperation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.fieldsupport.support.AnyVersion.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.time.LocalDate;
import org.fieldsupport.organization.cooperation.domain.AgreementReview;
import org.fieldsupport.platform.security.Scope;
import org.fieldsupport.platform.security.UserDirectory;
import org.fieldsupport.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;

/** 2.4.c, 2.4.e: the agreement register — support provided, partner, mission types, review date. */
@IntegrationTest
@WithMockUser(username = "org.officer", roles = "ORGANIZATION_OFFICER")
class AgreementsTests {

    @Autowired MockMvc mvc;
    @Autowired UserDirectory directory;

    @BeforeEach
    void an_organisation_officer_exists() {
        directory.ensureUser("org.officer", "Organisation Officer (test)", null, "en", "org.officer-test");
        directory.ensureRoleAssignment("org.officer", "ORGANIZATION_OFFICER", Scope.department());
    }

    private static String body(String ref, String provider, String partner, String from, String review) {
        return """
                {"reference":"%s","titleEn":"Support to DPA missions","titleFr":"Appui aux missions du DAP",
                 "providerCode":"%s","partnerCode":"%s","supportText":"Logistics and HR support",
                 "missionTypes":["SPECIAL_POLITICAL_MISSION"],"paragraph":"2.4.e","validFrom":"%s","reviewOn":"%s"}"""
                .formatted(ref, provider, partner, from, review);
    }

    @Test
    void the_review_state_follows_the_review_date() {
        LocalDate today = LocalDate.of(2026, 12, 5);
        assertThat(AgreementReview.on(today, today.plusDays(90), null)).isEqualTo(AgreementReview.CURRENT);
        assertThat(AgreementReview.on(today, today.plusDays(60), null)).isEqualTo(AgreementReview.REVIEW_DUE);
        assertThat(AgreementReview.on(today, today.minusDays(1), null)).isEqualTo(AgreementReview.REVIEW_OVERDUE);
        assertThat(AgreementReview.on(today, today.minusDays(10), today.minusDays(1))).isEqualTo(AgreementReview.ENDED);
        assertThat(AgreementReview.reviewInside(today, today.plusDays(5), today.plusDays(6))).isFalse();
    }

    @Test
    void an_officer_registers_an_agreement_and_a_mission_of_its_type_shows_it() throws Exception {
        String ref = "SLA-T" + System.nanoTime() % 100_000_000;
        LocalDate today = LocalDate.now();
        String created = mvc.perform(post("/api/v1/organization/agreements").with(csrf()).contentType(MediaType.APPLICATION_JSON)
                        .content(body(ref, "DFS-OUSG", "EXT-DPA-OUSG", today.minusDays(10).toString(), today.plusDays(20).toString())))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.review").value("REVIEW_DUE"))
                .andReturn().getResponse().getContentAsString();
        int id = JsonPath.read(created, "$.id");
        mvc.perform(get("/api/v1/organization/agreements").param("review", "REVIEW_DUE"))
                .andExpect(jsonPath("$[*].reference", hasItem(ref)));
        mvc.perform(get("/organization/missions/UNAMA"))
                .andExpect(content().string(containsString(ref)));
        mvc.perform(put("/api/v1/organization/agreements/" + id).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                        .content(body(ref, "DFS-OUSG", "EXT-DPA-OUSG", today.minusDays(10).toString(),
                                today.plusDays(365).toString()).replace("\"paragraph\"", "\"version\":0,\"paragraph\"")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.review").value("CURRENT"));
        mvc.perform(put("/api/v1/organization/agreements/" + id).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                        .content(body(ref, "DFS-OUSG", "EXT-DPA-OUSG", today.toString(), today.toString())
                                .replace("\"paragraph\"", "\"version\":0,\"paragraph\"")))
                .andExpect(status().isConflict());
        mvc.perform(post("/api/v1/organization/agreements").with(csrf()).contentType(MediaType.APPLICATION_JSON)
                        .content(body(ref, "DFS-OUSG", "EXT-DPA-OUSG", "2026-01-01", "2026-06-01")))
                .andExpect(status().isConflict());
    }

    @Test
    void bad_agreements_are_refused() throws Exception {
        mvc.perform(post("/api/v1/organization/agreements").with(csrf()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"reference\":\"?\",\"titleEn\":\"\",\"missionTypes\":[\"WAR\"]}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field", hasItem("reference")))
                .andExpect(jsonPath("$.errors[*].field", hasItem("titleFr")))
                .andExpect(jsonPath("$.errors[*].field", hasItem("supportText")))
                .andExpect(jsonPath("$.errors[*].field", hasItem("reviewOn")))
                .andExpect(jsonPath("$.errors[*].field", hasItem("missionTypes")));
        String ref = "SLA-B" + System.nanoTime() % 100_000_000;
        mvc.perform(post("/api/v1/organization/agreements").with(csrf()).contentType(MediaType.APPLICATION_JSON)
                        .content(body(ref, "EXT-DPA", "DFS", "2026-01-01", "2026-06-01")))
                .andExpect(status().isUnprocessableEntity());
        mvc.perform(post("/api/v1/organization/agreements").with(csrf()).contentType(MediaType.APPLICATION_JSON)
                        .content(body(ref, "DFS", "EXT-NOWHERE", "2026-01-01", "2026-06-01")))
                .andExpect(status().isUnprocessableEntity());
        mvc.perform(post("/api/v1/organization/agreements").with(csrf()).contentType(MediaType.APPLICATION_JSON)
                        .content(body(ref, "DFS", "EXT-DPA", "2026-01-01", "2025-06-01")))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.detail", containsString("2025-06-01")));
        mvc.perform(get("/api/v1/organization/agreements").param("review", "SOMETIME"))
                .andExpect(status().isBadRequest());
    }

    @Test
    void the_screens_list_register_and_show_an_agreement() throws Exception {
        mvc.perform(get("/organization/agreements")).andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"agreements\"")));
        String ref = "SLA-S" + System.nanoTime() % 100_000_000;
        mvc.perform(post("/organization/agreements").with(csrf()).param("reference", ref).param("titleEn", "Screen SLA")
                        .param("titleFr", "Accord écran").param("providerCode", "DFS-ICTD").param("partnerCode", "EXT-OICT")
                        .param("supportText", "ICT services").param("validFrom", "2026-01-01").param("reviewOn", "2027-06-01"))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("saved", true));
        mvc.perform(get("/organization/agreements").param("partner", "EXT-OICT").sessionAttr(TeamsTests.FRENCH, "fr"))
                .andExpect(content().string(containsString("Accord écran")))
                .andExpect(content().string(containsString("Registre des accords")));
        mvc.perform(post("/organization/agreements").with(csrf()).param("reference", ref + "X").param("titleEn", "x")
                        .param("titleFr", "x").param("providerCode", "DFS-ICTD").param("partnerCode", "EXT-OICT")
                        .param("supportText", "x").param("validFrom", "2026-01-01").param("reviewOn", "2025-06-01"))
                .andExpect(flash().attribute("error", containsString("2025-06-01")));
    }
}
