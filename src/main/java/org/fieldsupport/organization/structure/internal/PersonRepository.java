package org.fieldsupport.organization.structure.internal;

import java.util.Optional;
import org.springframework.data.repository.ListCrudRepository;

interface PersonRepository extends ListCrudRepository<OrgPerson, Long> {
    Optional<OrgPerson> findByIndexNumber(String indexNumber);
    Optional<OrgPerson> findByUsername(String username);
}
