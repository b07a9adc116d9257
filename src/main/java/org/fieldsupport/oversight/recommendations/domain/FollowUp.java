package org.fieldsupport.oversight.recommendations.domain;

import java.time.LocalDate;
import java.util.Optional;

/**
 * The follow-up cycle of a recommendation: management records progress (OPEN → IN_PROGRESS), proposes
 * implementation with evidence (→ IMPLEMENTED), and the auditor closes it (IMPLEMENTED → CLOSED), sends it back
 * (IMPLEMENTED → IN_PROGRESS) or records it not implemented or overtaken by events. Follow-up is quarterly: the next
 * follow-up is due three months after the last one (or after the report's issue).
 */
public final class FollowUp {

    public enum Action { START, PROPOSE_IMPLEMENTED, CLOSE, RETURN, NOT_IMPLEMENTED, OVERTAKEN }

    private FollowUp() { }

    /** The new status, or empty when the action is not allowed from {@code from}. */
    public static Optional<RecommendationStatus> next(RecommendationStatus from, Action action) {
        return Optional.ofNullable(switch (action) {
            case START -> from == RecommendationStatus.OPEN ? RecommendationStatus.IN_PROGRESS : null;
            case PROPOSE_IMPLEMENTED -> from.active() ? RecommendationStatus.IMPLEMENTED : null;
            case CLOSE -> from == RecommendationStatus.IMPLEMENTED ? RecommendationStatus.CLOSED : null;
            case RETURN -> from == RecommendationStatus.IMPLEMENTED ? RecommendationStatus.IN_PROGRESS : null;
            case NOT_IMPLEMENTED -> from.finished() ? null : RecommendationStatus.NOT_IMPLEMENTED;
            case OVERTAKEN -> from.finished() ? null : RecommendationStatus.OVERTAKEN_BY_EVENTS;
        });
    }

    /** Whether the action belongs to the auditor (closure and its alternatives) rather than to management. */
    public static boolean auditorsAction(Action action) {
        return action == Action.CLOSE || action == Action.RETURN || action == Action.NOT_IMPLEMENTED
                || action == Action.OVERTAKEN;
    }

    public static LocalDate nextFollowUp(LocalDate last) {
        return last.plusMonths(3);
    }
}
