package org.fieldsupport.property;

import static org.hamcrest.Matchers.hasItem;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.fieldsupport.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/** The register with depreciation and physical counts over REST, with the refusals. */
@IntegrationTest
class PropertyApiTests {

    @Autowired
    MockMvc mvc;

    private ResultActions post(String user, String path, String json) throws Exception {
        return mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post(path)
                .with(user(user)).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                .accept(MediaType.APPLICATION_JSON).content(json));
    }

    @Test
    void an_asset_is_registered_with_its_net_book_value_and_a_count_shows_the_discrepancies() throws Exception {
        String location = "Test store " + System.nanoTime();
        String[] tags = new String[3];
        for (int i = 0; i < 3; i++) {
            tags[i] = "C-" + System.nanoTime();
            post("property.minusca", "/api/v1/property/assets", """
                    {"missionCode": "MINUSCA", "tag": "%s", "serialNumber": "S%d", "description": "Laptop",
                     "category": "IT_EQUIPMENT", "location": "%s", "custodian": "ICT", "acquiredOn": "2024-01-01",
                     "acquisitionValue": "1200.00", "usefulLifeYears": 4}""".formatted(tags[i], i, location))
                    .andExpect(status().isCreated()).andExpect(jsonPath("$.status").value("IN_SERVICE"))
                    .andExpect(jsonPath("$.netBookValue").isNumber());
        }
        post("property.minusca", "/api/v1/property/counts", """
                {"missionCode": "MINUSCA", "location": "%s", "countedOn": "%s", "tags": ["%s", "%s", "UN-MINUSCA-000003", "NEW-1"]}"""
                .formatted(location, java.time.LocalDate.now(), tags[0], tags[1]))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.expected").value(3))
                .andExpect(jsonPath("$.found").value(4))
                .andExpect(jsonPath("$.missing").value(1))
                .andExpect(jsonPath("$.unrecorded").value(1))
                .andExpect(jsonPath("$.discrepancies[*].tag", hasItem(tags[2])))
                .andExpect(jsonPath("$.discrepancies[*].tag", hasItem("NEW-1")));
    }

    @Test
    void bad_input_is_400_naming_each_field_and_other_missions_or_roles_are_refused() throws Exception {
        post("property.minusca", "/api/v1/property/assets", """
                {"missionCode": "MINUSCA", "tag": "", "serialNumber": "S", "description": "x", "category": "SPACESHIP",
                 "location": "B", "custodian": "c", "acquiredOn": "2999-01-01", "acquisitionValue": "-5",
                 "usefulLifeYears": 99}""")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field", hasItem("tag")))
                .andExpect(jsonPath("$.errors[*].field", hasItem("category")))
                .andExpect(jsonPath("$.errors[*].field", hasItem("acquiredOn")))
                .andExpect(jsonPath("$.errors[*].field", hasItem("acquisitionValue")))
                .andExpect(jsonPath("$.errors[*].field", hasItem("usefulLifeYears")));
        post("property.minusca", "/api/v1/property/counts", """
                {"missionCode": "UNMISS", "location": "Juba", "countedOn": "2026-01-01", "tags": []}""")
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/property/assets").param("mission", "UNMISS").with(user("property.minusca"))
                .accept(MediaType.APPLICATION_JSON)).andExpect(status().isOk()).andExpect(jsonPath("$").isEmpty());
        mvc.perform(get("/api/v1/property/assets").with(user("portal.bgd")).accept(MediaType.APPLICATION_JSON))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/property/assets").param("mission", "UNMISS").with(user("logistics.hq"))
                .accept(MediaType.APPLICATION_JSON)).andExpect(status().isOk())
                .andExpect(jsonPath("$[*].missionCode", hasItem("UNMISS")));
    }
}
