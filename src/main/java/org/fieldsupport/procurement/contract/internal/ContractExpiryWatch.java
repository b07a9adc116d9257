package org.fieldsupport.procurement.contract.internal;

import java.time.LocalDate;
import org.fieldsupport.platform.security.Scope;
import org.fieldsupport.platform.work.Assignee;
import org.fieldsupport.platform.work.NewWorkItem;
import org.fieldsupport.platform.work.WorkItems;
import org.fieldsupport.procurement.shared.internal.ProcurementPermissions;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Contracts ending within {@value #DAYS} days put a work item in the procurement officers' inbox ("my work"),
 * due on the contract's last day: at start-up and every night. The work kit keeps one open item per contract.
 */
@Component
@Order(450)
public class ContractExpiryWatch implements ApplicationRunner {

    public static final int DAYS = 90;
    public static final String RECORD_TYPE = "procurement.contract";
    private static final Logger log = LoggerFactory.getLogger(ContractExpiryWatch.class);

    private final JdbcClient jdbc;
    private final WorkItems workItems;

    private final org.fieldsupport.platform.jobs.JobLock jobLock;

    ContractExpiryWatch(JdbcClient jdbc, WorkItems workItems, org.fieldsupport.platform.jobs.JobLock jobLock) {
        this.jobLock = jobLock;
        this.jdbc = jdbc;
        this.workItems = workItems;
    }

    @Override
    public void run(ApplicationArguments args) {
        // several nodes start together: one of them runs the watch (platform.jobs, issue 20)
        jobLock.runOnce("procurement.expiry-watch.startup", java.time.Duration.ofMinutes(10),
                java.time.Duration.ofSeconds(30), this::watch);
    }

    private void watch() {
        try {
            log.info("Contract expiry watch: {} contracts end within {} days", check(LocalDate.now()), DAYS);
        } catch (RuntimeException e) {
            log.warn("Contract expiry watch failed: {}", e.toString());
        }
    }

    @Scheduled(cron = "${fsp.procurement.expiry-watch-cron:0 20 2 * * *}")
    void nightly() {
        jobLock.runOnce("procurement.expiry-watch", java.time.Duration.ofMinutes(30), java.time.Duration.ofMinutes(5),
                this::watch);
    }

    /** Opens (or keeps) a work item for each contract ending between {@code today} and 90 days later. */
    @Transactional
    public int check(LocalDate today) {
        var rows = jdbc.sql("SELECT id, reference, valid_to FROM proc_contract WHERE valid_to >= ? AND valid_to <= ?")
                .params(today, today.plusDays(DAYS))
                .query((rs, n) -> new Object[] {rs.getLong(1), rs.getString(2), rs.getObject(3, LocalDate.class)}).list();
        for (Object[] r : rows) {
            workItems.open(NewWorkItem.of(RECORD_TYPE, r[0], (String) r[1], "/procurement/contracts/" + r[1],
                    Assignee.role(ProcurementPermissions.ROLE_OFFICER, Scope.department()), (LocalDate) r[2],
                    "procurement.work.expiry", r[1], r[2]));
        }
        return rows.size();
    }
}
