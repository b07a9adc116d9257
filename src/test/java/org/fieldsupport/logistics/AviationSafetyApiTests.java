package org.fieldsupport.logistics;

import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.fieldsupport.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/** Aviation safety reports: 24-hour flag, matrix, reporter seen by aviation-safety staff only, de-identified export. */
@IntegrationTest
class AviationSafetyApiTests {

    @Autowired
    MockMvc mvc;

    private ResultActions post(String user, String path, String json) throws Exception {
        return mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post(path)
                .with(user(user)).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                .accept(MediaType.APPLICATION_JSON).content(json));
    }

    private long report(String user, long hoursAgo, boolean anonymous, String description) throws Exception {
        String body = post(user, "/api/v1/logistics/aviation-safety/reports", """
                {"missionCode": "MINUSCA", "kind": "OCCURRENCE", "occurredAt": "%s", "location": "Bria",
                 "aircraft": "UN-T", "description": "%s", "anonymous": %s}"""
                .formatted(Instant.now().minus(Duration.ofHours(hoursAgo)).truncatedTo(ChronoUnit.SECONDS), description,
                        anonymous)).andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        return ((Number) JsonPath.read(body, "$.id")).longValue();
    }

    @Test
    void a_report_after_24_hours_is_flagged_and_classification_reads_the_matrix() throws Exception {
        long late = report("movcon.minusca", 30, false, "Hard landing");
        long onTime = report("movcon.minusca", 2, false, "Tyre burst");
        mvc.perform(get("/api/v1/logistics/aviation-safety/reports/" + late).with(user("aviation.safety"))
                .accept(MediaType.APPLICATION_JSON)).andExpect(jsonPath("$.late").value(true));
        post("aviation.safety", "/api/v1/logistics/aviation-safety/reports/" + onTime + "/classification",
                "{\"classification\": \"SERIOUS_INCIDENT\", \"likelihood\": 4, \"severity\": \"B\", \"feedback\": \"Thanks\"}")
                .andExpect(status().isOk()).andExpect(jsonPath("$.late").value(false))
                .andExpect(jsonPath("$.risk").value("INTOLERABLE"));
        post("aviation.safety", "/api/v1/logistics/aviation-safety/reports/" + onTime + "/actions",
                "{\"action\": \"Inspect runway\", \"owner\": \"Chief Aviation Officer\", \"dueOn\": \"2027-01-15\"}")
                .andExpect(status().isOk()).andExpect(jsonPath("$.actions[0].owner").value("Chief Aviation Officer"));
        post("aviation.safety", "/api/v1/logistics/aviation-safety/reports/" + onTime + "/classification",
                "{\"classification\": \"MISHAP\", \"likelihood\": 9, \"severity\": \"Z\"}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field", org.hamcrest.Matchers.hasItems("classification", "likelihood", "severity")));
        post("logistics.hq", "/api/v1/logistics/aviation-safety/reports/" + onTime + "/classification",
                "{\"classification\": \"INCIDENT\", \"likelihood\": 1, \"severity\": \"E\"}").andExpect(status().isForbidden());
        // the reporter sees the feedback on their own reports
        mvc.perform(get("/api/v1/logistics/aviation-safety/mine").with(user("movcon.minusca")).accept(MediaType.APPLICATION_JSON))
                .andExpect(jsonPath("$[*].feedback", hasItem("Thanks")));
    }

    @Test
    void only_aviation_safety_staff_see_the_reporter_and_the_shared_export_is_de_identified() throws Exception {
        String marker = "Marker " + System.nanoTime();
        long named = report("movcon.minusca", 1, false, marker);
        mvc.perform(get("/api/v1/logistics/aviation-safety/reports/" + named).with(user("aviation.safety"))
                .accept(MediaType.APPLICATION_JSON)).andExpect(jsonPath("$.reporter").value("movcon.minusca"));
        mvc.perform(get("/api/v1/logistics/aviation-safety/reports/" + named).with(user("logistics.hq"))
                .accept(MediaType.APPLICATION_JSON)).andExpect(status().isOk()).andExpect(jsonPath("$.reporter").isEmpty());
        long anonymous = report("movcon.minusca", 1, true, marker + " anonymous");
        mvc.perform(get("/api/v1/logistics/aviation-safety/reports/" + anonymous).with(user("aviation.safety"))
                .accept(MediaType.APPLICATION_JSON)).andExpect(jsonPath("$.reporter").isEmpty())
                .andExpect(jsonPath("$.anonymous").value(true));
        mvc.perform(get("/api/v1/logistics/aviation-safety/shared").with(user("aviation.safety"))
                        .accept(MediaType.APPLICATION_JSON))
                .andExpect(jsonPath("$[*].description", hasItem(marker)))
                .andExpect(content().string(not(org.hamcrest.Matchers.containsString("movcon.minusca"))))
                .andExpect(content().string(not(org.hamcrest.Matchers.containsString("UN-T"))));
        // a reporter is not a reader of the register
        mvc.perform(get("/api/v1/logistics/aviation-safety/reports/" + named).with(user("movcon.minusca"))
                .accept(MediaType.APPLICATION_JSON)).andExpect(status().isNotFound());
        post("movcon.minusca", "/api/v1/logistics/aviation-safety/reports", """
                {"missionCode": "UNMISS", "kind": "HAZARD", "occurredAt": "2026-01-01T00:00:00Z", "location": "Juba",
                 "description": "x"}""").andExpect(status().isForbidden());
        post("movcon.minusca", "/api/v1/logistics/aviation-safety/reports", """
                {"missionCode": "MINUSCA", "kind": "RUMOUR", "occurredAt": "2999-01-01T00:00:00Z", "location": "",
                 "description": ""}""").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field", org.hamcrest.Matchers.hasItems("kind", "occurredAt", "location",
                        "description")));
    }
}
