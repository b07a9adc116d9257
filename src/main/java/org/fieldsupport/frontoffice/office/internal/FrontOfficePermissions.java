package org.fieldsupport.frontoffice.office.internal;

import static org.fieldsupport.frontoffice.office.internal.FrontOfficeAccess.*;

import java.util.List;
import java.util.Set;
import org.fieldsupport.platform.security.PermissionContributor;
import org.springframework.stereotype.Component;

/**
 * Roles of the front office: the principal (USG/ASG and their chief of staff) may do everything, signing
 * included; the front-office officer everything but signing; the registry clerk registers and routes mail and
 * keeps the partner register, without access to confidential items; a unit's action officer (assigned at
 * UNIT scope) sees and answers what is routed to the unit and contributes to tasks and briefings.
 */
@Component
class FrontOfficePermissions implements PermissionContributor {

    static final String PRINCIPAL = "FRONT_OFFICE_PRINCIPAL";
    static final String OFFICER = "FRONT_OFFICE_OFFICER";
    static final String CLERK = "REGISTRY_CLERK";
    static final String ACTION_OFFICER = "UNIT_ACTION_OFFICER";

    private static final List<String> ALL = List.of(CORRESPONDENCE_READ, CORRESPONDENCE_CONFIDENTIAL,
            CORRESPONDENCE_REGISTER, CORRESPONDENCE_DRAFT, CORRESPONDENCE_CHECK, CORRESPONDENCE_SIGN, TASKS_READ,
            TASKS_ASSIGN, TASKS_CONTRIBUTE, BRIEFINGS_READ, BRIEFINGS_MANAGE, LIAISON_READ, LIAISON_MANAGE);

    @Override
    public String module() { return "frontoffice"; }

    @Override
    public List<PermissionDefinition> permissions() {
        return ALL.stream().map(p -> new PermissionDefinition(p, "frontoffice.permission." + p.substring(12))).toList();
    }

    @Override
    public List<RoleDefinition> roles() {
        Set<String> officer = new java.util.HashSet<>(ALL);
        officer.remove(CORRESPONDENCE_SIGN);
        return List.of(
                new RoleDefinition(PRINCIPAL, "frontoffice.role.principal", Set.copyOf(ALL)),
                new RoleDefinition(OFFICER, "frontoffice.role.officer", Set.copyOf(officer)),
                new RoleDefinition(CLERK, "frontoffice.role.clerk", Set.of(CORRESPONDENCE_READ, CORRESPONDENCE_REGISTER,
                        TASKS_READ, LIAISON_READ, LIAISON_MANAGE)),
                new RoleDefinition(ACTION_OFFICER, "frontoffice.role.actionOfficer", Set.of(CORRESPONDENCE_READ,
                        CORRESPONDENCE_CONFIDENTIAL, CORRESPONDENCE_DRAFT, TASKS_READ, TASKS_CONTRIBUTE,
                        BRIEFINGS_READ, LIAISON_READ)));
    }
}
