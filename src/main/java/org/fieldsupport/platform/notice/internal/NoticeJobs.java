package org.fieldsupport.platform.notice.internal;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.fieldsupport.platform.jobs.JobLock;
import org.fieldsupport.platform.notice.Notice;
import org.fieldsupport.platform.notice.Notices;
import org.fieldsupport.platform.work.WorkItemOpened;
import org.fieldsupport.platform.work.internal.JdbcWorkItems;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.event.EventListener;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * When notices are made and sent: "assigned" in the transaction that opens the work item; "due soon" and "overdue"
 * by the daily deadline scan; mails every minute (one per notice) and the digest once a day. Each scheduled run
 * takes its {@link JobLock}, so two nodes never send the same mail. Without a mail sender (no
 * {@code spring.mail.host}): in-app only.
 */
@Component
public class NoticeJobs {

    private final NoticeStore store;
    private final NoticeMailer mailer;
    private final JdbcWorkItems items;
    private final JobLock lock;
    private final ObjectProvider<JavaMailSender> sender;

    NoticeJobs(NoticeStore store, NoticeMailer mailer, JdbcWorkItems items, JobLock lock,
               ObjectProvider<JavaMailSender> sender) {
        this.store = store;
        this.mailer = mailer;
        this.items = items;
        this.lock = lock;
        this.sender = sender;
    }

    @EventListener
    void assigned(WorkItemOpened opened) {
        store.tell(opened.item(), Notice.Kind.ASSIGNED);
    }

    /** Due within {@value Notices#DUE_SOON_DAYS} days, and overdue: one notice each per user and item. */
    @Transactional
    public int scanDeadlines(LocalDate today) {
        int made = 0;
        for (Long id : store.openItemsDueBetween(today, today.plusDays(Notices.DUE_SOON_DAYS))) {
            made += store.tell(items.find(id).orElseThrow(), Notice.Kind.DUE_SOON);
        }
        for (Long id : store.openItemsDueBefore(today)) {
            made += store.tell(items.find(id).orElseThrow(), Notice.Kind.OVERDUE);
        }
        return made;
    }

    @Scheduled(cron = "${fsp.notices.deadline-cron:0 0 5 * * *}", zone = "UTC")
    void daily() {
        lock.runOnce("notices.deadlines", Duration.ofMinutes(30), Duration.ofMinutes(5),
                () -> scanDeadlines(LocalDate.now(ZoneOffset.UTC)));
        JavaMailSender mail = sender.getIfAvailable();
        if (mail != null) {
            lock.runOnce("notices.digest", Duration.ofMinutes(30), Duration.ofMinutes(5),
                    () -> mailer.sendDigests(mail));
        }
    }

    @Scheduled(fixedDelayString = "${fsp.notices.mail-interval:PT1M}", initialDelayString = "PT1M")
    void mailEveryMinute() {
        JavaMailSender mail = sender.getIfAvailable();
        if (mail != null) {
            lock.runOnce("notices.mail", Duration.ofMinutes(10), Duration.ofSeconds(20),
                    () -> mailer.sendImmediate(mail));
        }
    }
}
