package org.fieldsupport.platform.workflow;

import org.fieldsupport.platform.api.BusinessRuleException;

/** The action does not leave the record's current state (422, with {@code currentState}). */
public class IllegalTransitionException extends BusinessRuleException {

    private final String currentState;

    public IllegalTransitionException(String messageKey, String currentState, Object... args) {
        super(messageKey, args);
        this.currentState = currentState;
    }

    public String currentState() { return currentState; }
}
