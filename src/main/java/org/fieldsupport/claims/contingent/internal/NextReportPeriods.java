package org.fieldsupport.claims.contingent.internal;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.fieldsupport.claims.inspection.internal.InspectionStore;
import org.fieldsupport.claims.shared.internal.ClaimsAccess;
import org.fieldsupport.claims.shared.internal.ClaimsPermissions;
import org.fieldsupport.claims.shared.internal.CoeClock;
import org.fieldsupport.platform.security.Scope;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The months a contingent's next verification report would cover, for the "compute the report" links of the
 * mission COE page and the inspection pages (issue 12.6): from the month after the last report's period (the
 * deployment month when there is none) to the last complete month (the current month is still running), within
 * deployment. Offered only to a user who may compute reports for the mission, and only when a month is left.
 */
@Service
public class NextReportPeriods {

    /** The months pre-filled in the compute form. */
    public record Period(YearMonth from, YearMonth to) { }

    private final JdbcClient jdbc;
    private final ClaimsAccess access;
    private final CoeClock clock;

    NextReportPeriods(JdbcClient jdbc, ClaimsAccess access, CoeClock clock) {
        this.jdbc = jdbc;
        this.access = access;
        this.clock = clock;
    }

    /** By contingent id, for those of {@code contingents} that have a month to report; one statement. */
    @Transactional(readOnly = true)
    public Map<Long, Period> of(String missionCode, Collection<Deployment> contingents) {
        Map<Long, Period> periods = new LinkedHashMap<>();
        if (contingents.isEmpty() || !access.may(ClaimsPermissions.VERIFICATION_SUBMIT, Scope.mission(missionCode))) {
            return periods;
        }
        Map<Long, LocalDate> lastReported = new HashMap<>();
        jdbc.sql("SELECT contingent_id, MAX(period_to) FROM claims_verification_report WHERE mission_code = ? "
                        + "GROUP BY contingent_id")
                .param(missionCode)
                .query((rs, n) -> lastReported.put(rs.getLong(1), rs.getObject(2, LocalDate.class))).list();
        YearMonth lastComplete = YearMonth.from(clock.today()).minusMonths(1);
        for (Deployment c : contingents) {
            Period p = period(c.deployedOn(), c.repatriatedOn(), lastReported.get(c.id()), lastComplete);
            if (p != null) {
                periods.put(c.id(), p);
            }
        }
        return periods;
    }

    /** One contingent's next period, or null. */
    public Period of(InspectionStore.Head head) {
        return of(head.missionCode(), List.of(new Deployment(head.id(), head.deployedOn(), head.repatriatedOn())))
                .get(head.id());
    }

    /** A contingent's deployment, as the pages have it. */
    public record Deployment(long id, LocalDate deployedOn, LocalDate repatriatedOn) { }

    /** The rule, without the database: plain so it is unit-tested. */
    static Period period(LocalDate deployedOn, LocalDate repatriatedOn, LocalDate lastReportedTo,
                         YearMonth lastComplete) {
        if (deployedOn == null) {
            return null;
        }
        YearMonth from = lastReportedTo == null ? YearMonth.from(deployedOn) : YearMonth.from(lastReportedTo).plusMonths(1);
        YearMonth to = repatriatedOn == null || YearMonth.from(repatriatedOn).isAfter(lastComplete)
                ? lastComplete : YearMonth.from(repatriatedOn);
        if (from.isAfter(to)) {
            return null;
        }
        return new Period(from, to);
    }
}
