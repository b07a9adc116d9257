package org.fieldsupport.personnel.recruitment.internal;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.fieldsupport.platform.jobs.JobLock;
import org.fieldsupport.platform.workflow.TransitionInput;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Scheduled recruitment work, run once across the nodes that share the database (the platform's {@link JobLock}):
 * <ul>
 *   <li>closing the openings whose posting window has ended (POSTED → CLOSED through the workflow kit as
 *   {@value #ACTOR}, which hands the opening to the recruiter's memo; shortly after midnight New York time, when
 *   windows close);</li>
 *   <li>deleting the public careers pages' throttle records older than the throttle's window (the throttle counts the
 *   last hour; a day is kept for support), hourly.</li>
 * </ul>
 * Both crons are properties ({@code -} disables).
 */
@Component
public class RecruitmentJobs {

    static final String ACTOR = "recruitment.closing-job";
    static final String CLOSE_JOB = "personnel.recruitment.close-openings";
    static final String THROTTLE_JOB = "personnel.recruitment.throttle-cleanup";
    /** Throttle records are kept this long (the throttle itself looks back one hour). */
    static final Duration THROTTLE_KEPT = Duration.ofDays(1);

    private static final Logger log = LoggerFactory.getLogger(RecruitmentJobs.class);

    private final JobLock jobLock;
    private final JdbcClient jdbc;
    private final OpeningService openings;
    private final OpeningWorkflow workflow;
    private final RecruitmentClock clock;
    private final TransactionTemplate tx;

    RecruitmentJobs(JobLock jobLock, JdbcClient jdbc, OpeningService openings, OpeningWorkflow workflow,
                    RecruitmentClock clock, TransactionTemplate tx) {
        this.jobLock = jobLock;
        this.jdbc = jdbc;
        this.openings = openings;
        this.workflow = workflow;
        this.clock = clock;
        this.tx = tx;
    }

    @Scheduled(cron = "${fsp.recruitment.close-openings-cron:0 5 0 * * *}", zone = "America/New_York")
    public void closeOpeningsOnSchedule() {
        jobLock.runOnce(CLOSE_JOB, Duration.ofMinutes(30), Duration.ofMinutes(1), this::closeEndedPostings);
    }

    @Scheduled(cron = "${fsp.recruitment.throttle-cleanup-cron:0 17 * * * *}", zone = "UTC")
    public void cleanThrottleOnSchedule() {
        jobLock.runOnce(THROTTLE_JOB, Duration.ofMinutes(10), Duration.ofMinutes(1), this::cleanThrottle);
    }

    /** Closes every posted opening whose window has ended; each in its own transaction. Returns how many. */
    public int closeEndedPostings() {
        List<Long> ended = jdbc.sql("SELECT id FROM rec_opening WHERE status = 'POSTED' AND closes_at <= ? ORDER BY id")
                .param(Timestamp.from(clock.now())).query(Long.class).list();
        int closed = 0;
        for (Long id : ended) {
            try {
                tx.executeWithoutResult(s -> workflow.performAs(ACTOR, openings.find(id), "close",
                        TransitionInput.of(TransitionInput.NOTE, "posting window ended")));
                closed++;
            } catch (RuntimeException e) {
                // moved meanwhile (e.g. the memo was submitted): nothing to close
                log.info("Opening {} not closed: {}", id, e.getMessage());
            }
        }
        return closed;
    }

    /** Deletes throttle records older than {@link #THROTTLE_KEPT}; returns how many. */
    public int cleanThrottle() {
        Instant before = clock.now().minus(THROTTLE_KEPT);
        return tx.execute(s -> jdbc.sql("DELETE FROM rec_public_request WHERE at < ?").param(Timestamp.from(before))
                .update());
    }
}
