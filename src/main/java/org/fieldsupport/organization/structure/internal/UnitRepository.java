package org.fieldsupport.organization.structure.internal;

import java.util.List;
import org.springframework.data.repository.ListCrudRepository;

interface UnitRepository extends ListCrudRepository<OrgUnit, Long> {
    List<OrgUnit> findByCodeOrderByValidFrom(String code);
}
