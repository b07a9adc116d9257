package org.fieldsupport.lsd;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.time.LocalDate;
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
 * The division's approvals on the platform's workflow kit: a stale move is 409 with the current state, the moves are
 * logged with the delegation used (write-off under WRITE-OFF-2026-v1), the next actor gets a work item and the
 * previous one's is closed, and the screens show only the moves the user may make.
 */
@IntegrationTest
class LsdWorkflowTests {

    static final String OFFICER = "property.minusca";
    static final String APPROVER = "dir.lsd";

    @Autowired
    MockMvc mvc;

    @Autowired
    WorkItems workItems;

    private ResultActions post(String user, String path, String json) throws Exception {
        return mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post(path)
                .with(user(user)).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                .accept(MediaType.APPLICATION_JSON).content(json));
    }

    private long id(ResultActions result) throws Exception {
        return ((Number) JsonPath.read(result.andReturn().getResponse().getContentAsString(), "$.id")).longValue();
    }

    private long writeOffCase(String value) throws Exception {
        long asset = id(post(OFFICER, "/api/v1/property/assets", """
                {"missionCode": "MINUSCA", "tag": "WF-%s", "serialNumber": "S1", "description": "Test printer",
                 "category": "IT_EQUIPMENT", "location": "Bangui", "custodian": "Test", "acquiredOn": "%s",
                 "acquisitionValue": "%s", "usefulLifeYears": 10}""".formatted(System.nanoTime(), LocalDate.now(), value))
                .andExpect(status().isCreated()));
        return id(post(OFFICER, "/api/v1/property/write-offs",
                "{\"missionCode\": \"MINUSCA\", \"reason\": \"Beyond repair\", \"assetIds\": [" + asset + "]}")
                .andExpect(status().isCreated()).andExpect(jsonPath("$.version").value(0)));
    }

    private List<WorkItem> open(String recordType, long id) {
        return workItems.forRecord(recordType, String.valueOf(id)).stream()
                .filter(w -> w.state() == WorkItem.State.OPEN).toList();
    }

    @Test
    void a_write_off_moves_through_the_kit_with_the_delegation_recorded_and_work_for_the_next_actor() throws Exception {
        long id = writeOffCase("1500.00");
        assertThat(open("property.write-off", id)).singleElement()
                .satisfies(w -> assertThat(w.titleKey()).isEqualTo("property.work.recommend"));
        post(OFFICER, "/api/v1/property/write-offs/" + id + "/recommend",
                "{\"recommendation\": \"Beyond economical repair\", \"version\": 0}")
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("RECOMMENDED"))
                .andExpect(jsonPath("$.version").value(1)).andExpect(jsonPath("$.recommendedBy").value(OFFICER));
        assertThat(open("property.write-off", id)).singleElement()
                .satisfies(w -> assertThat(w.titleKey()).isEqualTo("property.work.approve"));
        // the approver saw version 0: the case moved since
        post(APPROVER, "/api/v1/property/write-offs/" + id + "/approve", "{\"version\": 0}")
                .andExpect(status().isConflict()).andExpect(jsonPath("$.currentState").value("RECOMMENDED"));
        post(APPROVER, "/api/v1/property/write-offs/" + id + "/approve", "{\"version\": 1}")
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("APPROVED"))
                .andExpect(jsonPath("$.decidedBy").value(APPROVER));
        assertThat(open("property.write-off", id)).singleElement()
                .satisfies(w -> assertThat(w.titleKey()).isEqualTo("property.work.dispose"));
        mvc.perform(get("/api/v1/property/write-offs/" + id + "/history").with(user(OFFICER))
                        .accept(MediaType.APPLICATION_JSON))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].action").value("recommend"))
                .andExpect(jsonPath("$[0].note").value("Beyond economical repair"))
                .andExpect(jsonPath("$[1].action").value("approve"))
                .andExpect(jsonPath("$[1].actor").value(APPROVER))
                .andExpect(jsonPath("$[1].delegationId").isNumber());
        post(OFFICER, "/api/v1/property/write-offs/" + id + "/dispose", "{\"method\": \"DESTRUCTION\", \"version\": 2}")
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("DISPOSED"));
        assertThat(open("property.write-off", id)).isEmpty();
    }

    @Test
    void the_write_off_screen_offers_each_user_only_the_moves_they_may_make() throws Exception {
        long id = writeOffCase("800.00");
        String base = "/property/write-offs/" + id;
        mvc.perform(get("/property/write-offs").with(user(OFFICER)))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString(base + "/recommend")))
                .andExpect(content().string(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString(base + "/approve"))));
        mvc.perform(get("/property/write-offs").with(user(APPROVER)))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString(base + "/recommend"))));
        // a stale form (version 5) is refused with the reason, nothing moves
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post(base + "/recommend")
                        .with(user(OFFICER)).with(csrf()).param("recommendation", "ok").param("version", "5"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/api/v1/property/write-offs/" + id).with(user(OFFICER)).accept(MediaType.APPLICATION_JSON))
                .andExpect(jsonPath("$.status").value("OPEN"));
    }

    @Test
    void a_map_request_is_cleared_and_released_through_the_kit_with_work_items() throws Exception {
        long id = id(post("logistics.hq", "/api/v1/geospatial/map-requests", """
                {"missionCode": "MINUSCA", "product": "MAP", "title": "Workflow test map", "purpose": "Patrol planning",
                 "audience": "INTERNAL", "content": "Bangui, Bria and the supply routes"}""").andExpect(status().isCreated()));
        assertThat(open("geospatial.map-request", id)).singleElement()
                .satisfies(w -> assertThat(w.titleKey()).isEqualTo("geospatial.work.clear"));
        post("gis.officer", "/api/v1/geospatial/map-requests/" + id + "/review", "{\"cleared\": true, \"version\": 3}")
                .andExpect(status().isConflict()).andExpect(jsonPath("$.currentState").value("REQUESTED"));
        post("gis.officer", "/api/v1/geospatial/map-requests/" + id + "/review", "{\"cleared\": true, \"version\": 0}")
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("CLEARED"))
                .andExpect(jsonPath("$.version").value(1));
        assertThat(open("geospatial.map-request", id)).singleElement()
                .satisfies(w -> assertThat(w.titleKey()).isEqualTo("geospatial.work.release"));
        post("logistics.hq", "/api/v1/geospatial/map-requests/" + id + "/release", "{\"version\": 1}")
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("RELEASED"));
        assertThat(open("geospatial.map-request", id)).isEmpty();
        post("logistics.hq", "/api/v1/geospatial/map-requests/" + id + "/release", "{}")
                .andExpect(status().isUnprocessableContent());
    }

    @Test
    void a_write_off_case_keeps_its_documents_readable_in_its_mission_only() throws Exception {
        long id = writeOffCase("300.00");
        String base = "/api/v1/records/property.write-off/" + id + "/attachments";
        byte[] pdf = "%PDF-1.4\n%\u00e2\u00e3\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF"
                .getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart(base)
                        .file(new org.springframework.mock.web.MockMultipartFile("file", "board-report.pdf",
                                "application/pdf", pdf))
                        .with(user(OFFICER)).with(csrf()).accept(MediaType.APPLICATION_JSON))
                .andExpect(status().isCreated()).andExpect(jsonPath("$.fileName").value("board-report.pdf"));
        mvc.perform(get(base).with(user(APPROVER)).accept(MediaType.APPLICATION_JSON))
                .andExpect(status().isOk()).andExpect(jsonPath("$.length()").value(1));
        // the approver reads the case's documents but does not add to them; another mission's staff do not see them
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart(base)
                        .file(new org.springframework.mock.web.MockMultipartFile("file", "x.pdf", "application/pdf", pdf))
                        .with(user(APPROVER)).with(csrf()))
                .andExpect(status().isForbidden());
        mvc.perform(get(base).with(user("movcon.minusca")).accept(MediaType.APPLICATION_JSON))
                .andExpect(status().isNotFound());
    }
}
