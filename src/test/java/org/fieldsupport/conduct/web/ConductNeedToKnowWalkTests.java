package org.fieldsupport.conduct.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.fieldsupport.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * CONDUCT-2026-v1 need-to-know on EVERY mapped conduct endpoint: the endpoints are read from the handler mappings
 * (not a hand list), and each is called, with every method it maps, as several users outside a MINUSCA case — the
 * UNMISS conduct officer, the platform administrator, the victims' assistance coordinator not given the case, and a
 * risk officer. A path naming the case answers 404; every other path answers without the case's reference, summary,
 * source or victim's identity, and the outsiders' case counts do not move.
 */
@IntegrationTest
class ConductNeedToKnowWalkTests {

    static final List<String> OUTSIDERS = List.of(ConductFixtures.UNMISS, "admin", ConductFixtures.VICTIMS, "risk.minusca");

    @Autowired
    MockMvc mvc;

    @Autowired
    ApplicationContext context;

    @Autowired
    JdbcClient jdbc;

    record Endpoint(HttpMethod method, String pattern) { }

    private List<Endpoint> conductEndpoints() {
        Set<Endpoint> endpoints = new LinkedHashSet<>();
        for (RequestMappingHandlerMapping mapping : context.getBeansOfType(RequestMappingHandlerMapping.class).values()) {
            for (Map.Entry<RequestMappingInfo, HandlerMethod> e : mapping.getHandlerMethods().entrySet()) {
                if (!e.getValue().getBeanType().getPackageName().startsWith("org.fieldsupport.conduct")) {
                    continue;
                }
                Set<RequestMethod> methods = e.getKey().getMethodsCondition().getMethods();
                for (String pattern : e.getKey().getPatternValues()) {
                    if (methods.isEmpty()) {
                        endpoints.add(new Endpoint(HttpMethod.GET, pattern));
                    }
                    for (RequestMethod m : methods) {
                        endpoints.add(new Endpoint(HttpMethod.valueOf(m.name()), pattern));
                    }
                }
            }
        }
        return new ArrayList<>(endpoints);
    }

    @Test
    void every_mapped_conduct_endpoint_hides_the_case_from_users_outside_it() throws Exception {
        List<Endpoint> endpoints = conductEndpoints();
        // the walk must cover the register, its actions, exports, counts, statistics, strategy and the read log
        assertThat(endpoints).extracting(Endpoint::pattern).contains("/api/v1/conduct/cases", "/api/v1/conduct/cases/{id}",
                "/api/v1/conduct/cases/export", "/conduct/cases/{id}", "/conduct/cases/{id}/{action}", "/conduct/cases/card",
                "/api/v1/conduct/read-log", "/api/v1/conduct/statistics", "/api/v1/conduct/reviews");
        assertThat(endpoints.size()).isGreaterThan(30);

        Map<String, String> countsBefore = new java.util.HashMap<>();
        for (String outsider : OUTSIDERS) {
            countsBefore.put(outsider, call(outsider, HttpMethod.GET, "/conduct/cases/card").getContentAsString()
                    + call(outsider, HttpMethod.GET, "/api/v1/conduct/cases?size=1").getContentAsString().replaceAll(".*\"totalElements\":(\\d+).*", "$1"));
        }
        String marker = "WALK" + System.nanoTime();
        String identity = "Walk Victim " + marker;
        long id = ConductFixtures.seaCase(mvc, ConductFixtures.MINUSCA, "MINUSCA", marker, identity);
        String reference = ConductFixtures.reference(mvc, ConductFixtures.MINUSCA, id);
        ConductFixtures.postJson(mvc, ConductFixtures.HQ, "/api/v1/conduct/cases/" + id + "/reconcile", "{}");
        long readsBefore = reads(id);

        List<String> problems = new ArrayList<>();
        for (String outsider : OUTSIDERS) {
            for (Endpoint e : endpoints) {
                String path = e.pattern().replaceAll("\\{[^}]+}", String.valueOf(id));
                MockHttpServletResponse r = call(outsider, e.method(), path);
                String body = r.getContentAsString();
                String where = outsider + " " + e.method() + " " + e.pattern() + " -> " + r.getStatus();
                if (e.pattern().contains("{")) {
                    if (r.getStatus() != 404) problems.add(where + " (expected 404)");
                } else if (r.getStatus() >= 500) {
                    problems.add(where + " (server error)");
                }
                for (String secret : List.of(reference, marker, identity)) {
                    if (body.contains(secret)) problems.add(where + " reveals " + secret);
                }
            }
            String countsAfter = call(outsider, HttpMethod.GET, "/conduct/cases/card").getContentAsString()
                    + call(outsider, HttpMethod.GET, "/api/v1/conduct/cases?size=1").getContentAsString().replaceAll(".*\"totalElements\":(\\d+).*", "$1");
            if (!countsAfter.equals(countsBefore.get(outsider))) problems.add(outsider + ": counts moved");
        }
        assertThat(problems).isEmpty();
        // nothing was read by the outsiders, and the case itself is intact
        assertThat(jdbc.sql("SELECT COUNT(*) FROM conduct_case_read WHERE case_id = ? AND username IN ('conduct.unmiss', 'admin', 'victims.assistance', 'risk.minusca')")
                .param(id).query(Long.class).single()).isZero();
        assertThat(reads(id)).isEqualTo(readsBefore);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM conduct_case_grant WHERE case_id = ?").param(id).query(Long.class).single()).isZero();
        assertThat(jdbc.sql("SELECT status FROM conduct_case WHERE id = ?").param(id).query(String.class).single()).isEqualTo("RECEIVED");
    }

    private long reads(long id) {
        return jdbc.sql("SELECT COUNT(*) FROM conduct_case_read WHERE case_id = ?").param(id).query(Long.class).single();
    }

    private MockHttpServletResponse call(String user, HttpMethod method, String path) throws Exception {
        var builder = request(method, path).with(user(user)).with(csrf()).accept(MediaType.ALL);
        if (method != HttpMethod.GET) {
            builder = builder.contentType(MediaType.APPLICATION_JSON).content("{}");
        }
        return mvc.perform(builder).andReturn().getResponse();
    }
}
