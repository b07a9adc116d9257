package org.fieldsupport.organization.delegation.internal;

import org.springframework.data.relational.core.mapping.Table;

@Table("org_delegation_mission")
record DelegationMissionRow(String missionCode) { }
