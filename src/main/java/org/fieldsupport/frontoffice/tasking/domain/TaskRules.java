package org.fieldsupport.frontoffice.tasking.domain;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The principal's tasks to units (4.3.a–b, 4.3.d, 5.5.a–b): a lead unit consolidates the contributions of the
 * contributing units, the front office clears the result. A task is consolidated only once every contributing
 * unit has submitted; it is cleared only once consolidated. Tasks that carry a correspondence item's reply
 * (kind CORRESPONDENCE) follow the item's own moves and are never consolidated or cleared by hand.
 */
public final class TaskRules {

    public enum Status { OPEN, CONSOLIDATED, CLEARED, CANCELLED }

    public enum Kind { CORRESPONDENCE, ADVICE, DECISION, INFORMATION, ISSUE }

    /** Where an open task stands in the week of {@code asOf} (Monday to Sunday). */
    public enum Horizon { OVERDUE, THIS_WEEK, LATER }

    /** A refusal: the message key and its arguments. */
    public record Refusal(String messageKey, List<Object> args) { }

    private TaskRules() { }

    public static Optional<Refusal> mayConsolidate(Kind kind, Status status, Map<String, Boolean> submittedByUnit) {
        if (kind == Kind.CORRESPONDENCE) {
            return Optional.of(new Refusal("frontoffice.task.correspondenceTask", List.of()));
        }
        if (status != Status.OPEN) {
            return Optional.of(new Refusal("frontoffice.task.notOpen", List.of(status.name())));
        }
        List<String> missing = submittedByUnit.entrySet().stream().filter(e -> !e.getValue()).map(Map.Entry::getKey)
                .sorted().toList();
        if (!missing.isEmpty()) {
            return Optional.of(new Refusal("frontoffice.task.contributionsMissing", List.of(String.join(", ", missing))));
        }
        return Optional.empty();
    }

    public static Optional<Refusal> mayClear(Kind kind, Status status) {
        if (kind == Kind.CORRESPONDENCE) {
            return Optional.of(new Refusal("frontoffice.task.correspondenceTask", List.of()));
        }
        if (status != Status.CONSOLIDATED) {
            return Optional.of(new Refusal("frontoffice.task.notConsolidated", List.of(status.name())));
        }
        return Optional.empty();
    }

    public static Optional<Refusal> mayContribute(Status status) {
        return status == Status.OPEN ? Optional.empty()
                : Optional.of(new Refusal("frontoffice.task.notOpen", List.of(status.name())));
    }

    public static Horizon horizon(LocalDate due, LocalDate asOf) {
        if (due.isBefore(asOf)) {
            return Horizon.OVERDUE;
        }
        LocalDate sunday = asOf.with(java.time.temporal.TemporalAdjusters.nextOrSame(DayOfWeek.SUNDAY));
        return due.isAfter(sunday) ? Horizon.LATER : Horizon.THIS_WEEK;
    }
}
