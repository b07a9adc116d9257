package org.fieldsupport.engineering.internal;

import java.util.List;
import java.util.Set;
import org.fieldsupport.organization.AttributionFeatureContributor;
import org.fieldsupport.platform.security.PermissionContributor;
import org.fieldsupport.platform.web.NavigationContributor;
import org.springframework.stereotype.Component;

/** The module's permissions and roles, its menu entries, and the attributions it serves (with their tests). */
@Component
public class EngineeringPermissions implements PermissionContributor, NavigationContributor, AttributionFeatureContributor,
        org.fieldsupport.lsd.SearchSource.Provider {

    public static final String READ = "engineering.read";
    public static final String MANAGE = "engineering.manage";

    @Override
    public String module() {
        return "engineering";
    }

    @Override
    public List<PermissionDefinition> permissions() {
        return List.of(new PermissionDefinition(READ, "engineering.permission.read"),
                new PermissionDefinition(MANAGE, "engineering.permission.manage"));
    }

    @Override
    public List<RoleDefinition> roles() {
        return List.of(new RoleDefinition("ENGINEER", "engineering.role.ENGINEER", Set.of(READ, MANAGE)));
    }

    @Override
    public List<NavigationItem> navigationItems() {
        return List.of(new NavigationItem(Areas.LOGISTICS, "engineering.nav.camps", "/engineering/camps", READ, 700));
    }

    @Override
    public List<ServedAttribution> servedAttributions() {
        String test = "org.fieldsupport.engineering.EngineeringTests";
        return List.of(
                new ServedAttribution("8.7.d", "engineering.feature.camps", "/engineering/camps", ServedAttribution.Kind.SCREEN, test),
                new ServedAttribution("8.7.d", "engineering.feature.camps", "/api/v1/engineering/camps", ServedAttribution.Kind.API, test));
    }

    /** The module's records in the global search (re-indexed at start-up and on every recorded change). */
    @Override
    public List<org.fieldsupport.lsd.SearchSource> searchSources() {
        return List.of(new org.fieldsupport.lsd.SearchSource("engineering.camp", "SELECT id, CONCAT('CAMP-', id) AS reference, name AS title, "
                + "mission_code AS text, mission_code FROM eng_camp", "/engineering/camps/{id}", READ));
    }
}
