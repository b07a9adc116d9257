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
    @Autowired SearchIndex index;

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
    void a_common_word_is_counted_up_to_the_cap_and_said_so_but_access_still_counts_exactly() throws Exception {
        String word = "Zc" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
        int entries = SearchIndex.COUNT_CAP + 10;
        var all = new java.util.ArrayList<SearchEntry>();
        for (int i = 0; i < entries; i++) {
            var access = new java.util.ArrayList<SearchEntry.Access>();
            access.add(SearchEntry.access("claims.dnd.manage",
                    org.fieldsupport.platform.security.Scope.mission("MINUSCA")));
            if (i % 400 == 0) { // three of them are Bangladesh's
                access.add(SearchEntry.access("claims.portal.read",
                        org.fieldsupport.platform.security.Scope.memberState("BGD")));
            }
            all.add(new SearchEntry("search-cap-test", word + "-" + i, "CAP-" + i, "Entry " + word, word,
                    "/search", access));
        }
        index.putAll(all);

        mvc.perform(get("/api/v1/search").param("q", word).param("size", "20").with(user("claims.certifier"))
                        .accept(MediaType.APPLICATION_JSON))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.totalElements").value(SearchIndex.COUNT_CAP + 1))
                .andExpect(jsonPath("$.content.length()").value(20));
        mvc.perform(get("/search").param("q", word).with(user("claims.certifier")))
                .andExpect(content().string(containsString("More than 1,000 found")));
        // the cap is applied after the access filter: Bangladesh counts its three, exactly
        mvc.perform(get("/api/v1/search").param("q", word).with(user("portal.bgd")).accept(MediaType.APPLICATION_JSON))
                .andExpect(jsonPath("$.totalElements").value(3));
        mvc.perform(get("/search").param("q", word).with(user("portal.bgd")))
                .andExpect(content().string(containsString("3 found")));
        for (SearchEntry e : all) {
            index.remove(e.recordType(), e.recordId());
        }
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
