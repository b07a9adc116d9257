package org.fieldsupport.movements;

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
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import org.fieldsupport.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/** Fleet, flights with capacity, letters of assist within the NTE, rotations and requirements over REST. */
@IntegrationTest
class TransportApiTests {

    static final String MOVCON = "movcon.minusca";

    @Autowired
    MockMvc mvc;

    private ResultActions post(String user, String path, String json) throws Exception {
        return mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post(path)
                .with(user(user)).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                .accept(MediaType.APPLICATION_JSON).content(json));
    }

    private long id(ResultActions result) throws Exception {
        return ((Number) JsonPath.read(result.andReturn().getResponse().getContentAsString(), "$.id")).longValue();
    }

    @Test
    void a_flight_takes_requests_up_to_its_seats_then_refuses_and_counts_hours_against_the_contract() throws Exception {
        String reg = "UN-T-" + System.nanoTime();
        long asset = id(post(MOVCON, "/api/v1/movements/fleet", """
                {"missionCode": "MINUSCA", "registration": "%s", "kind": "HELICOPTER", "model": "Mi-8",
                 "passengerSeats": 3, "payloadKg": 1000, "contractHoursMonth": 40}""".formatted(reg))
                .andExpect(status().isCreated()));
        Instant departure = Instant.now().plus(Duration.ofDays(4)).truncatedTo(ChronoUnit.MINUTES);
        long trip = id(post(MOVCON, "/api/v1/movements/trips", """
                {"missionCode": "MINUSCA", "mode": "FLIGHT", "assetId": %d, "origin": "Bangui", "destination": "Bria",
                 "departure": "%s"}""".formatted(asset, departure)).andExpect(status().isCreated()));
        String request = """
                {"missionCode": "MINUSCA", "kind": "PASSENGER", "origin": "Bangui", "destination": "Bria",
                 "departure": "%s", "passengers": 2, "urgent": false, "justification": null}""".formatted(departure);
        long first = id(post(MOVCON, "/api/v1/movements/requests", request).andExpect(status().isCreated()));
        long second = id(post(MOVCON, "/api/v1/movements/requests", request).andExpect(status().isCreated()));
        post(MOVCON, "/api/v1/movements/trips/" + trip + "/requests", "{\"requestId\": " + first + "}")
                .andExpect(status().isOk()).andExpect(jsonPath("$.passengers").value(2));
        post(MOVCON, "/api/v1/movements/trips/" + trip + "/requests", "{\"requestId\": " + second + "}")
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.type").value("https://fieldsupport.org/problems/over-capacity"));
        post(MOVCON, "/api/v1/movements/trips/" + trip + "/complete", "{\"hoursFlown\": 10}").andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("COMPLETED"));
        // a convoy cannot use a helicopter
        post(MOVCON, "/api/v1/movements/trips", """
                {"missionCode": "MINUSCA", "mode": "CONVOY", "assetId": %d, "origin": "Bangui", "destination": "Bria",
                 "departure": "%s"}""".formatted(asset, departure)).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("assetId"));
        String month = departure.atZone(java.time.ZoneOffset.UTC).toLocalDate().toString().substring(0, 7);
        mvc.perform(get("/api/v1/movements/fleet").param("mission", "MINUSCA").param("month", month)
                        .with(user(MOVCON)).accept(MediaType.APPLICATION_JSON))
                .andExpect(jsonPath("$[?(@.registration == '" + reg + "')].utilisationPercent", hasItem(25.0)))
                .andExpect(jsonPath("$[?(@.registration == '" + reg + "')].lowUtilisation", hasItem(true)));
    }

    @Test
    void a_letter_of_assist_is_charged_within_its_not_to_exceed_amount() throws Exception {
        long loa = id(post(MOVCON, "/api/v1/movements/letters-of-assist", """
                {"missionCode": "MINUSCA", "memberState": "RWA", "purpose": "Rotation flights",
                 "nteAmount": "1000.00", "validTo": "%s"}""".formatted(LocalDate.now().plusMonths(6)))
                .andExpect(status().isCreated()));
        post(MOVCON, "/api/v1/movements/letters-of-assist/" + loa + "/uses",
                "{\"amount\": \"600.00\", \"description\": \"Outbound\"}").andExpect(status().isOk())
                .andExpect(jsonPath("$.remaining").value(400.00))
                .andExpect(jsonPath("$.percentUsed").value(60.0));
        post(MOVCON, "/api/v1/movements/letters-of-assist/" + loa + "/uses",
                "{\"amount\": \"400.01\", \"description\": \"Return\"}")
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.type").value("https://fieldsupport.org/problems/nte-exceeded"));
        post(MOVCON, "/api/v1/movements/letters-of-assist", """
                {"missionCode": "MINUSCA", "memberState": "XXX", "purpose": "", "nteAmount": "-1", "validTo": null}""")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field", hasItem("memberState")))
                .andExpect(jsonPath("$.errors[*].field", hasItem("nteAmount")))
                .andExpect(jsonPath("$.errors[*].field", hasItem("validTo")));
        // UNMISS is outside movcon.minusca's scope: not even visible
        mvc.perform(get("/api/v1/movements/letters-of-assist/" + loa).with(user("portal.bgd"))
                .accept(MediaType.APPLICATION_JSON)).andExpect(status().isNotFound());
        post(MOVCON, "/api/v1/movements/letters-of-assist", """
                {"missionCode": "UNMISS", "memberState": "IND", "purpose": "Sealift", "nteAmount": "10.00",
                 "validTo": "2027-06-30"}""").andExpect(status().isForbidden());
    }

    @Test
    void rotations_follow_6_or_12_month_cycles_and_requirements_become_acquisition_plan_lines() throws Exception {
        post(MOVCON, "/api/v1/movements/rotations", """
                {"missionCode": "MINUSCA", "memberState": "BGD", "unitName": "Test company", "troops": 150,
                 "cycleMonths": 6, "lastRotation": "%s", "means": "CHARTER"}""".formatted(LocalDate.now().minusMonths(5)))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.nextRotation").value(LocalDate.now().minusMonths(5).plusMonths(6).toString()))
                .andExpect(jsonPath("$.due").value(true));
        post(MOVCON, "/api/v1/movements/rotations", """
                {"missionCode": "MINUSCA", "memberState": "BGD", "unitName": "Test company", "troops": 150,
                 "cycleMonths": 9, "lastRotation": "2026-01-01", "means": "LOA"}""")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field", hasItem("cycleMonths")))
                .andExpect(jsonPath("$.errors[*].field", hasItem("letterId")));
        LocalDate needed = LocalDate.now().plusDays(60);
        post(MOVCON, "/api/v1/movements/requirements", """
                {"missionCode": "MINUSCA", "serviceLine": "AIR", "description": "Extra helicopter", "quantity": 2,
                 "unitCost": "100000.50", "neededBy": "%s", "route": "LOA"}""".formatted(needed))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.total").value(200001.00))
                .andExpect(jsonPath("$.latestStart").value(needed.minusDays(120).toString()))
                .andExpect(jsonPath("$.late").value(true));
        post("portal.bgd", "/api/v1/movements/requirements", """
                {"missionCode": "MINUSCA", "serviceLine": "AIR", "description": "x", "quantity": 1,
                 "unitCost": "1.00", "neededBy": "%s", "route": "LOA"}""".formatted(needed))
                .andExpect(status().isForbidden());
    }
}
