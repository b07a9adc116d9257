package org.fieldsupport.personnel.leadership.internal;

import java.time.OffsetDateTime;
import java.util.List;
import org.fieldsupport.organization.MissionPhase;
import org.fieldsupport.organization.MissionPhaseChanged;
import org.fieldsupport.personnel.leadership.domain.VacancyForecast;
import org.fieldsupport.personnel.staff.internal.StaffService;
import org.fieldsupport.platform.security.Scope;
import org.fieldsupport.platform.work.Assignee;
import org.fieldsupport.platform.work.NewWorkItem;
import org.fieldsupport.platform.work.WorkItems;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Mandate and phase changes of a mission (the organisation's {@link MissionPhaseChanged}) reach the senior leadership
 * plan: when a mission with head or deputy-head posts changes phase, the section gets an item in "My work" to review
 * the forecast and the succession plans; when it enters liquidation or closes, its running calls for nominations are
 * cancelled (no appointment is made for a mission that is ending) and the item says so.
 */
@Component
class MissionPhaseWatch {

    static final String RECORD_TYPE = "personnel.leadership-mission-phase";

    private final JdbcClient jdbc;
    private final WorkItems workItems;

    MissionPhaseWatch(JdbcClient jdbc, WorkItems workItems) {
        this.jdbc = jdbc;
        this.workItems = workItems;
    }

    @ApplicationModuleListener
    void on(MissionPhaseChanged e) {
        long senior = jdbc.sql("SELECT grade_code, title FROM pers_post WHERE mission_code = ? AND status = 'ACTIVE'"
                        + " AND grade_code IN ('USG', 'ASG', 'D-2')").param(e.missionCode())
                .query((rs, n) -> VacancyForecast.roleOf(rs.getString(1), rs.getString(2))).list().stream()
                .filter(java.util.Objects::nonNull).count();
        if (senior == 0) {
            return;
        }
        int cancelled = 0;
        if (e.to() == MissionPhase.LIQUIDATION || e.to() == MissionPhase.CLOSED) {
            cancelled = jdbc.sql("UPDATE lead_call SET status = 'CANCELLED', version = version + 1, modified_by = ?,"
                            + " modified_at = ? WHERE mission_code = ? AND status IN ('OPEN', 'SHORTLISTED')")
                    .params("system", OffsetDateTime.now(), e.missionCode()).update();
        }
        String key = e.missionCode() + ":" + e.to() + ":" + e.effectiveOn();
        workItems.open(new NewWorkItem(RECORD_TYPE, key, e.missionCode(), "leadership.alert.phase",
                List.of(e.missionCode(), String.valueOf(e.to()), String.valueOf(cancelled)),
                "/personnel/leadership/forecast?mission=" + e.missionCode(),
                Assignee.role(LeadershipPermissions.ROLE_OFFICER, Scope.department()), StaffService.today().plusDays(14)));
    }
}
