package org.fieldsupport.organization.structure.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.fieldsupport.organization.Missions;
import org.fieldsupport.organization.OrganizationStructure;
import org.fieldsupport.platform.security.AccessPolicy;
import org.fieldsupport.platform.security.Scope;
import org.fieldsupport.platform.web.ScopeOptionsProvider;
import org.springframework.stereotype.Component;

/**
 * Names the units and missions a user holds roles in, for the shell's scope selector (issue 12.4): "Logistics Support
 * Division" rather than "UNIT:DFS-LSD". The shell decides which scopes are offered (the user's own).
 */
@Component
class OrganizationScopeOptions implements ScopeOptionsProvider {

    private final AccessPolicy access;
    private final OrganizationStructure structure;
    private final Missions missions;

    OrganizationScopeOptions(AccessPolicy access, OrganizationStructure structure, Missions missions) {
        this.access = access;
        this.structure = structure;
        this.missions = missions;
    }

    @Override
    public List<ScopeOption> scopeOptions(String username, Locale locale) {
        List<ScopeOption> options = new ArrayList<>();
        for (Scope scope : access.assignedScopes(username)) {
            if (scope.type() == Scope.ScopeType.UNIT) {
                structure.unit(scope.key(), LocalDate.now())
                        .ifPresent(unit -> options.add(new ScopeOption(scope, unit.name(locale))));
            } else if (scope.type() == Scope.ScopeType.MISSION) {
                missions.find(scope.key()).ifPresent(m -> options.add(new ScopeOption(scope, m.code() + " · " + m.name(locale))));
            }
        }
        return options;
    }
}
