package org.fieldsupport.organization.mission.internal;

import java.util.Optional;
import org.springframework.data.repository.ListCrudRepository;

interface MissionRepository extends ListCrudRepository<OrgMission, Long> {

    Optional<OrgMission> findByCode(String code);
}
