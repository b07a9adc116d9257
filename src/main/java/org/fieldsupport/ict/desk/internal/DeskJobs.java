package org.fieldsupport.ict.desk.internal;

import java.time.Duration;
import org.fieldsupport.platform.jobs.JobLock;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Every five minutes, once across nodes: the breach sweep of the service desks. */
@Component
class DeskJobs {

    private final JobLock lock;
    private final DeskService desk;

    DeskJobs(JobLock lock, DeskService desk) {
        this.lock = lock;
        this.desk = desk;
    }

    @Scheduled(fixedDelayString = "${fsp.ict.breach-sweep:PT5M}", initialDelayString = "PT2M")
    void sweep() {
        lock.runOnce("ict.desk.breach-sweep", Duration.ofMinutes(4), Duration.ofMinutes(1), () -> desk.sweep(desk.now()));
    }
}
