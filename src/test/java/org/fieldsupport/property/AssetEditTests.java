package org.fieldsupport.property;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.time.LocalDate;
import org.fieldsupport.support.IntegrationTest;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

/** A transfer of custody or location of an asset: API with If-Match, the asset's page with its form, scope. */
@IntegrationTest
class AssetEditTests {

    static final String OFFICER = "property.minusca";

    @Autowired
    MockMvc mvc;

    private long asset() throws Exception {
        String body = mvc.perform(post("/api/v1/property/assets").with(user(OFFICER)).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).accept(MediaType.APPLICATION_JSON).content("""
                                {"missionCode": "MINUSCA", "tag": "ED-%s", "serialNumber": "S9", "description": "Laptop",
                                 "category": "IT_EQUIPMENT", "location": "Bangui HQ", "custodian": "J. Doe",
                                 "acquiredOn": "%s", "acquisitionValue": "1200.00", "usefulLifeYears": 4}"""
                                .formatted(System.nanoTime(), LocalDate.now())))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        return ((Number) JsonPath.read(body, "$.id")).longValue();
    }

    @Test
    void a_transfer_of_custody_needs_the_version_read_and_a_stale_one_is_refused() throws Exception {
        long id = asset();
        String etag = mvc.perform(get("/api/v1/property/assets/" + id).with(user(OFFICER)).accept(MediaType.APPLICATION_JSON))
                .andExpect(status().isOk()).andExpect(header().exists("ETag")).andReturn().getResponse().getHeader("ETag");
        String change = "{\"location\": \"Bria team site\", \"custodian\": \"A. Smith\", \"description\": \"Laptop\"}";
        mvc.perform(put("/api/v1/property/assets/" + id).with(user(OFFICER)).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content(change))
                .andExpect(status().isPreconditionRequired());
        mvc.perform(put("/api/v1/property/assets/" + id).with(user(OFFICER)).with(csrf()).header("If-Match", etag)
                        .contentType(MediaType.APPLICATION_JSON).accept(MediaType.APPLICATION_JSON).content(change))
                .andExpect(status().isOk()).andExpect(jsonPath("$.location").value("Bria team site"))
                .andExpect(jsonPath("$.custodian").value("A. Smith"))
                .andExpect(header().string("ETag", Matchers.not(etag)));
        mvc.perform(put("/api/v1/property/assets/" + id).with(user(OFFICER)).with(csrf()).header("If-Match", etag)
                        .contentType(MediaType.APPLICATION_JSON).content(change))
                .andExpect(status().isPreconditionFailed());
    }

    @Test
    void bad_input_is_named_and_other_missions_do_not_see_the_asset() throws Exception {
        long id = asset();
        mvc.perform(put("/api/v1/property/assets/" + id).with(user(OFFICER)).with(csrf()).header("If-Match", "*")
                        .contentType(MediaType.APPLICATION_JSON).accept(MediaType.APPLICATION_JSON)
                        .content("{\"location\": \"\", \"custodian\": \"A. Smith\", \"description\": \"Laptop\"}"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("location"));
        mvc.perform(put("/api/v1/property/assets/" + id).with(user("movcon.minusca")).with(csrf()).header("If-Match", "*")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"location\": \"x\", \"custodian\": \"y\", \"description\": \"z\"}"))
                .andExpect(status().isNotFound());
    }

    @Test
    void the_asset_page_shows_the_form_with_the_version_and_records_a_transfer() throws Exception {
        long id = asset();
        mvc.perform(get("/property/assets/" + id).with(user(OFFICER)))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("name=\"_version\"")))
                .andExpect(content().string(Matchers.containsString("Bangui HQ")));
        mvc.perform(post("/property/assets/" + id).with(user(OFFICER)).with(csrf()).param("location", "Bambari")
                        .param("custodian", "K. Lee").param("description", "Laptop").param("_version", "0"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/api/v1/property/assets/" + id).with(user(OFFICER)).accept(MediaType.APPLICATION_JSON))
                .andExpect(jsonPath("$.location").value("Bambari")).andExpect(jsonPath("$.custodian").value("K. Lee"));
    }
}
