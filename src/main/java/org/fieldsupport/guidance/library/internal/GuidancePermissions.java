package org.fieldsupport.guidance.library.internal;

import static org.fieldsupport.guidance.library.internal.GuidanceAccess.*;

import java.util.List;
import java.util.Set;
import org.fieldsupport.platform.security.PermissionContributor;
import org.springframework.stereotype.Component;

/**
 * Roles of guidance and training: the policy officer keeps and approves the library; the training coordinator
 * runs the catalogue and sessions; a mission's guidance focal point (assigned at MISSION scope) acknowledges
 * guidance and nominates the mission's staff; a reader reads both.
 */
@Component
class GuidancePermissions implements PermissionContributor {

    @Override
    public String module() { return "guidance"; }

    @Override
    public List<PermissionDefinition> permissions() {
        return ALL.stream().map(p -> new PermissionDefinition(p, "guidance.permission." + p.substring(9))).toList();
    }

    @Override
    public List<RoleDefinition> roles() {
        return List.of(
                new RoleDefinition("POLICY_OFFICER", "guidance.role.policyOfficer",
                        Set.of(POLICIES_READ, POLICIES_MANAGE, POLICIES_APPROVE, TRAINING_READ)),
                new RoleDefinition("TRAINING_COORDINATOR", "guidance.role.trainingCoordinator",
                        Set.of(POLICIES_READ, TRAINING_READ, TRAINING_MANAGE, TRAINING_NOMINATE)),
                new RoleDefinition("GUIDANCE_FOCAL_POINT", "guidance.role.focalPoint",
                        Set.of(POLICIES_READ, POLICIES_ACKNOWLEDGE, TRAINING_READ, TRAINING_NOMINATE)),
                new RoleDefinition("GUIDANCE_READER", "guidance.role.reader", Set.of(POLICIES_READ, TRAINING_READ)));
    }
}
