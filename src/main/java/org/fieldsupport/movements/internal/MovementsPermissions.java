package org.fieldsupport.movements.internal;

import java.util.List;
import org.fieldsupport.movements.request.domain.MovementRules;
import java.util.Set;
import org.fieldsupport.organization.AttributionFeatureContributor;
import org.fieldsupport.platform.security.PermissionContributor;
import org.fieldsupport.platform.web.NavigationContributor;
import org.springframework.stereotype.Component;

/** The module's permissions and roles, its menu entries, and the attributions it serves (with their tests). */
@Component
public class MovementsPermissions implements PermissionContributor, NavigationContributor, AttributionFeatureContributor,
        org.fieldsupport.lsd.SearchSource.Provider, org.fieldsupport.lsd.RuleParameter.Provider {

    public static final String READ = "movements.read";
    public static final String REQUEST_SUBMIT = "movements.request.submit";
    public static final String MANAGE = "movements.manage";
    public static final String ROLE_MOVCON = "MOVCON_OFFICER";
    public static final String ROLE_REQUESTER = "MOVEMENT_REQUESTER";

    @Override
    public String module() {
        return "movements";
    }

    @Override
    public List<PermissionDefinition> permissions() {
        return List.of(new PermissionDefinition(READ, "movements.permission.read"),
                new PermissionDefinition(REQUEST_SUBMIT, "movements.permission.request.submit"),
                new PermissionDefinition(MANAGE, "movements.permission.manage"));
    }

    @Override
    public List<RoleDefinition> roles() {
        return List.of(new RoleDefinition(ROLE_MOVCON, "movements.role.MOVCON_OFFICER", Set.of(READ, REQUEST_SUBMIT, MANAGE)),
                new RoleDefinition(ROLE_REQUESTER, "movements.role.MOVEMENT_REQUESTER", Set.of(READ, REQUEST_SUBMIT)));
    }

    @Override
    public List<NavigationItem> navigationItems() {
        return List.of(
                new NavigationItem(Areas.LOGISTICS, "movements.nav.requests", "/movements/requests", READ, 200),
                new NavigationItem(Areas.LOGISTICS, "movements.nav.trips", "/movements/trips", READ, 201),
                new NavigationItem(Areas.LOGISTICS, "movements.nav.fleet", "/movements/fleet", READ, 202),
                new NavigationItem(Areas.LOGISTICS, "movements.nav.rotations", "/movements/rotations", READ, 203),
                new NavigationItem(Areas.LOGISTICS, "movements.nav.loa", "/movements/letters-of-assist", READ, 204),
                new NavigationItem(Areas.LOGISTICS, "movements.nav.requirements", "/movements/requirements", READ, 205),
                new NavigationItem(Areas.LOGISTICS, "movements.nav.shipments", "/movements/shipments", READ, 206));
    }

    private static final String REQUEST_TESTS = "org.fieldsupport.movements.MovementRequestApiTests";
    private static final String TRANSPORT_TESTS = "org.fieldsupport.movements.TransportApiTests";
    private static final String SCREEN_TESTS = "org.fieldsupport.movements.MovementsScreensTests";
    private static final String SHIPMENT_TESTS = "org.fieldsupport.movements.ShipmentTests";

    @Override
    public List<ServedAttribution> servedAttributions() {
        return List.of(
                // 8.5.a: passengers and goods moved at the right time and place — requests by the 48-hour rule, flights/convoys
                screen("8.5.a", "movements.feature.requests", "/movements/requests"),
                api("8.5.a", "movements.feature.requests", "/api/v1/movements/requests", REQUEST_TESTS),
                // 8.5.a: goods shipped under a bill of lading / air waybill, cleared with their customs documents
                new ServedAttribution("8.5.a", "movements.feature.shipments", "/movements/shipments",
                        ServedAttribution.Kind.SCREEN, SHIPMENT_TESTS),
                api("8.5.a", "movements.feature.shipments", "/api/v1/movements/shipments", SHIPMENT_TESTS),
                // 8.5.b / 8.5.c: requirements turned into acquisition-plan lines, with the latest start by route
                screen("8.5.b", "movements.feature.requirements", "/movements/requirements"),
                api("8.5.b", "movements.feature.requirements", "/api/v1/movements/requirements", TRANSPORT_TESTS),
                screen("8.5.c", "movements.feature.requirements", "/movements/requirements"),
                api("8.5.c", "movements.feature.requirements", "/api/v1/movements/requirements", TRANSPORT_TESTS),
                // 8.5.d: deploy and rotate contingents — rotation plans (6/12 months, charter or LOA)
                screen("8.5.d", "movements.feature.rotations", "/movements/rotations"),
                api("8.5.d", "movements.feature.rotations", "/api/v1/movements/rotations", TRANSPORT_TESTS),
                // 8.5.e: air assets — flights scheduled from requests within capacity, hours against contract
                screen("8.5.e", "movements.feature.trips", "/movements/trips"),
                api("8.5.e", "movements.feature.trips", "/api/v1/movements/trips", TRANSPORT_TESTS),
                // 8.5.f: vehicles — the fleet (aircraft and vehicles) with utilisation, convoys
                screen("8.5.f", "movements.feature.fleet", "/movements/fleet"),
                api("8.5.f", "movements.feature.fleet", "/api/v1/movements/fleet", TRANSPORT_TESTS),
                // 8.5.h: acquiring transport from Member States under letters of assist, within the NTE
                screen("8.5.h", "movements.feature.loa", "/movements/letters-of-assist"),
                api("8.5.h", "movements.feature.loa", "/api/v1/movements/letters-of-assist", TRANSPORT_TESTS));
    }

    private static ServedAttribution screen(String id, String label, String path) {
        return new ServedAttribution(id, label, path, ServedAttribution.Kind.SCREEN, SCREEN_TESTS);
    }

    private static ServedAttribution api(String id, String label, String path, String test) {
        return new ServedAttribution(id, label, path, ServedAttribution.Kind.API, test);
    }

    /** The module's records in the global search (re-indexed at start-up and on every recorded change). */
    @Override
    public List<org.fieldsupport.lsd.SearchSource> searchSources() {
        return List.of(
                new org.fieldsupport.lsd.SearchSource("movements.shipment", "SELECT id, reference, description AS title, CONCAT_WS(' ', "
                        + "document_number, carrier, origin, destination, customs_reference, status, mission_code) AS text, "
                        + "mission_code FROM mov_shipment", "/movements/shipments/{id}", READ),
                new org.fieldsupport.lsd.SearchSource("movements.request", "SELECT id, reference, CONCAT_WS(' - ', origin, destination) AS title, "
                        + "CONCAT_WS(' ', kind, mission_code, justification) AS text, mission_code FROM mov_request",
                        "/movements/requests", READ),
                new org.fieldsupport.lsd.SearchSource("movements.trip", "SELECT id, reference, CONCAT_WS(' - ', origin, destination) AS title, "
                        + "CONCAT_WS(' ', mode, status, mission_code) AS text, mission_code FROM mov_trip",
                        "/movements/trips", READ));
    }

    /** The rule parameters its rules read (edited on /logistics/parameters). */
    @Override
    public List<org.fieldsupport.lsd.RuleParameter> ruleParameters() {
        return List.of(MovementRules.CUTOFF_HOURS, MovementRules.FREEZE_HOUR);
    }
}
