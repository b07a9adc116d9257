package org.fieldsupport.claims.contingent.domain;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;

/**
 * Operational readiness inspections are due at least every six months: the next one is due six months after the
 * last signed OPERATIONAL_READINESS inspection, or after the signed ARRIVAL inspection when there has been none
 * (or after the deployment date when not even an arrival inspection was recorded); it is overdue when today is past the due date (on the due date itself it is not yet overdue). Also the months a
 * contingent was deployed, for which a strength return is expected.
 */
public final class ReadinessSchedule {

    public static final int MONTHS_BETWEEN_INSPECTIONS = 6;

    private ReadinessSchedule() { }

    /** The due date of the next operational readiness inspection (six calendar months after its basis). */
    public static LocalDate nextDue(LocalDate deployedOn, LocalDate arrivalInspection, LocalDate lastReadinessInspection) {
        LocalDate basis = lastReadinessInspection != null ? lastReadinessInspection
                : arrivalInspection != null ? arrivalInspection : deployedOn;
        return basis.plusMonths(MONTHS_BETWEEN_INSPECTIONS);
    }

    public static boolean overdue(LocalDate due, LocalDate today) {
        return due != null && today.isAfter(due);
    }

    /** Whether the contingent is deployed on {@code today} (deployment and repatriation dates inclusive). */
    public static boolean deployedOn(LocalDate deployedOn, LocalDate repatriatedOn, LocalDate today) {
        return !deployedOn.isAfter(today) && (repatriatedOn == null || !repatriatedOn.isBefore(today));
    }

    /** Months from the deployment month to {@code upTo} (inclusive) in which the contingent was deployed. */
    public static List<YearMonth> deployedMonths(LocalDate deployedOn, LocalDate repatriatedOn, YearMonth upTo) {
        List<YearMonth> months = new ArrayList<>();
        YearMonth last = repatriatedOn != null && YearMonth.from(repatriatedOn).isBefore(upTo)
                ? YearMonth.from(repatriatedOn) : upTo;
        for (YearMonth m = YearMonth.from(deployedOn); !m.isAfter(last); m = m.plusMonths(1)) {
            months.add(m);
        }
        return months;
    }

    /** Deployed months up to {@code upTo} without a strength return. */
    public static List<YearMonth> missingReturns(LocalDate deployedOn, LocalDate repatriatedOn, YearMonth upTo,
                                                 Collection<YearMonth> returned) {
        Set<YearMonth> have = Set.copyOf(returned);
        return deployedMonths(deployedOn, repatriatedOn, upTo).stream().filter(m -> !have.contains(m)).toList();
    }
}
