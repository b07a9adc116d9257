package org.fieldsupport.ict.shared.internal;

import static org.fieldsupport.ict.shared.internal.IctAccess.*;

import java.util.List;
import java.util.Set;
import org.fieldsupport.platform.security.PermissionContributor;
import org.springframework.stereotype.Component;

/**
 * Roles of the ICT catalogue and service desk: the ICTD headquarters officer (DEPARTMENT scope) keeps the
 * catalogue, the integration catalogue and the training plans, approves changes and reads every mission's desk;
 * the headquarters second line takes escalated tickets; a mission service desk (MISSION scope) works its mission's
 * tickets; a requester (MISSION scope) raises tickets and rates them on closure.
 */
@Component
class IctPermissions implements PermissionContributor {

    @Override
    public String module() { return "ict"; }

    @Override
    public List<PermissionDefinition> permissions() {
        return ALL.stream().map(p -> new PermissionDefinition(p, "ict.permission." + p.substring(4))).toList();
    }

    @Override
    public List<RoleDefinition> roles() {
        return List.of(
                new RoleDefinition("ICT_HQ_OFFICER", "ict.role.hqOfficer", Set.of(CATALOGUE_READ, CATALOGUE_MANAGE,
                        DESK_READ, DESK_REQUEST, DESK_REPORT, DESK_MANAGE, CHANGES_APPROVE, INTEGRATION_READ, INTEGRATION_MANAGE,
                        TRAINING_READ, TRAINING_MANAGE)),
                new RoleDefinition("ICT_SECOND_LINE", "ict.role.secondLine",
                        Set.of(CATALOGUE_READ, DESK_READ, DESK_WORK, DESK_SECOND_LINE, DESK_REPORT)),
                new RoleDefinition("ICT_SERVICE_DESK", "ict.role.serviceDesk", Set.of(CATALOGUE_READ, DESK_READ,
                        DESK_REQUEST, DESK_WORK, DESK_REPORT, INTEGRATION_READ, TRAINING_READ)),
                new RoleDefinition("ICT_CHANGE_APPROVER", "ict.role.changeApprover",
                        Set.of(CATALOGUE_READ, DESK_READ, CHANGES_APPROVE)),
                new RoleDefinition("ICT_REQUESTER", "ict.role.requester", Set.of(CATALOGUE_READ, DESK_REQUEST)));
    }
}
