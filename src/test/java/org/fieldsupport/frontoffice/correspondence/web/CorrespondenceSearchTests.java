package org.fieldsupport.frontoffice.correspondence.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.fieldsupport.frontoffice.FrontOfficeTestUsers.as;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.fieldsupport.frontoffice.FrontOfficeTestUsers;
import org.fieldsupport.platform.search.SearchContributor;
import org.fieldsupport.platform.search.SearchIndex;
import org.fieldsupport.platform.security.UserDirectory;
import org.fieldsupport.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Issue 16 (session 4): correspondence items in the platform's global search under the classification rule. A
 * strictly confidential item is found (and counted) by its addressees and by nobody else — not the registry, the
 * principal, the front office or an administrator; a confidential one by the unit's cleared officers and its
 * addressees; an unclassified one by the readers of the unit holding it. The entry follows the item's moves and
 * the start-up catch-up adds items missing from the index.
 */
@IntegrationTest
class CorrespondenceSearchTests {

    static final String API = "/api/v1/frontoffice/correspondence";

    @Autowired MockMvc mvc;
    @Autowired UserDirectory directory;
    @Autowired JdbcClient jdbc;
    @Autowired List<SearchContributor> contributors;
    @Autowired SearchIndex index;

    FrontOfficeTestUsers u;
    String tag;
    LocalDate today = LocalDate.now();

    @BeforeEach
    void users() {
        u = new FrontOfficeTestUsers(directory);
        tag = "zq" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
    }

    private long register(String subject, String extra) throws Exception {
        String body = """
                {"subject": "%s", "from": "Permanent Mission of Bangladesh", "receivedOn": "%s",
                 "attributionId": "7.5.b", "missionCode": "MINUSCA", "dueDate": "%s"%s}
                """.formatted(subject, today.minusDays(2), today.plusDays(10), extra);
        String json = mvc.perform(post(API).with(as(u.clerk)).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                        .content(body)).andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        return ((Number) JsonPath.read(json, "$.id")).longValue();
    }

    private void finds(String who, String q, int count) throws Exception {
        mvc.perform(get("/api/v1/search").param("q", q).with(as(who))).andExpect(status().isOk())
                .andExpect(jsonPath("$.totalElements").value(count))
                .andExpect(jsonPath("$.content.length()").value(count));
    }

    @Test
    void a_strictly_confidential_item_is_found_and_counted_by_its_addressee_only() throws Exception {
        String secret = "Allegation senior official " + tag;
        long id = register(secret, ", \"classification\": \"STRICTLY_CONFIDENTIAL\", \"addressees\": [\"" + u.mcms + "\"]");
        // the addressee finds it by a word of the subject and by its reference, on the API and the search page
        finds(u.mcms, tag, 1);
        String reference = jdbc.sql("SELECT reference FROM fo_correspondence WHERE id = ?").param(id)
                .query(String.class).single();
        mvc.perform(get("/api/v1/search").param("q", reference + " " + tag).with(as(u.mcms)))
                .andExpect(jsonPath("$.content[*].link").value(hasItem("/frontoffice/correspondence/" + id)));
        mvc.perform(get("/search").param("q", tag).with(as(u.mcms))).andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString(reference)));
        // nobody else: not found, not counted, not on the page
        for (String outsider : new String[] {u.clerk, u.principal, u.officer, u.lsd, u.admin}) {
            finds(outsider, tag, 0);
            mvc.perform(get("/search").param("q", tag).with(as(outsider))).andExpect(status().isOk())
                    .andExpect(result -> assertThat(result.getResponse().getContentAsString())
                            .doesNotContain(secret).doesNotContain(reference));
        }
        // the index holds no permission row for it, only its addressee
        assertThat(jdbc.sql("SELECT COUNT(*) FROM search_access WHERE record_type = 'frontoffice.correspondence'"
                + " AND record_id = ?").param(String.valueOf(id)).query(Long.class).single()).isZero();
        assertThat(jdbc.sql("SELECT username FROM search_user_access WHERE record_type = 'frontoffice.correspondence'"
                + " AND record_id = ?").param(String.valueOf(id)).query(String.class).list()).containsExactly(u.mcms);
        // after a move (the addressee drafts the reply) still the addressee's only
        mvc.perform(post(API + "/" + id + "/reply").with(as(u.mcms)).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                .content("{\"text\": \"Draft reply\"}")).andExpect(status().isOk());
        finds(u.mcms, tag, 1);
        finds(u.clerk, tag, 0);
        finds(u.admin, tag, 0);
    }

    @Test
    void confidential_and_unclassified_items_follow_the_unit_and_clearance() throws Exception {
        long open = register("Rotation schedule " + tag, "");
        long confidential = register("Medical evacuation " + tag,
                ", \"classification\": \"CONFIDENTIAL\", \"addressees\": [\"" + u.lsd + "\"]");
        // the holding unit's officer (cleared for confidential in DFS-MCMS) finds both
        finds(u.mcms, tag, 2);
        // the registry reads every unit but is not cleared for confidential: the unclassified one only
        mvc.perform(get("/api/v1/search").param("q", tag).with(as(u.clerk))).andExpect(status().isOk())
                .andExpect(jsonPath("$.totalElements").value(1))
                .andExpect(jsonPath("$.content[0].link").value("/frontoffice/correspondence/" + open));
        // another unit's officer: the confidential one only because they are its addressee
        mvc.perform(get("/api/v1/search").param("q", tag).with(as(u.lsd))).andExpect(status().isOk())
                .andExpect(jsonPath("$.totalElements").value(1))
                .andExpect(jsonPath("$.content[0].link").value("/frontoffice/correspondence/" + confidential));
    }

    @Test
    void the_start_up_catch_up_adds_items_missing_from_the_index() throws Exception {
        long id = register("Catch up " + tag, ", \"classification\": \"STRICTLY_CONFIDENTIAL\", \"addressees\": [\""
                + u.lsd + "\"]");
        index.remove("frontoffice.correspondence", String.valueOf(id));
        finds(u.lsd, tag, 0);
        contributors.stream().filter(c -> c.getClass().getSimpleName().startsWith("CorrespondenceSearch"))
                .findFirst().orElseThrow().contribute(index);
        finds(u.lsd, tag, 1);
        finds(u.clerk, tag, 0);
    }
}
