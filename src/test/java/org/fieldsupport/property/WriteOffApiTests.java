package org.fieldsupport.property;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.time.LocalDate;
import org.fieldsupport.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/** Write-off cases by WRITE-OFF-2026-v1: board by total, availability, the board's step, approval under a delegation. */
@IntegrationTest
class WriteOffApiTests {

    static final String OFFICER = "property.minusca";
    static final String APPROVER = "dir.lsd";

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    private ResultActions post(String user, String path, String json) throws Exception {
        return mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post(path)
                .with(user(user)).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                .accept(MediaType.APPLICATION_JSON).content(json));
    }

    private long asset(String value) throws Exception {
        String tag = "T-" + System.nanoTime();
        String body = post(OFFICER, "/api/v1/property/assets", """
                {"missionCode": "MINUSCA", "tag": "%s", "serialNumber": "S1", "description": "Test generator",
                 "category": "GENERATOR", "location": "Bangui", "custodian": "Test", "acquiredOn": "%s",
                 "acquisitionValue": "%s", "usefulLifeYears": 10}""".formatted(tag, LocalDate.now(), value))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        return ((Number) JsonPath.read(body, "$.id")).longValue();
    }

    private long open(String assets) throws Exception {
        String body = post(OFFICER, "/api/v1/property/write-offs",
                "{\"missionCode\": \"MINUSCA\", \"reason\": \"Damaged\", \"assetIds\": [" + assets + "]}")
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        return ((Number) JsonPath.read(body, "$.id")).longValue();
    }

    @Test
    void fifty_thousand_goes_to_the_local_board_and_one_cent_more_to_headquarters() throws Exception {
        long a = asset("30000.00");
        long b = asset("20000.00");
        post(OFFICER, "/api/v1/property/write-offs",
                "{\"missionCode\": \"MINUSCA\", \"reason\": \"Fire\", \"assetIds\": [" + a + ", " + b + "]}")
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.board").value("LOCAL"))
                .andExpect(jsonPath("$.total").value("50000.00"))
                .andExpect(jsonPath("$.assets[0].depreciatedValue").isString())
                .andExpect(jsonPath("$.ruleSet").value("WRITE-OFF-2026-v1"));
        long c = asset("50000.01");
        post(OFFICER, "/api/v1/property/write-offs",
                "{\"missionCode\": \"MINUSCA\", \"reason\": \"Fire\", \"assetIds\": [" + c + "]}")
                .andExpect(status().isCreated()).andExpect(jsonPath("$.board").value("HEADQUARTERS"));
    }

    @Test
    void an_asset_on_another_open_case_or_written_off_is_not_available() throws Exception {
        long a = asset("1000.00");
        long id = open(String.valueOf(a));
        post(OFFICER, "/api/v1/property/write-offs", "{\"missionCode\": \"MINUSCA\", \"reason\": \"x\", \"assetIds\": [" + a + "]}")
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.type").value("https://fieldsupport.org/problems/asset-not-available"));
        post(OFFICER, "/api/v1/property/write-offs/" + id + "/recommend", "{\"writeOff\": true, \"recommendation\": \"ok\"}")
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("RECOMMENDED"));
        post(APPROVER, "/api/v1/property/write-offs/" + id + "/approve", "{}").andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("APPROVED")).andExpect(jsonPath("$.decidedBy").value(APPROVER));
        mvc.perform(get("/api/v1/property/assets/" + a).with(user(OFFICER)).accept(MediaType.APPLICATION_JSON))
                .andExpect(jsonPath("$.status").value("WRITTEN_OFF"));
        post(OFFICER, "/api/v1/property/write-offs", "{\"missionCode\": \"MINUSCA\", \"reason\": \"x\", \"assetIds\": [" + a + "]}")
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.type").value("https://fieldsupport.org/problems/asset-not-available"));
        post(OFFICER, "/api/v1/property/write-offs/" + id + "/dispose", "{\"method\": \"SALE\"}").andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("DISPOSED"));
    }

    @Test
    void approval_needs_a_delegation_covering_the_total_and_a_refusal_changes_nothing() throws Exception {
        long id = open(String.valueOf(asset("2000.00")));
        post(OFFICER, "/api/v1/property/write-offs/" + id + "/approve", "{}").andExpect(status().isForbidden());
        post(APPROVER, "/api/v1/property/write-offs/" + id + "/approve", "{}")
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.type").value("https://fieldsupport.org/problems/invalid-transition"));
        post(OFFICER, "/api/v1/property/write-offs/" + id + "/recommend", "{\"recommendation\": \"write off\"}")
                .andExpect(status().isOk());
        // the demo delegation for property write-off is held by the Director, LSD's position (500,000 USD)
        long big = open(String.valueOf(asset("600000.00")));
        post("logistics.hq", "/api/v1/property/write-offs/" + big + "/recommend", "{\"recommendation\": \"HQPSB: write off\"}")
                .andExpect(status().isOk());
        post(APPROVER, "/api/v1/property/write-offs/" + big + "/approve", "{}")
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.code").value(containsString("org.delegation.refused")));
        mvc.perform(get("/api/v1/property/write-offs/" + big).with(user(OFFICER)).accept(MediaType.APPLICATION_JSON))
                .andExpect(jsonPath("$.status").value("RECOMMENDED"));
        String reference = JsonPath.read(mvc.perform(get("/api/v1/property/write-offs/" + big).with(user(OFFICER))
                .accept(MediaType.APPLICATION_JSON)).andReturn().getResponse().getContentAsString(), "$.reference");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM org_delegation_use WHERE reference = ? AND allowed = FALSE")
                .param(reference).query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void a_headquarters_case_is_recommended_by_the_headquarters_board_not_the_mission_board() throws Exception {
        long id = open(String.valueOf(asset("70000.00")));
        post(OFFICER, "/api/v1/property/write-offs/" + id + "/recommend", "{\"recommendation\": \"ok\"}")
                .andExpect(status().isForbidden());
        post("logistics.hq", "/api/v1/property/write-offs/" + id + "/recommend", "{\"recommendation\": \"\"}")
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("recommendation"));
    }

    @Test
    void bad_input_and_other_missions_are_refused() throws Exception {
        post(OFFICER, "/api/v1/property/write-offs", "{\"missionCode\": \"MINUSCA\", \"reason\": \"\", \"assetIds\": []}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field", org.hamcrest.Matchers.hasItems("reason", "assetIds")));
        post(OFFICER, "/api/v1/property/write-offs", "{\"missionCode\": \"UNMISS\", \"reason\": \"x\", \"assetIds\": [1]}")
                .andExpect(status().isForbidden());
        post("movcon.minusca", "/api/v1/property/write-offs", "{\"missionCode\": \"MINUSCA\", \"reason\": \"x\", \"assetIds\": [1]}")
                .andExpect(status().isForbidden());
    }
}
