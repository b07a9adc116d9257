package org.fieldsupport.geospatial.internal;

import java.util.List;
import java.util.Set;
import org.fieldsupport.organization.AttributionFeatureContributor;
import org.fieldsupport.platform.security.PermissionContributor;
import org.fieldsupport.platform.web.NavigationContributor;
import org.springframework.stereotype.Component;

/** The module's permissions and roles, its menu entries, and the attributions it serves (with their tests). */
@Component
public class GeospatialPermissions implements PermissionContributor, NavigationContributor, AttributionFeatureContributor,
        org.fieldsupport.lsd.SearchSource.Provider {

    public static final String READ = "geospatial.read";
    public static final String REQUEST = "geospatial.request";
    /** The Cartographic Section: clears maps and maintains mission layers. */
    public static final String CLEAR = "geospatial.clear";

    @Override
    public String module() {
        return "geospatial";
    }

    @Override
    public List<PermissionDefinition> permissions() {
        return List.of(new PermissionDefinition(READ, "geospatial.permission.read"),
                new PermissionDefinition(REQUEST, "geospatial.permission.request"),
                new PermissionDefinition(CLEAR, "geospatial.permission.clear"));
    }

    @Override
    public List<RoleDefinition> roles() {
        return List.of(new RoleDefinition("GIS_OFFICER", "geospatial.role.GIS_OFFICER", Set.of(READ, REQUEST, CLEAR)),
                new RoleDefinition("MAP_REQUESTER", "geospatial.role.MAP_REQUESTER", Set.of(READ, REQUEST)));
    }

    @Override
    public List<NavigationItem> navigationItems() {
        return List.of(new NavigationItem(Areas.LOGISTICS, "geospatial.nav.maps", "/geospatial/maps", READ, 600),
                new NavigationItem(Areas.LOGISTICS, "geospatial.nav.requests", "/geospatial/requests", READ, 601));
    }

    @Override
    public List<ServedAttribution> servedAttributions() {
        String test = "org.fieldsupport.geospatial.GeospatialTests";
        return List.of(
                new ServedAttribution("8.7.h", "geospatial.feature.requests", "/geospatial/requests", ServedAttribution.Kind.SCREEN, test),
                new ServedAttribution("8.7.h", "geospatial.feature.requests", "/api/v1/geospatial/map-requests", ServedAttribution.Kind.API, test),
                new ServedAttribution("8.7.h", "geospatial.feature.layers", "/geospatial/maps", ServedAttribution.Kind.SCREEN, test),
                new ServedAttribution("8.7.h", "geospatial.feature.layers", "/api/v1/geospatial/features", ServedAttribution.Kind.API, test));
    }

    /** The module's records in the global search (re-indexed at start-up and on every recorded change). */
    @Override
    public List<org.fieldsupport.lsd.SearchSource> searchSources() {
        return List.of(new org.fieldsupport.lsd.SearchSource("geospatial.map-request", "SELECT id, reference, title, "
                + "CONCAT_WS(' ', product, purpose, audience, status, clearance_id, mission_code) AS text, mission_code "
                + "FROM geo_map_request", "/geospatial/requests", READ));
    }
}
