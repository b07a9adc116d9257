package org.fieldsupport.platform.workflow;

import org.fieldsupport.platform.api.BusinessRuleException;

/**
 * The record moved since the user saw it (another state or version): answered 409 with {@code currentState} and
 * {@code currentVersion}; screens (which catch {@link BusinessRuleException}) show the message.
 */
public class StaleTransitionException extends BusinessRuleException {

    private final String currentState;
    private final Long currentVersion;

    public StaleTransitionException(String currentState, Long currentVersion) {
        super("platform.workflow.stale", currentState);
        this.currentState = currentState;
        this.currentVersion = currentVersion;
    }

    public String currentState() { return currentState; }

    public Long currentVersion() { return currentVersion; }
}
