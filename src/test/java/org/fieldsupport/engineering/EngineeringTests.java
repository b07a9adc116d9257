package org.fieldsupport.engineering;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.math.BigDecimal;
import org.fieldsupport.engineering.domain.CampRules;
import org.fieldsupport.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/** Camps, projects and readings through the API and screens; the rules. */
@IntegrationTest
class EngineeringTests {

    @Autowired
    MockMvc mvc;

    private ResultActions post(String user, String path, String json) throws Exception {
        return mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post(path)
                .with(user(user)).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                .accept(MediaType.APPLICATION_JSON).content(json));
    }

    @Test
    void the_rules() {
        assertThat(CampRules.occupancy(1310, 1200)).isEqualByComparingTo("109.2");
        assertThat(CampRules.nextPhase("DESIGN", "PROCUREMENT")).isTrue();
        assertThat(CampRules.nextPhase("DESIGN", "CONSTRUCTION")).isFalse();
        assertThat(CampRules.perPersonPerDay(new BigDecimal("100"), new BigDecimal("400"), 30, 10)).isEqualByComparingTo("1.00");
    }

    @Test
    void a_camp_over_capacity_is_flagged_projects_follow_their_phases_and_readings_give_use_per_person() throws Exception {
        String body = post("logistics.hq", "/api/v1/engineering/camps",
                "{\"missionCode\": \"UNMISS\", \"name\": \"Test camp\", \"capacity\": 100, \"personnel\": 120}")
                .andExpect(status().isCreated()).andExpect(jsonPath("$.overCapacity").value(true))
                .andExpect(jsonPath("$.occupancyPercent").value("120.0")).andReturn().getResponse().getContentAsString();
        long id = ((Number) JsonPath.read(body, "$.id")).longValue();
        String camp = post("logistics.hq", "/api/v1/engineering/camps/" + id + "/projects",
                "{\"title\": \"Ablution block\", \"budget\": \"100000.00\"}").andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        long project = ((Number) JsonPath.read(camp, "$.projects[0].id")).longValue();
        post("logistics.hq", "/api/v1/engineering/projects/" + project, "{\"phase\": \"HANDOVER\"}")
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.type").value("https://fieldsupport.org/problems/phase-order"));
        post("logistics.hq", "/api/v1/engineering/projects/" + project, "{\"phase\": \"PROCUREMENT\", \"spent\": \"120000\"}")
                .andExpect(status().isOk()).andExpect(jsonPath("$.projects[0].overBudget").value(true));
        post("logistics.hq", "/api/v1/engineering/camps/" + id + "/readings",
                "{\"kind\": \"WATER\", \"readOn\": \"2026-11-01\", \"meter\": 1000}").andExpect(status().isOk());
        post("logistics.hq", "/api/v1/engineering/camps/" + id + "/readings",
                "{\"kind\": \"WATER\", \"readOn\": \"2026-11-11\", \"meter\": 1240}").andExpect(status().isOk())
                .andExpect(jsonPath("$.readings[1].perPersonPerDay").value("0.20"));
        post("logistics.hq", "/api/v1/engineering/camps/" + id + "/readings", "{\"kind\": \"GAS\", \"meter\": -1}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field", org.hamcrest.Matchers.hasItems("kind", "readOn", "meter")));
        post("movcon.minusca", "/api/v1/engineering/camps",
                "{\"missionCode\": \"MINUSCA\", \"name\": \"x\", \"capacity\": 1, \"personnel\": 0}").andExpect(status().isForbidden());
    }

    @Test
    void the_screens_show_both_missions_and_refuse_other_roles() throws Exception {
        mvc.perform(get("/engineering/camps").with(user("logistics.hq")).header("Accept-Language", "fr"))
                .andExpect(status().isOk()).andExpect(content().string(containsString("MINUSCA")))
                .andExpect(content().string(containsString("UNMISS")));
        mvc.perform(get("/engineering/camps").with(user("portal.bgd"))).andExpect(status().isForbidden());
    }
}
