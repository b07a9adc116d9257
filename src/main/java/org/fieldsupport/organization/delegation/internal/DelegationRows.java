package org.fieldsupport.organization.delegation.internal;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

interface DelegationRows extends ListCrudRepository<DelegationRow, Long> {

    @Query("SELECT * FROM org_delegation WHERE authority_type = :authority AND delegatee_kind = :kind"
            + " AND delegatee_key IN (:keys)")
    List<DelegationRow> findHeld(String authority, String kind, Collection<String> keys);
}
