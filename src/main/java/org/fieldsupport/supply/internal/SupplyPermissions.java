package org.fieldsupport.supply.internal;

import java.util.List;
import org.fieldsupport.supply.fuel.domain.FuelRules;
import java.util.Set;
import org.fieldsupport.organization.AttributionFeatureContributor;
import org.fieldsupport.platform.security.PermissionContributor;
import org.fieldsupport.platform.web.NavigationContributor;
import org.springframework.stereotype.Component;

/** The module's permissions and roles, its menu entries, and the attributions it serves (with their tests). */
@Component
public class SupplyPermissions implements PermissionContributor, NavigationContributor, AttributionFeatureContributor,
        org.fieldsupport.lsd.SearchSource.Provider, org.fieldsupport.lsd.RuleParameter.Provider {

    public static final String READ = "supply.read";
    public static final String MANAGE = "supply.manage";

    @Override
    public String module() {
        return "supply";
    }

    @Override
    public List<PermissionDefinition> permissions() {
        return List.of(new PermissionDefinition(READ, "supply.permission.read"),
                new PermissionDefinition(MANAGE, "supply.permission.manage"));
    }

    @Override
    public List<RoleDefinition> roles() {
        return List.of(new RoleDefinition("SUPPLY_OFFICER", "supply.role.SUPPLY_OFFICER", Set.of(READ, MANAGE)));
    }

    @Override
    public List<NavigationItem> navigationItems() {
        return List.of(new NavigationItem(Areas.LOGISTICS, "supply.nav.rations", "/supply/rations", READ, 400),
                new NavigationItem(Areas.LOGISTICS, "supply.nav.fuel", "/supply/fuel", READ, 401));
    }

    @Override
    public List<ServedAttribution> servedAttributions() {
        String test = "org.fieldsupport.supply.SupplyTests";
        return List.of(
                new ServedAttribution("8.7.a", "supply.feature.rations", "/supply/rations", ServedAttribution.Kind.SCREEN, test),
                new ServedAttribution("8.7.a", "supply.feature.rations", "/api/v1/supply/ration-orders", ServedAttribution.Kind.API, test),
                new ServedAttribution("8.7.a", "supply.feature.fuel", "/supply/fuel", ServedAttribution.Kind.SCREEN, test),
                new ServedAttribution("8.7.a", "supply.feature.fuel", "/api/v1/supply/fuel-issues", ServedAttribution.Kind.API, test),
                // 8.7.b: contract compliance — the three-way match of the rations contractor's invoices, fuel against norms
                new ServedAttribution("8.7.b", "supply.feature.match", "/supply/rations", ServedAttribution.Kind.SCREEN, test),
                new ServedAttribution("8.7.b", "supply.feature.match", "/api/v1/supply/ration-orders", ServedAttribution.Kind.API, test),
                new ServedAttribution("8.7.b", "supply.feature.fuel", "/api/v1/supply/fuel-issues", ServedAttribution.Kind.API, test));
    }

    /** The module's records in the global search (re-indexed at start-up and on every recorded change). */
    @Override
    public List<org.fieldsupport.lsd.SearchSource> searchSources() {
        return List.of(new org.fieldsupport.lsd.SearchSource("supply.ration-order", "SELECT id, reference, location AS title, "
                + "CONCAT_WS(' ', mission_code, status, match_result) AS text, mission_code FROM sup_ration_order",
                "/supply/rations", READ));
    }

    /** The rule parameters its rules read (edited on /logistics/parameters). */
    @Override
    public List<org.fieldsupport.lsd.RuleParameter> ruleParameters() {
        return List.of(FuelRules.ANOMALY_PERCENT);
    }
}
