package org.fieldsupport.organization.structure.internal;

import java.util.List;
import org.springframework.data.repository.ListCrudRepository;

interface PositionRepository extends ListCrudRepository<OrgPosition, Long> {
    List<OrgPosition> findByCodeOrderByValidFrom(String code);
}
