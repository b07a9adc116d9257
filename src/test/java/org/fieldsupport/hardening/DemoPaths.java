package org.fieldsupport.hardening;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

import com.jayway.jsonpath.JsonPath;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * The application's endpoints, read from its handler mappings, and concrete paths for their patterns with sample
 * path variables from demo data: {@code /api/v1/x/{id}} takes the first element of the list at {@code /api/v1/x}
 * (as admin); a screen {@code /x/{id}} the first element of {@code /api/v1/x}; else a value of {@link #SAMPLES}, else
 * {@code 1} (a placeholder). Shared by the matrix, fuzz and money tests so new modules join them without a list.
 */
final class DemoPaths {

    /** Sample values of path variables that no list endpoint gives: {@code variable} or {@code pattern#variable}. */
    static final Map<String, String> SAMPLES = Map.ofEntries(
            Map.entry("month", "2026-08"),
            Map.entry("format", "csv"),
            Map.entry("lang", "en"),
            Map.entry("locale", "en"),
            Map.entry("year", "2026"),
            Map.entry("memberState", "BGD"),
            Map.entry("missionCode", "MINUSCA"),
            Map.entry("mission", "MINUSCA"),
            Map.entry("unitCode", "DFS-LSD"),
            Map.entry("/api/v1/organization/units/{code}#code", "DFS-LSD"),
            Map.entry("/api/v1/organization/positions/{code}#code", "DFS-HEAD"),
            Map.entry("/api/v1/organization/persons/{key}#key", "admin"));

    private static final Pattern VARIABLE = Pattern.compile("\\{\\*?([^}:]+)(:[^}]*)?}");

    record Endpoint(HttpMethod method, String pattern, String handler, Class<?> beanType,
                    java.lang.reflect.Method javaMethod) { }

    record Resolved(String path, boolean placeholder) { }

    private final MockMvc mvc;
    private final Map<String, List<Object>> lists = new HashMap<>();

    DemoPaths(MockMvc mvc) {
        this.mvc = mvc;
    }

    static List<Endpoint> endpoints(ApplicationContext context) {
        Set<Endpoint> endpoints = new LinkedHashSet<>();
        for (RequestMappingHandlerMapping mapping : context.getBeansOfType(RequestMappingHandlerMapping.class).values()) {
            for (Map.Entry<RequestMappingInfo, HandlerMethod> e : mapping.getHandlerMethods().entrySet()) {
                HandlerMethod h = e.getValue();
                String handler = h.getBeanType().getSimpleName() + "#" + h.getMethod().getName();
                Set<RequestMethod> methods = e.getKey().getMethodsCondition().getMethods();
                for (String pattern : e.getKey().getPatternValues()) {
                    if (methods.isEmpty()) {
                        endpoints.add(new Endpoint(HttpMethod.GET, pattern, handler, h.getBeanType(), h.getMethod()));
                    }
                    for (RequestMethod m : methods) {
                        if (m != RequestMethod.HEAD && m != RequestMethod.OPTIONS && m != RequestMethod.TRACE) {
                            endpoints.add(new Endpoint(HttpMethod.valueOf(m.name()), pattern, handler, h.getBeanType(),
                                    h.getMethod()));
                        }
                    }
                }
            }
        }
        List<Endpoint> sorted = new ArrayList<>(endpoints);
        sorted.sort((a, b) -> (a.pattern() + " " + a.method()).compareTo(b.pattern() + " " + b.method()));
        return sorted;
    }

    Resolved resolve(String pattern) {
        Matcher m = VARIABLE.matcher(pattern);
        StringBuilder path = new StringBuilder();
        int last = 0;
        boolean placeholder = false;
        while (m.find()) {
            path.append(pattern, last, m.start());
            String name = m.group(1);
            String value = SAMPLES.get(pattern + "#" + name);
            if (value == null) {
                value = fromList(path.toString(), name);
            }
            if (value == null) {
                value = SAMPLES.get(name);
            }
            if (value == null) {
                value = "1";
                placeholder = true;
            }
            path.append(value);
            last = m.end();
        }
        path.append(pattern.substring(last));
        return new Resolved(path.toString(), placeholder);
    }

    private String fromList(String prefix, String variable) {
        String collection = prefix.endsWith("/") ? prefix.substring(0, prefix.length() - 1) : prefix;
        List<String> candidates = new ArrayList<>();
        candidates.add(collection);
        if (!collection.startsWith("/api/")) {
            candidates.add("/api/v1" + collection);
        }
        for (String candidate : candidates) {
            List<Object> items = lists.computeIfAbsent(candidate, this::list);
            if (items.isEmpty() || !(items.get(0) instanceof Map<?, ?> first)) {
                continue;
            }
            for (String field : fieldsFor(variable)) {
                Object value = first.get(field);
                if (value != null && !(value instanceof Map) && !(value instanceof List)) {
                    return String.valueOf(value);
                }
            }
        }
        return null;
    }

    private static List<String> fieldsFor(String variable) {
        List<String> fields = new ArrayList<>(List.of(variable));
        if (variable.endsWith("Id") && variable.length() > 2) {
            fields.add("id");
        }
        if (variable.endsWith("Code") && variable.length() > 4) {
            fields.add("code");
        }
        fields.addAll(List.of("id", "code", "reference", "key", "number", "username"));
        return fields;
    }

    private List<Object> list(String path) {
        if (path.isEmpty() || path.contains("{") || path.startsWith("/v3/")) {
            return List.of();
        }
        try {
            MockHttpServletResponse r = mvc.perform(request(HttpMethod.GET, path).with(user("admin"))
                    .accept(MediaType.APPLICATION_JSON)).andReturn().getResponse();
            if (r.getStatus() != 200 || r.getContentType() == null || !r.getContentType().contains("json")) {
                return List.of();
            }
            Object json = JsonPath.read(r.getContentAsString(StandardCharsets.UTF_8), "$");
            if (json instanceof List<?> l) {
                return new ArrayList<>(l);
            }
            if (json instanceof Map<?, ?> map) {
                for (String key : List.of("content", "items", "results", "data")) {
                    if (map.get(key) instanceof List<?> l) {
                        return new ArrayList<>(l);
                    }
                }
            }
            return List.of();
        } catch (Exception e) {
            return List.of();
        }
    }
}
