package org.fieldsupport.medical;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.time.Instant;
import org.fieldsupport.medical.domain.EvacuationRules;
import org.fieldsupport.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/** Facilities by level and evacuations by precedence through the API and screens; the rule itself. */
@IntegrationTest
class MedicalTests {

    @Autowired
    MockMvc mvc;

    private ResultActions post(String user, String path, String json) throws Exception {
        return mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post(path)
                .with(user(user)).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                .accept(MediaType.APPLICATION_JSON).content(json));
    }

    private long facility(int level) throws Exception {
        String body = post("medical.hq", "/api/v1/medical/facilities", """
                {"missionCode": "MINUSCA", "name": "Test L%d %d", "level": %d, "location": "Bangui", "provider": "UN",
                 "beds": 5, "capabilities": "Primary care"}""".formatted(level, System.nanoTime(), level))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        return ((Number) JsonPath.read(body, "$.id")).longValue();
    }

    @Test
    void the_precedence_targets_and_levels() {
        Instant t = Instant.parse("2026-12-01T10:00:00Z");
        assertThat(EvacuationRules.withinTarget(EvacuationRules.Priority.URGENT, t, t.plusSeconds(3600))).isTrue();
        assertThat(EvacuationRules.withinTarget(EvacuationRules.Priority.URGENT, t, t.plusSeconds(3660))).isFalse();
        assertThat(EvacuationRules.facilityFits(EvacuationRules.Priority.URGENT, 1)).isFalse();
        assertThat(EvacuationRules.facilityFits(EvacuationRules.Priority.ROUTINE, 1)).isTrue();
    }

    @Test
    void an_urgent_evacuation_goes_to_level_2_and_its_time_is_measured_against_one_hour() throws Exception {
        long l1 = facility(1);
        long l2 = facility(2);
        String request = """
                {"missionCode": "MINUSCA", "kind": "CASEVAC", "priority": "URGENT", "pickup": "Km 12", "facilityId": %d,
                 "patients": 1, "requestedAt": "2026-12-01T10:00:00Z"}""";
        post("medical.hq", "/api/v1/medical/evacuations", request.formatted(l1))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.type").value("https://fieldsupport.org/problems/facility-level"));
        String body = post("medical.hq", "/api/v1/medical/evacuations", request.formatted(l2))
                .andExpect(status().isCreated()).andExpect(jsonPath("$.targetMinutes").value(60))
                .andReturn().getResponse().getContentAsString();
        long id = ((Number) JsonPath.read(body, "$.id")).longValue();
        post("medical.hq", "/api/v1/medical/evacuations/" + id + "/outcome",
                "{\"arrivedAt\": \"2026-12-01T09:00:00Z\", \"outcome\": \"HEALED\"}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field", org.hamcrest.Matchers.hasItems("arrivedAt", "outcome")));
        post("medical.hq", "/api/v1/medical/evacuations/" + id + "/outcome",
                "{\"arrivedAt\": \"2026-12-01T11:15:00Z\", \"outcome\": \"TREATED\"}")
                .andExpect(status().isOk()).andExpect(jsonPath("$.minutes").value(75))
                .andExpect(jsonPath("$.withinTarget").value(false));
        post("movcon.minusca", "/api/v1/medical/evacuations", request.formatted(l2)).andExpect(status().isForbidden());
    }

    @Test
    void the_screens_show_both_missions_in_french_and_refuse_other_roles() throws Exception {
        mvc.perform(get("/medical/facilities").with(user("medical.hq"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("Niveau II")))
                .andExpect(content().string(containsString("UNMISS")));
        mvc.perform(get("/medical/evacuations").with(user("medical.hq"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("MINUSCA")));
        mvc.perform(get("/medical/facilities").with(user("portal.bgd"))).andExpect(status().isForbidden());
    }
}
