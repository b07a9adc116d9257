package org.fieldsupport.claims.portal.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.util.UUID;
import org.fieldsupport.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/**
 * Issue 16 (session 4): a Member State delegate's question on the claims portal lands in the front office's liaison
 * inbox (through frontoffice's root API), is shown to the liaison officers and answered by the section; the answer
 * is visible on the State's portal and the asker is told. One State never sees, asks for or counts another's.
 */
@IntegrationTest
class PortalQuestionsTests {

    static final String API = "/api/v1/claims/portal/";

    @Autowired MockMvc mvc;
    @Autowired JdbcClient jdbc;

    private ResultActions ask(String who, String state, String body) throws Exception {
        return mvc.perform(post(API + state + "/questions").with(user(who)).with(csrf())
                .contentType(MediaType.APPLICATION_JSON).content(body));
    }

    @Test
    void a_portal_question_reaches_the_liaison_inbox_is_answered_and_the_answer_shows_on_the_states_portal_only()
            throws Exception {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        String subject = "When will the July report be paid? " + tag;
        String json = ask("portal.bgd", "BGD", "{\"subject\": \"" + subject + "\", \"missionCode\": \"MINUSCA\"}")
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.memberState").value("BGD"))
                .andExpect(jsonPath("$.missionCode").value("MINUSCA"))
                .andExpect(jsonPath("$.askedBy").value("portal.bgd"))
                .andExpect(jsonPath("$.answer").doesNotExist())
                .andReturn().getResponse().getContentAsString();
        String reference = JsonPath.read(json, "$.reference");

        // in the front office's liaison register: the permanent mission of Bangladesh, lead unit DFS-MCMS
        String queries = mvc.perform(get("/api/v1/frontoffice/queries").param("open", "true").with(user("registry.clerk")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[?(@.reference == '" + reference + "')].partnerCode").value(hasItem("PM-BGD")))
                .andExpect(jsonPath("$[?(@.reference == '" + reference + "')].leadUnit").value(hasItem("DFS-MCMS")))
                .andExpect(jsonPath("$[?(@.reference == '" + reference + "')].origin").value(hasItem("claims.portal")))
                .andReturn().getResponse().getContentAsString();
        long queryId = ((Number) ((java.util.List<?>) JsonPath.read(queries,
                "$[?(@.reference == '" + reference + "')].id")).get(0)).longValue();

        // another State: refused on its API and screen, never listed in its own questions
        mvc.perform(get(API + "BGD/questions").with(user("portal.rwa"))).andExpect(status().isForbidden());
        mvc.perform(get("/claims/portal/BGD/questions").with(user("portal.rwa"))).andExpect(status().isForbidden());
        ask("portal.rwa", "BGD", "{\"subject\": \"Asking for someone else\"}").andExpect(status().isForbidden());
        mvc.perform(get(API + "RWA/questions").with(user("portal.rwa"))).andExpect(status().isOk())
                .andExpect(content().string(not(containsString(tag))));
        // a staff member without the portal permission: refused
        mvc.perform(get(API + "BGD/questions").with(user("staff.demo"))).andExpect(status().isForbidden());

        // the section answers (action officer of DFS-MCMS) — the asker is told, the answer is on the portal
        mvc.perform(post("/api/v1/frontoffice/queries/" + queryId + "/answer").with(user("action.mcms")).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"answer\": \"Payment scheduled for 15 December " + tag + "\"}"))
                .andExpect(status().isOk());
        mvc.perform(get(API + "BGD/questions").with(user("portal.bgd"))).andExpect(status().isOk())
                .andExpect(jsonPath("$[?(@.reference == '" + reference + "')].answer")
                        .value(hasItem("Payment scheduled for 15 December " + tag)));
        assertThat(jdbc.sql("SELECT COUNT(*) FROM notice WHERE username = 'portal.bgd' AND title_args LIKE ?")
                .param("%" + reference + "%").query(Long.class).single()).isEqualTo(1);
        for (String lang : new String[] {"en", "fr"}) {
            mvc.perform(get("/claims/portal/BGD/questions").with(user("portal.bgd")).header("Accept-Language", lang))
                    .andExpect(status().isOk()).andExpect(content().string(containsString(subject)))
                    .andExpect(content().string(containsString("Payment scheduled for 15 December " + tag)))
                    .andExpect(content().string(not(containsString("??claims."))));
        }
        mvc.perform(get("/claims/portal/RWA/questions").with(user("portal.rwa")))
                .andExpect(status().isOk()).andExpect(content().string(not(containsString(tag))));
    }

    @Test
    void bad_questions_are_refused_with_the_field_named_and_nothing_is_registered() throws Exception {
        long before = jdbc.sql("SELECT COUNT(*) FROM fo_query").query(Long.class).single();
        ask("portal.bgd", "BGD", "{\"subject\": \"   \"}").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("subject"));
        ask("portal.bgd", "BGD", "{}").andExpect(status().isBadRequest());
        ask("portal.bgd", "BGD", "{\"subject\": \"" + "x".repeat(1001) + "\"}").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("subject"));
        ask("portal.bgd", "BGD", "{\"subject\": \"Where?\", \"missionCode\": \"UNIFIL\"}")
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("missionCode"));
        ask("portal.bgd", "B1D", "{\"subject\": \"Where?\"}").andExpect(status().isForbidden());
        assertThat(jdbc.sql("SELECT COUNT(*) FROM fo_query").query(Long.class).single()).isEqualTo(before);
        // the screen tells the problem and keeps the form
        mvc.perform(post("/claims/portal/BGD/questions").with(user("portal.bgd")).with(csrf()).param("subject", ""))
                .andExpect(status().is3xxRedirection()).andExpect(flash().attributeExists("problem"));
    }
}
