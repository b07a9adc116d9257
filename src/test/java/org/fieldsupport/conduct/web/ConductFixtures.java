package org.fieldsupport.conduct.web;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/** Helpers of the conduct tests: demo users, a case created through the API. */
final class ConductFixtures {

    static final String MINUSCA = "conduct.minusca";
    static final String UNMISS = "conduct.unmiss";
    static final String HQ = "conduct.hq";
    static final String VICTIMS = "victims.assistance";

    private ConductFixtures() { }

    static ResultActions postJson(MockMvc mvc, String user, String path, String body) throws Exception {
        return mvc.perform(post(path).with(user(user)).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                .accept(MediaType.APPLICATION_JSON).content(body));
    }

    static ResultActions getJson(MockMvc mvc, String user, String path) throws Exception {
        return mvc.perform(get(path).with(user(user)).accept(MediaType.APPLICATION_JSON));
    }

    /** A SEA case in {@code mission} with a BGD and a NPL military subject and a victim with an identity; returns its id. */
    static long seaCase(MockMvc mvc, String officer, String mission, String marker, String victimIdentity) throws Exception {
        String body = postJson(mvc, officer, "/api/v1/conduct/cases", """
                {"missionCode": "%s", "kind": "SEA", "receivedOn": "2026-03-02", "channel": "HOTLINE",
                 "source": "Test source %s", "incidentDate": "2026-02-20", "summary": "Summary %s"}""".formatted(mission, marker, marker))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        long id = ((Number) JsonPath.read(body, "$.id")).longValue();
        postJson(mvc, officer, "/api/v1/conduct/cases/" + id + "/subjects", """
                {"category": "MILITARY", "contributingCountry": "BGD", "contingent": "BANBAT", "types": ["SEA_TRANSACTIONAL_SEX"]}""")
                .andExpect(status().isOk());
        postJson(mvc, officer, "/api/v1/conduct/cases/" + id + "/subjects", """
                {"category": "MILITARY", "contributingCountry": "NPL", "types": ["SEA_RAPE"]}""").andExpect(status().isOk());
        postJson(mvc, officer, "/api/v1/conduct/cases/" + id + "/victims", """
                {"ageBand": "MINOR_12_17", "assistanceReferred": true, "identity": "%s"}""".formatted(victimIdentity))
                .andExpect(status().isOk());
        return id;
    }

    static String reference(MockMvc mvc, String user, long id) throws Exception {
        return JsonPath.read(getJson(mvc, user, "/api/v1/conduct/cases/" + id).andReturn().getResponse().getContentAsString(),
                "$.reference");
    }
}
