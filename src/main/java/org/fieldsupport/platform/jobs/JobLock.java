package org.fieldsupport.platform.jobs;

import java.time.Duration;

/**
 * Runs scheduled work once even when several application nodes share one database: the first node to take the
 * job's row in {@code job_lock} (a conditional UPDATE, or the INSERT of the row) runs it; the others skip this
 * round. The lock is held at most {@code atMost} (a node that dies frees it then) and at least {@code atLeast} (so a
 * node whose clock fires a little later does not run the same round again). The same algorithm as ShedLock's JDBC
 * provider, without the library.
 * <pre>{@code
 * @Scheduled(cron = "0 0 6 * * *", zone = "UTC")
 * void daily() { jobLock.runOnce("notices.digest", Duration.ofMinutes(30), Duration.ofMinutes(5), digest::send); }
 * }</pre>
 */
public interface JobLock {

    /** @return true when this node ran the job, false when another node holds the lock */
    boolean runOnce(String job, Duration atMost, Duration atLeast, Runnable work);
}
