package org.fieldsupport.ict.continuity.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.TreeSet;

/**
 * Rule set BCDR-2026-v1 (continuity tests): a test PASSes when the achieved recovery time and data-loss window are
 * both within the service's RTO and RPO (minutes), else FAILs naming which; a mission's plan is {@code TEST_OVERDUE}
 * when a service it covers has no passed test in the last 12 months (default) as of the asked date. Pure functions
 * of the recorded tests: no clock, no database.
 */
public final class Bcdr2026v1 {

    public static final String ID = "BCDR-2026-v1";
    public static final int DEFAULT_WINDOW_MONTHS = 12;

    private Bcdr2026v1() { }

    public enum Result { PASS, FAIL }

    public enum PlanStatus { CURRENT, TEST_OVERDUE }

    /** A test's verdict; {@code failedOn} is null, {@code RTO}, {@code RPO} or {@code RTO_RPO}. */
    public record Outcome(Result result, boolean rtoMissed, boolean rpoMissed) {
        public String failedOn() {
            if (rtoMissed && rpoMissed) {
                return "RTO_RPO";
            }
            return rtoMissed ? "RTO" : rpoMissed ? "RPO" : null;
        }
    }

    /** A recorded test of one service of a plan. */
    public record TestRecord(String serviceCode, LocalDate testedOn, Result result) { }

    /** The plan's status as of a date and the covered services that have no passed test in the window. */
    public record PlanVerdict(PlanStatus status, List<String> servicesWithoutPassedTest) { }

    /** Evaluates one test against the service's targets (all in minutes, none negative). */
    public static Outcome evaluate(int rtoMinutes, int rpoMinutes, int achievedRecoveryMinutes, int achievedDataLossMinutes) {
        if (rtoMinutes < 0 || rpoMinutes < 0 || achievedRecoveryMinutes < 0 || achievedDataLossMinutes < 0) {
            throw new IllegalArgumentException("minutes must not be negative");
        }
        boolean rto = achievedRecoveryMinutes > rtoMinutes;
        boolean rpo = achievedDataLossMinutes > rpoMinutes;
        return new Outcome(rto || rpo ? Result.FAIL : Result.PASS, rto, rpo);
    }

    /** {@link #planStatus(Collection, Collection, LocalDate, int)} with the default 12-month window. */
    public static PlanVerdict planStatus(Collection<String> services, Collection<TestRecord> tests, LocalDate asOf) {
        return planStatus(services, tests, asOf, DEFAULT_WINDOW_MONTHS);
    }

    /**
     * {@code TEST_OVERDUE} when some covered service has no PASS dated within {@code [asOf − months, asOf]}; tests
     * dated after {@code asOf} are not yet known on that date and do not count. A plan covering no service is current.
     */
    public static PlanVerdict planStatus(Collection<String> services, Collection<TestRecord> tests, LocalDate asOf, int months) {
        if (months < 1) {
            throw new IllegalArgumentException("window must be at least one month");
        }
        LocalDate from = asOf.minusMonths(months);
        List<String> missing = new ArrayList<>();
        for (String service : new TreeSet<>(services)) {
            boolean passed = tests.stream().anyMatch(t -> t.serviceCode().equals(service) && t.result() == Result.PASS
                    && !t.testedOn().isBefore(from) && !t.testedOn().isAfter(asOf));
            if (!passed) {
                missing.add(service);
            }
        }
        return new PlanVerdict(missing.isEmpty() ? PlanStatus.CURRENT : PlanStatus.TEST_OVERDUE, List.copyOf(missing));
    }

    /** The first date after {@code asOf} on which the plan falls overdue if nothing else passes (null when overdue now or empty). */
    public static LocalDate dueBy(Collection<String> services, Collection<TestRecord> tests, LocalDate asOf, int months) {
        LocalDate earliest = null;
        for (String service : new TreeSet<>(services)) {
            LocalDate last = tests.stream().filter(t -> t.serviceCode().equals(service) && t.result() == Result.PASS
                            && !t.testedOn().isAfter(asOf)).map(TestRecord::testedOn).max(LocalDate::compareTo).orElse(null);
            if (last == null || last.isBefore(asOf.minusMonths(months))) {
                return null;
            }
            LocalDate due = last.plusMonths(months);
            if (earliest == null || due.isBefore(earliest)) {
                earliest = due;
            }
        }
        return earliest;
    }
}
