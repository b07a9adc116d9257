package org.fieldsupport.organization.delegation.domain;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** Where the policy reads delegations from (the register, or a map in tests). */
public interface DelegationSource {

    /** Delegations of {@code authority} whose delegatee is one of {@code holders}, whatever their status. */
    List<Delegation> heldBy(Collection<Party> holders, String authority);

    Optional<Delegation> byId(long id);
}
