package org.fieldsupport.hardening;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import org.fieldsupport.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

/** Issue 9 items 7 and 10: the organisation export neutralises formulas; an unknown format is a 400. */
@IntegrationTest
class ExportInjectionTests {

    @Autowired
    MockMvc mvc;

    @Test
    void a_unit_named_like_a_formula_is_exported_as_text() throws Exception {
        String code = "DFS-INJ" + (System.nanoTime() % 100_000);
        mvc.perform(post("/api/v1/organization/units").with(user("admin")).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).accept(MediaType.APPLICATION_JSON)
                        .content("""
                                {"code": "%s", "kind": "UNIT", "nameFr": "=HYPERLINK(\\"http://evil\\",\\"x\\")",
                                 "nameEn": "@SUM(1+1)", "parentCode": "DFS-LSD", "validFrom": "2020-01-01"}"""
                                .formatted(code)))
                .andExpect(status().isCreated());

        String csv = new String(mvc.perform(get("/api/v1/organization/export").param("format", "csv")
                        .with(user("admin"))).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsByteArray(), StandardCharsets.UTF_8);
        String line = csv.lines().filter(l -> l.contains(code)).findFirst().orElseThrow();
        assertThat(line).contains("'=HYPERLINK").contains("'@SUM(1+1)")
                .doesNotContain(",=HYPERLINK").doesNotContain(",@SUM").doesNotContain(",\"=HYPERLINK");
    }

    @Test
    void an_unknown_export_format_is_a_400_naming_the_parameter() throws Exception {
        mvc.perform(get("/api/v1/organization/export").param("format", "exe").with(user("admin"))
                        .accept(MediaType.APPLICATION_JSON))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("format"));
    }
}
