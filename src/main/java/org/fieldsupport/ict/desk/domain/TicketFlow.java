package org.fieldsupport.ict.desk.domain;

import java.util.EnumSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What each action of a ticket does: the states it leaves, the state it reaches (null = unchanged), the event it
 * records for the SLA clocks, and who may take it (the mission's desk; the requester; or either).
 */
public final class TicketFlow {

    public enum Status { NEW, IN_PROGRESS, WAITING, RESOLVED, CLOSED, CANCELLED }

    public enum Kind { REQUEST, INCIDENT, PROBLEM, CHANGE }

    public enum Who { DESK, REQUESTER, EITHER }

    public record Action(String name, Set<Status> from, Status to, String event, Who who) { }

    static final Set<Status> OPEN = EnumSet.of(Status.NEW, Status.IN_PROGRESS, Status.WAITING);

    public static final Map<String, Action> ACTIONS = Map.of(
            "respond", new Action("respond", EnumSet.of(Status.NEW), Status.IN_PROGRESS, "RESPONDED", Who.DESK),
            "wait", new Action("wait", EnumSet.of(Status.NEW, Status.IN_PROGRESS), Status.WAITING, "WAITING", Who.DESK),
            "resume", new Action("resume", EnumSet.of(Status.WAITING), Status.IN_PROGRESS, "RESUMED", Who.EITHER),
            "resolve", new Action("resolve", OPEN, Status.RESOLVED, "RESOLVED", Who.DESK),
            "reopen", new Action("reopen", EnumSet.of(Status.RESOLVED), Status.IN_PROGRESS, "REOPENED", Who.EITHER),
            "close", new Action("close", EnumSet.of(Status.RESOLVED), Status.CLOSED, "CLOSED", Who.EITHER),
            "cancel", new Action("cancel", OPEN, Status.CANCELLED, "CLOSED", Who.DESK),
            "escalate", new Action("escalate", OPEN, null, "ESCALATED", Who.DESK),
            "reprioritise", new Action("reprioritise", OPEN, null, "PRIORITY_CHANGED", Who.DESK));

    private TicketFlow() { }

    public static Optional<Action> action(String name) {
        return Optional.ofNullable(name == null ? null : ACTIONS.get(name));
    }

    public static boolean isOpen(Status s) { return OPEN.contains(s); }

    /** The clock's kind of a stored event, or empty for events the clocks ignore (ESCALATED, COMMENT). */
    public static Optional<SlaClock.Kind> clockKind(String stored) {
        try {
            return Optional.of(SlaClock.Kind.valueOf(stored));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
