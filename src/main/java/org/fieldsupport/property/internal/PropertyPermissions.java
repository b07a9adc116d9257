package org.fieldsupport.property.internal;

import java.util.List;
import org.fieldsupport.property.writeoff.domain.WriteOffRules;
import java.util.Set;
import org.fieldsupport.organization.AttributionFeatureContributor;
import org.fieldsupport.platform.security.PermissionContributor;
import org.fieldsupport.platform.web.NavigationContributor;
import org.springframework.stereotype.Component;

/** The module's permissions and roles, its menu entries, and the attributions it serves (with their tests). */
@Component
public class PropertyPermissions implements PermissionContributor, NavigationContributor, AttributionFeatureContributor,
        org.fieldsupport.lsd.SearchSource.Provider, org.fieldsupport.lsd.RuleParameter.Provider {

    public static final String READ = "property.read";
    public static final String MANAGE = "property.manage";
    /** A member of a property survey board (mission scope: the LPSB; department scope: the HQPSB). */
    public static final String BOARD = "property.board.recommend";
    public static final String APPROVE = "property.writeoff.approve";
    /** The organisation's authority type for write-offs (a delegation of authority is needed to approve). */
    public static final String AUTHORITY = "PROPERTY_WRITE_OFF";

    @Override
    public String module() {
        return "property";
    }

    @Override
    public List<PermissionDefinition> permissions() {
        return List.of(new PermissionDefinition(READ, "property.permission.read"),
                new PermissionDefinition(MANAGE, "property.permission.manage"),
                new PermissionDefinition(BOARD, "property.permission.board"),
                new PermissionDefinition(APPROVE, "property.permission.approve"));
    }

    @Override
    public List<RoleDefinition> roles() {
        return List.of(new RoleDefinition("PROPERTY_OFFICER", "property.role.PROPERTY_OFFICER", Set.of(READ, MANAGE)),
                new RoleDefinition("PROPERTY_SURVEY_BOARD", "property.role.PROPERTY_SURVEY_BOARD", Set.of(READ, BOARD)),
                new RoleDefinition("PROPERTY_APPROVER", "property.role.PROPERTY_APPROVER", Set.of(READ, APPROVE)));
    }

    @Override
    public List<NavigationItem> navigationItems() {
        return List.of(new NavigationItem(Areas.LOGISTICS, "property.nav.register", "/property/assets", READ, 300),
                new NavigationItem(Areas.LOGISTICS, "property.nav.counts", "/property/counts", READ, 301),
                new NavigationItem(Areas.LOGISTICS, "property.nav.writeoffs", "/property/write-offs", READ, 302));
    }

    @Override
    public List<ServedAttribution> servedAttributions() {
        String api = "org.fieldsupport.property.PropertyApiTests";
        String screens = "org.fieldsupport.property.PropertyScreensTests";
        return List.of(
                new ServedAttribution("8.7.e", "property.feature.register", "/property/assets", ServedAttribution.Kind.SCREEN, screens),
                new ServedAttribution("8.7.e", "property.feature.register", "/api/v1/property/assets", ServedAttribution.Kind.API, api),
                new ServedAttribution("8.7.e", "property.feature.counts", "/property/counts", ServedAttribution.Kind.SCREEN, screens),
                new ServedAttribution("8.7.e", "property.feature.counts", "/api/v1/property/counts", ServedAttribution.Kind.API, api),
                new ServedAttribution("8.7.e", "property.feature.writeoffs", "/property/write-offs", ServedAttribution.Kind.SCREEN, screens),
                new ServedAttribution("8.7.e", "property.feature.writeoffs", "/api/v1/property/write-offs", ServedAttribution.Kind.API,
                        "org.fieldsupport.property.WriteOffApiTests"));
    }

    /** The module's records in the global search (re-indexed at start-up and on every recorded change). */
    @Override
    public List<org.fieldsupport.lsd.SearchSource> searchSources() {
        return List.of(new org.fieldsupport.lsd.SearchSource("property.write-off", "SELECT id, reference, reason AS title, "
                + "CONCAT_WS(' ', mission_code, board, status, recommendation, disposal_method) AS text, mission_code "
                + "FROM prop_writeoff", "/property/write-offs/{id}", READ));
    }

    /** The rule parameters its rules read (edited on /logistics/parameters). */
    @Override
    public List<org.fieldsupport.lsd.RuleParameter> ruleParameters() {
        return List.of(WriteOffRules.LOCAL_LIMIT);
    }
}
