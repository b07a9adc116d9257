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

/** Screens of the recommendations register, reports and guidance, EN/FR. */
@IntegrationTest
class RecommendationScreensTests {

    @Autowired
    MockMvc mvc;

    @Test
    void the_register_shows_ageing_and_the_critical_past_due_list() throws Exception {
        mvc.perform(get("/oversight/recommendations").with(user("oversight.focal"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("Critical recommendations past due")))
                .andExpect(content().string(containsString("DEMO-AP2026-640-01")))
                .andExpect(content().string(containsString("181-365 days")));
        mvc.perform(get("/oversight/recommendations?by=unit").with(user("oversight.focal")))
                .andExpect(status().isOk()).andExpect(content().string(containsString("Responsible unit")))
                .andExpect(content().string(containsString("DFS-LSD")));
        mvc.perform(get("/oversight/reports").with(user("oversight.focal"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("DEMO-BOI-BGD-1")));
    }

    @Test
    void a_refused_step_shows_the_reason_on_the_page() throws Exception {
        String html = mvc.perform(get("/oversight/recommendations?status=OPEN").with(user("oversight.focal")))
                .andReturn().getResponse().getContentAsString();
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("/oversight/recommendations/(\\d+)").matcher(html);
        org.assertj.core.api.Assertions.assertThat(m.find()).isTrue();
        String id = m.group(1);
        mvc.perform(post("/oversight/recommendations/" + id + "/actions").with(user("oversight.focal")).with(csrf()).param("action", "PROPOSE_IMPLEMENTED"))
                .andExpect(flash().attribute("problem", containsString("evidence")));
        mvc.perform(get("/oversight/recommendations/" + id).with(user("oversight.focal")))
                .andExpect(status().isOk()).andExpect(content().string(containsString("Management response")));
        // the mission risk officer works in French
        mvc.perform(get("/oversight/recommendations").with(user("risk.minusca"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("Recommandations critiques en retard")));
    }

    @Test
    void guidance_is_published_from_its_page() throws Exception {
        mvc.perform(post("/oversight/guidance").with(user("oversight.focal")).with(csrf()).param("theme", "RATIONS")
                        .param("titleEn", "Rations follow-up").param("titleFr", "Suivi des rations").param("bodyEn", "Body")
                        .param("bodyFr", "Corps").param("audience", "ALL"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/oversight/guidance").with(user("risk.minusca")).header("Accept-Language", "fr")).andExpect(status().isOk())
                .andExpect(content().string(containsString("Suivi des rations")));
    }
}
