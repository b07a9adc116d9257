package org.fieldsupport.claims.shortfall.internal;

import java.time.LocalDate;
import java.time.ZoneOffset;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Corrective actions of shortfall cases due within {@value
 * org.fieldsupport.claims.shortfall.domain.ShortfallCaseRules#REMINDER_DAYS} days (or overdue) stay in the mission's
 * COE planning officers' inbox, due on the action's date: at start-up and every night (the work kit keeps one open
 * item per action).
 */
@Component
@Order(460)
class ShortfallReminders implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(ShortfallReminders.class);

    private final ShortfallCaseService cases;

    ShortfallReminders(ShortfallCaseService cases) {
        this.cases = cases;
    }

    @Override
    public void run(ApplicationArguments args) {
        try {
            log.info("Shortfall corrective actions due: {}", cases.remindDue(LocalDate.now(ZoneOffset.UTC)));
        } catch (RuntimeException e) {
            log.warn("Shortfall reminders failed: {}", e.toString());
        }
    }

    @Scheduled(cron = "${fsp.claims.shortfall-reminders-cron:0 35 2 * * *}")
    void nightly() {
        run(null);
    }
}
