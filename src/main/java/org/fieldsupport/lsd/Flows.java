package org.fieldsupport.lsd;

import org.fieldsupport.platform.api.RuleRefusal;
import org.fieldsupport.platform.workflow.IllegalTransitionException;
import org.fieldsupport.platform.workflow.TransitionInput;
import org.fieldsupport.platform.workflow.Transitioned;
import org.fieldsupport.platform.workflow.Workflow;
import org.fieldsupport.platform.workflow.Workflows;

/**
 * The division's modules move their records through the platform's workflow kit ({@code platform.workflow}:
 * permission in the record's scope, stale move 409, delegation where declared, transition log, audit, event, work
 * items closed). One difference kept from before the kit: an action that does not leave the record's state is
 * answered with the problem type the modules' API documents, {@code invalid-transition} (422), and the module's own
 * message (args: reference, current state in words, action label), instead of the kit's generic {@code business-rule}.
 */
public final class Flows {

    private Flows() { }

    /** Reads the version the user saw from a form or request body ({@code null} when absent or unreadable). */
    public static Long version(Object value) {
        if (value == null) {
            return null;
        }
        try {
            String s = String.valueOf(value).strip();
            return s.isEmpty() ? null : Long.valueOf(s);
        } catch (NumberFormatException e) {
            throw org.fieldsupport.platform.api.InvalidInputException.of("version", "Type", "lsd.input.invalid");
        }
    }

    public static <R, S extends Enum<S>> Transitioned<S> perform(Workflows workflows, Workflow<R, S> flow, R record,
                                                                  String action, TransitionInput input,
                                                                  String refusedKey) {
        try {
            return workflows.perform(flow, record, action, input);
        } catch (IllegalTransitionException e) {
            throw new RuleRefusal("invalid-transition", refusedKey, flow.referenceOf(record),
                    flow.stateLabel(flow.stateOf(record)), flow.actionLabel(action));
        }
    }

    /** The same as {@code username} without the permission check (demo data); still logged and audited. */
    public static <R, S extends Enum<S>> Transitioned<S> performAs(Workflows workflows, String username,
                                                                    Workflow<R, S> flow, R record, String action,
                                                                    TransitionInput input, String refusedKey) {
        try {
            return workflows.performAs(username, flow, record, action, input);
        } catch (IllegalTransitionException e) {
            throw new RuleRefusal("invalid-transition", refusedKey, flow.referenceOf(record),
                    flow.stateLabel(flow.stateOf(record)), flow.actionLabel(action));
        }
    }
}
