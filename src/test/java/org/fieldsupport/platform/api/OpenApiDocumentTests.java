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

    /**
     * The rest of Redocly's recommended rules that a generated document can break: info-license-url, no-empty-servers,
     * no-server-example.com, no-server-trailing-slash, operation-operationId(-unique, -url-safe), operation-2xx-response,
     * operation-parameters-unique, path-parameters-defined, no-path-trailing-slash, no-identical-paths,
     * path-not-include-query, tag-description (and every tag an operation uses is declared), no-unused-components.
     */
    @Test
    @SuppressWarnings("unchecked")
    void the_document_passes_the_other_recommended_lint_rules() throws Exception {
        String json = mvc.perform(get("/v3/api-docs").with(user("admin"))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        List<String> problems = new ArrayList<>();
        if (!(JsonPath.<Object>read(json, "$.info.license") instanceof Map<?, ?> licence) || licence.get("url") == null) {
            problems.add("info-license-url: the licence has no url");
        }
        List<Map<String, Object>> servers;
        try {
            servers = JsonPath.read(json, "$.servers");
        } catch (com.jayway.jsonpath.PathNotFoundException none) {
            servers = List.of();
        }
        if (servers == null || servers.isEmpty()) problems.add("no-empty-servers");
        for (Map<String, Object> server : servers == null ? List.<Map<String, Object>>of() : servers) {
            String url = String.valueOf(server.get("url"));
            if (url.contains("example.com") || url.contains("localhost")) problems.add("no-server-example.com: " + url);
            if (url.length() > 1 && url.endsWith("/")) problems.add("no-server-trailing-slash: " + url);
        }
        Map<String, Map<String, Object>> paths = JsonPath.read(json, "$.paths");
        java.util.Set<String> operationIds = new java.util.HashSet<>();
        java.util.Set<String> usedTags = new java.util.TreeSet<>();
        java.util.Set<String> shapes = new java.util.HashSet<>();
        java.util.regex.Pattern variable = java.util.regex.Pattern.compile("\\{([^}]+)}");
        for (var path : paths.entrySet()) {
            String p = path.getKey();
            if (p.length() > 1 && p.endsWith("/")) problems.add("no-path-trailing-slash: " + p);
            if (p.contains("?")) problems.add("path-not-include-query: " + p);
            if (!shapes.add(p.replaceAll("\\{[^}]+}", "{}"))) problems.add("no-identical-paths: " + p);
            java.util.Set<String> inPath = new java.util.TreeSet<>();
            java.util.regex.Matcher m = variable.matcher(p);
            while (m.find()) inPath.add(m.group(1));
            List<Map<String, Object>> shared = (List<Map<String, Object>>) path.getValue().get("parameters");
            for (var method : path.getValue().entrySet()) {
                if (!(method.getValue() instanceof Map<?, ?> raw) || !List.of("get", "post", "put", "patch", "delete")
                        .contains(method.getKey())) {
                    continue;
                }
                Map<String, Object> op = (Map<String, Object>) raw;
                String where = method.getKey().toUpperCase() + " " + p;
                Object id = op.get("operationId");
                if (!(id instanceof String s) || s.isBlank()) {
                    problems.add("operation-operationId: " + where);
                } else {
                    if (!operationIds.add(s)) problems.add("operation-operationId-unique: " + where + " " + s);
                    if (!s.matches("[A-Za-z0-9_.~:-]+")) problems.add("operation-operationId-url-safe: " + where);
                }
                Map<String, Object> responses = (Map<String, Object>) op.get("responses");
                if (responses == null || responses.keySet().stream().noneMatch(k -> k.startsWith("2") || k.startsWith("3"))) {
                    problems.add("operation-2xx-response: " + where);
                }
                List<Map<String, Object>> parameters = new ArrayList<>();
                if (shared != null) parameters.addAll(shared);
                if (op.get("parameters") instanceof List<?> own) parameters.addAll((List<Map<String, Object>>) own);
                java.util.Set<String> seen = new java.util.HashSet<>();
                java.util.Set<String> pathParameters = new java.util.TreeSet<>();
                for (Map<String, Object> parameter : parameters) {
                    if (!seen.add(parameter.get("in") + ":" + parameter.get("name")) && op.get("parameters") != null) {
                        problems.add("operation-parameters-unique: " + where + " " + parameter.get("name"));
                    }
                    if ("path".equals(parameter.get("in"))) pathParameters.add(String.valueOf(parameter.get("name")));
                }
                if (!pathParameters.equals(inPath)) {
                    problems.add("path-parameters-defined: " + where + " declares " + pathParameters + ", path has " + inPath);
                }
                if (op.get("tags") instanceof List<?> tags) tags.forEach(t -> usedTags.add(String.valueOf(t)));
            }
        }
        List<Map<String, Object>> tags = JsonPath.read(json, "$.tags");
        java.util.Set<String> declared = new java.util.TreeSet<>();
        for (Map<String, Object> tag : tags) {
            declared.add(String.valueOf(tag.get("name")));
            if (!(tag.get("description") instanceof String d) || d.isBlank()) {
                problems.add("tag-description: " + tag.get("name"));
            }
        }
        if (!declared.containsAll(usedTags)) problems.add("operation-tag-defined: undeclared " + usedTags);
        Map<String, Object> schemas = JsonPath.read(json, "$.components.schemas");
        for (String name : schemas.keySet()) {
            if (!json.contains("\"#/components/schemas/" + name + "\"")) {
                problems.add("no-unused-components: schema " + name);
            }
        }
        // no-unresolved-refs: every schema reference names a declared schema (the problem schema was once dropped)
        java.util.regex.Matcher ref = java.util.regex.Pattern.compile("\"#/components/schemas/([^\"]+)\"").matcher(json);
        java.util.Set<String> unresolved = new java.util.TreeSet<>();
        while (ref.find()) {
            if (!schemas.containsKey(ref.group(1))) unresolved.add(ref.group(1));
        }
        if (!unresolved.isEmpty()) problems.add("no-unresolved-refs: " + unresolved);
        assertThat(problems).isEmpty();
    }
}
