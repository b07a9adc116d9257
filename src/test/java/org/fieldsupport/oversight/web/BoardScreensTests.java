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

/** Screens of the boards of inquiry: incidents with the rule's decision, the board with its claim links, convening refusals. */
@IntegrationTest
class BoardScreensTests {

    @Autowired
    MockMvc mvc;

    @Test
    void incidents_and_the_demo_board_with_its_claims_are_shown_to_board_readers_only() throws Exception {
        String list = mvc.perform(get("/oversight/boards").with(user("oversight.focal")))
                .andExpect(status().isOk()).andExpect(content().string(containsString("Boards of inquiry")))
                .andExpect(content().string(containsString("DEMO-BOI-BGD-1"))).andReturn().getResponse().getContentAsString();
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("/oversight/boards/(\\d+)\"[^>]*>INC-MINUSCA").matcher(list);
        org.assertj.core.api.Assertions.assertThat(m.find()).isTrue();
        mvc.perform(get("/oversight/boards/" + m.group(1)).with(user("oversight.focal"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("DND-BGD-2026-0001")))
                .andExpect(content().string(containsString("Death or serious injury of mission personnel")));
        mvc.perform(get("/oversight/boards/" + m.group(1)).with(user("risk.minusca"))).andExpect(status().isNotFound());
        mvc.perform(get("/oversight/boards").with(user("risk.minusca"))).andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.not(containsString("DEMO-BOI-BGD-1"))));
    }

    @Test
    void an_incomplete_board_is_refused_with_the_reason() throws Exception {
        String title = "Screen incident " + System.nanoTime();
        String location = mvc.perform(post("/oversight/boards").with(user("oversight.focal")).with(csrf()).param("missionCode", "UNIFIL")
                        .param("occurredOn", "2026-10-01").param("title", title).param("unOwnedEquipmentLossUsd", "26000"))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        String all = mvc.perform(get("/api/v1/oversight/incidents").with(user("oversight.focal"))).andReturn().getResponse().getContentAsString();
        java.util.List<Integer> ids = com.jayway.jsonpath.JsonPath.read(all, "$[?(@.title == '" + title + "')].id");
        org.assertj.core.api.Assertions.assertThat(ids).hasSize(1);
        java.util.List<Boolean> required = com.jayway.jsonpath.JsonPath.read(all, "$[?(@.title == '" + title + "')].boardRequired");
        org.assertj.core.api.Assertions.assertThat(required).containsExactly(true);
        mvc.perform(post("/oversight/boards/" + ids.get(0) + "/convene").with(user("oversight.focal")).with(csrf())
                        .param("convenedOn", "2026-10-05").param("chair", "A").param("members", "B").param("secretary", "C")
                        .param("termsOfReference", "ToR"))
                .andExpect(flash().attribute("problem", containsString("at least two members")));
        org.assertj.core.api.Assertions.assertThat(location).isEqualTo("/oversight/boards");
    }
}
