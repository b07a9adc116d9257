package org.fieldsupport.platform.api.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.fieldsupport.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.util.ServletRequestPathUtils;
import org.springframework.web.util.pattern.PathPattern;

/** The lookup shortcut never passes over a mapping that matches, for every mapping of the application. */
@IntegrationTest
class PrefixFilteredHandlerMappingTests {

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mapping;

    @Test
    void the_application_runs_on_the_shortcut() {
        assertThat(mapping).isInstanceOf(PrefixFilteredHandlerMapping.class);
    }

    @Test
    void every_mapping_is_still_found_for_a_path_it_matches_and_others_are_passed_over() {
        PrefixFilteredHandlerMapping filtered = (PrefixFilteredHandlerMapping) mapping;
        Map<RequestMappingInfo, HandlerMethod> all = mapping.getHandlerMethods();
        assertThat(all).hasSizeGreaterThan(500);
        List<String> wronglyPassedOver = new ArrayList<>();
        int checked = 0;
        int passedOver = 0;
        for (RequestMappingInfo info : all.keySet()) {
            if (info.getPathPatternsCondition() == null) {
                continue;
            }
            for (PathPattern pattern : info.getPathPatternsCondition().getPatterns()) {
                MockHttpServletRequest request = request(info, example(pattern.getPatternString()));
                if (!pattern.matches(ServletRequestPathUtils.getParsedRequestPath(request).pathWithinApplication())) {
                    continue;   // our example does not fit a pattern with a regular expression: nothing to say
                }
                checked++;
                if (filtered.cannotMatch(info, request)) {
                    wronglyPassedOver.add(pattern.getPatternString());
                }
            }
            MockHttpServletRequest elsewhere = request(info, "/zz-nowhere/1");
            if (filtered.cannotMatch(info, elsewhere)) {
                passedOver++;
            }
        }
        assertThat(wronglyPassedOver).isEmpty();
        assertThat(checked).isGreaterThan(500);
        assertThat(passedOver).as("mappings passed over for a path none of them has").isGreaterThan(500);
    }

    @Test
    void the_bucketed_lookup_finds_what_spring_finds_over_every_mapping() throws Exception {
        PrefixFilteredHandlerMapping filtered = (PrefixFilteredHandlerMapping) mapping;
        assertThat(filtered.bucketSizes()).containsKeys("/api/v1/organization/units", "/claims/contingents");
        assertThat(filtered.bucketSizes().get("/api/v1/organization/units"))
                .isLessThan(mapping.getHandlerMethods().size() / 10);
        assertThat(filtered.bucketSizes()).containsKeys("/api/v1/claims/portal", "/api/v1/claims/reports", "/claims/portal");
        assertThat(filtered.bucketSizes().get("/api/v1/claims/portal")).as("deep bucket (session 7)")
                .isLessThan(60);
        List<String> paths = new ArrayList<>();
        Map<String, RequestMappingInfo> infoOf = new java.util.LinkedHashMap<>();
        for (RequestMappingInfo info : mapping.getHandlerMethods().keySet()) {
            if (info.getPathPatternsCondition() == null) continue;
            for (PathPattern pattern : info.getPathPatternsCondition().getPatterns()) {
                String path = example(pattern.getPatternString());
                paths.add(path);
                infoOf.put(path, info);
                paths.add(path + "/zz-extra");
                infoOf.put(path + "/zz-extra", info);
            }
        }
        // a path whose variable segment happens to spell a deeper bucket's literal (a record type or an id "portal"):
        // the mapping with the variable must be found there too (it is in every deep bucket under its shallow key)
        java.util.Set<String> deepKeys = filtered.bucketSizes().keySet();
        for (String path : new ArrayList<>(paths)) {
            String shallow = PrefixFilteredHandlerMapping.bucketKey(path);
            String deep = PrefixFilteredHandlerMapping.deepKey(path);
            if (shallow == null || deep == null || deepKeys.contains(deep)) continue;
            String rest = path.substring(deep.length());
            for (String key : deepKeys) {
                if (key.startsWith(shallow + "/") && key.indexOf('/', shallow.length() + 1) < 0) {
                    String variant = key + rest;
                    if (!infoOf.containsKey(variant)) {
                        paths.add(variant);
                        infoOf.put(variant, infoOf.get(path));
                    }
                }
            }
        }
        paths.addAll(List.of("/", "/zz-nowhere", "/api", "/api/v1", "/api/v1/zz-nowhere/1", "/claims/zz-nowhere"));
        List<String> differences = new ArrayList<>();
        int compared = 0;
        for (String path : paths) {
            RequestMappingInfo info = infoOf.get(path);
            for (RequestMethod method : info == null ? java.util.Set.of(RequestMethod.GET)
                    : info.getMethodsCondition().getMethods().isEmpty() ? java.util.Set.of(RequestMethod.GET)
                    : info.getMethodsCondition().getMethods()) {
                String expected = outcome(() -> filtered.lookupEveryMapping(path, request(method, path)));
                String actual = outcome(() -> filtered.lookup(path, request(method, path)));
                compared++;
                if (!expected.equals(actual)) differences.add(method + " " + path + ": " + expected + " / " + actual);
            }
        }
        assertThat(differences).isEmpty();
        assertThat(compared).isGreaterThan(1_000);
    }

    private interface Lookup {
        HandlerMethod run() throws Exception;
    }

    private static String outcome(Lookup lookup) {
        try {
            HandlerMethod m = lookup.run();
            return m == null ? "none" : m.toString();
        } catch (Exception e) {
            return e.getClass().getSimpleName();
        }
    }

    private static MockHttpServletRequest request(RequestMethod method, String path) {
        MockHttpServletRequest request = new MockHttpServletRequest(method.name(), path);
        ServletRequestPathUtils.parseAndCache(request);
        return request;
    }

    @Test
    void deep_keys_are_one_segment_more() {
        assertThat(PrefixFilteredHandlerMapping.deepKey("/api/v1/claims/portal/")).isEqualTo("/api/v1/claims/portal");
        assertThat(PrefixFilteredHandlerMapping.deepKey("/api/v1/claims/portal/BGD/summary"))
                .isEqualTo("/api/v1/claims/portal");
        assertThat(PrefixFilteredHandlerMapping.deepKey("/api/v1/claims/")).isNull();
        assertThat(PrefixFilteredHandlerMapping.deepKey("/api/v1/claims")).isNull();
        assertThat(PrefixFilteredHandlerMapping.deepKey("/claims/portal/BGD")).isEqualTo("/claims/portal");
        assertThat(PrefixFilteredHandlerMapping.deepKey("/claims/")).isNull();
        assertThat(PrefixFilteredHandlerMapping.deepKey("/claims//x")).isNull();
    }

    @Test
    void bucket_keys_are_three_segments_under_api_and_one_elsewhere() {
        assertThat(PrefixFilteredHandlerMapping.bucketKey("/api/v1/claims/portal/")).isEqualTo("/api/v1/claims");
        assertThat(PrefixFilteredHandlerMapping.bucketKey("/api/v1/claims")).isEqualTo("/api/v1/claims");
        assertThat(PrefixFilteredHandlerMapping.bucketKey("/api/v1/")).isNull();
        assertThat(PrefixFilteredHandlerMapping.bucketKey("/claims/portal/BGD")).isEqualTo("/claims");
        assertThat(PrefixFilteredHandlerMapping.bucketKey("/login")).isEqualTo("/login");
        assertThat(PrefixFilteredHandlerMapping.bucketKey("/")).isNull();
        assertThat(PrefixFilteredHandlerMapping.bucketKey("//x")).isNull();
        assertThat(PrefixFilteredHandlerMapping.bucketKey("")).isNull();
    }

    @Test
    void literal_prefixes_stop_at_the_first_variable_or_wildcard_on_a_whole_segment() {
        assertThat(PrefixFilteredHandlerMapping.literalPrefix("/api/v1/organization/units/{code}"))
                .isEqualTo("/api/v1/organization/units/");
        assertThat(PrefixFilteredHandlerMapping.literalPrefix("/files/report-{id}.pdf")).isEqualTo("/files/");
        assertThat(PrefixFilteredHandlerMapping.literalPrefix("/static/**")).isEqualTo("/static/");
        assertThat(PrefixFilteredHandlerMapping.literalPrefix("/login")).isEqualTo("/login");
        assertThat(PrefixFilteredHandlerMapping.literalPrefix("{x}")).isEmpty();
    }

    @Test
    void an_encoded_path_is_never_passed_over() {
        PrefixFilteredHandlerMapping filtered = (PrefixFilteredHandlerMapping) mapping;
        RequestMappingInfo units = mapping.getHandlerMethods().keySet().stream()
                .filter(i -> i.getPathPatternsCondition() != null && i.getPathPatternsCondition().getPatternValues()
                        .contains("/api/v1/organization/units/{code}"))
                .findFirst().orElseThrow();
        assertThat(filtered.cannotMatch(units, request(units, "/api/v1/organiz%61tion/units/DFS"))).isFalse();
        assertThat(filtered.cannotMatch(units, request(units, "/api/v1/claims/x"))).isTrue();
    }

    private static MockHttpServletRequest request(RequestMappingInfo info, String path) {
        RequestMethod method = info.getMethodsCondition().getMethods().stream().findFirst().orElse(RequestMethod.GET);
        MockHttpServletRequest request = new MockHttpServletRequest(method.name(), path);
        ServletRequestPathUtils.parseAndCache(request);
        return request;
    }

    /** A path the pattern matches: each variable or wildcard replaced by a plain value. */
    private static String example(String pattern) {
        return pattern.replaceAll("\\{\\*[^}]*}", "a/b").replaceAll("\\{[^}]*}", "x1")
                .replace("**", "a/b").replace("*", "a").replace("?", "a");
    }
}
