package org.fieldsupport.reporting.calendar.domain;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Optional;

/**
 * Rules of the reporting calendar (4.3.e): an input is requested from a unit with a deadline no later than the
 * report's due date to the drafting department; the unit submits it; the front office clears it (or returns it
 * while not cleared). A report is submitted once every input is cleared. A request is late when not submitted
 * by its deadline.
 */
public final class CalendarRules {

    public enum ReportStatus { PLANNED, COLLECTING, SUBMITTED }

    public enum InputStatus { REQUESTED, SUBMITTED, CLEARED }

    private CalendarRules() { }

    public static Optional<String> mayRequest(ReportStatus report, LocalDate deadline, LocalDate dueOn) {
        if (report == ReportStatus.SUBMITTED) return Optional.of("reporting.report.alreadySubmitted");
        if (deadline.isAfter(dueOn)) return Optional.of("reporting.input.deadlineAfterDue");
        return Optional.empty();
    }

    public static Optional<String> maySubmitInput(InputStatus status) {
        return status == InputStatus.CLEARED ? Optional.of("reporting.input.alreadyCleared") : Optional.empty();
    }

    public static Optional<String> mayClear(InputStatus status) {
        return status == InputStatus.SUBMITTED ? Optional.empty() : Optional.of("reporting.input.notSubmitted");
    }

    public static Optional<String> maySubmitReport(ReportStatus report, Collection<InputStatus> inputs) {
        if (report == ReportStatus.SUBMITTED) return Optional.of("reporting.report.alreadySubmitted");
        if (inputs.isEmpty() || inputs.stream().anyMatch(s -> s != InputStatus.CLEARED)) {
            return Optional.of("reporting.report.inputsNotCleared");
        }
        return Optional.empty();
    }

    public static boolean late(InputStatus status, LocalDate deadline, LocalDate today) {
        return status == InputStatus.REQUESTED && deadline.isBefore(today);
    }
}
