package org.fieldsupport.frontoffice.correspondence.domain;

import static org.fieldsupport.frontoffice.correspondence.domain.CorrespondenceStatus.*;

import java.util.Map;
import java.util.Set;

/**
 * The moves of a correspondence item: the clerk confirms a proposed routing (or reroutes an assigned item);
 * the unit drafts the reply; the front office checks it (or returns it to the unit); the principal signs;
 * the clerk closes an item that needs no reply. Anything else is refused.
 */
public final class Lifecycle {

    public enum Move { CONFIRM_ROUTING, DRAFT_REPLY, CHECK, RETURN, SIGN, CLOSE }

    private static final Map<Move, Set<CorrespondenceStatus>> FROM = Map.of(
            Move.CONFIRM_ROUTING, Set.of(TO_CONFIRM, ASSIGNED),
            Move.DRAFT_REPLY, Set.of(ASSIGNED, REPLY_DRAFTED),
            Move.CHECK, Set.of(REPLY_DRAFTED),
            Move.RETURN, Set.of(REPLY_DRAFTED, CHECKED),
            Move.SIGN, Set.of(CHECKED),
            Move.CLOSE, Set.of(TO_CONFIRM, ASSIGNED));

    private static final Map<Move, CorrespondenceStatus> TO = Map.of(
            Move.CONFIRM_ROUTING, ASSIGNED, Move.DRAFT_REPLY, REPLY_DRAFTED, Move.CHECK, CHECKED,
            Move.RETURN, ASSIGNED, Move.SIGN, SIGNED, Move.CLOSE, CLOSED);

    private Lifecycle() { }

    /** The states {@code move} leaves (the workflow kit's declaration is built from these). */
    public static Set<CorrespondenceStatus> from(Move move) {
        return FROM.get(move);
    }

    public static CorrespondenceStatus to(Move move) {
        return TO.get(move);
    }

    /** The action name of a move as the workflow kit and the API know it ({@code CONFIRM_ROUTING} → {@code confirm-routing}). */
    public static String action(Move move) {
        return move.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }

    public static boolean allowed(CorrespondenceStatus from, Move move) {
        return FROM.get(move).contains(from);
    }

    /** The status after the move; {@link IllegalStateException} when the move is not allowed from there. */
    public static CorrespondenceStatus after(CorrespondenceStatus from, Move move) {
        if (!allowed(from, move)) {
            throw new IllegalStateException(move + " not allowed from " + from);
        }
        return TO.get(move);
    }

    /** Overdue: an open item whose due date is before {@code today}. */
    public static boolean overdue(CorrespondenceStatus status, java.time.LocalDate due, java.time.LocalDate today) {
        return status.open() && due != null && due.isBefore(today);
    }
}
