package org.fieldsupport.logistics.internal;

import java.util.List;
import org.fieldsupport.logistics.aviation.domain.AviationRules;
import java.util.Set;
import org.fieldsupport.organization.AttributionFeatureContributor;
import org.fieldsupport.platform.security.PermissionContributor;
import org.fieldsupport.platform.web.NavigationContributor;
import org.springframework.stereotype.Component;

/** The module's permissions and roles, its menu entries, and the attributions it serves (with their tests). */
@Component
public class LogisticsPermissions implements PermissionContributor, NavigationContributor, AttributionFeatureContributor,
        org.fieldsupport.lsd.SearchSource.Provider, org.fieldsupport.lsd.RuleParameter.Provider {

    public static final String READ = "logistics.read";
    public static final String MANAGE = "logistics.manage";
    public static final String AVIATION_REPORT = "logistics.aviation.report";
    public static final String AVIATION_READ = "logistics.aviation.read";
    /** Aviation-safety staff: classify, assign actions, give feedback, and see who reported. */
    public static final String AVIATION_MANAGE = "logistics.aviation.manage";

    @Override
    public String module() {
        return "logistics";
    }

    @Override
    public List<PermissionDefinition> permissions() {
        return List.of(new PermissionDefinition(READ, "logistics.permission.read"),
                new PermissionDefinition(MANAGE, "logistics.permission.manage"),
                new PermissionDefinition(AVIATION_REPORT, "logistics.permission.aviation.report"),
                new PermissionDefinition(AVIATION_READ, "logistics.permission.aviation.read"),
                new PermissionDefinition(AVIATION_MANAGE, "logistics.permission.aviation.manage"));
    }

    @Override
    public List<RoleDefinition> roles() {
        return List.of(
                new RoleDefinition("LOGISTICS_OFFICER", "logistics.role.LOGISTICS_OFFICER",
                        Set.of(READ, MANAGE, AVIATION_REPORT, AVIATION_READ)),
                new RoleDefinition("AVIATION_SAFETY_OFFICER", "logistics.role.AVIATION_SAFETY_OFFICER",
                        Set.of(READ, AVIATION_REPORT, AVIATION_READ, AVIATION_MANAGE)),
                new RoleDefinition("AVIATION_REPORTER", "logistics.role.AVIATION_REPORTER", Set.of(AVIATION_REPORT)));
    }

    @Override
    public List<NavigationItem> navigationItems() {
        return List.of(
                new NavigationItem(Areas.LOGISTICS, "logistics.nav.sds", "/logistics/sds", READ, 100),
                new NavigationItem(Areas.LOGISTICS, "logistics.nav.plan", "/logistics/support-plan", READ, 101),
                new NavigationItem(Areas.LOGISTICS, "logistics.nav.aviation", "/logistics/aviation-safety", AVIATION_REPORT, 102),
                new NavigationItem(Areas.LOGISTICS, "logistics.nav.innovations", "/logistics/innovations", READ, 103),
                new NavigationItem(Areas.LOGISTICS, "logistics.nav.policies", "/logistics/policies", READ, 104),
                new NavigationItem(Areas.LOGISTICS, "logistics.nav.liquidation", "/logistics/liquidation", READ, 105));
    }

    @Override
    public List<ServedAttribution> servedAttributions() {
        String api = "org.fieldsupport.logistics.LogisticsApiTests";
        String aviation = "org.fieldsupport.logistics.AviationSafetyApiTests";
        String screens = "org.fieldsupport.logistics.LogisticsScreensTests";
        return List.of(
                // 2.1.f: integrated logistics support planning and rapid deployment capacity
                s("2.1.f", "logistics.feature.plan", "/logistics/support-plan", screens),
                a("2.1.f", "logistics.feature.plan", "/api/v1/logistics/support-plan", api),
                a("2.1.f", "logistics.feature.sds", "/api/v1/logistics/sds/kits", api),
                // 8.3.a: logistics policies and procedures (including liquidation) under review
                s("8.3.a", "logistics.feature.policies", "/logistics/policies", screens),
                a("8.3.a", "logistics.feature.policies", "/api/v1/logistics/policies", api),
                // 8.3.b: programme integrated logistics support for the missions — the support plan by service line
                s("8.3.b", "logistics.feature.plan", "/logistics/support-plan", screens),
                a("8.3.b", "logistics.feature.plan", "/api/v1/logistics/support-plan", api),
                // 8.3.d: strategic deployment stocks ready, deployable and replenished
                s("8.3.d", "logistics.feature.sds", "/logistics/sds", screens),
                a("8.3.d", "logistics.feature.sds", "/api/v1/logistics/sds/kits", api),
                // 8.3.f: aviation safety — occurrence and hazard reports, risk matrix, de-identified sharing
                s("8.3.f", "logistics.feature.aviation", "/logistics/aviation-safety", screens),
                a("8.3.f", "logistics.feature.aviation", "/api/v1/logistics/aviation-safety/reports", aviation),
                // 8.3.h: liquidation — disposal by the approved priorities, steps followed up
                s("8.3.h", "logistics.feature.liquidation", "/logistics/liquidation", screens),
                a("8.3.h", "logistics.feature.liquidation", "/api/v1/logistics/liquidation", api),
                // 8.3.i: new technologies — the innovation register (proposal, pilot, evaluation, decision)
                s("8.3.i", "logistics.feature.innovations", "/logistics/innovations", screens),
                a("8.3.i", "logistics.feature.innovations", "/api/v1/logistics/innovations", api));
    }

    private static ServedAttribution s(String id, String label, String path, String test) {
        return new ServedAttribution(id, label, path, ServedAttribution.Kind.SCREEN, test);
    }

    private static ServedAttribution a(String id, String label, String path, String test) {
        return new ServedAttribution(id, label, path, ServedAttribution.Kind.API, test);
    }

    /** The module's records in the global search (re-indexed at start-up and on every recorded change). */
    @Override
    public List<org.fieldsupport.lsd.SearchSource> searchSources() {
        return List.of(
                new org.fieldsupport.lsd.SearchSource("logistics.sds-allocation", "SELECT a.id, a.reference, CONCAT_WS(' ', a.kit_code, k.name) AS title, "
                        + "CONCAT_WS(' ', a.mission_code, a.status, a.waybill, a.picked) AS text, a.mission_code "
                        + "FROM log_sds_allocation a JOIN log_sds_kit k ON k.code = a.kit_code",
                        "/logistics/sds/allocations/{id}", READ),
                new org.fieldsupport.lsd.SearchSource("logistics.innovation", "SELECT id, CONCAT('INN-', id) AS reference, title, "
                        + "CONCAT_WS(' ', technology, proposed_by, status, pilot_mission, evaluation) AS text, "
                        + "CAST(NULL AS VARCHAR(20)) AS mission_code FROM log_innovation", "/logistics/innovations", READ));
    }

    /** The rule parameters its rules read (edited on /logistics/parameters). */
    @Override
    public List<org.fieldsupport.lsd.RuleParameter> ruleParameters() {
        return List.of(AviationRules.REPORT_HOURS);
    }
}
