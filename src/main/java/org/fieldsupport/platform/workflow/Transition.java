package org.fieldsupport.platform.workflow;

import java.util.List;
import java.util.Set;

/**
 * One declared move of a workflow: the {@code action} (its name in URLs and events, e.g. {@code certify}) moves
 * a record from one of {@code from} to {@code to}, for a user holding {@code permission} in the record's scope,
 * under {@code authority} when not null, with the {@code requiredFields} of the input not blank.
 * {@code labelKey} names the button in the module's bundle.
 */
public record Transition<R, S extends Enum<S>>(String action, Set<S> from, S to, String permission,
                                                AuthorityRequirement<R> authority, List<String> requiredFields,
                                                String labelKey) {

    public Transition {
        from = Set.copyOf(from);
        requiredFields = List.copyOf(requiredFields);
    }

    public boolean from(S state) {
        return from.contains(state);
    }
}
