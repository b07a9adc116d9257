package org.fieldsupport.platform.workflow;

import org.fieldsupport.platform.api.BusinessRuleException;

/**
 * The record moved since the user saw it (another state or version): answered 409 with {@code currentState} and
 * {@code currentVersion}; screens (which catch {@link BusinessRuleException}) show the message.
 */
public class StaleTransitionException extends BusinessRuleException {

    private final String currentState;
    private final Long currentVersion;

    /**
     * @param currentStateLabel the current state in the reader's language (a {@code MessageSourceResolvable}, see
     *                          {@link Workflow#stateLabel}); the message names it, never the constant
     */
    public StaleTransitionException(String currentState, Long currentVersion, Object currentStateLabel) {
        super(currentStateLabel == null ? "platform.workflow.stale.reload" : "platform.workflow.stale",
                currentStateLabel == null ? new Object[0] : new Object[] {currentStateLabel});
        this.currentState = currentState;
        this.currentVersion = currentVersion;
    }

    /** A move outside the kit whose state has no words at hand: the message does not name the state. */
    public StaleTransitionException(String currentState, Long currentVersion) {
        this(currentState, currentVersion, null);
    }

    public String currentState() { return currentState; }

    public Long currentVersion() { return currentVersion; }
}
