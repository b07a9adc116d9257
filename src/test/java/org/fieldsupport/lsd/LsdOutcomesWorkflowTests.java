package org.fieldsupport.lsd;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
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
import java.util.List;
import org.fieldsupport.platform.work.WorkItem;
import org.fieldsupport.platform.work.WorkItems;
import org.fieldsupport.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/**
 * The division's recorded outcomes on the workflow kit (session 4): innovation decisions, trip completion or
 * cancellation, evacuation outcomes and engineering project phases — each refused when stale (409), out of order
 * (422) or without the permission in scope, logged in the record's history, and handing a work item to the next actor.
 */
@IntegrationTest
class LsdOutcomesWorkflowTests {

    static final String HQ = "logistics.hq";
    static final String MOVCON = "movcon.minusca";
    static final String MEDICAL = "medical.hq";

    @Autowired
    MockMvc mvc;

    @Autowired
    WorkItems workItems;

    private ResultActions post(String user, String path, String json) throws Exception {
        return mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post(path)
                .with(user(user)).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                .accept(MediaType.APPLICATION_JSON).content(json));
    }

    private ResultActions read(String user, String path) throws Exception {
        return mvc.perform(get(path).with(user(user)).accept(MediaType.APPLICATION_JSON));
    }

    private static long id(ResultActions result, String path) throws Exception {
        return ((Number) JsonPath.read(result.andReturn().getResponse().getContentAsString(), path)).longValue();
    }

    private List<String> openWork(String recordType, long id) {
        return workItems.forRecord(recordType, String.valueOf(id)).stream()
                .filter(w -> w.state() == WorkItem.State.OPEN).map(WorkItem::titleKey).toList();
    }

    @Test
    void an_innovation_is_piloted_evaluated_and_adopted_through_the_kit() throws Exception {
        long id = id(post(HQ, "/api/v1/logistics/innovations", """
                {"title": "Kit test %d", "technology": "Water from air", "proposedBy": "Engineering, MINUSCA"}"""
                .formatted(System.nanoTime())).andExpect(status().isCreated()).andExpect(jsonPath("$.version").value(0)), "$.id");
        assertThat(openWork("logistics.innovation", id)).containsExactly("logistics.work.innovation.pilot");
        String decision = "/api/v1/logistics/innovations/" + id + "/decision";
        // an outsider, a stale decision, a decision out of order, a missing evaluation
        post(MOVCON, decision, "{\"status\": \"PILOTING\", \"pilotMission\": \"MINUSCA\"}").andExpect(status().isForbidden());
        post(HQ, decision, "{\"status\": \"PILOTING\", \"pilotMission\": \"MINUSCA\", \"version\": 4}")
                .andExpect(status().isConflict()).andExpect(jsonPath("$.currentState").value("PROPOSED"));
        post(HQ, decision, "{\"status\": \"ADOPTED\"}").andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.type").value("https://fieldsupport.org/problems/invalid-transition"));
        // the screen offers the pilot (with the mission to type) and the rejection, not the adoption
        mvc.perform(get("/logistics/innovations").with(user(HQ))).andExpect(status().isOk())
                .andExpect(content().string(containsString("/logistics/innovations/" + id + "/pilot")))
                .andExpect(content().string(not(containsString("/logistics/innovations/" + id + "/adopt"))));
        post(HQ, decision, "{\"status\": \"PILOTING\", \"pilotMission\": \"MINUSCA\", \"version\": 0}")
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("PILOTING"))
                .andExpect(jsonPath("$.pilotMission").value("MINUSCA")).andExpect(jsonPath("$.version").value(1));
        assertThat(openWork("logistics.innovation", id)).containsExactly("logistics.work.innovation.evaluate");
        post(HQ, decision, "{\"status\": \"EVALUATED\", \"version\": 1}").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("evaluation"));
        // the screen's form: the action's name in the path, the version as a field
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
                        .post("/logistics/innovations/" + id + "/evaluate").with(user(HQ)).with(csrf())
                        .param("evaluation", "Saves 30% of trucked water").param("version", "1"))
                .andExpect(status().is3xxRedirection());
        post(HQ, decision, "{\"status\": \"ADOPTED\", \"version\": 2}").andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("ADOPTED")).andExpect(jsonPath("$.decidedBy").value(HQ));
        assertThat(openWork("logistics.innovation", id)).isEmpty();
        read(HQ, "/api/v1/logistics/innovations/" + id + "/history").andExpect(status().isOk())
                .andExpect(jsonPath("$.length()").value(3))
                .andExpect(jsonPath("$[0].action").value("pilot"))
                .andExpect(jsonPath("$[1].note").value("Saves 30% of trucked water"))
                .andExpect(jsonPath("$[2].action").value("adopt"));
    }

    @Test
    void a_trip_is_completed_or_cancelled_through_the_kit_and_a_cancelled_trip_releases_its_requests() throws Exception {
        long asset = id(post(MOVCON, "/api/v1/movements/fleet", """
                {"missionCode": "MINUSCA", "registration": "UN-WF-%d", "kind": "VEHICLE", "model": "Truck",
                 "passengerSeats": 2, "payloadKg": 8000}""".formatted(System.nanoTime())).andExpect(status().isCreated()), "$.id");
        Instant departure = Instant.now().plus(Duration.ofDays(5)).truncatedTo(ChronoUnit.MINUTES);
        String trip = """
                {"missionCode": "MINUSCA", "mode": "CONVOY", "assetId": %d, "origin": "Bangui", "destination": "Bambari",
                 "departure": "%s"}""".formatted(asset, departure);
        long first = id(post(MOVCON, "/api/v1/movements/trips", trip).andExpect(status().isCreated())
                .andExpect(jsonPath("$.version").value(0)), "$.id");
        assertThat(openWork("movements.trip", first)).containsExactly("movements.work.complete");
        long request = id(post(MOVCON, "/api/v1/movements/requests", """
                {"missionCode": "MINUSCA", "kind": "CARGO", "origin": "Bangui", "destination": "Bambari",
                 "departure": "%s", "weightKg": 500, "urgent": false}""".formatted(departure))
                .andExpect(status().isCreated()), "$.id");
        post(MOVCON, "/api/v1/movements/trips/" + first + "/requests", "{\"requestId\": " + request + "}")
                .andExpect(status().isOk());
        // an outsider does not see the trip; a cancellation needs a reason; a stale one is refused
        post(MEDICAL, "/api/v1/movements/trips/" + first + "/cancel", "{\"reason\": \"x\"}").andExpect(status().isNotFound());
        post(MOVCON, "/api/v1/movements/trips/" + first + "/cancel", "{}").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("reason"));
        post(MOVCON, "/api/v1/movements/trips/" + first + "/cancel", "{\"reason\": \"Road closed\", \"version\": 7}")
                .andExpect(status().isConflict()).andExpect(jsonPath("$.currentState").value("SCHEDULED"));
        post(MOVCON, "/api/v1/movements/trips/" + first + "/cancel", "{\"reason\": \"Road closed\", \"version\": 0}")
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("CANCELLED"));
        assertThat(openWork("movements.trip", first)).isEmpty();
        post(MOVCON, "/api/v1/movements/trips/" + first + "/complete", "{}").andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.type").value("https://fieldsupport.org/problems/invalid-transition"));
        // the request is free again: it boards the next convoy, which is completed
        long second = id(post(MOVCON, "/api/v1/movements/trips", trip).andExpect(status().isCreated()), "$.id");
        post(MOVCON, "/api/v1/movements/trips/" + second + "/requests", "{\"requestId\": " + request + "}")
                .andExpect(status().isOk());
        mvc.perform(get("/movements/trips").with(user(MOVCON))).andExpect(status().isOk())
                .andExpect(content().string(containsString("/movements/trips/" + second + "/complete")))
                .andExpect(content().string(not(containsString("/movements/trips/" + first + "/complete"))));
        post(MOVCON, "/api/v1/movements/trips/" + second + "/complete", "{\"version\": 0}").andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("COMPLETED"));
        read(MOVCON, "/api/v1/movements/trips/" + first + "/history").andExpect(status().isOk())
                .andExpect(jsonPath("$[0].action").value("cancel")).andExpect(jsonPath("$[0].note").value("Road closed"));
    }

    @Test
    void an_evacuation_outcome_closes_it_once_through_the_kit() throws Exception {
        long facility = id(post(MEDICAL, "/api/v1/medical/facilities", """
                {"missionCode": "MINUSCA", "name": "WF L2 %d", "level": 2, "location": "Bangui", "provider": "UN",
                 "beds": 10, "capabilities": "Surgery"}""".formatted(System.nanoTime())).andExpect(status().isCreated()), "$.id");
        long id = id(post(MEDICAL, "/api/v1/medical/evacuations", """
                {"missionCode": "MINUSCA", "kind": "MEDEVAC", "priority": "PRIORITY", "pickup": "Bria airstrip",
                 "facilityId": %d, "patients": 2, "requestedAt": "2026-12-01T08:00:00Z"}""".formatted(facility))
                .andExpect(status().isCreated()).andExpect(jsonPath("$.status").value("OPEN")), "$.id");
        assertThat(openWork("medical.evacuation", id)).containsExactly("medical.work.outcome");
        String outcome = "/api/v1/medical/evacuations/" + id + "/outcome";
        post(MOVCON, outcome, "{\"arrivedAt\": \"2026-12-01T10:00:00Z\", \"outcome\": \"TREATED\"}")
                .andExpect(status().isNotFound());
        post(MEDICAL, outcome, "{\"arrivedAt\": \"2026-12-01T10:00:00Z\", \"outcome\": \"TREATED\", \"version\": 3}")
                .andExpect(status().isConflict()).andExpect(jsonPath("$.currentState").value("OPEN"));
        mvc.perform(get("/medical/evacuations").with(user(MEDICAL))).andExpect(status().isOk())
                .andExpect(content().string(containsString("/medical/evacuations/" + id + "/close")));
        post(MEDICAL, outcome, "{\"arrivedAt\": \"2026-12-01T10:00:00Z\", \"outcome\": \"TREATED\", \"version\": 0}")
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("CLOSED"))
                .andExpect(jsonPath("$.minutes").value(120)).andExpect(jsonPath("$.withinTarget").value(true));
        assertThat(openWork("medical.evacuation", id)).isEmpty();
        post(MEDICAL, outcome, "{\"arrivedAt\": \"2026-12-01T10:30:00Z\", \"outcome\": \"DECEASED\"}")
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.type").value("https://fieldsupport.org/problems/invalid-transition"));
        mvc.perform(get("/medical/evacuations").with(user(MEDICAL))).andExpect(status().isOk())
                .andExpect(content().string(not(containsString("/medical/evacuations/" + id + "/close"))));
        read(MEDICAL, "/api/v1/medical/evacuations/" + id + "/history").andExpect(status().isOk())
                .andExpect(jsonPath("$.length()").value(1)).andExpect(jsonPath("$[0].note").value("TREATED"))
                .andExpect(jsonPath("$[0].actor").value(MEDICAL));
    }

    @Test
    void a_project_moves_phase_by_phase_through_the_kit_with_work_for_the_engineers() throws Exception {
        long camp = id(post(HQ, "/api/v1/engineering/camps",
                "{\"missionCode\": \"MINUSCA\", \"name\": \"WF camp\", \"capacity\": 50, \"personnel\": 40}")
                .andExpect(status().isCreated()), "$.id");
        long project = id(post(HQ, "/api/v1/engineering/camps/" + camp + "/projects",
                "{\"title\": \"Perimeter wall\", \"budget\": \"80000\"}").andExpect(status().isOk()),
                "$.projects[0].id");
        assertThat(openWork("engineering.project", project)).containsExactly("engineering.work.phase.PROCUREMENT");
        String path = "/api/v1/engineering/projects/" + project;
        post(MOVCON, path, "{\"phase\": \"PROCUREMENT\"}").andExpect(status().isNotFound());
        post(HQ, path, "{\"phase\": \"CONSTRUCTION\"}").andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.type").value("https://fieldsupport.org/problems/phase-order"));
        post(HQ, path, "{\"phase\": \"PROCUREMENT\", \"version\": 2}").andExpect(status().isConflict())
                .andExpect(jsonPath("$.currentState").value("DESIGN"));
        post(HQ, path, "{\"phase\": \"PROCUREMENT\", \"version\": 0}").andExpect(status().isOk())
                .andExpect(jsonPath("$.projects[0].phase").value("PROCUREMENT"))
                .andExpect(jsonPath("$.projects[0].version").value(1));
        assertThat(openWork("engineering.project", project)).containsExactly("engineering.work.phase.CONSTRUCTION");
        mvc.perform(get("/engineering/camps/" + camp).with(user(HQ))).andExpect(status().isOk())
                .andExpect(content().string(containsString("/engineering/projects/" + project + "/construction?camp=")));
        read(HQ, path + "/history").andExpect(status().isOk()).andExpect(jsonPath("$[0].action").value("procurement"))
                .andExpect(jsonPath("$[0].from").value("DESIGN")).andExpect(jsonPath("$[0].to").value("PROCUREMENT"));
    }
}
