package org.fieldsupport.platform.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import javax.sql.DataSource;
import org.fieldsupport.platform.ops.RequestIds;
import org.fieldsupport.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.slf4j.MDC;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.transaction.support.TransactionTemplate;

@IntegrationTest
class AuditTrailTests {

    @Autowired MockMvc mvc;
    @Autowired ApplicationEventPublisher events;
    @Autowired TransactionTemplate tx;
    @Autowired JdbcClient jdbc;
    @Autowired DataSource dataSource;

    record Unit(String code, String name, BigDecimal budget) { }

    private static RequestPostProcessor auditor() {
        return user("admin").roles("ADMINISTRATOR");
    }

    private void change(String actor, String requestId, DataChanged event) {
        change(actor, requestId, event, null);
    }

    private void change(String actor, String requestId, DataChanged event, DataChanges changes) {
        Object published = event != null ? event : changes;
        SecurityContextHolder.getContext().setAuthentication(new TestingAuthenticationToken(actor, "n/a", "ROLE_USER"));
        MDC.put(RequestIds.MDC_KEY, requestId);
        try {
            tx.executeWithoutResult(status -> events.publishEvent(published));
        } finally {
            SecurityContextHolder.clearContext();
            MDC.remove(RequestIds.MDC_KEY);
        }
    }

    private boolean onPostgres() throws Exception {
        try (Connection c = dataSource.getConnection()) {
            return c.getMetaData().getDatabaseProductName().toLowerCase().contains("postgres");
        }
    }

    @Test
    void a_change_is_recorded_with_actor_request_id_and_before_after() throws Exception {
        String id = UUID.randomUUID().toString();
        change("budget.officer", "req-" + id.substring(0, 8),
                DataChanged.created("TestUnit", id, new Unit("DFS", "Field Support", new BigDecimal("10.50"))));
        change("budget.officer", "req-2",
                DataChanged.updated("TestUnit", id, new Unit("DFS", "Field Support", new BigDecimal("10.50")),
                        new Unit("DFS", "Department of Field Support", new BigDecimal("10.50"))));

        mvc.perform(get("/api/v1/audit/records").param("entityType", "TestUnit").param("entityId", id)
                        .param("sort", "sequence,asc").with(auditor()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.totalElements").value(2))
                .andExpect(jsonPath("$.content[0].action").value("CREATE"))
                .andExpect(jsonPath("$.content[0].actor").value("budget.officer"))
                .andExpect(jsonPath("$.content[0].requestId").value("req-" + id.substring(0, 8)))
                .andExpect(jsonPath("$.content[0].before").isEmpty())
                .andExpect(jsonPath("$.content[0].after.name").value("Field Support"))
                .andExpect(jsonPath("$.content[1].action").value("UPDATE"))
                .andExpect(jsonPath("$.content[1].before.name").value("Field Support"))
                .andExpect(jsonPath("$.content[1].after.name").value("Department of Field Support"))
                .andExpect(jsonPath("$.content[1].previousHash").isNotEmpty());
    }

    @Test
    void before_and_after_are_stored_with_sorted_keys() {
        String id = UUID.randomUUID().toString();
        change("clerk", "r", DataChanged.created("TestMap", id, Map.of("zeta", 1, "alpha", 2, "mid", 3)));
        String after = jdbc.sql("SELECT after_json FROM audit_record WHERE entity_type = 'TestMap' AND entity_id = ?")
                .param(id).query(String.class).single();
        assertThat(after).isEqualTo("{\"alpha\":2,\"mid\":3,\"zeta\":1}");
    }

    @Test
    void a_change_rolled_back_leaves_no_record() {
        String id = UUID.randomUUID().toString();
        assertThatThrownBy(() -> tx.executeWithoutResult(status -> {
            events.publishEvent(DataChanged.created("TestUnit", id, Map.of("x", 1)));
            throw new IllegalStateException("business write failed");
        })).isInstanceOf(IllegalStateException.class);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_record WHERE entity_id = ?").param(id)
                .query(Long.class).single()).isZero();
    }

    @Test
    void a_change_published_outside_a_transaction_is_recorded_in_its_own() {
        String id = UUID.randomUUID().toString();
        events.publishEvent(DataChanged.deleted("TestUnit", id, Map.of("code", "X")));
        assertThat(jdbc.sql("SELECT actor FROM audit_record WHERE entity_id = ?").param(id)
                .query(String.class).single()).isEqualTo("system");
    }

    @Test
    void concurrent_writers_keep_the_chain_linear_and_valid() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(4);
        String batch = UUID.randomUUID().toString();
        try {
            List<Future<?>> futures = new ArrayList<>();
            for (int t = 0; t < 4; t++) {
                int thread = t;
                futures.add(pool.submit(() -> {
                    for (int i = 0; i < 10; i++) {
                        change("writer" + thread, "r" + thread,
                                DataChanged.created("TestConcurrent", batch + "-" + thread + "-" + i, Map.of("i", i)));
                    }
                }));
            }
            for (Future<?> f : futures) {
                f.get();
            }
        } finally {
            pool.shutdown();
        }
        assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_record WHERE entity_id LIKE ?").param(batch + "%")
                .query(Long.class).single()).isEqualTo(40);
        mvc.perform(get("/api/v1/audit/verify").with(auditor()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.valid").value(true))
                .andExpect(jsonPath("$.firstBrokenRecord").isEmpty());
    }

    @Test
    void changes_published_together_are_recorded_in_order_chained_and_roll_back_together() throws Exception {
        String batch = UUID.randomUUID().toString();
        List<DataChanged> changes = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            changes.add(DataChanged.created("TestBatch", batch + "-" + i, Map.of("i", i)));
        }
        // interleaved with single writers, so the batch's records sit between theirs in the chain
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            Future<?> single = pool.submit(() -> {
                for (int i = 0; i < 5; i++) {
                    change("single", "rs", DataChanged.created("TestBatch", batch + "-single-" + i, Map.of("i", i)));
                }
            });
            Future<?> together = pool.submit(() -> change("batcher", "rb", null, new DataChanges(changes)));
            single.get();
            together.get();
        } finally {
            pool.shutdown();
        }
        List<Map<String, Object>> rows = jdbc.sql("""
                SELECT sequence_no, actor, request_id, entity_id FROM audit_record WHERE entity_id LIKE ?
                AND actor = 'batcher' ORDER BY sequence_no""").param(batch + "-%").query().listOfRows();
        assertThat(rows).extracting(r -> r.get("entity_id"))
                .containsExactly(batch + "-0", batch + "-1", batch + "-2", batch + "-3", batch + "-4");
        long first = ((Number) rows.get(0).get("sequence_no")).longValue();
        assertThat(rows).extracting(r -> ((Number) r.get("sequence_no")).longValue())
                .as("consecutive: appended under one lock")
                .containsExactly(first, first + 1, first + 2, first + 3, first + 4);
        assertThat(rows).extracting(r -> r.get("request_id")).containsOnly("rb");
        mvc.perform(get("/api/v1/audit/verify").with(auditor()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.valid").value(true));

        String rolledBack = UUID.randomUUID().toString();
        assertThatThrownBy(() -> tx.executeWithoutResult(status -> {
            events.publishEvent(new DataChanges(List.of(DataChanged.created("TestBatch", rolledBack, Map.of()))));
            throw new IllegalStateException("the business change fails");
        })).isInstanceOf(IllegalStateException.class);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_record WHERE entity_id = ?").param(rolledBack)
                .query(Long.class).single()).isZero();
    }

    @Test
    void a_record_altered_in_the_database_is_named_by_verification() throws Exception {
        String id = UUID.randomUUID().toString();
        change("claims.officer", "r1", DataChanged.created("TestClaim", id, Map.of("amount", "100.00")));
        change("claims.officer", "r2", DataChanged.created("TestClaim", id + "-next", Map.of("amount", "5.00")));
        mvc.perform(get("/api/v1/audit/verify").with(auditor()))
                .andExpect(jsonPath("$.valid").value(true));

        Map<String, Object> target = jdbc.sql("SELECT id, sequence_no, after_json FROM audit_record WHERE entity_id = ?")
                .param(id).query().singleRow();
        long recordId = ((Number) target.get("id")).longValue();
        long sequence = ((Number) target.get("sequence_no")).longValue();
        String original = (String) target.get("after_json");
        tamper(recordId, "{\"amount\":\"1000000.00\"}");
        try {
            mvc.perform(get("/api/v1/audit/verify").with(auditor()))
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$.valid").value(false))
                    .andExpect(jsonPath("$.firstBrokenRecord.id").value(recordId))
                    .andExpect(jsonPath("$.firstBrokenRecord.sequence").value(sequence))
                    .andExpect(jsonPath("$.firstBrokenRecord.reason").value("hash-mismatch"));
        } finally {
            tamper(recordId, original);
        }
        mvc.perform(get("/api/v1/audit/verify").with(auditor()))
                .andExpect(jsonPath("$.valid").value(true));
    }

    @Test
    void the_database_refuses_to_update_or_delete_an_audit_record() {
        String id = UUID.randomUUID().toString();
        change("clerk", "r", DataChanged.created("TestUnit", id, Map.of("x", 1)));
        assertThatThrownBy(() -> jdbc.sql("UPDATE audit_record SET actor = 'someone-else' WHERE entity_id = ?")
                .param(id).update()).hasStackTraceContaining("append-only");
        assertThatThrownBy(() -> jdbc.sql("DELETE FROM audit_record WHERE entity_id = ?").param(id).update())
                .hasStackTraceContaining("append-only");
        assertThat(jdbc.sql("SELECT actor FROM audit_record WHERE entity_id = ?").param(id)
                .query(String.class).single()).isEqualTo("clerk");
    }

    @Test
    void only_administrators_and_auditors_may_verify() throws Exception {
        mvc.perform(get("/api/v1/audit/verify").with(user("nobody").roles("CLERK")))
                .andExpect(status().isForbidden());
    }

    @Test
    void the_viewer_page_shows_records_filtered_by_entity() throws Exception {
        String id = UUID.randomUUID().toString();
        change("logistics.officer", "r", DataChanged.updated("TestAsset", id, Map.of("status", "IN_STOCK"),
                Map.of("status", "ISSUED")));
        mvc.perform(get("/audit").param("entityType", "TestAsset").param("entityId", id).param("lang", "en").with(auditor()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("logistics.officer")))
                .andExpect(content().string(containsString("In stock")))
                .andExpect(content().string(containsString("Issued")));
        // issue 12.7: field labels and code values in the reader's language, no raw "null"
        change("logistics.officer", "r", DataChanged.updated("TestAsset", id, Map.of("status", "ISSUED"),
                java.util.Collections.singletonMap("closedOn", null)));
        mvc.perform(get("/audit").param("entityType", "TestAsset").param("entityId", id).param("lang", "fr").with(auditor()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(">Statut<")))
                .andExpect(content().string(containsString(">Clôturé le<")))
                .andExpect(content().string(containsString("En stock")))
                .andExpect(content().string(org.hamcrest.Matchers.not(containsString(">null<"))))
                .andExpect(content().string(org.hamcrest.Matchers.not(containsString("IN_STOCK"))));
    }

    @Test
    void a_page_larger_than_the_maximum_is_refused() throws Exception {
        mvc.perform(get("/api/v1/audit/records").param("size", "201").with(auditor()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("size"));
        mvc.perform(get("/api/v1/audit/records").param("sort", "before_json").with(auditor()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("sort"));
    }

    /** Changes a record behind the application's back: past the trigger, as an attacker with DB rights would. */
    private void tamper(long recordId, String afterJson) throws Exception {
        if (onPostgres()) {
            tx.executeWithoutResult(status -> {
                jdbc.sql("SET LOCAL session_replication_role = replica").update();
                jdbc.sql("UPDATE audit_record SET after_json = ? WHERE id = ?").params(afterJson, recordId).update();
            });
        } else {
            jdbc.sql("DROP TRIGGER audit_record_append_only").update();
            try {
                jdbc.sql("UPDATE audit_record SET after_json = ? WHERE id = ?").params(afterJson, recordId).update();
            } finally {
                jdbc.sql("CREATE TRIGGER audit_record_append_only BEFORE UPDATE, DELETE ON audit_record FOR EACH ROW "
                        + "CALL 'org.fieldsupport.platform.audit.internal.H2AppendOnlyTrigger'").update();
            }
        }
    }
}
