package org.fieldsupport.platform.api.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

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
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

@IntegrationTest
class IdempotencyTests {

    private static final String RECORDS = "/api/v1/test/idempotent/records";

    @Autowired MockMvc mvc;

    private static MockHttpServletRequestBuilder create(String user, String key, String name) {
        MockHttpServletRequestBuilder request = post(RECORDS).with(user(user)).with(csrf())
                .contentType(MediaType.APPLICATION_JSON).content("{\"name\":\"" + name + "\"}");
        return key == null ? request : request.header("Idempotency-Key", key);
    }

    private static long countNamed(String name) {
        return IdempotencyTestController.RECORDS.values().stream().filter(name::equals).count();
    }

    @Test
    void a_retried_request_with_the_same_key_and_body_gets_the_first_answer_again() throws Exception {
        String key = UUID.randomUUID().toString();
        String name = "retry-" + key;
        MockHttpServletResponse first = mvc.perform(create("clerk", key, name))
                .andExpect(status().isCreated())
                .andExpect(header().doesNotExist("Idempotent-Replayed"))
                .andReturn().getResponse();

        MockHttpServletResponse second = mvc.perform(create("clerk", key, name))
                .andExpect(status().isCreated())
                .andExpect(header().string("Idempotent-Replayed", "true"))
                .andReturn().getResponse();

        assertThat(second.getContentAsString()).isEqualTo(first.getContentAsString());
        assertThat(second.getHeader("Location")).isEqualTo(first.getHeader("Location"));
        assertThat(countNamed(name)).isEqualTo(1);
    }

    @Test
    void reusing_a_key_for_another_body_is_refused_with_422() throws Exception {
        String key = UUID.randomUUID().toString();
        mvc.perform(create("clerk", key, "first-" + key)).andExpect(status().isCreated());

        mvc.perform(create("clerk", key, "other-" + key))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.type").value("https://fieldsupport.org/problems/idempotency-key-reused"));
        assertThat(countNamed("other-" + key)).isZero();
    }

    @Test
    void without_the_header_each_call_executes() throws Exception {
        String name = "plain-" + UUID.randomUUID();
        mvc.perform(create("clerk", null, name)).andExpect(status().isCreated());
        mvc.perform(create("clerk", null, name)).andExpect(status().isCreated());
        assertThat(countNamed(name)).isEqualTo(2);
    }

    @Test
    void the_same_key_from_another_user_is_another_request() throws Exception {
        String key = UUID.randomUUID().toString();
        String name = "shared-" + key;
        mvc.perform(create("clerk", key, name)).andExpect(status().isCreated());
        mvc.perform(create("auditor", key, name))
                .andExpect(status().isCreated())
                .andExpect(header().doesNotExist("Idempotent-Replayed"));
        assertThat(countNamed(name)).isEqualTo(2);
    }

    @Test
    void a_failed_call_frees_the_key_so_the_retry_executes() throws Exception {
        String key = UUID.randomUUID().toString();
        String name = "failing-" + key;
        for (int attempt = 0; attempt < 2; attempt++) {
            mvc.perform(post("/api/v1/test/idempotent/failing").with(user("clerk")).with(csrf())
                            .header("Idempotency-Key", key).contentType(MediaType.APPLICATION_JSON)
                            .content("{\"name\":\"" + name + "\"}"))
                    .andExpect(status().isInternalServerError())
                    .andExpect(header().doesNotExist("Idempotent-Replayed"));
        }
        assertThat(countNamed(name)).isEqualTo(2);
    }

    @Test
    void concurrent_duplicates_do_not_both_execute() throws Exception {
        String key = UUID.randomUUID().toString();
        String name = "concurrent-" + key;
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Integer>> results = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                Callable<Integer> call = () -> mvc.perform(create("clerk", key, name).param("slowMillis", "400"))
                        .andReturn().getResponse().getStatus();
                results.add(pool.submit(call));
            }
            List<Integer> statuses = new ArrayList<>();
            for (Future<Integer> result : results) {
                statuses.add(result.get());
            }
            assertThat(statuses).contains(201).allMatch(s -> s == 201 || s == 409);
        } finally {
            pool.shutdown();
        }
        assertThat(countNamed(name)).isEqualTo(1);
    }

    @Test
    void every_api_write_honours_the_key_annotated_or_not() throws Exception {
        // the balancer retries a keyed write on the other node when the first died under it (issue 20)
        String key = UUID.randomUUID().toString();
        String name = "unannotated-" + key;
        for (int i = 0; i < 2; i++) {
            mvc.perform(post("/api/v1/test/idempotent/not-annotated").with(user("clerk")).with(csrf())
                            .header("Idempotency-Key", key).contentType(MediaType.APPLICATION_JSON)
                            .content("{\"name\":\"" + name + "\"}"))
                    .andExpect(status().isOk())
                    .andExpect(i == 0 ? header().doesNotExist("Idempotent-Replayed")
                            : header().string("Idempotent-Replayed", "true"));
        }
        assertThat(countNamed(name)).isEqualTo(1);
    }
}
