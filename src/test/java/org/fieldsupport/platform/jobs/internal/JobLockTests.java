package org.fieldsupport.platform.jobs.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.fieldsupport.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;

/** Two application nodes sharing one database: a scheduled job runs on one of them per round. */
@IntegrationTest
class JobLockTests {

    @Autowired JdbcClient jdbc;
    @Autowired PlatformTransactionManager transactions;

    @Test
    void while_one_node_runs_a_job_the_other_skips_it_and_after_the_minimum_hold_it_runs_again() {
        JdbcJobLock nodeA = new JdbcJobLock(jdbc, transactions);
        JdbcJobLock nodeB = new JdbcJobLock(jdbc, transactions);
        assertThat(nodeA.node()).isNotEqualTo(nodeB.node());
        String job = "test." + UUID.randomUUID();
        AtomicInteger runs = new AtomicInteger();
        boolean[] bRan = new boolean[1];

        boolean aRan = nodeA.runOnce(job, Duration.ofMinutes(10), Duration.ZERO, () -> {
            runs.incrementAndGet();
            bRan[0] = nodeB.runOnce(job, Duration.ofMinutes(10), Duration.ZERO, runs::incrementAndGet);
        });

        assertThat(aRan).isTrue();
        assertThat(bRan[0]).isFalse();
        assertThat(runs).hasValue(1);
        // released (no minimum hold): the next round runs on whichever node asks
        assertThat(nodeB.runOnce(job, Duration.ofMinutes(10), Duration.ZERO, runs::incrementAndGet)).isTrue();
        assertThat(runs).hasValue(2);
        // held at least one hour: the same round is not run again by the other node
        assertThat(nodeA.runOnce(job, Duration.ofMinutes(10), Duration.ofHours(1), runs::incrementAndGet)).isTrue();
        assertThat(nodeB.runOnce(job, Duration.ofMinutes(10), Duration.ZERO, runs::incrementAndGet)).isFalse();
        assertThat(runs).hasValue(3);
    }

    @Test
    void a_failing_job_releases_its_lock() {
        JdbcJobLock node = new JdbcJobLock(jdbc, transactions);
        String job = "test." + UUID.randomUUID();
        try {
            node.runOnce(job, Duration.ofMinutes(10), Duration.ZERO, () -> { throw new IllegalStateException("boom"); });
        } catch (IllegalStateException expected) {
            // the job's own failure propagates
        }
        assertThat(node.runOnce(job, Duration.ofMinutes(10), Duration.ZERO, () -> { })).isTrue();
    }
}
