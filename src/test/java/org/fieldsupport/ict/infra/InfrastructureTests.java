package org.fieldsupport.ict.infra;

import static org.assertj.core.api.Assertions.assertThat;
import static org.fieldsupport.ict.infra.IctInfraCalls.CISO;
import static org.fieldsupport.ict.infra.IctInfraCalls.MINUSCA;
import static org.fieldsupport.ict.infra.IctInfraCalls.PLANNER;
import static org.fieldsupport.ict.infra.IctInfraCalls.UNMISS;
import static org.fieldsupport.ict.infra.IctInfraCalls.id;
import static org.fieldsupport.ict.infra.IctInfraCalls.unique;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.fieldsupport.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** Sites, links, outages and monthly availability, equipment, strategic direction and C4 support (9.2.b, 9.2.g, 9.3.b–d). */
@IntegrationTest
class InfrastructureTests {

    @Autowired
    MockMvc mvc;

    IctInfraCalls call;

    @BeforeEach
    void setUp() {
        call = new IctInfraCalls(mvc);
    }

    private long site(String mission) throws Exception {
        return id(call.post(PLANNER, "/api/v1/ict/sites", "{\"code\": \"" + unique("DC") + "\", \"name\": \"Test data centre\", "
                + "\"kind\": \"DATA_CENTRE\", \"missionCode\": \"" + mission + "\", \"location\": \"Somewhere\"}").andExpect(status().isCreated()));
    }

    private long brindisi() throws Exception {
        String body = call.get(PLANNER, "/api/v1/ict/sites").andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        return ((Number) com.jayway.jsonpath.JsonPath.<java.util.List<Object>>read(body, "$[?(@.code == 'BRINDISI')].id").get(0)).longValue();
    }

    private long link(long from, long to) throws Exception {
        return id(call.post(PLANNER, "/api/v1/ict/links", "{\"code\": \"" + unique("L") + "\", \"fromSiteId\": " + from + ", \"toSiteId\": " + to
                + ", \"medium\": \"SATELLITE\", \"bandwidthMbps\": 155, \"provider\": \"SES\", \"contractRef\": \"C-1\", "
                + "\"targetPercent\": 99.9}").andExpect(status().isCreated()));
    }

    @Test
    void availability_per_month_comes_from_the_recorded_outages_with_overlaps_counted_once() throws Exception {
        long link = link(brindisi(), site("MINUSCA"));
        call.post(PLANNER, "/api/v1/ict/links/" + link + "/outages",
                "{\"startedAt\": \"2026-10-05T00:00:00Z\", \"endedAt\": \"2026-10-05T02:00:00Z\", \"cause\": \"Rain fade\"}")
                .andExpect(status().isCreated());
        call.post(PLANNER, "/api/v1/ict/links/" + link + "/outages",
                "{\"startedAt\": \"2026-10-05T01:00:00Z\", \"endedAt\": \"2026-10-05T03:00:00Z\", \"cause\": \"Modem reset\"}")
                .andExpect(status().isCreated());
        // 31 days = 44,640 minutes; 180 minutes down → 99.596 % (rounded down), below the 99.9 % target
        call.get(PLANNER, "/api/v1/ict/links/" + link + "/availability?from=2026-09&to=2026-10").andExpect(status().isOk())
                .andExpect(jsonPath("$.months[0].percent").value(100.0))
                .andExpect(jsonPath("$.months[1].minutes").value(44640))
                .andExpect(jsonPath("$.months[1].downMinutes").value(180))
                .andExpect(jsonPath("$.months[1].percent").value(99.596))
                .andExpect(jsonPath("$.months[1].belowTarget").value(true));
        call.post(PLANNER, "/api/v1/ict/links/" + link + "/outages",
                "{\"startedAt\": \"2026-10-06T03:00:00Z\", \"endedAt\": \"2026-10-06T02:00:00Z\"}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field", hasItems("endedAt", "cause")));
    }

    @Test
    void bad_input_names_each_field_in_the_users_language() throws Exception {
        call.post(PLANNER, "/api/v1/ict/links", "{\"code\": \"\", \"medium\": \"CARRIER_PIGEON\", \"bandwidthMbps\": 0, "
                        + "\"targetPercent\": 120}", "fr")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field", hasItems("code", "fromSiteId", "toSiteId", "medium", "bandwidthMbps",
                        "provider", "contractRef", "targetPercent")))
                .andExpect(jsonPath("$.errors[?(@.field == 'bandwidthMbps')].message", hasItem(containsString("Débit"))))
                .andExpect(jsonPath("$.errors[?(@.field == 'medium')].message", hasItem(containsString("Support"))));
        call.post(PLANNER, "/api/v1/ict/sites", "{\"code\": \"X1\", \"name\": \"Hub\", \"kind\": \"HUB\", \"missionCode\": \"MINUSCA\", "
                        + "\"location\": \"x\"}", "en")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("missionCode"))
                .andExpect(jsonPath("$.errors[0].message", containsString("Mission")));
    }

    @Test
    void mission_users_see_headquarters_sites_and_their_own_mission_only_and_may_not_change_them() throws Exception {
        long minusca = site("MINUSCA");
        long link = link(brindisi(), minusca);
        call.get(UNMISS, "/api/v1/ict/links/" + link + "/availability").andExpect(status().isNotFound());
        call.get(UNMISS, "/api/v1/ict/sites/" + minusca).andExpect(status().isNotFound());
        call.get(MINUSCA, "/api/v1/ict/sites/" + minusca).andExpect(status().isOk());
        call.get(UNMISS, "/api/v1/ict/sites").andExpect(status().isOk())
                .andExpect(jsonPath("$[*].missionCode", not(hasItem("MINUSCA"))))
                .andExpect(jsonPath("$[*].code", hasItem("BRINDISI")));
        call.post(MINUSCA, "/api/v1/ict/links/" + link + "/outages",
                "{\"startedAt\": \"2026-10-05T00:00:00Z\", \"cause\": \"x\"}").andExpect(status().isForbidden());
        call.get("portal.bgd", "/api/v1/ict/sites").andExpect(status().isForbidden());
    }

    @Test
    void strategic_direction_is_proposed_then_approved_by_headquarters_only() throws Exception {
        long s = site("UNMISS");
        call.post(PLANNER, "/api/v1/ict/sites/" + s + "/direction", "{\"action\": \"approve\"}")
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.type").value("https://fieldsupport.org/problems/direction-not-proposed"));
        call.post(PLANNER, "/api/v1/ict/sites/" + s + "/direction", "{\"action\": \"propose\", \"text\": \"Consolidate into Valencia\"}")
                .andExpect(status().isOk()).andExpect(jsonPath("$.directionStatus").value("PROPOSED"));
        call.post(CISO, "/api/v1/ict/sites/" + s + "/direction", "{\"action\": \"approve\"}").andExpect(status().isForbidden());
        call.post(PLANNER, "/api/v1/ict/sites/" + s + "/direction", "{\"action\": \"approve\"}")
                .andExpect(status().isOk()).andExpect(jsonPath("$.directionStatus").value("APPROVED"))
                .andExpect(jsonPath("$.directionBy").value(PLANNER));
    }

    @Test
    void c4_support_is_recorded_per_component_within_the_mission() throws Exception {
        long minusca = site("MINUSCA");
        long unmiss = site("UNMISS");
        long own = link(brindisi(), minusca);
        long other = link(brindisi(), unmiss);
        call.post(MINUSCA, "/api/v1/ict/c4-support", "{\"missionCode\": \"MINUSCA\", \"component\": \"MILITARY\", \"unitName\": \"Force HQ\", "
                + "\"kind\": \"LINK\", \"linkId\": " + other + ", \"description\": \"C2 network\"}")
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.type").value("https://fieldsupport.org/problems/c4-outside-mission"));
        long c4 = id(call.post(MINUSCA, "/api/v1/ict/c4-support", "{\"missionCode\": \"MINUSCA\", \"component\": \"POLICE\", "
                + "\"unitName\": \"FPU Bambari\", \"kind\": \"LINK\", \"linkId\": " + own + ", \"description\": \"Patrol radios backhaul\"}")
                .andExpect(status().isCreated()).andExpect(jsonPath("$.status").value("IN_SERVICE")));
        call.post(MINUSCA, "/api/v1/ict/c4-support", "{\"missionCode\": \"UNMISS\", \"component\": \"POLICE\", \"unitName\": \"x\", "
                + "\"kind\": \"SERVICE_REQUEST\", \"description\": \"x\"}").andExpect(status().isForbidden());
        call.post(MINUSCA, "/api/v1/ict/c4-support", "{\"missionCode\": \"MINUSCA\", \"component\": \"NAVY\", \"kind\": \"EQUIPMENT\"}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field", hasItems("component", "unitName", "description", "equipmentId")));
        call.get(UNMISS, "/api/v1/ict/c4-support").andExpect(status().isOk())
                .andExpect(jsonPath("$[*].id", not(hasItem((int) c4))));
        call.post(MINUSCA, "/api/v1/ict/c4-support/" + c4, "{\"status\": \"WITHDRAWN\"}").andExpect(status().isForbidden());
        call.post(PLANNER, "/api/v1/ict/c4-support/" + c4, "{\"status\": \"WITHDRAWN\"}").andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("WITHDRAWN"));
    }

    @Test
    void the_screens_show_the_demo_infrastructure_in_english_and_french() throws Exception {
        long bri = brindisi();
        call.page(PLANNER, "/ict/infrastructure", "fr").andExpect(status().isOk())
                .andExpect(content().string(containsString("Brindisi"))).andExpect(content().string(containsString("Téléport")));
        call.page(PLANNER, "/ict/infrastructure/sites/" + bri, "fr").andExpect(status().isOk())
                .andExpect(content().string(containsString("Orientation stratégique")));
        call.page(MINUSCA, "/ict/infrastructure/links", "fr").andExpect(status().isOk())
                .andExpect(content().string(containsString("BRI-MINUSCA-SAT")))
                .andExpect(content().string(not(containsString("BRI-UNMISS-SAT"))));
        String body = call.get(PLANNER, "/api/v1/ict/links").andReturn().getResponse().getContentAsString();
        long sat = ((Number) com.jayway.jsonpath.JsonPath.<java.util.List<Object>>read(body, "$[?(@.code == 'BRI-MINUSCA-SAT')].id").get(0)).longValue();
        call.page(PLANNER, "/ict/infrastructure/links/" + sat, "en").andExpect(status().isOk())
                .andExpect(content().string(containsString("Rain fade")));
        call.page(UNMISS, "/ict/infrastructure/c4", "en").andExpect(status().isOk())
                .andExpect(content().string(containsString("Sector East")))
                .andExpect(content().string(not(containsString("Force headquarters, Bangui"))));
        assertThat(bri).isPositive();
    }
}
