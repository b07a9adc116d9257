package org.fieldsupport.organization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import org.fieldsupport.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Issue 12.9: the mission page's map draws the headquarters and the layers other modules contribute through
 * {@link MissionMapLayerContributor} — engineering's camps, medical facilities, geospatial airfields — with a legend,
 * in English and French, without inline style or script, each layer only to readers who may see its records.
 */
@IntegrationTest
class MissionMapLayersTests {

    @Autowired MockMvc mvc;

    private String page(String username, String url) throws Exception {
        return mvc.perform(get(url).with(user(username)).session(new MockHttpSession()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    private static String map(String page) {
        int start = page.indexOf("<svg");
        assertThat(start).as("the mission page draws a map").isPositive();
        return page.substring(start, page.indexOf("</svg>", start));
    }

    @Test
    void the_mission_map_shows_the_camps_facilities_and_airfields_of_the_demo_data_with_a_legend() throws Exception {
        String en = page("admin", "/organization/missions/MINUSCA?lang=en");
        String svg = map(en);
        assertThat(svg).contains("map-layer-hq", "map-layer-camp", "map-layer-facility", "map-layer-airfield",
                        "M'Poko logistics base (demo)", "Bria team site (demo)", "Level II hospital, Bangui (demo)",
                        "Bangui M'Poko airport")
                .contains("<g class=\"map-legend map-layer-camp\">", "<g class=\"map-legend map-layer-facility\">",
                        ">Camps</text>", ">Medical facilities</text>", ">Airfields</text>", ">Headquarters</text>")
                .contains("href=\"/engineering/camps/")
                // another mission's camp is not on this map; the contracted hospital abroad has no position
                .doesNotContain("UN House, Juba (demo)", "Nairobi");
        assertThat(en).doesNotContain("<style", "style=\"", "<script>", "tile.", "https://");
        // the points listed under the map for screen readers
        assertThat(en.substring(en.indexOf("class=\"map-points\""))).contains("Camps", "Medical facilities",
                "Level II hospital, Bangui (demo)");
        String fr = map(page("admin", "/organization/missions/MINUSCA?lang=fr"));
        assertThat(fr).contains(">Camps</text>", ">Structures médicales</text>", ">Aérodromes</text>",
                ">Quartier général</text>").doesNotContain("Medical facilities", "Airfields");
        assertThat(map(page("admin", "/organization/missions/UNMISS?lang=en")))
                .contains("UN House, Juba (demo)", "Level II hospital, Malakal (demo)", "Juba international airport")
                .doesNotContain("Bria");
    }

    @Test
    void each_layer_shows_only_what_the_reader_may_see() throws Exception {
        // the medical officer reads medical facilities, not engineering's camps nor the geospatial layers
        String svg = map(page("medical.hq", "/organization/missions/MINUSCA?lang=en"));
        assertThat(svg).contains("map-layer-hq", "Level II hospital, Bangui (demo)")
                .doesNotContain("map-layer-camp", "M'Poko logistics base", "map-layer-airfield");
    }
}
