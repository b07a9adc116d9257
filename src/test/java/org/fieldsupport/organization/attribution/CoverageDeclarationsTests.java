package org.fieldsupport.organization.attribution;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.fieldsupport.organization.AttributionFeatureContributor;
import org.fieldsupport.organization.AttributionFeatureContributor.ServedAttribution;
import org.fieldsupport.organization.Attributions;
import org.fieldsupport.organization.attribution.internal.FeatureRegistry;
import org.fieldsupport.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.server.PathContainer;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.util.pattern.PathPattern;

/**
 * Coverage that cannot lie (issue 11): every attribution any module declares as served names a path that
 * maps to a handler of the application (a screen to a GET handler) and a test class that exists and has
 * tests. Runs over every {@link AttributionFeatureContributor} bean, so a module added later is checked too.
 */
@IntegrationTest
class CoverageDeclarationsTests {

    @Autowired ApplicationContext context;
    @Autowired FeatureRegistry features;
    @Autowired Attributions attributions;
    @Autowired MockMvc mvc;
    @Autowired org.fieldsupport.platform.security.UserDirectory directory;

    @org.junit.jupiter.api.BeforeEach
    void a_staff_reader_exists() {
        org.fieldsupport.support.StaffReaders.ensure(directory, "org.reader");
    }

    @Test
    void every_declared_path_maps_to_a_handler_and_every_named_test_class_exists() {
        List<ServedAttribution> declared = new ArrayList<>();
        context.getBeansOfType(AttributionFeatureContributor.class).values()
                .forEach(c -> declared.addAll(c.servedAttributions()));
        assertThat(declared).as("some module declares something").isNotEmpty();
        Map<String, RequestMappingHandlerMapping> mappings = context.getBeansOfType(RequestMappingHandlerMapping.class);
        List<String> problems = new ArrayList<>();
        for (ServedAttribution s : declared) {
            String where = s.attributionId() + " " + s.kind() + " " + s.path();
            if (attributions.find(s.attributionId()).isEmpty()) problems.add(where + ": no such attribution in the catalogue");
            if (s.kind() == null) problems.add(where + ": no kind");
            if (s.path() == null || !s.path().startsWith("/")) {
                problems.add(where + ": path must start with /");
            } else if (!handled(mappings, s)) {
                problems.add(where + ": maps to no " + (s.kind() == ServedAttribution.Kind.SCREEN ? "GET " : "") + "handler");
            }
            if (s.kind() == ServedAttribution.Kind.API && s.path() != null && !s.path().startsWith("/api/")) {
                problems.add(where + ": an API path starts with /api/");
            }
            String testProblem = testClassProblem(s.test());
            if (testProblem != null) problems.add(where + ": test " + s.test() + " " + testProblem);
        }
        assertThat(problems).as("coverage declarations that do not hold").isEmpty();
    }

    /** The checker itself: a path nobody serves and a test class nobody wrote are caught. */
    @Test
    void the_checks_catch_a_path_without_handler_and_a_missing_test_class() {
        Map<String, RequestMappingHandlerMapping> mappings = context.getBeansOfType(RequestMappingHandlerMapping.class);
        assertThat(handled(mappings, served("/organization/no-such-screen", ServedAttribution.Kind.SCREEN))).isFalse();
        assertThat(handled(mappings, served("/organization/coverage", ServedAttribution.Kind.SCREEN))).isTrue();
        assertThat(handled(mappings, served("/organization/missions/{code}", ServedAttribution.Kind.SCREEN))).isTrue();
        assertThat(handled(mappings, served("/api/v1/organization/missions/UNMISS", ServedAttribution.Kind.API))).isTrue();
        assertThat(testClassProblem("org.fieldsupport.organization.NoSuchTests")).isNotNull();
        assertThat(testClassProblem(getClass().getName())).isNull();
        assertThat(testClassProblem(String.class.getName())).isNotNull();
    }

    @Test
    void served_means_a_screen_and_an_api_partial_means_one_of_them() {
        assertThat(FeatureRegistry.Status.of(List.of())).isEqualTo(FeatureRegistry.Status.NOT_YET);
        assertThat(FeatureRegistry.Status.of(List.of(served("/a", ServedAttribution.Kind.SCREEN))))
                .isEqualTo(FeatureRegistry.Status.PARTIAL);
        assertThat(FeatureRegistry.Status.of(List.of(served("/api/a", ServedAttribution.Kind.API))))
                .isEqualTo(FeatureRegistry.Status.PARTIAL);
        assertThat(FeatureRegistry.Status.of(List.of(served("/a", ServedAttribution.Kind.SCREEN),
                served("/api/a", ServedAttribution.Kind.API)))).isEqualTo(FeatureRegistry.Status.SERVED);
        long total = features.byModule().stream().mapToLong(FeatureRegistry.ModuleCoverage::total).sum();
        assertThat(total).isEqualTo(attributions.all().size());
    }

    @Test
    @WithMockUser(username = "org.reader")
    void the_coverage_api_names_the_test_of_each_entry_and_the_status() throws Exception {
        // Modules keep adding declarations: take an attribution that nobody declares today, not a fixed one.
        String undeclared = attributions.all().stream().map(a -> a.id())
                .filter(id -> features.servedFor(id).isEmpty()).findFirst().orElse(null);
        org.junit.jupiter.api.Assumptions.assumeTrue(undeclared != null, "every attribution is declared");
        String section = undeclared.substring(0, undeclared.lastIndexOf('.'));
        mvc.perform(get("/api/v1/organization/coverage"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[?(@.section == '5.12')].attributions[?(@.id == '5.12.a')].status").value("SERVED"))
                .andExpect(jsonPath("$[?(@.section == '5.12')].attributions[?(@.id == '5.12.a')].servedBy[*].test",
                        hasItem("org.fieldsupport.organization.delegation.web.DelegationApiTests")))
                .andExpect(jsonPath("$[?(@.section == '" + section + "')].attributions[?(@.id == '" + undeclared + "')].status")
                        .value("NOT_YET"))
                .andExpect(jsonPath("$[*].attributions[*].servedBy[*].test", not(hasItem((Object) null))));
        mvc.perform(get("/api/v1/organization/coverage/modules"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[?(@.module == 'organization')].served").isNotEmpty());
    }

    @Test
    @WithMockUser(username = "org.reader")
    void the_coverage_page_shows_a_bar_per_module() throws Exception {
        mvc.perform(get("/organization/coverage"))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("id=\"coverage-module-organization\"")))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("id=\"coverage-module-claims\"")))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("class=\"coverage-bar\"")));
    }

    private static ServedAttribution served(String path, ServedAttribution.Kind kind) {
        return new ServedAttribution("5.12.a", "x", path, kind, CoverageDeclarationsTests.class.getName());
    }

    /** A declared path (variables like {code} allowed) is handled when some mapping's pattern matches it. */
    static boolean handled(Map<String, RequestMappingHandlerMapping> mappings, ServedAttribution s) {
        PathContainer path = PathContainer.parsePath(s.path());
        for (RequestMappingHandlerMapping mapping : mappings.values()) {
            for (RequestMappingInfo info : mapping.getHandlerMethods().keySet()) {
                if (info.getPathPatternsCondition() == null) continue;
                boolean methodOk = s.kind() != ServedAttribution.Kind.SCREEN
                        || info.getMethodsCondition().getMethods().isEmpty()
                        || info.getMethodsCondition().getMethods().contains(RequestMethod.GET);
                if (!methodOk) continue;
                for (PathPattern p : info.getPathPatternsCondition().getPatterns()) {
                    if (p.getPatternString().equals(s.path()) || p.matches(path)) return true;
                }
            }
        }
        return false;
    }

    /** null when the class exists and has at least one JUnit test method; else what is wrong. */
    static String testClassProblem(String name) {
        if (name == null || name.isBlank()) return "is not named";
        Class<?> type;
        try {
            type = Class.forName(name, false, CoverageDeclarationsTests.class.getClassLoader());
        } catch (ClassNotFoundException e) {
            return "does not exist";
        }
        for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
            for (Method m : c.getDeclaredMethods()) {
                if (Arrays.stream(m.getAnnotations()).anyMatch(a -> a.annotationType().getName().startsWith("org.junit.jupiter.api.Test")
                        || a.annotationType().getName().startsWith("org.junit.jupiter.params.ParameterizedTest"))) {
                    return null;
                }
            }
        }
        return "has no test method";
    }
}
