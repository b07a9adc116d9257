package org.fieldsupport.oversight.web;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.fieldsupport.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** Screens of the risk register (heat map, QA reviews) and of the security requirements, EN/FR. */
@IntegrationTest
class RiskScreensTests {

    @Autowired
    MockMvc mvc;

    @Test
    void the_mission_register_shows_its_heat_map_and_demo_risks() throws Exception {
        mvc.perform(get("/oversight/risks").with(user("risk.minusca"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("Carte thermique")))
                .andExpect(content().string(containsString("Fuel theft at remote sites")))
                .andExpect(content().string(containsString("Examens d&#39;assurance qualité")));
        mvc.perform(get("/oversight/security?mission=MINUSCA").with(user("risk.minusca"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("Exigences de sécurité")))
                .andExpect(content().string(containsString("Non conforme")));
    }

    @Test
    void a_risk_is_recorded_from_the_page_and_a_bad_rating_explained() throws Exception {
        mvc.perform(post("/oversight/risks").with(user("risk.minusca")).with(csrf()).param("missionCode", "MINUSCA").param("kind", "RISK")
                        .param("title", "Page risk").param("cause", "c").param("event", "e").param("consequence", "q")
                        .param("likelihood", "9").param("impact", "2").param("residualLikelihood", "1").param("residualImpact", "1")
                        .param("owner", "o").param("reviewOn", "2027-01-01"))
                .andExpect(flash().attribute("problem", containsString("(1-5)")));
        mvc.perform(post("/oversight/security").with(user("risk.minusca")).with(csrf()).param("missionCode", "MINUSCA").param("kind", "SECURITY")
                        .param("title", "Page requirement").param("cause", "c").param("event", "e").param("consequence", "q")
                        .param("likelihood", "3").param("impact", "2").param("residualLikelihood", "1").param("residualImpact", "1")
                        .param("owner", "o").param("reviewOn", "2027-01-01").param("compliance", "COMPLIANT"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/oversight/security?mission=MINUSCA").with(user("risk.minusca"))).andExpect(content().string(containsString("Page requirement")));
    }
}
