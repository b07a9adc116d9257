package org.fieldsupport.platform.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.fieldsupport.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Issue 9 item 12: the OpenAPI document has the product's title, version and licence, the security schemes, and
 * every operation a summary, a security requirement, a tag and a 4xx problem response (the rules Redocly's
 * recommended set lints). The document is written to target/openapi.json for .ci/run to lint.
 */
@IntegrationTest
class OpenApiDocumentTests {

    @Autowired
    MockMvc mvc;

    @Test
    @SuppressWarnings("unchecked")
    void every_operation_has_a_summary_security_a_tag_and_a_4xx_problem_response() throws Exception {
        String json = mvc.perform(get("/v3/api-docs").with(user("admin"))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target", "openapi.json"), json);

        assertThat(JsonPath.<String>read(json, "$.info.title")).isEqualTo("Field Support Platform API");
        assertThat(JsonPath.<String>read(json, "$.info.version")).isNotBlank();
        assertThat(JsonPath.<String>read(json, "$.info.license.name")).isNotBlank();
        Map<String, Object> schemes = JsonPath.read(json, "$.components.securitySchemes");
        assertThat(schemes).containsKeys("bearerToken", "basicAuth", "session");

        Map<String, Map<String, Object>> paths = JsonPath.read(json, "$.paths");
        List<String> problems = new ArrayList<>();
        int operations = 0;
        for (var path : paths.entrySet()) {
            for (var method : path.getValue().entrySet()) {
                if (!(method.getValue() instanceof Map<?, ?> op) || !List.of("get", "post", "put", "patch", "delete")
                        .contains(method.getKey())) {
                    continue;
                }
                operations++;
                String where = method.getKey().toUpperCase() + " " + path.getKey();
                if (!(op.get("summary") instanceof String s) || s.isBlank()) problems.add(where + ": no summary");
                if (!(op.get("security") instanceof List<?> l) || l.isEmpty()) problems.add(where + ": no security");
                if (!(op.get("tags") instanceof List<?> t) || t.isEmpty()) problems.add(where + ": no tag");
                Map<String, Object> responses = (Map<String, Object>) op.get("responses");
                if (responses == null || responses.keySet().stream().noneMatch(k -> k.startsWith("4"))) {
                    problems.add(where + ": no 4xx response");
                }
            }
        }
        assertThat(operations).isGreaterThan(50);
        assertThat(problems).isEmpty();
    }
}
