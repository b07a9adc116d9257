package org.fieldsupport.personnel.staff.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.fieldsupport.personnel.shared.PersonnelAccess;
import org.fieldsupport.personnel.shared.PersonnelPermissions;
import org.fieldsupport.platform.security.Scope;
import org.fieldsupport.platform.work.Assignee;
import org.fieldsupport.platform.work.NewWorkItem;
import org.fieldsupport.platform.work.WorkItems;
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
 * Contract-expiry and step-increment reminders as work items ("My work") of the HR officers of the staff member's
 * mission (role {@code HR_OFFICER} in the mission's scope), due on the contract end / increment date, opened for
 * the next {@value #HORIZON_DAYS} days: at start-up (after the demo data), every night, and on demand. Opening is
 * idempotent (one open item per record and assignee); the decision that answers an item closes it (extension or
 * separation for a contract, the increment for a step).
 */
@Component
@Order(450)
public class ReminderWorkItems implements ApplicationRunner {

    public static final int HORIZON_DAYS = 90;
    private static final Logger log = LoggerFactory.getLogger(ReminderWorkItems.class);

    private final JdbcClient jdbc;
    private final WorkItems workItems;
    private final PersonnelAccess access;

    private final org.fieldsupport.platform.jobs.JobLock jobLock;
    private final org.springframework.beans.factory.ObjectProvider<ReminderWorkItems> self;

    ReminderWorkItems(JdbcClient jdbc, WorkItems workItems, PersonnelAccess access,
                      org.fieldsupport.platform.jobs.JobLock jobLock,
                      org.springframework.beans.factory.ObjectProvider<ReminderWorkItems> self) {
        this.jobLock = jobLock;
        this.self = self;
        this.jdbc = jdbc;
        this.workItems = workItems;
        this.access = access;
    }

    @Override
    public void run(ApplicationArguments args) {
        // several nodes start together: one of them opens the reminders (platform.jobs, issue 20)
        jobLock.runOnce("personnel.reminders.startup", java.time.Duration.ofMinutes(10), java.time.Duration.ofSeconds(30),
                () -> log.info("Personnel reminders opened as work items: {}", self.getObject().openAll()));
    }

    /** Nightly, once across the nodes sharing the database. */
    @Scheduled(cron = "${fsp.personnel.reminders-cron:0 20 2 * * *}", zone = "UTC")
    void nightly() {
        jobLock.runOnce("personnel.reminders", java.time.Duration.ofMinutes(30), java.time.Duration.ofMinutes(5),
                () -> self.getObject().openAll());
    }

    @Transactional
    public int openAll() {
        return open(Optional.empty());
    }

    /** On demand, for the missions where the user administers staff. */
    @Transactional
    public int openForCurrentUser(String mission) {
        Optional<Set<String>> missions = access.missionsFor(PersonnelPermissions.STAFF_MANAGE, mission);
        return open(missions);
    }

    record Due(long id, String index, String name, String mission, LocalDate due, String kind) { }

    private int open(Optional<Set<String>> missions) {
        LocalDate today = StaffService.today();
        LocalDate horizon = today.plusDays(HORIZON_DAYS);
        java.util.Map<String, Object> params = new java.util.HashMap<>();
        params.put("today", today);
        params.put("horizon", horizon);
        String scope = missions.map(m -> {
            params.put("missions", m.isEmpty() ? Set.of("-") : m);
            return " AND mission_code IN (:missions)";
        }).orElse("");
        List<Due> due = new java.util.ArrayList<>();
        due.addAll(jdbc.sql("SELECT id, index_number, full_name, mission_code, contract_end FROM pers_staff"
                        + " WHERE status = 'ACTIVE' AND contract_end BETWEEN :today AND :horizon" + scope).params(params)
                .query((rs, n) -> new Due(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getObject(5, LocalDate.class), StaffService.CONTRACT_REMINDER)).list());
        due.addAll(jdbc.sql("SELECT id, index_number, full_name, mission_code, next_step_date FROM pers_staff"
                        + " WHERE status = 'ACTIVE' AND next_step_date <= :horizon" + scope).params(params)
                .query((rs, n) -> new Due(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getObject(5, LocalDate.class), StaffService.STEP_REMINDER)).list());
        for (Due d : due) {
            workItems.open(NewWorkItem.of(d.kind(), d.id(), d.index(), "/personnel/staff/" + d.id(),
                    Assignee.role(PersonnelPermissions.ROLE_HR_OFFICER, Scope.mission(d.mission())), d.due(),
                    StaffService.CONTRACT_REMINDER.equals(d.kind()) ? "personnel.work.contractExpiry"
                            : "personnel.work.stepIncrement", d.name(), d.due()));
        }
        return due.size();
    }
}
