package org.fieldsupport.personnel;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicLong;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/** Helpers of the personnel tests: JSON calls as a user, delegations granted through the organisation's API. */
final class PersonnelTestSupport {

    private static final AtomicLong SEQ = new AtomicLong(System.nanoTime() % 100_000_000L);

    private PersonnelTestSupport() { }

    /** A number unique in this run and (very likely) across runs sharing a database. */
    static long unique() {
        return SEQ.incrementAndGet();
    }

    static ResultActions getAs(MockMvc mvc, String user, String path) throws Exception {
        return mvc.perform(get(path).with(user(user)).accept(MediaType.APPLICATION_JSON));
    }

    static ResultActions postAs(MockMvc mvc, String user, String path, String json) throws Exception {
        return mvc.perform(post(path).with(user(user)).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                .accept(MediaType.APPLICATION_JSON).content(json));
    }

    static long id(ResultActions result) throws Exception {
        return ((Number) JsonPath.read(result.andReturn().getResponse().getContentAsString(), "$.id")).longValue();
    }

    /** A new vacant post of the mission (imported by hr.hq with a unique post number), effective 2020-07-01. */
    static long newPost(MockMvc mvc, org.springframework.jdbc.core.simple.JdbcClient jdbc, String mission, String grade)
            throws Exception {
        String number = mission + "-T" + grade.replace("-", "") + "-" + unique();
        String csv = "post_number,mission,unit,title,grade,funding_source,budget_period,valid_from\n"
                + number + "," + mission + ",Test Section,Test Officer," + grade + ",ASSESSED,2020/21,2020-07-01\n";
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart("/api/v1/personnel/posts/import")
                        .file(new org.springframework.mock.web.MockMultipartFile("file", "p.csv", "text/csv",
                                csv.getBytes(java.nio.charset.StandardCharsets.UTF_8)))
                        .with(user("hr.hq")).with(csrf()))
                .andExpect(status().isOk());
        return jdbc.sql("SELECT id FROM pers_post WHERE post_number = ?").param(number).query(Long.class).single();
    }

    /**
     * Grants {@code person} (a platform user) a root delegation of {@code authority} up to {@code grade} for all
     * missions, given by the USG's position, acknowledged — through the organisation's delegation API.
     */
    static void grant(MockMvc mvc, String person, String authority, String grade) throws Exception {
        String body = """
                {"authority": "%s", "delegatorKind": "POSITION", "delegator": "DFS-HEAD", "delegateeKind": "PERSON",
                 "delegatee": "%s", "gradeLimit": "%s", "allMissions": true, "validFrom": "%s",
                 "validTo": "%s", "maySubDelegate": false}""".formatted(authority, person, grade,
                LocalDate.now().minusDays(1), LocalDate.now().plusYears(1));
        long id = id(postAs(mvc, "delegation.admin", "/api/v1/organization/delegations", body)
                .andExpect(status().isCreated()));
        postAs(mvc, "delegation.admin", "/api/v1/organization/delegations/" + id + "/acknowledge", "{}")
                .andExpect(status().isOk());
    }
}
