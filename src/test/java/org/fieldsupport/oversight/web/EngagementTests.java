package org.fieldsupport.oversight.web;

import static org.fieldsupport.oversight.web.OversightFixtures.FOCAL;
import static org.fieldsupport.oversight.web.OversightFixtures.RISK;
import static org.fieldsupport.oversight.web.OversightFixtures.getJson;
import static org.fieldsupport.oversight.web.OversightFixtures.postJson;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import org.fieldsupport.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** Cooperation with oversight bodies (5.9.b): engagements through their phases with deadlines and focal points. */
@IntegrationTest
class EngagementTests {

    @Autowired
    MockMvc mvc;

    @Test
    void an_engagement_moves_through_its_phases_with_the_comments_deadline() throws Exception {
        postJson(mvc, FOCAL, "/api/v1/oversight/engagements", "{\"body\": \"NASA\", \"title\": \"\"}").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field").value(org.hamcrest.Matchers.hasItems("body", "title", "announcedOn", "focalPoint")));
        String body = postJson(mvc, FOCAL, "/api/v1/oversight/engagements", """
                {"body": "OIOS", "title": "Test audit of engineering", "missionCode": "UNMISS", "announcedOn": "2026-09-01",
                 "focalPoint": "Chief Engineer"}""").andExpect(status().isCreated()).andExpect(jsonPath("$.phase").value("ANNOUNCED"))
                .andReturn().getResponse().getContentAsString();
        long id = ((Number) JsonPath.read(body, "$.id")).longValue();
        postJson(mvc, RISK, "/api/v1/oversight/engagements/" + id + "/advance", "{\"on\": \"2026-09-10\"}").andExpect(status().isNotFound());
        postJson(mvc, FOCAL, "/api/v1/oversight/engagements/" + id + "/advance", "{\"on\": \"2026-08-10\"}")
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("on"));
        postJson(mvc, FOCAL, "/api/v1/oversight/engagements/" + id + "/advance", "{\"on\": \"2026-09-10\", \"until\": \"2026-09-30\"}")
                .andExpect(jsonPath("$.phase").value("FIELDWORK")).andExpect(jsonPath("$.fieldworkEnd").value("2026-09-30"));
        postJson(mvc, FOCAL, "/api/v1/oversight/engagements/" + id + "/advance", "{\"on\": \"2026-10-15\"}")
                .andExpect(jsonPath("$.phase").value("DRAFT_REPORT"));
        postJson(mvc, FOCAL, "/api/v1/oversight/engagements/" + id + "/advance", "{\"on\": \"2026-10-16\"}")
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("commentsDueOn"));
        postJson(mvc, FOCAL, "/api/v1/oversight/engagements/" + id + "/advance", "{\"on\": \"2026-10-16\", \"commentsDueOn\": \"2026-11-15\"}")
                .andExpect(jsonPath("$.phase").value("MANAGEMENT_COMMENTS")).andExpect(jsonPath("$.commentsOverdue").value(true));
        postJson(mvc, FOCAL, "/api/v1/oversight/engagements/" + id + "/advance", "{\"on\": \"2026-11-30\"}")
                .andExpect(jsonPath("$.phase").value("FINAL"));
        postJson(mvc, FOCAL, "/api/v1/oversight/engagements/" + id + "/advance", "{\"on\": \"2026-12-01\"}")
                .andExpect(status().isUnprocessableContent());
        getJson(mvc, RISK, "/api/v1/oversight/engagements").andExpect(jsonPath("$[?(@.id == " + id + ")]").isEmpty());
        mvc.perform(get("/oversight/engagements").with(user(FOCAL))).andExpect(status().isOk())
                .andExpect(content().string(containsString("Test audit of engineering")))
                .andExpect(content().string(containsString("Audit engagements")));
    }
}
