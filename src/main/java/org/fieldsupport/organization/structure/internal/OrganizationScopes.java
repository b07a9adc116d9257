package org.fieldsupport.organization.structure.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.fieldsupport.organization.MissionSummary;
import org.fieldsupport.organization.Missions;
import org.fieldsupport.organization.OrganizationStructure;
import org.fieldsupport.organization.UnitKind;
import org.fieldsupport.organization.UnitSummary;
import org.fieldsupport.platform.security.AccessPolicy;
import org.fieldsupport.platform.security.Scope;
import org.fieldsupport.platform.security.ScopeHierarchy;
import org.fieldsupport.platform.web.ScopeOptionsProvider;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;

/**
 * Scopes as the organisation sees them.
 * <ul>
 * <li>{@link ScopeHierarchy}: the department covers everything; a UNIT scope covers the unit and every unit
 * below it, and the missions that unit serves — a mission is served by a unit when the integrated regional
 * HR section serving it (6.2) lies in the unit's subtree. A MISSION scope covers only that mission.</li>
 * <li>{@link ScopeOptionsProvider}: department-wide users may switch the shell to any mission under mandate
 * and any division, office or service; others to the units and missions of their own role assignments.</li>
 * </ul>
 */
@Component
public class OrganizationScopes implements ScopeHierarchy, ScopeOptionsProvider {

    private final OrganizationStructure structure;
    private final Missions missions;
    private final ObjectProvider<AccessPolicy> accessPolicy;

    OrganizationScopes(OrganizationStructure structure, @Lazy Missions missions, ObjectProvider<AccessPolicy> accessPolicy) {
        this.structure = structure;
        this.missions = missions;
        this.accessPolicy = accessPolicy;
    }

    @Override
    public boolean covers(Scope granted, Scope requested) {
        if (granted == null || requested == null) return false;
        if (granted.type() == Scope.ScopeType.DEPARTMENT) return true;
        if (granted.equals(requested)) return true;
        if (granted.type() != Scope.ScopeType.UNIT) return false;
        LocalDate today = LocalDate.now();
        return switch (requested.type()) {
            case UNIT -> structure.isWithin(requested.key(), granted.key(), today);
            case MISSION -> missions.find(requested.key())
                    .map(MissionSummary::servingHrSection)
                    .filter(section -> section != null && structure.isWithin(section, granted.key(), today))
                    .isPresent();
            default -> false;
        };
    }

    /** Only a unit (its subtree, the missions its sections serve) and the department reach beyond themselves. */
    @Override
    public boolean extendsBeyondItself(Scope granted) {
        return granted == null || granted.type() == Scope.ScopeType.UNIT || granted.type() == Scope.ScopeType.DEPARTMENT;
    }

    @Override
    public List<ScopeOption> scopeOptions(String username, Locale locale) {
        LocalDate today = LocalDate.now();
        Set<Scope> granted = grantedScopes(username);
        List<ScopeOption> options = new ArrayList<>();
        boolean departmentWide = granted == null || granted.contains(Scope.department());
        for (MissionSummary m : missions.all(today)) {
            Scope scope = Scope.mission(m.code());
            if (departmentWide || granted.stream().anyMatch(g -> covers(g, scope))) {
                // the code only ("MINUSCA"): the selector is on every page (issue 12.10, page weight)
                options.add(new ScopeOption(scope, m.code()));
            }
        }
        for (UnitSummary u : structure.units(today)) {
            boolean major = u.kind() == UnitKind.DIVISION || u.kind() == UnitKind.SERVICE
                    || (u.kind() == UnitKind.OFFICE && u.parentCode() != null && "DFS".equals(u.parentCode()));
            Scope scope = Scope.unit(u.code());
            boolean own = granted != null && granted.contains(scope);
            if ((departmentWide && major) || own) {
                options.add(new ScopeOption(scope, u.name(locale)));
            }
        }
        return options;
    }

    /** Scopes of the user's role assignments; {@code null} when no access policy is installed (treat as department). */
    private Set<Scope> grantedScopes(String username) {
        AccessPolicy policy = accessPolicy.getIfAvailable();
        if (policy == null || username == null) return null;
        Set<Scope> scopes = new LinkedHashSet<>(policy.scopesOf(username, OrganizationAccess.STRUCTURE_READ));
        scopes.addAll(policy.scopesOf(username, OrganizationAccess.STRUCTURE_EDIT));
        scopes.addAll(policy.scopesOf(username, OrganizationAccess.MISSIONS_EDIT));
        return scopes;
    }
}
