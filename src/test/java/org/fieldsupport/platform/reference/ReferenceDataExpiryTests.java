package org.fieldsupport.platform.reference;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import org.fieldsupport.platform.reference.internal.JdbcReferenceData;
import org.fieldsupport.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Several nodes (issue 20): each node keeps its own copy of the reference data for {@code fsp.reference-data.ttl};
 * a change written through node A is seen by node B once B's copy is older than that, with no restart and no
 * message between the nodes. Two instances on one database stand for the two nodes; their clock is driven here.
 */
@IntegrationTest
class ReferenceDataExpiryTests {

    @Autowired JdbcClient jdbc;

    @Test
    void a_change_on_node_a_is_seen_on_node_b_within_the_ttl() {
        Duration ttl = Duration.ofSeconds(60);
        AtomicLong now = new AtomicLong(0);
        JdbcReferenceData nodeA = new JdbcReferenceData(jdbc, ttl, now::get);
        JdbcReferenceData nodeB = new JdbcReferenceData(jdbc, ttl, now::get);
        String before = nodeB.currency("XCD").orElseThrow().nameEn();
        try {
            // the change, made through node A (an administrator's SQL on node A's connection), which drops its copy
            jdbc.sql("UPDATE ref_currency SET name_en = ? WHERE code = 'XCD'").param(before + " (renamed)").update();
            nodeA.refresh();
            assertThat(nodeA.currency("XCD").orElseThrow().nameEn()).isEqualTo(before + " (renamed)");

            now.addAndGet(Duration.ofSeconds(59).toNanos());
            assertThat(nodeB.currency("XCD").orElseThrow().nameEn()).as("node B within the TTL: its copy")
                    .isEqualTo(before);
            now.addAndGet(Duration.ofSeconds(2).toNanos());
            assertThat(nodeB.currency("XCD").orElseThrow().nameEn()).as("node B after the TTL: the change")
                    .isEqualTo(before + " (renamed)");
        } finally {
            jdbc.sql("UPDATE ref_currency SET name_en = ? WHERE code = 'XCD'").param(before).update();
        }
    }
}
