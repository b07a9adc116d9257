package org.fieldsupport.claims.deathdisability.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import com.jayway.jsonpath.JsonPath;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.fieldsupport.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Issue 9 item 3: concurrent death-and-disability intakes from four clients all succeed with distinct references
 * (the number comes from a counter row per Member State and year, not from a count and an existence check).
 */
@IntegrationTest
class DndReferenceConcurrencyTests {

    @Autowired
    MockMvc mvc;

    @Test
    void four_clients_creating_claims_at_once_never_collide() throws Exception {
        int clients = 4;
        int each = 6;
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        try {
            List<Future<List<Object>>> results = new ArrayList<>();
            for (int c = 0; c < clients; c++) {
                Callable<List<Object>> client = () -> {
                    List<Object> outcomes = new ArrayList<>();
                    for (int i = 0; i < each; i++) {
                        var response = mvc.perform(post("/api/v1/claims/death-disability").with(user("admin"))
                                .with(csrf()).contentType(MediaType.APPLICATION_JSON)
                                .accept(MediaType.APPLICATION_JSON)
                                .content("""
                                        {"memberState": "FJI", "missionCode": "UNIFIL", "memberName": "Concurrent",
                                         "memberNumber": "%s", "incidentDate": "2026-03-14", "kind": "DEATH",
                                         "receivedOn": "2026-04-02"}""".formatted(UUID.randomUUID())))
                                .andReturn().getResponse();
                        outcomes.add(response.getStatus() == 201
                                ? JsonPath.read(response.getContentAsString(), "$.reference")
                                : response.getStatus());
                    }
                    return outcomes;
                };
                results.add(pool.submit(client));
            }
            List<Object> all = new ArrayList<>();
            for (Future<List<Object>> result : results) {
                all.addAll(result.get());
            }
            assertThat(all).hasSize(clients * each).allMatch(o -> o instanceof String s
                    && s.startsWith("DND-FJI-2026-"));
            assertThat(all).doesNotHaveDuplicates();
        } finally {
            pool.shutdownNow();
        }
    }
}
