package org.fieldsupport.platform.search;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.util.UUID;
import org.fieldsupport.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

/**
 * One search over the modules' records (death-and-disability claims contribute): every word must match, and a user
 * finds only what they may open — another Member State's claim is neither listed nor counted.
 */
@IntegrationTest
class SearchTests {

    @Autowired MockMvc mvc;

    String receive(String state, String name) throws Exception {
        String body = mvc.perform(post("/api/v1/claims/death-disability").with(user("admin")).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).accept(MediaType.APPLICATION_JSON)
                        .content("""
                                {"memberState": "%s", "missionCode": "MINUSCA", "memberName": "%s", "memberNumber": "S-1",
                                 "incidentDate": "2026-03-14", "kind": "DEATH", "impairmentPercent": null,
                                 "receivedOn": "2026-04-02"}""".formatted(state, name)))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        return JsonPath.read(body, "$.reference");
    }

    @Test
    void a_user_finds_only_the_records_they_may_open_and_the_count_says_so() throws Exception {
        String word = "Zq" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
        String bgd = receive("BGD", "Amina " + word);
        String rwa = receive("RWA", "Jean " + word);

        mvc.perform(get("/api/v1/search").param("q", word).with(user("claims.certifier"))
                        .accept(MediaType.APPLICATION_JSON))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.totalElements").value(2))
                .andExpect(jsonPath("$.content[*].reference", hasItem(bgd)))
                .andExpect(jsonPath("$.content[*].reference", hasItem(rwa)));
        mvc.perform(get("/api/v1/search").param("q", word).with(user("portal.bgd")).accept(MediaType.APPLICATION_JSON))
                .andExpect(jsonPath("$.totalElements").value(1))
                .andExpect(jsonPath("$.content[0].reference").value(bgd))
                .andExpect(jsonPath("$.content[0].link", containsString("/claims/dnd/")));
        mvc.perform(get("/api/v1/search").param("q", "amina " + word.toLowerCase()).with(user("claims.certifier"))
                        .accept(MediaType.APPLICATION_JSON))
                .andExpect(jsonPath("$.totalElements").value(1));
        mvc.perform(get("/api/v1/search").param("q", word).with(user("mission.coe.minusca"))
                        .accept(MediaType.APPLICATION_JSON))
                .andExpect(jsonPath("$.totalElements").value(0));
        mvc.perform(get("/search").param("q", word).with(user("portal.bgd")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(bgd)))
                .andExpect(content().string(not(containsString(rwa))));
    }

    @Test
    void an_empty_or_too_long_query_is_refused_naming_q() throws Exception {
        mvc.perform(get("/api/v1/search").param("q", " ").with(user("admin")).accept(MediaType.APPLICATION_JSON))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("q"));
        mvc.perform(get("/api/v1/search").param("q", "x".repeat(201)).with(user("admin"))
                        .header("Accept-Language", "fr").accept(MediaType.APPLICATION_JSON))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].message").value("Au plus 200 caractères."));
        mvc.perform(get("/search").param("q", "x".repeat(201)).with(user("admin")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("At most 200 characters.")));
        mvc.perform(get("/").with(user("admin")))
                .andExpect(content().string(containsString("shell-search-q")));
    }
}
