package org.fieldsupport.platform.workflow;

import java.util.List;

/**
 * Executes {@link Workflow}s. Call it inside the module's own transaction (the service method that loaded the
 * record), then write the record's other changes: the move, its history row, its audit record, its event and the
 * closing of the record's open work items all commit or roll back with them.
 */
public interface Workflows {

    /**
     * Moves {@code record} by {@code action} as the current user. In this order: the user must hold the action's
     * permission in the record's scope (403); the input's expected version, when given, must be the record's (409
     * {@link StaleTransitionException} with the current state otherwise); the action must leave the record's state
     * (422 {@link IllegalTransitionException}); the required input fields must be given (400 naming each); the
     * delegation of authority, when declared, must cover the subject (422 with the register's reason; the use or
     * refusal is logged by the register); then compare-and-set on state and version (409 with the current state
     * when the record moved meanwhile), the transition log, the audit record and one {@link RecordTransitioned}.
     */
    <R, S extends Enum<S>> Transitioned<S> perform(Workflow<R, S> workflow, R record, String action,
                                                    TransitionInput input);

    /** The same as {@code username} without the permission check (demo data, scheduled jobs); still audited. */
    <R, S extends Enum<S>> Transitioned<S> performAs(String username, Workflow<R, S> workflow, R record,
                                                      String action, TransitionInput input);

    /** The actions the current user may take from the record's state (see {@link AvailableAction}). */
    <R, S extends Enum<S>> List<AvailableAction> actions(Workflow<R, S> workflow, R record);

    /** The record's transitions, oldest first (from the kit's transition log). */
    List<TransitionRecord> history(String recordType, Object recordId);

    record TransitionRecord(String action, String from, String to, String actor, java.time.Instant at, String note,
                            Long delegationId, String delegationChain, long version) { }
}
