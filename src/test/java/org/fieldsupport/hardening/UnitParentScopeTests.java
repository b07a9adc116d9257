package org.fieldsupport.hardening;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.fieldsupport.support.AnyVersion.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import org.fieldsupport.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Issue 9 item 2: a unit officer scoped to the Logistics Support Division cannot move a unit of their division under
 * another division (the new parent is outside their scope), on the API or the screen; within the division they can.
 */
@IntegrationTest
class UnitParentScopeTests {

    static final String LSD_OFFICER = "lsd.officer";

    @Autowired
    MockMvc mvc;

    private String body(String unit, String parent) throws Exception {
        String json = mvc.perform(get("/api/v1/organization/units/" + unit).with(user("admin"))
                .accept(MediaType.APPLICATION_JSON)).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
        String kind = JsonPath.read(json, "$.unit.kind");
        String nameFr = JsonPath.read(json, "$.unit.nameFr");
        String nameEn = JsonPath.read(json, "$.unit.nameEn");
        return """
                {"kind": "%s", "nameFr": "%s", "nameEn": "%s", "parentCode": "%s"}"""
                .formatted(kind, nameFr.replace("\"", "\\\""), nameEn.replace("\"", "\\\""), parent);
    }

    private String parentOf(String unit) throws Exception {
        return JsonPath.read(mvc.perform(get("/api/v1/organization/units/" + unit).with(user("admin"))
                .accept(MediaType.APPLICATION_JSON)).andReturn().getResponse().getContentAsString(), "$.unit.parentCode");
    }

    @Test
    void moving_a_unit_out_of_the_officers_scope_is_forbidden_on_the_api_and_the_screen() throws Exception {
        String parent = parentOf("DFS-OSS");

        mvc.perform(put("/api/v1/organization/units/DFS-OSS").with(user(LSD_OFFICER)).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).accept(MediaType.APPLICATION_JSON)
                        .content(body("DFS-OSS", "DFS-FBFD")))
                .andExpect(status().isForbidden());
        mvc.perform(post("/organization/units/DFS-OSS/edit").with(user(LSD_OFFICER)).with(csrf())
                        .param("kind", "SERVICE").param("nameFr", "x").param("nameEn", "x")
                        .param("parentCode", "DFS-FBFD").param("version", "0"))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/organization/units/DFS-OSS").with(user("admin")).accept(MediaType.APPLICATION_JSON))
                .andExpect(jsonPath("$.unit.parentCode").value(parent));

        // the same change by an officer whose scope holds both parents (department-wide) is allowed
        mvc.perform(put("/api/v1/organization/units/DFS-OSS").with(user("admin")).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).accept(MediaType.APPLICATION_JSON)
                        .content(body("DFS-OSS", parent)))
                .andExpect(status().isOk());
    }
}
