package org.fieldsupport.platform.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.fieldsupport.platform.audit.internal.AuditVerifier;
import org.fieldsupport.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Scale-out (issue 20): two writers appending to the audit chain at once (two nodes, or two threads of one: both go
 * through the one locked row of audit_chain_head) leave one linear, verified chain with every record in it.
 */
@IntegrationTest
class AuditChainTwoWritersTests {

    @Autowired ApplicationEventPublisher events;
    @Autowired PlatformTransactionManager transactions;
    @Autowired AuditVerifier verifier;
    @Autowired JdbcTemplate jdbc;

    @Test
    void two_concurrent_writers_leave_one_verified_chain_with_every_record() throws Exception {
        long before = jdbc.queryForObject("SELECT COUNT(*) FROM audit_record", Long.class);
        int perWriter = 25;
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        List<Future<?>> futures = new ArrayList<>();
        try {
            for (int w = 0; w < 2; w++) {
                int writer = w;
                futures.add(pool.submit(() -> {
                    start.await();
                    TransactionTemplate tx = new TransactionTemplate(transactions);
                    for (int i = 0; i < perWriter; i++) {
                        int n = i;
                        tx.executeWithoutResult(s -> events.publishEvent(DataChanged.created("scale.test",
                                "W" + writer + "-" + n, Map.of("writer", writer, "n", n))));
                    }
                    return null;
                }));
            }
            start.countDown();
            for (Future<?> f : futures) f.get();
        } finally {
            pool.shutdown();
        }
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM audit_record", Long.class)).isEqualTo(before + 2L * perWriter);
        AuditVerifier.Verification v = verifier.verify();
        assertThat(v.valid()).as("chain broken at %s", v.firstBrokenRecord()).isTrue();
    }
}
