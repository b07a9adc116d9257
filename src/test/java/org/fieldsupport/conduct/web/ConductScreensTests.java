package org.fieldsupport.conduct.web;

import static org.fieldsupport.conduct.web.ConductFixtures.HQ;
import static org.fieldsupport.conduct.web.ConductFixtures.MINUSCA;
import static org.fieldsupport.conduct.web.ConductFixtures.VICTIMS;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.fieldsupport.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** The register's screens in EN/FR: list by need-to-know, intake form, case file with its actions, read log, card, menu. */
@IntegrationTest
class ConductScreensTests {

    @Autowired
    MockMvc mvc;

    @Test
    void the_mission_officer_lists_their_missions_demo_cases_only() throws Exception {
        mvc.perform(get("/conduct/cases").with(user(MINUSCA))).andExpect(status().isOk())
                .andExpect(content().string(containsString("CDT-MINUSCA-")))
                .andExpect(content().string(not(containsString("CDT-UNMISS-"))))
                .andExpect(content().string(containsString("Misconduct cases")));
        mvc.perform(get("/conduct/cases").with(user(HQ))).andExpect(status().isOk())
                .andExpect(content().string(containsString("CDT-UNIFIL-")))
                .andExpect(content().string(containsString("Affaires de manquement")));
        mvc.perform(get("/conduct/cases/card").with(user(MINUSCA))).andExpect(status().isOk())
                .andExpect(content().string(containsString("open cases")));
    }

    @Test
    void a_report_is_recorded_through_the_form_and_acted_on_from_the_case_file() throws Exception {
        String location = mvc.perform(post("/conduct/cases").with(user(MINUSCA)).with(csrf())
                        .param("missionCode", "MINUSCA").param("kind", "OTHER").param("receivedOn", "2026-04-01")
                        .param("channel", "CBCM").param("origin", "MISSION").param("source", "Screen test").param("summary", "Screen test summary"))
                .andExpect(status().is3xxRedirection()).andExpect(redirectedUrlPattern("/conduct/cases/*"))
                .andReturn().getResponse().getRedirectedUrl();
        mvc.perform(post(location + "/subjects").with(user(MINUSCA)).with(csrf()).param("category", "CIVILIAN").param("types", "THEFT"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post(location + "/referrals").with(user(MINUSCA)).with(csrf()).param("entity", "MIE"))
                .andExpect(flash().attribute("problem", containsString("assessed")));
        mvc.perform(get(location).with(user(HQ))).andExpect(status().isOk())
                .andExpect(content().string(containsString("Screen test summary")))
                .andExpect(content().string(containsString("1 allégations comptées")))
                .andExpect(content().string(containsString("Strictement confidentiel")));
        // a bad form is shown again with the reason, in the user's language
        mvc.perform(post("/conduct/cases").with(user(HQ)).with(csrf())
                        .param("missionCode", "MINUSCA").param("kind", "OTHER").param("receivedOn", "pas une date"))
                .andExpect(status().isOk()).andExpect(content().string(containsString("doit être une date")));
    }

    @Test
    void victims_assistance_sees_the_identity_of_a_case_given_to_it_and_the_officer_does_not() throws Exception {
        String identity = "Screen Victim " + System.nanoTime();
        long id = ConductFixtures.seaCase(mvc, MINUSCA, "MINUSCA", "scr" + System.nanoTime(), identity);
        mvc.perform(get("/conduct/cases/" + id).with(user(MINUSCA))).andExpect(status().isOk())
                .andExpect(content().string(not(containsString(identity))))
                .andExpect(content().string(containsString("withheld")));
        mvc.perform(get("/conduct/cases/" + id).with(user(VICTIMS))).andExpect(status().isNotFound());
        mvc.perform(post("/conduct/cases/" + id + "/grants").with(user(MINUSCA)).with(csrf()).param("username", VICTIMS))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/conduct/cases/" + id).with(user(VICTIMS))).andExpect(status().isOk())
                .andExpect(content().string(containsString(identity)));
        mvc.perform(get("/conduct/read-log").with(user(HQ))).andExpect(status().isOk())
                .andExpect(content().string(containsString(VICTIMS)));
        mvc.perform(get("/conduct/read-log").with(user(MINUSCA))).andExpect(status().isForbidden());
    }

    @Test
    void headquarters_reconciles_from_its_work_list() throws Exception {
        mvc.perform(get("/conduct/reconciliation").with(user(HQ))).andExpect(status().isOk())
                .andExpect(content().string(containsString("Rapprochement avant publication")));
        mvc.perform(get("/conduct/reconciliation").with(user(MINUSCA))).andExpect(status().isForbidden());
        mvc.perform(get("/").with(user(HQ))).andExpect(status().isOk())
                .andExpect(content().string(containsString("/conduct/cases")))
                .andExpect(content().string(containsString("/conduct/statistics")));
    }
}
