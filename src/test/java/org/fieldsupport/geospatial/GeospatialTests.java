package org.fieldsupport.geospatial;

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
import java.util.List;
import org.fieldsupport.geospatial.domain.MapRules;
import org.fieldsupport.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/** Map clearance before release, mission layers on an SVG map, through the API and screens; the rules. */
@IntegrationTest
class GeospatialTests {

    @Autowired
    MockMvc mvc;

    private ResultActions post(String user, String path, String json) throws Exception {
        return mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post(path)
                .with(user(user)).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                .accept(MediaType.APPLICATION_JSON).content(json));
    }

    @Test
    void the_rules_and_the_svg() {
        assertThat(MapRules.mayClear("REQUESTED", "a", "a")).isEqualTo(MapRules.Refusal.OWN_REQUEST);
        assertThat(MapRules.mayClear("REQUESTED", "a", "b")).isNull();
        assertThat(MapRules.mayRelease("REQUESTED")).isEqualTo(MapRules.Refusal.NOT_CLEARED);
        assertThat(MapRules.fingerprint("T", "C")).isEqualTo(MapRules.fingerprint(" T ", "C\n")).hasSize(64);
        String svg = MapRules.svg("MINUSCA", List.of(new MapRules.Point("Bria <site>", "CAMP", new BigDecimal("6.5"),
                new BigDecimal("22.0"))), "MINUSCA");
        assertThat(svg).startsWith("<svg").contains("<polygon").contains("Bria &lt;site&gt;").doesNotContain("http://tile");
    }

    @Test
    void a_map_is_released_only_once_cleared_by_someone_else() throws Exception {
        String body = post("logistics.hq", "/api/v1/geospatial/map-requests", """
                {"missionCode": "UNMISS", "product": "MAP", "title": "Test %d", "purpose": "Briefing",
                 "audience": "PUBLIC", "content": "Sectors"}""".formatted(System.nanoTime()))
                .andExpect(status().isCreated()).andExpect(jsonPath("$.status").value("REQUESTED"))
                .andReturn().getResponse().getContentAsString();
        long id = ((Number) JsonPath.read(body, "$.id")).longValue();
        post("logistics.hq", "/api/v1/geospatial/map-requests/" + id + "/release", "{}")
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.type").value("https://fieldsupport.org/problems/map-not-cleared"));
        post("logistics.hq", "/api/v1/geospatial/map-requests/" + id + "/review", "{\"cleared\": true}")
                .andExpect(status().isForbidden());
        post("gis.officer", "/api/v1/geospatial/map-requests/" + id + "/review", "{\"cleared\": true}")
                .andExpect(status().isOk()).andExpect(jsonPath("$.clearanceId").isNotEmpty());
        post("logistics.hq", "/api/v1/geospatial/map-requests/" + id + "/release", "{}")
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("RELEASED"));
        String own = post("gis.officer", "/api/v1/geospatial/map-requests", """
                {"missionCode": "UNMISS", "product": "MAP", "title": "Own %d", "purpose": "x", "audience": "INTERNAL",
                 "content": "y"}""".formatted(System.nanoTime())).andReturn().getResponse().getContentAsString();
        post("gis.officer", "/api/v1/geospatial/map-requests/" + JsonPath.read(own, "$.id") + "/review", "{\"cleared\": true}")
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.type").value("https://fieldsupport.org/problems/own-request"));
        post("logistics.hq", "/api/v1/geospatial/map-requests", """
                {"missionCode": "UNMISS", "product": "GLOBE", "title": "", "purpose": "", "audience": "ALL", "content": ""}""")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field", org.hamcrest.Matchers.hasItems("product", "title", "audience")));
    }

    @Test
    void layers_are_drawn_on_the_map_screen_and_bad_coordinates_are_refused() throws Exception {
        post("gis.officer", "/api/v1/geospatial/features", """
                {"missionCode": "MINUSCA", "name": "Test site", "kind": "TEAM_SITE", "latitude": 91, "longitude": 18}""")
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("latitude"));
        post("logistics.hq", "/api/v1/geospatial/features", """
                {"missionCode": "MINUSCA", "name": "Test site", "kind": "TEAM_SITE", "latitude": 5, "longitude": 18}""")
                .andExpect(status().isForbidden());
        var page = mvc.perform(get("/geospatial/maps").param("mission", "UNMISS").with(user("gis.officer")))
                .andExpect(status().isOk()).andExpect(content().string(containsString("<svg")))
                .andExpect(content().string(containsString("Malakal PoC site"))).andReturn();
        assertThat(page.getResponse().getContentAsByteArray().length).isLessThan(100_000);
        mvc.perform(get("/geospatial/requests").with(user("logistics.hq"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("MINUSCA deployment map")));
        mvc.perform(get("/geospatial/maps").with(user("portal.bgd"))).andExpect(status().isForbidden());
    }
}
