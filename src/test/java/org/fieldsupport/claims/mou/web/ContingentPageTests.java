package org.fieldsupport.claims.mou.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;
import org.fieldsupport.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

/** The contingent / MOU screens in English and French, the forms with their field errors, and Member State isolation. */
@IntegrationTest
class ContingentPageTests {

    /** A claims officer whose preferred language is French (?lang=fr would save it as admin's preference). */
    static final String FRENCH_OFFICER = "mou.officier.fr";

    @Autowired MockMvc mvc;
    @Autowired JdbcTemplate jdbc;
    @Autowired org.fieldsupport.platform.security.UserDirectory users;

    @org.junit.jupiter.api.BeforeEach
    void frenchOfficer() {
        users.ensureUser(FRENCH_OFFICER, "Agent MAC (test)", "mou.officier@fieldsupport.example", "fr",
                FRENCH_OFFICER);
        users.ensureRoleAssignment(FRENCH_OFFICER, "CLAIMS_OFFICER",
                org.fieldsupport.platform.security.Scope.department());
    }

    private long id(String reference) {
        return jdbc.queryForObject("SELECT id FROM claims_contingent WHERE reference = ?", Long.class, reference);
    }

    @Test
    void the_list_filters_by_unit_type_in_english_and_french() throws Exception {
        mvc.perform(get("/claims/contingents").param("unitType", "INFANTRY_BATTALION").with(user("admin")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Contingents and MOUs")))
                .andExpect(content().string(containsString("DEMO-MINUSCA-RWA")))
                .andExpect(content().string(not(containsString("DEMO-UNMISS-NPL"))))
                .andExpect(content().string(containsString("Infantry battalion")));
        mvc.perform(get("/claims/contingents").with(user(FRENCH_OFFICER)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Contingents et mémorandums d’accord")))
                .andExpect(content().string(containsString("Bataillon d’infanterie")))
                .andExpect(content().string(containsString("Hôpital de niveau II")));
    }

    @Test
    void the_detail_shows_the_version_in_force_and_what_the_amendment_changed_in_both_languages() throws Exception {
        long rwanda = id("DEMO-MINUSCA-RWA");
        mvc.perform(get("/claims/contingents/" + rwanda).with(user("admin")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Version history")))
                .andExpect(content().string(containsString("Version 2 (amendment), in effect from Sep 1, 2026")))
                .andExpect(content().string(containsString("Four additional APCs deployed (illustrative)")))
                .andExpect(content().string(containsString("Quantity: 10 → 14")))
                .andExpect(content().string(containsString("Sep 1, 2025 to Aug 31, 2026")))
                .andExpect(content().string(containsString("id=\"contingent-related\"")))
                .andExpect(content().string(containsString("/claims/verification-reports?contingent=" + rwanda)));
        mvc.perform(get("/claims/contingents/" + rwanda).with(user(FRENCH_OFFICER)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Historique des versions")))
                .andExpect(content().string(containsString("Quantité : 10 → 14")))
                .andExpect(content().string(containsString("Annexe B — matériel majeur")));
        // Bangladesh's draft amendment can be worked on
        mvc.perform(get("/claims/contingents/" + id("DEMO-MINUSCA-BGD")).with(user("admin")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Draft version 2 (amendment)")))
                .andExpect(content().string(containsString("Make this version take effect")));
    }

    @Test
    void an_officer_registers_an_mou_adds_lines_and_makes_it_take_effect_on_the_screens() throws Exception {
        String reference = "T-SCREEN-" + UUID.randomUUID().toString().substring(0, 8);
        // a factor over 5 % is refused in French, naming the field, and nothing is registered
        mvc.perform(post("/claims/contingents").with(user(FRENCH_OFFICER)).with(csrf())
                        .param("reference", reference).param("missionCode", "MINUSCA").param("memberState", "BGD")
                        .param("unitType", "FORMED_POLICE_UNIT").param("effectiveFrom", "2026-09")
                        .param("authorisedStrength", "140").param("environmental", "6").param("deployedOn", "2026-09-05"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Veuillez corriger les champs signalés.")))
                .andExpect(content().string(containsString("doit être compris entre 0 et 5 %")));
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM claims_contingent WHERE reference = ?", Integer.class,
                reference)).isZero();

        String location = mvc.perform(post("/claims/contingents").with(user("admin")).with(csrf())
                        .param("reference", reference).param("missionCode", "MINUSCA").param("memberState", "BGD")
                        .param("unitType", "FORMED_POLICE_UNIT").param("effectiveFrom", "2026-09")
                        .param("authorisedStrength", "140").param("environmental", "2.5").param("deployedOn", "2026-09-05"))
                .andExpect(redirectedUrlPattern("/claims/contingents/*"))
                .andReturn().getResponse().getRedirectedUrl();
        long id = id(reference);
        assertThat(jdbc.queryForObject("SELECT factor_environmental FROM claims_mou_version WHERE contingent_id = ?",
                java.math.BigDecimal.class, id)).isEqualByComparingTo("0.025");

        // a line without a rate is refused with the field; then a special-case rate with its justification
        mvc.perform(post(location + "/versions/1/equipment").with(user("admin")).with(csrf())
                        .param("line", "ME-1").param("category", "APC").param("description", "APC, wheeled")
                        .param("leaseType", "WET").param("mouQuantity", "-2"))
                .andExpect(redirectedUrl(location + "/draft"))
                .andExpect(flash().attribute("errors", org.hamcrest.Matchers.hasKey("mouQuantity")))
                .andExpect(flash().attribute("errors", org.hamcrest.Matchers.hasKey("specialRate")));
        mvc.perform(post(location + "/versions/1/equipment").with(user("admin")).with(csrf())
                        .param("line", "ME-1").param("category", "APC").param("description", "APC, wheeled")
                        .param("leaseType", "WET").param("mouQuantity", "8").param("specialRate", "4800")
                        .param("justification", "negotiated"))
                .andExpect(redirectedUrl(location + "/draft"));
        mvc.perform(post(location + "/versions/1/self-sustainment").with(user("admin")).with(csrf())
                        .param("category", "ACCOMMODATION").param("providedBy", "UN"))
                .andExpect(redirectedUrl(location + "/draft"));
        // the draft's editor is its own page (issue 12.8); the contingent page links to it and keeps take effect
        mvc.perform(get(location + "/draft").with(user("admin")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Add or replace an Annex B line")))
                .andExpect(content().string(containsString("4,800.00")));
        mvc.perform(get(location).with(user("admin")))
                .andExpect(content().string(containsString("href=\"" + location + "/draft\"")))
                .andExpect(content().string(not(containsString("Add or replace an Annex B line"))));
        mvc.perform(post(location + "/versions/1/take-effect").with(user("admin")).with(csrf()))
                .andExpect(redirectedUrl(location))
                .andExpect(flash().attribute("notice", "The version took effect."));
        mvc.perform(get(location).with(user("admin")))
                .andExpect(content().string(containsString("4,800.00")))
                .andExpect(content().string(containsString("Formed police unit")))
                .andExpect(content().string(containsString("Draft an amendment")));
    }

    @Test
    void a_member_state_user_reads_its_own_mou_and_is_refused_another_states() throws Exception {
        mvc.perform(get("/claims/contingents").with(user("portal.bgd")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("DEMO-MINUSCA-BGD")))
                .andExpect(content().string(not(containsString("DEMO-MINUSCA-RWA"))))
                .andExpect(content().string(not(containsString("Register an MOU"))));
        mvc.perform(get("/claims/contingents/" + id("DEMO-MINUSCA-BGD")).with(user("portal.bgd")))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("Make this version take effect"))));
        mvc.perform(get("/claims/contingents/" + id("DEMO-MINUSCA-RWA")).with(user("portal.bgd")))
                .andExpect(status().isForbidden());
        mvc.perform(post("/claims/contingents/" + id("DEMO-MINUSCA-BGD") + "/versions/2/take-effect")
                        .with(user("portal.bgd")).with(csrf()))
                .andExpect(status().isForbidden());
    }
}
