package org.fieldsupport.platform.jobs.internal;

import java.net.InetAddress;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.fieldsupport.platform.jobs.JobLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/** {@link JobLock} on table {@code job_lock}; each step in its own short transaction. */
@Component
class JdbcJobLock implements JobLock {

    private static final Logger log = LoggerFactory.getLogger(JdbcJobLock.class);

    private final JdbcClient jdbc;
    private final TransactionTemplate tx;
    private final String node;
    private final Clock clock = Clock.systemUTC();

    JdbcJobLock(JdbcClient jdbc, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.tx = new TransactionTemplate(transactions);
        this.tx.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        String host;
        try {
            host = InetAddress.getLocalHost().getHostName();
        } catch (Exception e) {
            host = "node";
        }
        this.node = (host + "/" + UUID.randomUUID().toString().substring(0, 8));
    }

    String node() {
        return node;
    }

    @Override
    public boolean runOnce(String job, Duration atMost, Duration atLeast, Runnable work) {
        Instant start = Instant.now(clock);
        if (!acquire(job, start, start.plus(atMost))) {
            log.debug("Job {} skipped: locked by another node", job);
            return false;
        }
        try {
            work.run();
            return true;
        } finally {
            Instant earliest = start.plus(atLeast);
            Instant now = Instant.now(clock);
            Instant until = earliest.isAfter(now) ? earliest : now;
            tx.executeWithoutResult(s -> jdbc.sql("UPDATE job_lock SET locked_until = ? WHERE name = ? AND locked_by = ?")
                    .params(Timestamp.from(until), job, node).update());
        }
    }

    boolean acquire(String job, Instant now, Instant until) {
        Boolean taken = tx.execute(s -> jdbc.sql("""
                        UPDATE job_lock SET locked_until = ?, locked_at = ?, locked_by = ?
                        WHERE name = ? AND locked_until <= ?""")
                .params(Timestamp.from(until), Timestamp.from(now), node, job, Timestamp.from(now))
                .update() == 1);
        if (Boolean.TRUE.equals(taken)) {
            return true;
        }
        try {
            return Boolean.TRUE.equals(tx.execute(s -> jdbc.sql(
                            "INSERT INTO job_lock (name, locked_until, locked_at, locked_by) VALUES (?, ?, ?, ?)")
                    .params(job, Timestamp.from(until), Timestamp.from(now), node).update() == 1));
        } catch (DataIntegrityViolationException e) {
            return false;   // the row exists and is locked by another node
        }
    }
}
