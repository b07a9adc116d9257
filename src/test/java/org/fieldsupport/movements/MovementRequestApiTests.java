package org.fieldsupport.movements;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
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
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/** POST /api/v1/movements/requests exactly as MOVEMENTS-2026-v1, the manifest, and the refusals. */
@IntegrationTest
class MovementRequestApiTests {

    static final String MOVCON = "movcon.minusca";

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    private ResultActions submit(String user, String json) throws Exception {
        return mvc.perform(post("/api/v1/movements/requests").with(user(user)).with(csrf())
                .contentType(MediaType.APPLICATION_JSON).accept(MediaType.APPLICATION_JSON).content(json));
    }

    private static String request(String mission, Instant departure, boolean urgent, String justification) {
        return """
                {"missionCode": "%s", "kind": "PASSENGER", "origin": "Bangui", "destination": "Bria",
                 "departure": "%s", "passengers": 2, "urgent": %s, "justification": %s}"""
                .formatted(mission, departure, urgent, justification == null ? "null" : "\"" + justification + "\"");
    }

    private static Instant inHours(long hours) {
        return Instant.now().plus(Duration.ofHours(hours)).truncatedTo(ChronoUnit.MINUTES);
    }

    @Test
    void a_request_three_days_ahead_is_created_without_flags_with_the_rule_set() throws Exception {
        submit(MOVCON, request("MINUSCA", inHours(72), false, null))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.flags").isEmpty())
                .andExpect(jsonPath("$.ruleSet").value("MOVEMENTS-2026-v1"))
                .andExpect(jsonPath("$.cutoffHours").value(48))
                .andExpect(jsonPath("$.submittedBy").value(MOVCON))
                .andExpect(jsonPath("$.passengers").value(2));
    }

    @Test
    void a_late_request_is_refused_422_late_request_and_nothing_is_stored() throws Exception {
        long before = jdbc.sql("SELECT COUNT(*) FROM mov_request").query(Long.class).single();
        submit(MOVCON, request("MINUSCA", inHours(24), false, null))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.type").value("https://fieldsupport.org/problems/late-request"))
                .andExpect(jsonPath("$.detail").value(containsString("48")));
        mvc.perform(post("/api/v1/movements/requests").with(user(MOVCON)).with(csrf()).header("Accept-Language", "fr")
                        .contentType(MediaType.APPLICATION_JSON).accept(MediaType.APPLICATION_JSON)
                        .content(request("MINUSCA", inHours(24), true, "")))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.detail").value(containsString("heures sont requises")));
        org.assertj.core.api.Assertions.assertThat(jdbc.sql("SELECT COUNT(*) FROM mov_request").query(Long.class).single())
                .isEqualTo(before);
    }

    @Test
    void a_late_urgent_justified_request_is_created_and_flagged_for_the_approver() throws Exception {
        String body = submit(MOVCON, request("MINUSCA", inHours(20), true, "Medical escort"))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.flags[0]").value("LATE_URGENT"))
                .andReturn().getResponse().getContentAsString();
        long id = ((Number) JsonPath.read(body, "$.id")).longValue();
        mvc.perform(get("/api/v1/movements/requests/" + id).with(user("logistics.hq")).accept(MediaType.APPLICATION_JSON))
                .andExpect(status().isOk()).andExpect(jsonPath("$.flags", hasItem("LATE_URGENT")));
    }

    @Test
    void bad_input_is_400_naming_each_field() throws Exception {
        submit(MOVCON, """
                {"missionCode": "NOWHERE", "kind": "CARGO", "origin": "", "destination": "Bria",
                 "departure": "2020-01-01T08:00:00Z", "urgent": false}""")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field", hasItem("missionCode")))
                .andExpect(jsonPath("$.errors[*].field", hasItem("origin")))
                .andExpect(jsonPath("$.errors[*].field", hasItem("departure")))
                .andExpect(jsonPath("$.errors[*].field", hasItem("weightKg")));
        submit(MOVCON, request("MINUSCA", inHours(72), false, null).replace("\"passengers\": 2", "\"passengers\": 0"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("passengers"));
    }

    @Test
    void another_mission_or_another_role_is_refused() throws Exception {
        submit(MOVCON, request("UNMISS", inHours(72), false, null)).andExpect(status().isForbidden());
        submit("portal.bgd", request("MINUSCA", inHours(72), false, null)).andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/movements/requests").param("mission", "UNMISS").with(user(MOVCON))
                        .accept(MediaType.APPLICATION_JSON))
                .andExpect(status().isOk()).andExpect(jsonPath("$").isEmpty());
        mvc.perform(get("/api/v1/movements/manifests/UNMISS/2026-12-10").with(user(MOVCON))
                .accept(MediaType.APPLICATION_JSON)).andExpect(status().isForbidden());
    }

    @Test
    void the_manifest_lists_requests_submitted_before_noon_the_day_before_and_late_ones_apart() throws Exception {
        Instant departure = inHours(30);
        String late = submit(MOVCON, request("MINUSCA", departure, true, "Late but urgent"))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        String date = departure.atZone(java.time.ZoneOffset.UTC).toLocalDate().toString();
        boolean beforeFreeze = Instant.now().isBefore(
                departure.atZone(java.time.ZoneOffset.UTC).toLocalDate().minusDays(1).atTime(12, 0)
                        .toInstant(java.time.ZoneOffset.UTC));
        mvc.perform(get("/api/v1/movements/manifests/MINUSCA/" + date).with(user(MOVCON)).accept(MediaType.APPLICATION_JSON))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.frozenAt").value(departure.atZone(java.time.ZoneOffset.UTC).toLocalDate()
                        .minusDays(1).atTime(12, 0) + ":00Z"))
                .andExpect(jsonPath(beforeFreeze ? "$.requests[*].reference" : "$.lateAdditions[*].reference",
                        hasItem((String) JsonPath.read(late, "$.reference"))));
    }
}
