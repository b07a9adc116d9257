package org.fieldsupport.organization.delegation.domain;

import java.util.Objects;

/** What a new delegation (or sub-delegation) grants, before the rules have accepted it. */
public record DelegationTerms(String authority, Party delegator, Party delegatee, Limits limits,
                              MissionScope missionScope, Validity validity, boolean maySubDelegate) {

    public DelegationTerms {
        Objects.requireNonNull(delegator, "delegator");
        Objects.requireNonNull(delegatee, "delegatee");
        Objects.requireNonNull(limits, "limits");
        Objects.requireNonNull(missionScope, "missionScope");
        Objects.requireNonNull(validity, "validity");
        authority = authority == null ? null : authority.strip().toUpperCase(java.util.Locale.ROOT);
    }
}
