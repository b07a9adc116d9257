package org.fieldsupport.lsd.web;

import java.util.List;
import java.util.Set;
import org.fieldsupport.lsd.RuleParameter;
import org.fieldsupport.lsd.RuleParameters;
import org.fieldsupport.platform.security.AccessPolicy;
import org.fieldsupport.platform.security.PermissionContributor;
import org.fieldsupport.platform.web.NavigationContributor;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * The permission to edit the division's rule parameters, the LSD director's role holding it (with the read
 * permissions of the modules whose parameters it sets), and the menu entry under Logistics, offered to whoever may
 * read at least one parameter.
 */
@Component
class RuleParameterPermissions implements PermissionContributor, NavigationContributor {

    static final String ROLE_DIRECTOR = "LSD_DIRECTOR";

    private final ObjectProvider<AccessPolicy> policy;
    private final ObjectProvider<RuleParameter.Provider> parameters;

    RuleParameterPermissions(ObjectProvider<AccessPolicy> policy, ObjectProvider<RuleParameter.Provider> parameters) {
        this.policy = policy;
        this.parameters = parameters;
    }

    @Override
    public String module() {
        return "lsd";
    }

    @Override
    public List<PermissionDefinition> permissions() {
        return List.of(new PermissionDefinition(RuleParameters.MANAGE, "lsd.permission.parameters.manage"));
    }

    @Override
    public List<RoleDefinition> roles() {
        return List.of(new RoleDefinition(ROLE_DIRECTOR, "lsd.role.LSD_DIRECTOR", Set.of(RuleParameters.MANAGE,
                "logistics.read", "movements.read", "supply.read", "property.read")));
    }

    @Override
    public List<NavigationItem> navigationItems() {
        return List.of(new NavigationItem(Areas.LOGISTICS, "lsd.nav.parameters", "/logistics/parameters", null, 109));
    }

    /** Offered to holders of the edit permission or of a read permission of a module with parameters. */
    @Override
    public boolean offers(NavigationItem item, String username) {
        AccessPolicy p = policy.getIfAvailable();
        if (p == null) {
            return true;
        }
        return !p.scopesOf(username, RuleParameters.MANAGE).isEmpty()
                || parameters.orderedStream().flatMap(x -> x.ruleParameters().stream())
                .map(RuleParameter::readPermission).distinct()
                .anyMatch(permission -> !p.scopesOf(username, permission).isEmpty());
    }
}
